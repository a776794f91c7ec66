/**
 * CSV and tab-separated text (a .csv file, or cells copied from Excel or Google Sheets) as a sheet,
 * by papaparse: quoted fields, line breaks inside quotes, and the delimiter guessed. Every field is
 * kept as text; nothing is evaluated.
 */
import Papa from 'papaparse';
import { SPREADSHEET_LIMITS, sheetTable, type SheetTable } from '../spreadsheet/table';
import { tooManyColumns, tooManyRows } from './limitMessages';

export type DelimitedResult = { ok: true; sheet: SheetTable } | { ok: false; error: string };

export function readDelimited(text: string, sheetName: string, delimiter?: string): DelimitedResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    ...(delimiter ? { delimiter } : {}),
    // One row past the limit, so that a longer sheet is known to be longer.
    preview: SPREADSHEET_LIMITS.rows + 1,
    skipEmptyLines: false,
  });
  const rows = parsed.data;
  while (rows.length && rows[rows.length - 1]?.every((cell) => !cell.trim())) rows.pop();
  if (rows.length > SPREADSHEET_LIMITS.rows) return { ok: false, error: tooManyRows(sheetName) };
  const widest = rows.reduce((most, row) => Math.max(most, row.length), 0);
  if (widest > SPREADSHEET_LIMITS.columns) return { ok: false, error: tooManyColumns(sheetName, widest) };
  return { ok: true, sheet: sheetTable(sheetName, rows) };
}
