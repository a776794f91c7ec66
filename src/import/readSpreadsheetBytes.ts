/**
 * What a dropped or chosen file is, and its sheets as text (src/spreadsheet/table.ts), or one clear
 * message saying why it cannot be imported. Runs in the spreadsheet worker; plain enough for Node.
 */
import { unzipSync } from 'fflate';
import { SPREADSHEET_LIMITS, type SheetTable, type TableSource } from '../spreadsheet/table';
import { readDelimited } from './readDelimited';
import { readWorkbookBytes } from './readWorkbook';
import { sheetExtentCheck } from './sheetExtents';
import { checkZip, isZip } from './zipGuard';

export type ReadResult = { ok: true; source: TableSource } | { ok: false; error: string };

const SAVE_AS_XLSX = 'Open it in Excel or LibreOffice, choose Save As › Excel Workbook (.xlsx), and import that.';

function isCompoundFile(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && magic.every((byte, index) => bytes[index] === byte);
}

/** Whether the UTF-16 name appears in the file: Office stores an encrypted workbook's key as "EncryptionInfo". */
function holdsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = [...text].flatMap((character) => [character.charCodeAt(0), 0]);
  outer: for (let at = 0; at <= bytes.length - pattern.length; at++) {
    for (let index = 0; index < pattern.length; index++) if (bytes[at + index] !== pattern[index]) continue outer;
    return true;
  }
  return false;
}

function decodeText(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel's plain "CSV (Comma delimited)" is saved in the Windows code page, not UTF-8.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export type Step = (text: string) => void;

/**
 * The CSV export's .zip (`<title>-boxes.csv`, `<title>-links.csv`), or any zip of CSV files: one
 * sheet per file, named by the last word of its name, so the pair reads as Boxes and Links.
 */
function readCsvZip(bytes: Uint8Array, name: string, entries: readonly string[]): ReadResult {
  const files = unzipSync(bytes, { filter: (file) => entries.includes(file.name) });
  const sheets: SheetTable[] = [];
  for (const entry of entries) {
    const text = decodeText(files[entry] as Uint8Array);
    const sheetName = /([^-/\\]+)\.csv$/i.exec(entry)?.[1] ?? entry;
    if (text === null) return { ok: false, error: `“${entry}” in this zip is not a CSV file.` };
    const read = readDelimited(text, sheetName);
    if (!read.ok) return read;
    sheets.push(read.sheet);
  }
  return { ok: true, source: { kind: 'csv', name, sheets } };
}

export async function readSpreadsheetBytes(bytes: Uint8Array, name: string, step: Step = () => {}): Promise<ReadResult> {
  const fail = (error: string): ReadResult => ({ ok: false, error });
  if (bytes.length > SPREADSHEET_LIMITS.fileBytes) {
    return fail(`The file is too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB); spreadsheets may be at most ${SPREADSHEET_LIMITS.fileBytes / 1024 / 1024} MB.`);
  }
  if (bytes.length === 0) return fail('The file is empty.');
  if (isCompoundFile(bytes)) {
    return fail(holdsUtf16(bytes, 'EncryptionInfo') ? 'This workbook is password-protected. Remove the password in Excel (File › Info › Protect Workbook) and import it again.' : `This is an old Excel file (.xls), which this app does not read. ${SAVE_AS_XLSX}`);
  }
  if (isZip(bytes)) {
    step('Checking the workbook…');
    const check = checkZip(bytes, sheetExtentCheck());
    if (!check.ok) return fail(check.error);
    if (check.names.includes('xl/workbook.bin')) return fail(`This is an Excel binary workbook (.xlsb). ${SAVE_AS_XLSX}`);
    const csvFiles = check.names.filter((entry) => /\.csv$/i.test(entry));
    if (!check.names.includes('xl/workbook.xml') && csvFiles.length) return readCsvZip(bytes, name, csvFiles);
    if (!check.names.includes('xl/workbook.xml')) {
      return fail(check.names.includes('content.xml') ? `This is an OpenDocument file, not an Excel workbook. ${SAVE_AS_XLSX}` : 'This is not a spreadsheet: it is a zip file, but neither an Excel workbook (.xlsx) nor CSV files.');
    }
    step('Reading the workbook…');
    const read = readWorkbookBytes(bytes, (sheet, index, count) => step(`Reading sheet “${sheet}” (${index + 1} of ${count})…`));
    if (!read.ok) return fail(read.error);
    if (read.sheets.every((sheet) => sheet.rows.length === 0)) return fail('Every sheet of this workbook is empty.');
    return { ok: true, source: { kind: 'xlsx', name, sheets: read.sheets } };
  }
  if (/\.xls$/i.test(name)) return fail(`This is not an Excel workbook this app reads. ${SAVE_AS_XLSX}`);
  const text = decodeText(bytes);
  if (text === null) return fail('This is not a spreadsheet: choose an Excel workbook (.xlsx) or a CSV file (.csv).');
  step('Reading the CSV…');
  const read = readDelimited(text, name.replace(/\.(csv|txt|tsv)$/i, '') || 'CSV');
  if (!read.ok) return fail(read.error);
  if (read.sheet.rows.length === 0) return fail('The file holds no rows.');
  return { ok: true, source: { kind: 'csv', name, sheets: [read.sheet] } };
}
