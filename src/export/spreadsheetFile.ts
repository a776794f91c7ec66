/**
 * The spreadsheet exports in the browser: the workbook as .xlsx, or boxes, links and the measures'
 * values as CSV in a .zip. Imported by the export dialog only when asked for, so none of it is in the initial bundle.
 */
import type { Flag } from '../analysis';
import { isoDateOf } from '../domain/isoDate';
import type { ModelContent } from '../domain/model';
import { planWorkbook } from '../spreadsheet/workbookPlan';
import { SHEETS } from '../spreadsheet/sheetNames';
import { writeCsvZip } from './csv';
import { exportFileName } from './fileName';
import { writeXlsx, XLSX_MIME_TYPE } from './xlsx';

export interface SpreadsheetExport {
  readonly blob: Blob;
  readonly name: string;
}

export function exportSpreadsheet(model: ModelContent, flags: readonly Flag[], kind: 'xlsx' | 'csv', now = new Date()): SpreadsheetExport {
  const sheets = planWorkbook(model, { flags, today: isoDateOf(now) });
  if (kind === 'xlsx') {
    // A copy typed as backed by a plain ArrayBuffer, which is what Blob takes.
    return { blob: new Blob([writeXlsx(sheets).slice()], { type: XLSX_MIME_TYPE }), name: exportFileName(model.title, 'xlsx') };
  }
  const name = exportFileName(model.title, 'zip', '-csv');
  const stem = exportFileName(model.title, 'csv').replace(/\.csv$/, '');
  const chosen = sheets.filter((sheet) => sheet.name === SHEETS.boxes || sheet.name === SHEETS.links || sheet.name === SHEETS.values);
  return { blob: new Blob([writeCsvZip(chosen, stem).slice()], { type: 'application/zip' }), name };
}
