/**
 * The model's boxes, links and measures' values as CSV (PRODUCT.md §14): UTF-8 with a byte-order mark, so that Excel
 * reads Welsh letters (ŵ, ŷ) rightly, CRLF line ends, fields quoted as RFC 4180 says. The files
 * come in one .zip: one download, no "this site wants to download several files" prompt (which
 * Chrome shows for a second download), and the files stay together. Text is formula-safe already.
 */
import { zipSync, strToU8 } from 'fflate';
import type { PlanCell, PlannedSheet } from '../spreadsheet/workbookPlan';

const BOM = '\uFEFF';

function field(cell: PlanCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'object' ? cell.date : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function sheetCsv(sheet: PlannedSheet): string {
  const lines = [sheet.headers.map(field), ...sheet.rows.map((row) => row.map(field))].map((cells) => cells.join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** A .zip of one CSV per sheet, named `<stem>-<sheet>.csv`. */
export function writeCsvZip(sheets: readonly PlannedSheet[], stem: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const sheet of sheets) files[`${stem}-${sheet.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.csv`] = strToU8(sheetCsv(sheet));
  return zipSync(files, { level: 6 });
}
