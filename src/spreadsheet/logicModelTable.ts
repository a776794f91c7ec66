/**
 * The logic-model table: one column per level, headed in the words partnerships use (see
 * levelHeadings.ts). Each cell's lines or bullets are boxes (splitCell.ts); the same words in the
 * same level are one box. As an option, each row's boxes are linked left to right, since many such
 * tables are row-aligned chains: every box of a cell to every box of the next filled mapped cell.
 */
import { isLevelId, type LevelId } from '../domain/levels';
import { fromFormulaSafe } from './formulaSafe';
import { levelForHeading } from './levelHeadings';
import type { LevelChoice, LevelMapping } from './levelChoices';
import type { Draft, FileRecord } from './draft';
import { isBlankRow, type Problems } from './problems';
import { splitCell } from './splitCell';
import { columnLetters, type MergedCells, type SheetTable } from './table';

/** Headings are looked for in the first rows only: a title row or two may come first. */
const HEADER_SEARCH_ROWS = 10;

export interface TableLayout {
  readonly sheet: number;
  readonly headerRow: number;
}

function levelsInRow(row: readonly string[] | undefined): number {
  return new Set((row ?? []).map((cell) => levelForHeading(cell)).filter(Boolean)).size;
}

/** The first sheet with a row, near its top, whose cells name at least two levels. */
export function findTableLayout(sheets: readonly SheetTable[]): TableLayout | null {
  for (let sheet = 0; sheet < sheets.length; sheet++) {
    const rows = (sheets[sheet] as SheetTable).rows;
    for (let row = 0; row < Math.min(HEADER_SEARCH_ROWS, rows.length); row++) {
      if (levelsInRow(rows[row]) >= 2) return { sheet, headerRow: row };
    }
  }
  return null;
}

export function tableChoices(sheet: SheetTable, layout: TableLayout): LevelChoice[] {
  const header = sheet.rows[layout.headerRow] ?? [];
  return header.flatMap((heading, column) =>
    heading.trim() ? [{ key: String(column), label: `Column ${columnLetters(column)}: “${heading.trim()}”`, guess: levelForHeading(heading) ?? null }] : [],
  );
}

function mergeAt(merged: readonly MergedCells[], row: number, column: number): MergedCells | undefined {
  return merged.find((block) => row >= block.row && row < block.row + block.rows && column >= block.column && column < block.column + block.columns);
}

export function readLogicModelTable(sheet: SheetTable, layout: TableLayout, mapping: LevelMapping, linkRows: boolean, problems: Problems): Draft {
  const columns: { column: number; level: LevelId }[] = [];
  (sheet.rows[layout.headerRow] ?? []).forEach((_, column) => {
    const level = mapping[String(column)];
    if (isLevelId(level)) columns.push({ column, level });
  });
  const boxes: FileRecord[] = [];
  const boxIdOf = new Map<string, string>();
  const idsOfCell = new Map<string, string[]>();
  const links: FileRecord[] = [];
  const linked = new Set<string>();

  for (let row = layout.headerRow + 1; row < sheet.rows.length; row++) {
    const cells = sheet.rows[row] as readonly string[];
    if (isBlankRow(cells)) continue;
    const rowBoxes: string[][] = [];
    for (const { column, level } of columns) {
      const block = mergeAt(sheet.merged, row, column);
      const origin = block ? `${block.row}:${block.column}` : `${row}:${column}`;
      let ids = idsOfCell.get(origin);
      if (!ids) {
        const text = fromFormulaSafe(block ? (sheet.rows[block.row]?.[block.column] ?? '') : (cells[column] ?? ''));
        ids = splitCell(text).map((label) => {
          const key = `${level}\u0000${label.toLowerCase()}`;
          let id = boxIdOf.get(key);
          if (!id) {
            id = `box-${boxes.length + 1}`;
            boxIdOf.set(key, id);
            boxes.push({ id, level, label });
          }
          return id;
        });
        idsOfCell.set(origin, ids);
      }
      if (ids.length) rowBoxes.push(ids);
    }
    if (!linkRows) continue;
    for (let step = 1; step < rowBoxes.length; step++) {
      for (const source of rowBoxes[step - 1] as string[]) {
        for (const target of rowBoxes[step] as string[]) {
          const key = `${source}\u0000${target}`;
          if (source === target || linked.has(key)) continue;
          linked.add(key);
          links.push({ source, target });
        }
      }
    }
  }
  for (const block of sheet.merged) {
    if (block.row + block.rows <= layout.headerRow + 1) continue;
    const rows = block.rows > 1 ? `rows ${block.row + 1}–${block.row + block.rows}` : `row ${block.row + 1}`;
    const cols = block.columns > 1 ? `columns ${columnLetters(block.column)}–${columnLetters(block.column + block.columns - 1)}` : `column ${columnLetters(block.column)}`;
    problems.note(`${sheet.name}, ${rows}, ${cols}: merged cells; their text is read once, from the first cell${block.rows > 1 && linkRows ? ', and linked along each of their rows' : ''}.`);
  }
  return { boxes, links, conditions: [] };
}
