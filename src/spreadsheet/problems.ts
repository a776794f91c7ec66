/** What an import found wrong, named by sheet, row and column ("Links, row 7: From …"). */
import { columnLetters } from './table';

export interface ImportProblem {
  readonly text: string;
  /** A blocking problem stops the import; any other says what was left out or assumed. */
  readonly blocking: boolean;
}

/** "Links, row 7" or "Links, row 7, column B"; rows and columns counted from 0, said from 1 and A. */
export function place(sheet: string, row?: number, column?: number): string {
  let where = sheet;
  if (row !== undefined) where += `, row ${row + 1}`;
  if (column !== undefined) where += `, column ${columnLetters(column)}`;
  return where;
}

export class Problems {
  readonly list: ImportProblem[] = [];
  note(text: string): void {
    this.list.push({ text, blocking: false });
  }
  block(text: string): void {
    this.list.push({ text, blocking: true });
  }
}

/** Header name → column, matched without regard to case or surrounding spaces. */
export function headerColumns(header: readonly string[] | undefined): Map<string, number> {
  const columns = new Map<string, number>();
  (header ?? []).forEach((name, index) => {
    const key = name.trim().toLowerCase();
    if (key && !columns.has(key)) columns.set(key, index);
  });
  return columns;
}

export function isBlankRow(row: readonly string[] | undefined): boolean {
  return !row || row.every((cell) => !cell.trim());
}
