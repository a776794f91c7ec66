/** Reading a sheet by its header names, row by row, every text formula-unescaped and trimmed. */
import { fromFormulaSafe } from './formulaSafe';
import { headerColumns, isBlankRow } from './problems';
import type { SheetTable } from './table';

export class SheetView {
  private readonly columns: Map<string, number>;
  constructor(
    readonly sheet: SheetTable,
    readonly headerRow = 0,
  ) {
    this.columns = headerColumns(sheet.rows[headerRow]);
  }

  get name(): string {
    return this.sheet.name;
  }

  has(header: string): boolean {
    return this.columns.has(header.toLowerCase());
  }

  column(header: string): number | undefined {
    return this.columns.get(header.toLowerCase());
  }

  /** The cell under `header` in row `row`, as text; '' when there is no such column or cell. */
  text(row: number, header: string): string {
    const column = this.columns.get(header.toLowerCase());
    if (column === undefined) return '';
    return fromFormulaSafe((this.sheet.rows[row]?.[column] ?? '').trim());
  }

  /** The rows under the header that hold anything, by their index in the sheet. */
  dataRows(): number[] {
    const rows: number[] = [];
    for (let row = this.headerRow + 1; row < this.sheet.rows.length; row++) if (!isBlankRow(this.sheet.rows[row])) rows.push(row);
    return rows;
  }
}

export function findSheet(sheets: readonly SheetTable[], name: string): SheetTable | undefined {
  const wanted = name.toLowerCase();
  return sheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted);
}
