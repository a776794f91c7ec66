/**
 * Reporting periods in the exports (issue 15, point 6): a version saved, a box relabelled and a
 * rating improved; the board report says what changed since the version and gives the previous
 * rating and the direction, read back through LibreOffice and pdftotext; the Markdown text says the
 * same; and the SVG of a compare view carries the marks in words and their key.
 */
import { readFile } from 'node:fs/promises';
import { readDocx, tableRowsOf } from '../../src/export/testing/docxReading';
import { detailsPanel, expect, expectAllSaved, openPanelTab, selectBox, test, type Page } from './helpers';
import { spaced, textOfPdf, textThroughLibreOffice } from './officeText';
import { openFamilyModel, saveVersion } from './versionHelpers';


const RELABELLED = 'Relabelled box “Families join the panel” → “Families lead the panel” (Engagement)';
const IMPROVED = '“Joint training”: progress improved from At risk to On track';

/** The model imported, a version "Q2 board" saved, then a box relabelled and a rating improved. */
async function saveThenChange(page: Page): Promise<void> {
  await openFamilyModel(page);
  await saveVersion(page, 'Q2 board');

  await openPanelTab(page, 'Details');
  await selectBox(page, 'Engagement', 'Families join the panel');
  await detailsPanel(page).getByRole('textbox', { name: 'Label', exact: true }).fill('Families lead the panel');
  await selectBox(page, 'Activities', 'Joint training');
  await detailsPanel(page).getByRole('combobox', { name: 'Progress' }).selectOption({ label: 'On track' });
  await expectAllSaved(page);
}

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export…' }).click();
  return page.getByRole('dialog', { name: 'Export' });
}

async function download(page: Page, dialog: ReturnType<Page['getByRole']>): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download', exact: true }).click();
  const file = await downloading;
  await expect(dialog.getByRole('status')).toContainText(`Downloaded ${file.suggestedFilename()}`);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('the board report says what changed since the chosen version, with Previous and Direction, and LibreOffice reads it', async ({ page }) => {
  test.setTimeout(240_000);
  await saveThenChange(page);
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));

  const dialog = await openExport(page);
  // Images do not offer it: their marks come from a compare view.
  await expect(dialog.getByRole('combobox', { name: 'Compare with' })).toHaveCount(0);
  await dialog.getByRole('radio', { name: 'Board report (Word)' }).check();
  const compareWith = dialog.getByRole('combobox', { name: 'Compare with' });
  await expect(compareWith.getByRole('option', { selected: true })).toHaveText(`Q2 board, saved ${today}`);
  await expect(compareWith.getByRole('option')).toHaveText([`Q2 board, saved ${today}`, 'None']);
  await expect(dialog.getByText('A4 pages, opening with what changed since “Q2 board”')).toBeVisible();

  const report = await download(page, dialog);
  expect(report.name).toMatch(/\.docx$/);
  const docx = readDocx(report.bytes);
  const heading = `What changed since Q2 board (${today})`;
  const at = docx.paragraphs.indexOf(heading);
  expect(at, 'the What changed section').toBeGreaterThan(0);
  expect(docx.paragraphs.slice(at, at + 6)).toEqual([heading, '2 changes: Boxes 1, Progress 1.', 'Boxes (1)', RELABELLED, 'Progress (1)', IMPROVED]);
  const rows = tableRowsOf(docx.documentXml);
  expect(rows).toContainEqual(['Box', 'Level', 'Owner', 'Progress', 'Previous', 'Direction', 'Confidence', 'Indicators', 'Latest evidence']);
  expect(rows.find((cells) => cells[0] === 'Joint training')?.slice(3, 6)).toEqual([expect.stringMatching(/^On track\nas of /), 'At risk', 'Improved']);

  // Read as a board member reads it: laid out by LibreOffice, its words taken back by pdftotext.
  const converted = await textThroughLibreOffice(report.bytes);
  await test.info().attach('compared-report.pdf', { body: converted.pdf, contentType: 'application/pdf' });
  const text = spaced(converted.text);
  expect(text).toContain(heading);
  expect(text).toContain('2 changes: Boxes 1, Progress 1.');
  expect(text).toContain(spaced(RELABELLED));
  expect(text).toContain(spaced(IMPROVED));
  // pdftotext reads a table column by column: the words are looked for in the progress table.
  const table = text.slice(text.indexOf('Progress and evidence'), text.indexOf('Appendix: the model as text'));
  // Whole words: a column too narrow has the word processor break them ("Directio n").
  for (const word of ['Previous', 'Direction', 'Confidence', 'At risk', 'Improved', 'Joint training']) expect(table, word).toContain(word);

  // "None" gives the report without it.
  await compareWith.selectOption({ label: 'None' });
  const plain = readDocx((await download(page, dialog)).bytes);
  expect(plain.paragraphs.some((paragraph) => paragraph.startsWith('What changed since'))).toBe(false);
  expect(tableRowsOf(plain.documentXml)).toContainEqual(['Box', 'Level', 'Owner', 'Progress', 'Confidence', 'Indicators', 'Latest evidence']);

  // The Markdown text version says the same, with the version chosen again.
  await dialog.getByRole('radio', { name: 'Text (Markdown)' }).check();
  await compareWith.selectOption({ label: `Q2 board, saved ${today}` });
  const markdown = (await download(page, dialog)).bytes.toString('utf8');
  expect(markdown).toContain(`## ${heading}\n\n2 changes: Boxes 1, Progress 1.\n\n### Boxes (1)\n\n- ${RELABELLED}\n`);
  expect(markdown).toContain('  - Previous (Q2 board): At risk\n  - Direction: Improved\n');
});

test('the SVG and PDF of a compare view carry the marks in words and shapes, the ghosts and the key', async ({ page }) => {
  await saveThenChange(page);
  // And a link deleted, to be drawn as a ghost.
  await selectBox(page, 'Final outcomes', 'Fewer families reach crisis');
  await detailsPanel(page).getByRole('button', { name: 'Remove link from Engagement: Families lead the panel', exact: true }).click();
  await expectAllSaved(page);
  const panel = await openPanelTab(page, 'Versions');
  await panel.getByRole('button', { name: 'Compare with now Q2 board' }).click();
  await expect(page.getByRole('region', { name: 'Comparing versions' })).toBeVisible();

  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: 'SVG image' }).check();
  const svg = (await download(page, dialog)).bytes.toString('utf8');
  // Read as an SVG document by the browser's own parser.
  const drawn = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const tagOf = (id: string) => doc.querySelector(`g.box[data-box-id="${id}"] g.change-tag`)?.textContent ?? null;
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      panel: tagOf('panel'),
      training: tagOf('training'),
      budget: tagOf('budget'),
      ghost: (() => {
        const path = doc.querySelector('path.link[data-link-id="l3"]');
        return path ? { change: path.getAttribute('data-change'), dash: path.getAttribute('stroke-dasharray'), word: path.nextElementSibling?.textContent } : null;
      })(),
      key: doc.querySelector('g.change-legend > text')?.textContent ?? null,
      keyItems: [...doc.querySelectorAll('g.change-legend g.legend-item text')].map((item) => item.textContent),
      header: doc.querySelector('g.header')?.textContent ?? '',
    };
  }, svg);
  expect(drawn).toMatchObject({ errors: 0, panel: 'Changed', training: 'Changed', budget: null, key: 'Changes', ghost: { change: 'removed', dash: '6 4', word: 'Removed' } });
  expect(drawn.keyItems).toEqual([
    'New: added since the earlier version',
    'Changed: different from the earlier version: its details say how',
    'Removed: in the earlier version only, drawn where it was',
  ]);
  expect(drawn.header).toContain('Changes from “Q2 board” to now: 3 changes: Boxes 1, Links 1, Progress 1');

  // The PDF, drawn from the same SVG by svg2pdf.js, keeps the words as text.
  await dialog.getByRole('radio', { name: 'PDF document' }).check();
  const pdfText = spaced(await textOfPdf((await download(page, dialog)).bytes));
  for (const words of ['Changed', 'Removed', 'Changes', 'New: added since the earlier version', 'Changes from “Q2 board” to now']) expect(pdfText, words).toContain(words);

  // In the compare view the report compares with the comparison's own earlier side, and its diagram is keyed.
  await dialog.getByRole('radio', { name: 'Board report (Word)' }).check();
  await expect(dialog.getByRole('combobox', { name: 'Compare with' }).getByRole('option', { selected: true })).toHaveText(/^Q2 board, saved /);
  const docx = readDocx((await download(page, dialog)).bytes);
  expect(docx.paragraphs.find((paragraph) => paragraph.startsWith('Key: '))).toContain('Changed (brown, a dash in a diamond');
});
