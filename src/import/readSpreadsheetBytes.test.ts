import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { recognise } from '../spreadsheet/recognise';
import { planImport } from '../spreadsheet/planImport';
import { guessedMapping } from '../spreadsheet/levelChoices';
import type { TableSource } from '../spreadsheet/table';
import { readSpreadsheetBytes, type ReadResult } from './readSpreadsheetBytes';
import { sheetExtentCheck } from './sheetExtents';
import { checkZip } from './zipGuard';
import { craftWorkbook, declareSize, markEncrypted, sheetData, textCell } from './testing/craftWorkbook';

function failure(result: ReadResult): string {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

function source(result: ReadResult): TableSource {
  if (!result.ok) throw new Error(result.error);
  return result.source;
}

const TABLE = [
  ['Inputs', 'Activities', 'Outcomes'],
  ['Funding', 'Training', 'Better lives'],
];

describe('reading a spreadsheet file', () => {
  it('reads an .xlsx’s sheets as text, and a CSV in UTF-8 or in Excel’s Windows code page', async () => {
    const workbook = source(await readSpreadsheetBytes(craftWorkbook([{ name: 'Plan', body: sheetData(TABLE) }]), 'plan.xlsx'));
    expect(workbook.sheets.map((sheet) => [sheet.name, sheet.rows])).toEqual([['Plan', TABLE]]);
    const utf8 = source(await readSpreadsheetBytes(strToU8('\uFEFFLabel,Type\r\nŵ ŷ,Activity\r\n'), 'kumu.csv'));
    expect(utf8.sheets[0]?.rows).toEqual([['Label', 'Type'], ['ŵ ŷ', 'Activity']]);
    const windows = source(await readSpreadsheetBytes(new Uint8Array([0x4c, 0x61, 0x62, 0x65, 0x6c, 0x0a, 0x43, 0x61, 0x66, 0xe9]), 'old.csv'));
    expect(windows.sheets[0]?.rows).toEqual([['Label'], ['Café']]);
  });

  it('refuses what is not a spreadsheet, saying so', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(failure(await readSpreadsheetBytes(png, 'picture.xlsx'))).toBe('This is not a spreadsheet: choose an Excel workbook (.xlsx) or a CSV file (.csv).');
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(failure(await readSpreadsheetBytes(docx, 'report.xlsx'))).toBe('This is not a spreadsheet: it is a zip file, but neither an Excel workbook (.xlsx) nor CSV files.');
    expect(failure(await readSpreadsheetBytes(new Uint8Array(), 'empty.csv'))).toBe('The file is empty.');
  });

  it('refuses a password-protected workbook, whether Office encrypted it or the zip has a password', async () => {
    const office = new Uint8Array(4096);
    office.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    office.set([...'EncryptionInfo'].flatMap((character) => [character.charCodeAt(0), 0]), 1024);
    const message = 'This workbook is password-protected. Remove the password in Excel (File › Info › Protect Workbook) and import it again.';
    expect(failure(await readSpreadsheetBytes(office, 'secret.xlsx'))).toBe(message);
    expect(failure(await readSpreadsheetBytes(markEncrypted(craftWorkbook([{ name: 'Plan', body: sheetData(TABLE) }])), 'secret.xlsx'))).toBe(message);
  });

  it('refuses an old binary .xls, saying to save it as .xlsx', async () => {
    const xls = new Uint8Array(1024);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(failure(await readSpreadsheetBytes(xls, 'plan.xls'))).toBe(
      'This is an old Excel file (.xls), which this app does not read. Open it in Excel or LibreOffice, choose Save As › Excel Workbook (.xlsx), and import that.',
    );
  });

  it('refuses a corrupt workbook: one cut short, one whose data does not unpack', async () => {
    const whole = craftWorkbook([{ name: 'Plan', body: sheetData(TABLE) }]);
    expect(failure(await readSpreadsheetBytes(whole.slice(0, whole.length - 200), 'cut.xlsx'))).toMatch(/^This workbook could not be read: the file is cut short or damaged/);
    const scrambled = whole.slice();
    // The first entry's compressed data, overwritten with bytes that are not deflate.
    scrambled.fill(0xff, 60, 120);
    expect(failure(await readSpreadsheetBytes(scrambled, 'scrambled.xlsx'))).toMatch(/damaged/);
  });

  it('refuses zip bombs before they unpack: by ratio, by declared total, and one that lies about its size', async () => {
    const zeros = new Uint8Array(40 * 1024 * 1024);
    const honest = craftWorkbook([{ name: 'Plan', body: sheetData(TABLE) }], { 'xl/media/padding.bin': zeros });
    expect(failure(await readSpreadsheetBytes(honest, 'bomb.xlsx'))).toMatch(/^This workbook looks like a zip bomb \(“xl\/media\/padding\.bin” packs 40 MB into \d+ KB\), so it was not opened\. A workbook may unpack to at most 200 MB\.$/);
    const small = craftWorkbook([{ name: 'Plan', body: sheetData(TABLE) }]);
    const huge = declareSize(declareSize(small, 'xl/workbook.xml', 150 * 1024 * 1024), 'xl/worksheets/sheet1.xml', 150 * 1024 * 1024);
    expect(failure(await readSpreadsheetBytes(huge, 'bomb.xlsx'))).toMatch(/zip bomb \(it declares more than 200 MB unpacked\)/);
    const lying = declareSize(honest, 'xl/media/padding.bin', 1000);
    expect(failure(await readSpreadsheetBytes(lying, 'liar.xlsx'))).toBe(
      'This workbook looks like a zip bomb (“xl/media/padding.bin” unpacks to more than the 1,000 bytes it declares), so it was not opened. A workbook may unpack to at most 200 MB.',
    );
  }, 30_000);

  it('refuses a sheet of 1,000,000 rows and one of 10,000 columns, in a workbook and in a CSV', async () => {
    const rows: string[] = [];
    for (let row = 1; row <= 1_000_000; row++) rows.push(`<row r="${row}"><c r="A${row}"><v>1</v></c></row>`);
    const million = rows.join('');

    // As Excel writes it, with the sheet's extent up front; and without, as some writers do.
    const tall = craftWorkbook([{ name: 'Tall', body: `<dimension ref="A1:A1000000"/><sheetData>${million}</sheetData>` }], {}, 1);
    expect(failure(await readSpreadsheetBytes(tall, 'tall.xlsx'))).toBe(
      '“Tall” has 1,000,000 rows; a sheet may have at most 10,000 (and a model at most 5,000 boxes). Split it and import it in parts.',
    );
    const undeclared = craftWorkbook([{ name: 'Tall', body: `<sheetData>${million}</sheetData>` }], {}, 1);
    expect(failure(await readSpreadsheetBytes(undeclared, 'tall.xlsx'))).toMatch(/^“Tall” has more than 10,000 rows;/);
    const cells = Array.from({ length: 10_000 }, (_, column) => `<c r="${columnName(column)}1"><v>${column}</v></c>`).join('');
    const wide = craftWorkbook([{ name: 'Wide', body: `<sheetData><row r="1">${cells}</row></sheetData>` }]);
    expect(failure(await readSpreadsheetBytes(wide, 'wide.xlsx'))).toBe('“Wide” has 10,000 columns; a sheet may have at most 200. A logic-model table needs one column per level.');
    expect(failure(await readSpreadsheetBytes(strToU8('a\n'.repeat(1_000_000)), 'tall.csv'))).toMatch(/^“tall” has more than 10,000 rows/);
    expect(failure(await readSpreadsheetBytes(strToU8(`${'x,'.repeat(9_999)}x\n`), 'wide.csv'))).toMatch(/^“wide” has 10,000 columns/);
  }, 120_000);

  it('counts a sheet’s rows as it unpacks: one that understates its extent is refused, and formatted empty rows are not counted', async () => {
    const rows = (count: number) => Array.from({ length: count }, (_, index) => `<x:row r="${index + 1}"><x:c r="A${index + 1}"><x:v>1</x:v></x:c></x:row>`).join('');
    const understated = craftWorkbook([{ name: 'Short', body: `<dimension ref="A1:A20"/><x:sheetData>${rows(10_001)}</x:sheetData>` }]);
    expect(failure(await readSpreadsheetBytes(understated, 'short.xlsx'))).toMatch(/^“Short” has more than 10,000 rows;/);
    const formatted = Array.from({ length: 50 }, (_, index) => `<x:row r="${10_001 + index}" s="2" customFormat="1"/>`).join('');
    const withEmptyRows = craftWorkbook([{ name: 'Plan', body: `<x:sheetData>${rows(10_000)}${formatted}</x:sheetData>` }]);
    expect(checkZip(withEmptyRows, sheetExtentCheck())).toMatchObject({ ok: true });
  });

  it('reads the values formulas last saved, never running one, and says so in the preview', async () => {
    const body = `<sheetData><row r="1">${textCell('A1', 'Inputs')}${textCell('B1', 'Activities')}</row><row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2" t="str"><f>HYPERLINK("http://evil.example","Training")</f><v>Training</v></c></row></sheetData>`;
    const read = source(await readSpreadsheetBytes(craftWorkbook([{ name: 'Plan', body }]), 'formulas.xlsx'));
    expect(read.sheets[0]?.rows).toEqual([['Inputs', 'Activities'], ['2', 'Training']]);
    expect(read.sheets[0]?.formulaCells).toBe(2);
    const recognition = recognise(read);
    const plan = planImport(read, recognition, { title: '', mapping: recognition.layout === 'table' ? guessedMapping(recognition.choices) : {}, linkRows: false });
    expect(plan.problems.map((problem) => problem.text)).toContain('Plan: 2 cells hold formulas; the values last saved with the file are read, and no formula is run.');
    expect(plan.model?.boxes.map((box) => box.label)).toEqual(['2', 'Training']);
  });

  it('reads merged cells as merged, and dates as ISO dates', async () => {
    const body = `${sheetData([['Inputs', 'Activities'], ['Funding', 'Training'], ['', 'Mentoring']])}<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>`;
    const read = source(await readSpreadsheetBytes(craftWorkbook([{ name: 'Plan', body }]), 'merged.xlsx'));
    expect(read.sheets[0]?.merged).toEqual([{ row: 1, column: 0, rows: 2, columns: 1 }]);
  });

  it('refuses a workbook whose sheets are all empty', async () => {
    const empty = craftWorkbook([{ name: 'Sheet1', body: '<sheetData/>' }, { name: 'Sheet2', body: '<sheetData/>' }]);
    expect(failure(await readSpreadsheetBytes(empty, 'empty.xlsx'))).toBe('Every sheet of this workbook is empty.');
  });
});

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
