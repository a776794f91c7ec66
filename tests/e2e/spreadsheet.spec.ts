/**
 * Spreadsheets in and out (issue 16) end to end: the workbook exported from the Export dialog is
 * read by LibreOffice Calc, a real spreadsheet, and imported back to the same model file; a table
 * pasted as Word puts it on the clipboard, and a CSV dropped on the home page, become models with
 * their boxes in the right lanes; an old .xls and a zip bomb get a message and add nothing.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { serialiseModel } from '../../src/file/serialise';
import { FORMULA_LABEL, spreadsheetModel, WELSH_LABEL } from '../../src/spreadsheet/testing/fixtures';
import { craftWorkbook, declareSize, sheetData } from '../../src/import/testing/craftWorkbook';
import { sheetsThroughCalc } from './officeText';
import { CONTROL_ROLES, expectAllNamed, boxesInLane, boxOnCanvas, expect, exportModelFile, importFile, modelTitles, openHome, test, titleField, type Page } from './helpers';

const MODEL = spreadsheetModel();


async function downloadFromExportDialog(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download', exact: true }).click();
  const download = await downloading;
  const bytes = await readFile(await download.path());
  await expect(dialog.getByRole('status')).toContainText(`Downloaded ${download.suggestedFilename()}`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { name: download.suggestedFilename(), bytes };
}

function importDialog(page: Page) {
  return page.getByRole('dialog', { name: /^Import / });
}

test('the exported workbook is read by LibreOffice Calc, and imported back gives the same model file', async ({ page }) => {
  test.setTimeout(240_000);
  await openHome(page);
  await importFile(page, 'spreadsheet.json', serialiseModel(MODEL));
  await expect(titleField(page)).toHaveValue(MODEL.title);
  const original = await exportModelFile(page);

  const workbook = await downloadFromExportDialog(page, 'Spreadsheet (Excel)');
  expect(workbook.name).toMatch(/\.xlsx$/);

  const sheets = await sheetsThroughCalc(workbook.bytes);
  expect([...sheets.keys()].sort()).toEqual(['About', 'Assumptions and risks', 'Boxes', 'Evidence', 'Flags', 'Indicators', 'Links', 'Values']);
  // The measures' figures, a row per measure and period, as Calc reads them: a gap an empty cell, never a zero.
  const values = (sheets.get('Values') ?? '').split('\n').map((line) => line.trim());
  expect(values[0]?.trim()).toBe('Indicator ID,Box ID,Box,Indicator,Unit,Polarity,Frequency,Period,Actual,Target,Status,Note');
  expect(values).toContain('i1,b-in,"\'=HYPERLINK(""http://evil.example"",""click"")",\'+Referrals within 10 days,%,Higher is better,Quarterly,2025/26 Q4,,55,,Gap: the case system was down');
  expect(values).toContain(`i3,b-act,${WELSH_LABEL},Teuluoedd â chartref,families,Lower is better,Annual,2025/26,30,40,,`);
  const boxes = sheets.get('Boxes') ?? '';
  expect(boxes.split('\n')[0]?.trim()).toBe('ID,Label,Type,Description,Evidence feature,Owner,Progress,Confidence,Rated on,Rated by,Y');
  for (const box of MODEL.boxes.slice(2)) expect(boxes).toContain(box.label.replace(/"/g, '""'));
  expect(boxes).toContain(WELSH_LABEL);
  for (const level of ['Inputs', 'Activities', 'Engagement', 'Reactions', 'Knowledge, skills and attitudes', 'Practice change', 'Final outcomes']) expect(boxes).toContain(level);
  // The formula is text to Calc: its words are there, behind an apostrophe, never its result.
  expect(boxes).toContain(`'${FORMULA_LABEL.replace(/"/g, '""')}`);
  expect(boxes).toContain('On track,Medium,2026-10-02,Board');
  expect(sheets.get('Links')).toContain('ID,From,To,Shape,Description');

  const csv = await downloadFromExportDialog(page, 'CSV');
  const files = unzipSync(csv.bytes);
  const stem = csv.name.replace(/-csv\.zip$/, '');
  expect(Object.keys(files).sort()).toEqual([`${stem}-boxes.csv`, `${stem}-links.csv`, `${stem}-values.csv`]);
  const boxesBytes = files[`${stem}-boxes.csv`] as Uint8Array;
  // UTF-8's byte-order mark, which tells Excel the encoding.
  expect([...boxesBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const boxesCsv = strFromU8(boxesBytes);
  expect(boxesCsv.startsWith('ID,Label,Type,')).toBe(true);
  expect(boxesCsv).toContain(WELSH_LABEL);

  await openHome(page);
  await page.getByLabel('Import a model file').setInputFiles({ name: workbook.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook.bytes });
  const dialog = importDialog(page);
  await expect(dialog.getByText('An Outcome Chains workbook')).toBeVisible();
  await expect(dialog.getByTestId('import-counts')).toHaveText(`A new model with 8 boxes, 5 links, 4 assumptions and risks, 3 indicators, 6 periods of figures, 2 evidence entries.`);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page).toHaveURL(/#\/models\/[^/]+$/);
  await expect(titleField(page)).toHaveValue(MODEL.title);
  // The same model file but for its uid: a workbook is the model's data, and importing it makes a new model of this computer's.
  const again = await exportModelFile(page);
  const withoutUid = (text: string) => text.replace(/\n  "uid": "[^"]+",/, '');
  expect(again.text).not.toBe(withoutUid(again.text));
  expect(withoutUid(again.text)).toBe(withoutUid(original.text));
});

const WORD_TABLE = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8"><style>p.MsoNormal{margin:0cm}</style></head><body lang=EN-GB><!--StartFragment-->
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
 <tr><td><p class=MsoNormal><b>Inputs</b></p></td><td><p class=MsoNormal><b>Activities</b></p></td><td><p class=MsoNormal><b>Outputs / Participation</b></p></td><td><p class=MsoNormal><b>Short-term outcomes</b></p></td><td><p class=MsoNormal><b>Long-term outcomes</b></p></td></tr>
 <tr><td><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span></span><![endif]>Pooled budget</p><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span>&nbsp;&nbsp;</span></span><![endif]>Staff time</p></td>
  <td><p class=MsoNormal>Joint case reviews</p></td><td><p class=MsoNormal>Third sector partners take part</p></td><td><p class=MsoNormal>Shared understanding</p></td><td><p class=MsoNormal>Reduced reoffending</p></td></tr>
</table><!--EndFragment--></body></html>`;

test('a table pasted from Word is previewed, and imported with its boxes in the right lanes', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? 'http://127.0.0.1:4173/').origin });
  await openHome(page);
  await page.evaluate(async (html) => {
    await navigator.clipboard.write([new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob(['Inputs\tActivities'], { type: 'text/plain' }) })]);
  }, WORD_TABLE);
  await page.getByRole('heading', { name: 'Your models' }).click();
  await page.keyboard.press('Control+V');
  const dialog = importDialog(page);
  await expect(dialog.getByText('A logic-model table: one column per level, headings in row 1.')).toBeVisible();
  const mapping = dialog.getByRole('group', { name: 'Columns and levels' });
  await expect(mapping.getByRole('combobox', { name: 'Column C: “Outputs / Participation”' })).toHaveValue('engagement');
  await expect(mapping.getByRole('combobox', { name: 'Column D: “Short-term outcomes”' })).toHaveValue('learning');
  await expect(mapping.getByRole('combobox', { name: 'Column E: “Long-term outcomes”' })).toHaveValue('outcomes');
  await expect(dialog.getByTestId('import-counts')).toHaveText('A new model with 6 boxes, 0 links.');
  await dialog.getByRole('checkbox', { name: /Link each row’s boxes left to right/ }).check();
  await expect(dialog.getByTestId('import-counts')).toHaveText('A new model with 6 boxes, 5 links.');
  expect(await expectAllNamed(dialog, CONTROL_ROLES)).toBeGreaterThan(7);
  await dialog.getByRole('textbox', { name: 'Title of the new model' }).fill('From Word');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(titleField(page)).toHaveValue('From Word');
  await expect(boxesInLane(page, 'Inputs')).toHaveCount(2);
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget')).toBeVisible();
  await expect(boxOnCanvas(page, 'Inputs', 'Staff time')).toBeVisible();
  await expect(boxOnCanvas(page, 'Activities', 'Joint case reviews')).toBeVisible();
  await expect(boxOnCanvas(page, 'Engagement', 'Third sector partners take part')).toBeVisible();
  await expect(boxOnCanvas(page, 'Knowledge, skills and attitudes', 'Shared understanding')).toBeVisible();
  await expect(boxOnCanvas(page, 'Final outcomes', 'Reduced reoffending')).toBeVisible();
});

test('a CSV dropped on the home page becomes a model; an old .xls and a zip bomb get a message and add nothing', async ({ page }) => {
  await openHome(page);
  const drop = async (name: string, type: string, content: number[]) => {
    const dataTransfer = await page.evaluateHandle(
      ({ name, type, content }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(content)], name, { type }));
        return transfer;
      },
      { name, type, content },
    );
    await page.locator('main').dispatchEvent('dragover', { dataTransfer });
    await page.locator('main').dispatchEvent('drop', { dataTransfer });
  };

  await drop('old.xls', 'application/vnd.ms-excel', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
  const dialog = importDialog(page);
  await expect(dialog.getByRole('alert')).toHaveText('This is an old Excel file (.xls), which this app does not read. Open it in Excel or LibreOffice, choose Save As › Excel Workbook (.xlsx), and import that. Nothing was imported.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(modelTitles(page)).toHaveCount(0);

  // A zip bomb that lies about its size: 40 MB of zeros declared as 1,000 bytes.
  const bomb = declareSize(craftWorkbook([{ name: 'Plan', body: sheetData([['Inputs'], ['Funding']]) }], { 'xl/media/padding.bin': new Uint8Array(40 * 1024 * 1024) }), 'xl/media/padding.bin', 1000);
  await drop('plan.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', [...bomb]);
  await expect(dialog.getByRole('alert')).toContainText('This workbook looks like a zip bomb');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(modelTitles(page)).toHaveCount(0);

  const csv = '\uFEFFResources,Activities,Outcomes\r\n"Funding\nVolunteers",Drop-in sessions,Fewer people in crisis\r\n';
  await drop('Partnership plan.csv', 'text/csv', [...Buffer.from(csv, 'utf8')]);
  await expect(dialog.getByText('A logic-model table: one column per level, headings in row 1.')).toBeVisible();
  await expect(dialog.getByTestId('import-counts')).toHaveText('A new model with 4 boxes, 0 links.');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(titleField(page)).toHaveValue('Partnership plan');
  await expect(boxOnCanvas(page, 'Inputs', 'Funding')).toBeVisible();
  await expect(boxOnCanvas(page, 'Inputs', 'Volunteers')).toBeVisible();
  await expect(boxOnCanvas(page, 'Activities', 'Drop-in sessions')).toBeVisible();
  await expect(boxOnCanvas(page, 'Final outcomes', 'Fewer people in crisis')).toBeVisible();
});
