/**
 * Excel holds at most 32,767 characters in a cell; a longer text makes Excel report the file as
 * damaged. The workbook cuts such a text and ends it with a note saying where the whole text is.
 */
export const EXCEL_CELL_LIMIT = 32_767;

/** Where a cell stands, so the note can send the reader to the whole text. */
export interface CellPlace {
  readonly sheet: string;
  readonly column: string;
  /** The row's ID (its first cell), when it has one. */
  readonly rowId?: string;
}

export function cutNote(place: CellPlace): string {
  const row = place.rowId ? ` of ${place.rowId}` : '';
  return `\n[Cut here: Excel holds at most 32,767 characters in a cell. The whole text (${place.sheet} sheet, ${place.column}${row}) is in the model in Outcome Chains, and in its model file and CSV exports.]`;
}

/** The text as Excel can hold it: itself when short enough, else cut with the note at its end. */
export function fitExcelCell(text: string, place: CellPlace): string {
  if (text.length <= EXCEL_CELL_LIMIT) return text;
  const note = cutNote(place);
  let end = EXCEL_CELL_LIMIT - note.length;
  // Never split a surrogate pair: half a character would be a broken one.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + note;
}
