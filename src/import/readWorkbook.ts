/**
 * An .xlsx's sheets as text, by SheetJS (the community edition 0.20.3, republished as @e965/xlsx:
 * the `xlsx` package on the npm registry is stuck at 0.18.5, with CVE-2023-30533 and CVE-2024-22363
 * on its read path). Only after zipGuard has passed the file. Values are read as last saved;
 * formulas are counted, never evaluated. Dates become ISO dates by our own arithmetic on the date
 * serial, so no time zone can move a day.
 */
import { read, SSF, type CellObject, type WorkBook } from '@e965/xlsx';
import { SPREADSHEET_LIMITS, type MergedCells, type SheetTable } from '../spreadsheet/table';
import { tooManyColumns, tooManyRows } from './limitMessages';

export type WorkbookResult = { ok: true; sheets: SheetTable[] } | { ok: false; error: string };

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** A date serial (days since 1899-12-30, or since 1904-01-01) as YYYY-MM-DD. */
export function serialToIsoDate(serial: number, date1904: boolean): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  const moment = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
  return `${pad(moment.getUTCFullYear(), 4)}-${pad(moment.getUTCMonth() + 1, 2)}-${pad(moment.getUTCDate(), 2)}`;
}

function cellText(cell: CellObject | undefined, date1904: boolean): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  switch (cell.t) {
    case 's':
      return String(cell.v);
    case 'n': {
      const value = cell.v as number;
      const format = typeof cell.z === 'string' ? cell.z : undefined;
      return format && SSF.is_date(format) ? serialToIsoDate(value, date1904) : String(value);
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'd':
      return (cell.v as Date).toISOString().slice(0, 10);
    default:
      return '';
  }
}

export function readWorkbookBytes(bytes: Uint8Array, onSheet?: (name: string, index: number, count: number) => void): WorkbookResult {
  let workbook: WorkBook;
  try {
    workbook = read(bytes, { type: 'array', dense: true, cellFormula: true, cellNF: true, cellHTML: false, cellText: false, cellStyles: false, sheetRows: SPREADSHEET_LIMITS.rows + 1 });
  } catch (error) {
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    return { ok: false, error: `This workbook is damaged and could not be read${detail}. Open it in Excel or LibreOffice, save it again as .xlsx and import that.` };
  }
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const sheets: SheetTable[] = [];
  for (const [index, name] of workbook.SheetNames.entries()) {
    onSheet?.(name, index, workbook.SheetNames.length);
    const sheet = workbook.Sheets[name];
    if (!sheet) continue;
    const fullRange = sheet['!fullref'] ?? sheet['!ref'];
    if (fullRange) {
      const rows = decodeRows(fullRange);
      // Without a <dimension>, SheetJS knows only the rows it read: one past the limit.
      if (rows > SPREADSHEET_LIMITS.rows) return { ok: false, error: tooManyRows(name, rows > SPREADSHEET_LIMITS.rows + 1 ? rows : undefined) };
    }
    const data = (sheet['!data'] ?? []) as (CellObject[] | undefined)[];
    let formulaCells = 0;
    let widest = 0;
    const rows: string[][] = [];
    for (let row = 0; row < data.length; row++) {
      const cells = data[row] ?? [];
      const texts: string[] = [];
      for (let column = 0; column < cells.length; column++) {
        const cell = cells[column];
        if (cell?.f !== undefined) formulaCells++;
        texts.push(cellText(cell, date1904));
      }
      while (texts.length && !texts[texts.length - 1]) texts.pop();
      widest = Math.max(widest, texts.length);
      rows.push(texts);
    }
    if (widest > SPREADSHEET_LIMITS.columns) return { ok: false, error: tooManyColumns(name, widest) };
    while (rows.length && rows[rows.length - 1]?.length === 0) rows.pop();
    const merged: MergedCells[] = (sheet['!merges'] ?? []).map((range) => ({ row: range.s.r, column: range.s.c, rows: range.e.r - range.s.r + 1, columns: range.e.c - range.s.c + 1 }));
    sheets.push({ name, rows, merged, formulaCells });
  }
  return { ok: true, sheets };
}

/** Rows spanned by an A1-style range ("A1:K2001" → 2001). */
function decodeRows(range: string): number {
  const [start, end] = range.split(':');
  const rowOf = (reference: string | undefined) => Number(/\d+$/.exec(reference ?? '')?.[0] ?? 0);
  return rowOf(end ?? start) - rowOf(start) + 1;
}
