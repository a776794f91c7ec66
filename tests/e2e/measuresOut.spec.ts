/**
 * Measures out of the app (issue 22) end to end: the board report's Measures section read back
 * through LibreOffice, with its native chart part; the .pptx's chart part, and Impress opening it;
 * and a council's performance table (a CSV with a title row, built here) imported into the open
 * model through the preview, then taken back by one Undo.
 */
import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { readDocx } from '../../src/export/testing/docxReading';
import { expect, exportModelFile, importFile, openHome, openPanelTab, test, titleField } from './helpers';
import { spaced, textThroughLibreOffice } from './officeText';

const TITLE = 'Housing first in Gwynedd';
const MODEL = {
  format: 'outcome-chains/logic-model',
  formatVersion: 4,
  title: TITLE,
  boxes: [
    { id: 'b-out', level: 'outcomes', label: 'Families have a settled home', x: 1580, y: 120, indicators: [
      { id: 'i-housed', text: 'Families housed', unit: 'families', polarity: 'higher-is-better', frequency: 'annual', values: [
        { period: '2021/22', actual: 12, target: 30, status: 'final' },
        { period: '2022/23', target: 32, note: 'Not collected: the register moved' },
        { period: '2023/24', actual: 15, target: 35, status: 'final' },
        { period: '2024/25', actual: 22, target: 40, status: 'provisional' },
      ] },
    ] },
    { id: 'b-act', level: 'activities', label: 'Outreach to families', x: 280, y: 120, indicators: [{ id: 'i-visits', text: 'Outreach visits' }] },
  ],
  links: [{ id: 'l1', source: 'b-act', target: 'b-out' }],
};
const SUMMARY = 'Families housed: 22 families in 2024/25, improving for two periods; target 40 families not met';

async function openModel(page: import('@playwright/test').Page): Promise<void> {
  await openHome(page);
  await importFile(page, 'housing.json', JSON.stringify(MODEL));
  await expect(titleField(page)).toHaveValue(TITLE);
}

async function download(page: import('@playwright/test').Page, format: string): Promise<Buffer> {
  await page.getByRole('banner').getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download', exact: true }).click();
  const file = await downloading;
  await expect(dialog.getByRole('status')).toContainText(`Downloaded ${file.suggestedFilename()}`);
  return readFile(await file.path());
}

test('the Word report’s Measures section holds the periods, the words and a native chart, and LibreOffice reads it', async ({ page }) => {
  test.setTimeout(240_000);
  await openModel(page);
  const bytes = await download(page, 'Board report (Word)');
  const docx = readDocx(new Uint8Array(bytes));
  expect(docx.parts['word/charts/chart1.xml']).toBeDefined();
  expect(strFromU8(docx.parts['word/charts/chart1.xml']!)).toContain('<c:lineChart>');
  expect(docx.paragraphs).toContain('Measures');
  expect(docx.paragraphs).toContain(`${SUMMARY}.`);

  const { text, pdf } = await textThroughLibreOffice(bytes, 'docx');
  await test.info().attach('report.pdf', { body: pdf, contentType: 'application/pdf' });
  const read = spaced(text);
  expect(read).toContain('Measures');
  expect(read).toContain(SUMMARY);
  expect(read).toContain('Up 10 families since 2021/22 (12 families).');
  for (const period of ['2021/22', '2022/23', '2023/24', '2024/25']) expect(read, period).toContain(period);
  expect(read).toContain('No figure');
  expect(read).toContain('Not collected: the register moved');
  expect(read).toContain('Headline: Families housed: 22 families, improving for two periods');
});

test('the .pptx has a slide per measure with a native chart part, and Impress opens it', async ({ page }) => {
  test.setTimeout(240_000);
  await openModel(page);
  const bytes = await download(page, 'PowerPoint slides (.pptx)');
  const entries = unzipSync(new Uint8Array(bytes));
  const charts = Object.keys(entries).filter((path) => /^ppt\/charts\/chart\d+\.xml$/.test(path));
  expect(charts).toHaveLength(1);
  expect(strFromU8(entries[charts[0]!]!)).toContain('<a:prstDash val="dash"/>');

  const { text, pdf } = await textThroughLibreOffice(bytes, 'pptx');
  await test.info().attach('slides.pdf', { body: pdf, contentType: 'application/pdf' });
  const read = spaced(text);
  expect(read).toContain('Measure: Families housed');
  expect(read).toContain(SUMMARY);
  // The chart itself, drawn by Impress: its axis and legend.
  expect(read).toContain('2024/25');
  expect(read).toContain('Target');
});

const PERFORMANCE_CSV = [
  'Housing and Communities Committee: performance report 2025/26,,,,,',
  ',,,,,',
  'Performance indicator,Unit,Good is,2024-25,2025/26,Target',
  'FAMILIES HOUSED,families,High,22,31,45',
  '"OUTREACH-VISITS.",visits,Higher is better,410,n/a,',
  'Tenant satisfaction,%,High,81%,79.5%,85',
].join('\r\n');

test('a council’s performance table is imported into the open model through the preview, and one Undo takes it back', async ({ page }) => {
  await openModel(page);
  const progress = await openPanelTab(page, 'Progress');
  const dialog = page.getByRole('dialog', { name: 'Import figures from “performance-2025-26.csv”' });
  const rows = dialog.getByRole('table');
  const chooseTable = async () => {
    const choosing = page.waitForEvent('filechooser');
    await progress.getByRole('button', { name: 'Import figures…' }).click();
    await (await choosing).setFiles({ name: 'performance-2025-26.csv', mimeType: 'text/csv', buffer: Buffer.from(PERFORMANCE_CSV, 'utf8') });
    // The unmatched row is given a new box on a level.
    await dialog.getByRole('combobox', { name: 'Where “Tenant satisfaction” goes' }).selectOption({ label: 'New box on Reactions' });
  };
  await chooseTable();
  await expect(dialog.getByText('A performance table: headings in row 3, 2 annual periods, 2024/25 to 2025/26; 3 measures, 2 of them matched to this model’s indicators by their text.')).toBeVisible();
  await expect(rows.getByRole('row', { name: /FAMILIES HOUSED/ })).toContainText('Matched: “Families housed” of “Families have a settled home”');
  await expect(rows.getByRole('row', { name: /FAMILIES HOUSED/ })).toContainText('1 period added (2025/26).');
  await expect(rows.getByRole('row', { name: /OUTREACH-VISITS/ })).toContainText('No figure (blank or n/a): 2025/26.');
  await expect(rows.getByRole('row', { name: /Tenant satisfaction/ })).toContainText('a new box on Reactions: 2 periods added (2024/25, 2025/26)');
  await expect(dialog.getByTestId('figures-counts')).toContainText('4 periods added and 0 figures changed, in 3 measures; 1 new indicator, 1 new box.');
  await dialog.getByRole('combobox', { name: 'Where “Tenant satisfaction” goes' }).selectOption({ label: 'Leave out' });
  await expect(rows.getByRole('row', { name: /Tenant satisfaction/ })).toContainText('Tenant satisfaction: left out.');

  // Cancel changes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect((await exportModelFile(page)).text).not.toContain('410');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Undo' })).toBeDisabled();

  await chooseTable();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  const after = JSON.parse((await exportModelFile(page)).text) as { boxes: { label: string; level: string; indicators?: { text: string; values?: { period: string; actual?: number; target?: number }[] }[] }[] };
  const housed = after.boxes.find((box) => box.label === 'Families have a settled home')!.indicators![0]!;
  expect(housed.values).toContainEqual({ period: '2025/26', actual: 31, target: 45 });
  expect(after.boxes.find((box) => box.label === 'Outreach to families')!.indicators![0]!.values).toEqual([{ period: '2024/25', actual: 410 }]);
  expect(after.boxes.find((box) => box.label === 'Tenant satisfaction')).toMatchObject({ level: 'reactions' });

  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  const undone = JSON.parse((await exportModelFile(page)).text) as typeof after;
  expect(undone.boxes.map((box) => box.label)).toEqual(['Families have a settled home', 'Outreach to families']);
  expect(undone.boxes[0]!.indicators![0]!.values).toHaveLength(4);
  expect(undone.boxes[1]!.indicators![0]!.values).toBeUndefined();
});
