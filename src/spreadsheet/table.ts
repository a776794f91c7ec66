/**
 * A spreadsheet or pasted table as plain data, whatever it came from (.xlsx, .csv, the clipboard):
 * sheets of rows of text. The readers at the edge (src/import) produce it; this folder reads it.
 */

/** A block of merged cells; its text is in its first (top-left) cell. Rows and columns from 0. */
export interface MergedCells {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface SheetTable {
  readonly name: string;
  /** Every cell as text: a date cell as an ISO date (YYYY-MM-DD), a number as its digits. */
  readonly rows: readonly (readonly string[])[];
  readonly merged: readonly MergedCells[];
  /** How many cells held a formula: their saved values are in `rows`; no formula is ever run. */
  readonly formulaCells: number;
}

export type SourceKind = 'xlsx' | 'csv' | 'paste';

export interface TableSource {
  readonly kind: SourceKind;
  /** The file's name, or a description of the paste. */
  readonly name: string;
  readonly sheets: readonly SheetTable[];
}

/** What is read at most, said in the messages and the README. */
export const SPREADSHEET_LIMITS = {
  /** The file itself. */
  fileBytes: 20 * 1024 * 1024,
  /** Everything inside an .xlsx once unpacked. */
  unpackedBytes: 200 * 1024 * 1024,
  /** Rows of one sheet, header included. */
  rows: 10_000,
  /** Columns of one sheet. */
  columns: 200,
  /** Boxes of the model made. */
  boxes: 5_000,
} as const;

/** Column letters as a spreadsheet shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function sheetTable(name: string, rows: readonly (readonly string[])[], extra: Partial<Pick<SheetTable, 'merged' | 'formulaCells'>> = {}): SheetTable {
  return { name, rows, merged: extra.merged ?? [], formulaCells: extra.formulaCells ?? 0 };
}
