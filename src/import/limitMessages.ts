/** The messages for a sheet over the limits, said the same whichever reader finds it. */
import { SPREADSHEET_LIMITS } from '../spreadsheet/table';

export function tooManyRows(sheet: string, rows?: number): string {
  return `“${sheet}” has ${rows ? rows.toLocaleString('en-GB') : 'more than ' + SPREADSHEET_LIMITS.rows.toLocaleString('en-GB')} rows; a sheet may have at most ${SPREADSHEET_LIMITS.rows.toLocaleString('en-GB')} (and a model at most ${SPREADSHEET_LIMITS.boxes.toLocaleString('en-GB')} boxes). Split it and import it in parts.`;
}

export function tooManyColumns(sheet: string, columns: number): string {
  return `“${sheet}” has ${columns.toLocaleString('en-GB')} columns; a sheet may have at most ${SPREADSHEET_LIMITS.columns}. A logic-model table needs one column per level.`;
}
