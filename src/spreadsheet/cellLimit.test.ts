import { describe, expect, it } from 'vitest';
import { sheetCsv } from '../export/csv';
import { writeXlsx } from '../export/xlsx';
import { readSpreadsheetBytes } from '../import/readSpreadsheetBytes';
import { EXCEL_CELL_LIMIT, fitExcelCell } from './cellLimit';
import { spreadsheetModel } from './testing/fixtures';
import { planWorkbook } from './workbookPlan';

describe('Excel’s limit of 32,767 characters a cell', () => {
  it('leaves a text at the limit whole', () => {
    const text = 'a'.repeat(EXCEL_CELL_LIMIT);
    expect(fitExcelCell(text, { sheet: 'Boxes', column: 'Description' })).toBe(text);
  });

  it('cuts a longer text to the limit and says where the whole text is, never splitting a character', () => {
    const text = '🙂'.repeat(20_000); // 40,000 UTF-16 units
    const fitted = fitExcelCell(text, { sheet: 'Boxes', column: 'Description', rowId: 'b1' });
    expect(fitted.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(fitted).toMatch(/\n\[Cut here: Excel holds at most 32,767 characters in a cell\. The whole text \(Boxes sheet, Description of b1\) is in the model in Outcome Chains/);
    const kept = fitted.slice(0, fitted.indexOf('\n[Cut here'));
    expect(kept.length % 2).toBe(0);
    expect(text.startsWith(kept)).toBe(true);
  });

  it('is met by the written workbook, read back from its bytes; the CSV keeps the whole text', async () => {
    const model = spreadsheetModel();
    const long = `${'Families told us what helped. '.repeat(1_500)}The end.`; // 45,008 characters
    const boxes = model.boxes.map((box, index) => (index === 0 ? { ...box, notes: long } : box));
    const sheets = planWorkbook({ ...model, boxes }, { flags: [], today: '2026-12-01' });
    const read = await readSpreadsheetBytes(writeXlsx(sheets), 'model.xlsx');
    if (!read.ok) throw new Error(read.error);
    const boxSheet = read.source.sheets.find((sheet) => sheet.name === 'Boxes')!;
    const header = boxSheet.rows[0]!;
    const cell = boxSheet.rows[1]![header.indexOf('Description')]!;
    expect(cell.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(long.startsWith(cell.slice(0, cell.indexOf('\n[Cut here')))).toBe(true);
    expect(cell).toContain(`(Boxes sheet, Description of ${boxes[0]!.id})`);
    for (const sheet of read.source.sheets) for (const row of sheet.rows) for (const value of row) expect(value.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(sheetCsv(sheets[0]!)).toContain(long);
  });
});
