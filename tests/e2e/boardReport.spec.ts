/**
 * The board report (issue 9) end to end: a 40-box model with markup, quotes, emoji and Welsh letters
 * is imported, the report is made from the Export dialog by keyboard alone, and the download is
 * unzipped and read; then LibreOffice, a real word processor, converts it to PDF and its text must
 * hold the title, every box label and the conditions table.
 */
import { readFile } from 'node:fs/promises';
import { analyse } from '../../src/analysis';
import { readDocx, tableRowsOf } from '../../src/export/testing/docxReading';
import { boardReportModel } from '../../src/export/testing/fixtures';
import { PAGE_PIXELS } from '../../src/export/size';
import { CONDITION_STATUS_LABELS } from '../../src/export/outline';
import { WORD_STYLE_IDS } from '../../src/export/wordStyles';
import { serialiseModel } from '../../src/file/serialise';
import { expect, importFile, openHome, tabTo, test, titleField } from './helpers';
import { spaced, textThroughLibreOffice } from './officeText';

const MODEL = boardReportModel();
const FLAGS = analyse(MODEL);

test('the board report is made from the Export dialog by keyboard, holds the whole model, and LibreOffice reads it', async ({ page }) => {
  test.setTimeout(240_000);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await openHome(page);
  await importFile(page, 'board-report.json', serialiseModel(MODEL));
  await expect(page).toHaveURL(/#\/models\/[^/]+$/);
  await expect(titleField(page)).toHaveValue(MODEL.title);

  const opener = page.getByRole('button', { name: 'Export…' });
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: 'PNG image' })).toBeFocused();
  // PNG → SVG → PDF → Board report, with the arrow keys as in any radio group.
  for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'Board report (Word)' })).toBeChecked();
  await expect(dialog.getByRole('group', { name: 'Diagram page' }).getByRole('radio', { name: 'A4 landscape' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Show flags on the image' })).toBeVisible();
  await expect(dialog.getByText('3,508 × 2,480 pixels picture (300 dpi)')).toBeVisible();

  // Every line the status region says while the report is made (it is empty, so not yet in the
  // accessibility tree, hence found by its role attribute).
  await dialog.locator('[role="status"]').evaluate((status) => {
    const said: string[] = [];
    (window as unknown as { statusSaid: string[] }).statusSaid = said;
    new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, { childList: true, subtree: true, characterData: true });
  });
  // The report's code, and the docx library in it, is fetched only when the report is asked for.
  expect(scripts.filter((url) => /boardReport-/.test(url)), 'report code before a report was asked for').toEqual([]);
  await tabTo(page, dialog.getByRole('button', { name: 'Download', exact: true }));
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  const name = download.suggestedFilename();
  expect(name).toMatch(/^gwynedd-.*\.docx$/);
  await expect(dialog.getByRole('status')).toContainText(`Downloaded ${name}`);
  const said = await page.evaluate(() => (window as unknown as { statusSaid: string[] }).statusSaid);
  expect(said).toContain('Drawing the diagram at 300 dpi…');
  expect(said).toContain('Writing the Word document…');

  expect(scripts.filter((url) => /boardReport-/.test(url))).toHaveLength(1);

  const bytes = await readFile(await download.path());
  const docx = readDocx(bytes);
  for (const box of MODEL.boxes) expect(docx.paragraphs, box.label).toContain(box.label);
  expect(docx.documentXml).not.toContain('<img src=x');
  const rows = tableRowsOf(docx.documentXml);
  for (const condition of MODEL.conditions) {
    expect(rows, condition.text).toContainEqual([
      condition.text,
      condition.kind === 'assumption' ? 'Assumption' : 'Risk',
      CONDITION_STATUS_LABELS[condition.status],
      condition.comment ?? '',
    ]);
  }
  for (const flag of FLAGS.filter((each) => !each.acknowledged)) expect(docx.paragraphs, flag.message).toContain(flag.message);
  // The picture is the PNG export's own A4 page at 300 dpi, drawn in the browser.
  expect([...docx.pictures.values()]).toEqual([PAGE_PIXELS.a4]);
  const picture = Object.entries(docx.parts).find(([part]) => part.startsWith('word/media/'))?.[1];
  expect(picture?.length, 'a drawn picture, not a blank one').toBeGreaterThan(50_000);
  for (const style of docx.stylesUsed) expect(Object.values(WORD_STYLE_IDS) as string[]).toContain(style);

  const converted = await textThroughLibreOffice(bytes, 'docx');
  // Kept with the test's results, to be looked at page by page.
  await test.info().attach('board-report.docx', { body: bytes, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  await test.info().attach('board-report.pdf', { body: converted.pdf, contentType: 'application/pdf' });
  const text = spaced(converted.text);
  expect(text).toContain(spaced(MODEL.title));
  for (const box of MODEL.boxes) expect(text, box.label).toContain(spaced(box.label));
  // The conditions table: pdftotext reads a table column by column, so its words are looked for
  // between its heading and the next one.
  const start = text.indexOf('Assumptions and risks Condition');
  const end = text.indexOf('Progress and evidence', start);
  expect(start, 'the conditions table under its heading').toBeGreaterThan(0);
  const conditionsTable = text.slice(start, end);
  for (const word of ['Condition', 'Kind', 'Status', 'Comment']) expect(conditionsTable).toContain(word);
  // In a narrow table cell pdftotext may drop a space between glyphs of a fallback font (seen with
  // "ŵ ŷ"), so the cells are compared letter for letter with the spaces taken out.
  const letters = (value: string) => value.replace(/\s+/g, '');
  for (const condition of MODEL.conditions) {
    expect(letters(conditionsTable), condition.text).toContain(letters(condition.text));
    expect(conditionsTable).toContain(CONDITION_STATUS_LABELS[condition.status]);
    if (condition.comment) expect(letters(conditionsTable)).toContain(letters(condition.comment));
  }
});
