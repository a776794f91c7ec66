/**
 * A council's performance table (PRODUCT.md §17, issue 22): one row per measure, one column per
 * period ("2025/26", "2025-26", "2025/26 Q1", "Apr 2025"), with optional unit, polarity, target and
 * source columns, and title rows above the header. Read into plain rows of figures; which of the
 * open model's indicators each row is (matched by its text, any case and punctuation) is found here
 * too. Pure: the preview (src/ui/import/performance) shows the result and performanceImport.ts
 * applies it.
 */
import type { Frequency, ModelContent, Polarity } from '../domain/model';
import { readFigure } from '../domain/measureEdits';
import { frequencyOfKind, periodLabel, type Period, type PeriodKind } from '../domain/periods';
import { cellPeriod } from './valuesSheet';
import { place, Problems, isBlankRow, type ImportProblem } from './problems';
import type { SheetTable, TableSource } from './table';
import { polarityFromWord } from './words';

/** How far down the header row may be: title rows above it are skipped. */
const HEADER_SEARCH_ROWS = 20;

/** What a cell may say for "no figure": empty, not available, suppressed (the ONS's ".." and "x"), a dash. */
const GAP_WORDS = new Set(['', 'n/a', 'na', 'n.a.', 'not available', '..', '.', 'x', ':', '-', '–', '—', '*', 'tbc', 'nil return']);

export interface PerformanceValue {
  readonly period: string;
  readonly actual?: number;
  readonly target?: number;
}

export interface PerformanceRow {
  /** The row in the sheet, from 0. */
  readonly row: number;
  readonly name: string;
  readonly unit?: string;
  readonly polarity?: Polarity;
  readonly source?: string;
  readonly values: readonly PerformanceValue[];
  /** Periods whose cell was blank or said "n/a": left as gaps. */
  readonly gaps: readonly string[];
  /** The model's indicator with the same text, when there is one. */
  readonly match?: { readonly boxId: string; readonly indicatorId: string };
}

export interface PerformanceTable {
  readonly sheet: string;
  readonly headerRow: number;
  /** The period columns' periods, as the model writes them, left to right. */
  readonly periods: readonly string[];
  readonly frequency: Frequency;
  readonly rows: readonly PerformanceRow[];
  readonly problems: readonly ImportProblem[];
}

export type PerformanceReading = { readonly ok: true; readonly table: PerformanceTable } | { readonly ok: false; readonly error: string };

type Role = 'unit' | 'polarity' | 'target' | 'source' | 'name';

/** A column's heading → what it holds; the first rule that matches decides. */
const ROLE_HEADINGS: readonly [RegExp, Role][] = [
  [/^(units?|unit of measure(ment)?|measured in)$/, 'unit'],
  [/^(polarity|good (performance )?is|better is|direction of improvement|higher or lower|good direction|aim|aim to)$/, 'polarity'],
  [/^(data )?sources?( of data)?$|^data from$/, 'source'],
  [/\b(measures?|indicators?|pis?|kpis?|descriptions?|names?|titles?)\b/, 'name'],
];

/** Text compared without regard to case, punctuation or spacing: "Families housed (no.)" ≈ "families housed no". */
export function matchingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function heading(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9/ ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Words a heading may put around a period's actual figure: "2024/25 Actual", "Value 2024/25", "Outturn 2023-24". */
const ACTUAL_WORDS = /\b(actual|actuals|value|values|result|results|outturn|performance|figure|figures|data)\b/gi;
const TARGET_WORD = /\btargets?\b/i;

/** The period a heading names for the actual figures, if it is one (a target's heading is not). */
function headingPeriod(cell: string, frequency: Frequency | undefined): Period | undefined {
  const text = cell.trim();
  if (!text || TARGET_WORD.test(text)) return undefined;
  return cellPeriod(text, frequency) ?? cellPeriod(text.replace(ACTUAL_WORDS, ' ').replace(/[()[\]:,]/g, ' ').trim(), frequency);
}

/** The period a target's heading names ("Target 2025/26", "2025/26 Target"), if any. */
function targetPeriod(cell: string, frequency: Frequency): Period | undefined {
  const text = cell.trim();
  if (!TARGET_WORD.test(text)) return undefined;
  return cellPeriod(text.replace(/\btargets?\b|\bfor\b/gi, ' ').replace(/[()[\]:,]/g, ' ').trim(), frequency);
}

/** The period columns of a header row, read so they all have one kind ("2011-12" is a year beside "2012-13", a month beside "2012-01"). */
function periodColumns(header: readonly string[]): { columns: Map<number, Period>; kind: PeriodKind } | undefined {
  for (const frequency of ['annual', undefined] as (Frequency | undefined)[]) {
    const columns = new Map<number, Period>();
    header.forEach((cell, column) => {
      const period = headingPeriod(cell, frequency);
      if (period) columns.set(column, period);
    });
    if (!columns.size) return undefined;
    const kinds = new Map<PeriodKind, number>();
    for (const period of columns.values()) kinds.set(period.kind, (kinds.get(period.kind) ?? 0) + 1);
    const [kind] = [...kinds.entries()].sort((a, b) => b[1] - a[1])[0]!;
    if (kinds.size === 1 || frequency === undefined) {
      for (const [column, period] of columns) if (period.kind !== kind) columns.delete(column);
      return { columns, kind };
    }
  }
  return undefined;
}

function findHeader(sheet: SheetTable): { row: number; columns: Map<number, Period>; kind: PeriodKind } | undefined {
  for (let row = 0; row < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); row++) {
    const cells = sheet.rows[row] ?? [];
    const found = periodColumns(cells);
    // A header has periods and at least one other heading (the measures' names): a title row saying "2025/26" alone is not one.
    if (found && cells.some((cell, column) => cell.trim() && !found.columns.has(column))) return { row, ...found };
  }
  return undefined;
}

function polarityOf(text: string): Polarity | undefined {
  const known = polarityFromWord(text);
  if (known) return known;
  const words = text.toLowerCase();
  if (/high|up\b|more|bigger|increase|rise|maximi[sz]e/.test(words)) return 'higher-is-better';
  if (/low|down\b|less|fewer|small|decrease|reduc|fall|minimi[sz]e/.test(words)) return 'lower-is-better';
  if (/neither|none|n\/a|context|no polarity/.test(words)) return 'none';
  return undefined;
}

/** A cell's figure, a gap, or not a figure. */
function figureOf(text: string): { gap: true } | { value: number } | { refused: true } {
  const trimmed = text.trim();
  if (GAP_WORDS.has(trimmed.toLowerCase())) return { gap: true };
  const number = Number(trimmed);
  if (Number.isFinite(number)) return { value: number };
  const read = readFigure(trimmed);
  if (read.ok) return read.value === undefined ? { gap: true } : { value: read.value };
  return { refused: true };
}

/** Indicator text → its box and id, for matching rows; the first indicator with a text wins. */
function indicatorsByText(model: ModelContent): Map<string, { boxId: string; indicatorId: string }> {
  const found = new Map<string, { boxId: string; indicatorId: string }>();
  for (const box of model.boxes) {
    for (const indicator of box.indicators ?? []) {
      const key = matchingKey(indicator.text);
      if (key && !found.has(key)) found.set(key, { boxId: box.id, indicatorId: indicator.id });
    }
  }
  return found;
}

function readSheet(sheet: SheetTable, model: ModelContent): PerformanceReading {
  const header = findHeader(sheet);
  if (!header) {
    return { ok: false, error: `No header row with periods was found in the first ${HEADER_SEARCH_ROWS} rows of “${sheet.name}”: a performance table has a column per period, headed such as 2025/26, 2025-26 or 2025/26 Q1.` };
  }
  const problems = new Problems();
  const headerCells = sheet.rows[header.row] ?? [];
  const roles = new Map<Role, number>();
  const periodTargets = new Map<number, Period>();
  const ignored: string[] = [];
  headerCells.forEach((cell, column) => {
    if (header.columns.has(column) || !cell.trim()) return;
    const words = heading(cell);
    // "Target met?" or "Target status" says how it went, not the target.
    const role = TARGET_WORD.test(cell) ? (/status|met\b|achieved|rag\b/i.test(cell) ? undefined : 'target') : ROLE_HEADINGS.find(([pattern]) => pattern.test(words))?.[1];
    if (role === 'target') {
      // "Target 2025/26" is that period's target; "Target" alone is the latest period's.
      const period = targetPeriod(cell, frequencyOfKind(header.kind));
      if (period && period.kind === header.kind) periodTargets.set(column, period);
      else if (!roles.has('target')) roles.set('target', column);
      return;
    }
    if (role && !roles.has(role)) roles.set(role, column);
    else ignored.push(cell.trim());
  });
  if (!roles.has('name')) {
    // No column headed as the names: the one whose cells below hold the longest words (not figures, not short codes such as "HC1").
    const taken = new Set([...header.columns.keys(), ...roles.values(), ...periodTargets.keys()]);
    const below = sheet.rows.slice(header.row + 1, header.row + 21);
    const width = Math.max(headerCells.length, ...below.map((row) => row.length));
    let best = { column: -1, length: 0 };
    for (let column = 0; column < width; column++) {
      if (taken.has(column)) continue;
      const words = below.map((row) => (row[column] ?? '').trim()).filter((cell) => cell && 'refused' in figureOf(cell));
      const length = words.reduce((sum, cell) => sum + cell.length, 0) / Math.max(1, below.length);
      if (length > best.length) best = { column, length };
    }
    if (best.column >= 0) {
      roles.set('name', best.column);
      const named = ignored.indexOf((headerCells[best.column] ?? '').trim());
      if (named >= 0) ignored.splice(named, 1);
    }
  }
  const nameColumn = roles.get('name');
  if (nameColumn === undefined) return { ok: false, error: `“${sheet.name}”, row ${header.row + 1}: no column holds the measures’ names (head it Measure or Indicator).` };
  if (ignored.length) problems.note(`${place(sheet.name, header.row)}: ${ignored.map((name) => `“${name}”`).join(', ')} ${ignored.length === 1 ? 'is not a column this import reads; it is' : 'are not columns this import reads; they are'} left out.`);

  const periodOrder = [...header.columns.entries()].sort((a, b) => a[1].index - b[1].index);
  const latest = periodOrder[periodOrder.length - 1]![1];
  const targetColumn = roles.get('target');
  if (targetColumn !== undefined) problems.note(`${place(sheet.name, header.row)}: the column “${(headerCells[targetColumn] ?? '').trim()}” is read as the target for ${periodLabel(latest)}, the latest period.`);
  const byText = indicatorsByText(model);
  const rows: PerformanceRow[] = [];
  const seenNames = new Map<string, number>();
  const text = (row: readonly string[], role: Role) => {
    const column = roles.get(role);
    return column === undefined ? '' : (row[column] ?? '').trim();
  };
  for (let row = header.row + 1; row < sheet.rows.length; row++) {
    const cells = sheet.rows[row] ?? [];
    if (isBlankRow(cells)) continue;
    const name = (cells[nameColumn] ?? '').trim();
    if (!name) {
      problems.note(`${place(sheet.name, row, nameColumn)}: no measure is named; this row is left out.`);
      continue;
    }
    const key = matchingKey(name);
    const earlier = seenNames.get(key);
    if (earlier !== undefined) {
      problems.note(`${place(sheet.name, row)}: “${name}” is already in row ${earlier + 1}; this row is left out.`);
      continue;
    }
    seenNames.set(key, row);
    const targets = new Map<number, number>();
    const readTarget = (column: number, period: Period) => {
      const figure = figureOf(cells[column] ?? '');
      if ('value' in figure) targets.set(period.index, figure.value);
      else if ('refused' in figure) problems.note(`${place(sheet.name, row, column)}: “${(cells[column] ?? '').trim()}” is not a number; no target is read for ${periodLabel(period)}.`);
    };
    if (targetColumn !== undefined) readTarget(targetColumn, latest);
    for (const [column, period] of periodTargets) readTarget(column, period);
    const values: PerformanceValue[] = [];
    const gaps: string[] = [];
    for (const [column, period] of periodOrder) {
      const label = periodLabel(period);
      const figure = figureOf(cells[column] ?? '');
      const target = targets.get(period.index);
      if ('refused' in figure) problems.note(`${place(sheet.name, row, column)}: “${(cells[column] ?? '').trim()}” is not a number; ${label} is left as a gap.`);
      if ('value' in figure) values.push({ period: label, actual: figure.value, ...(target !== undefined ? { target } : {}) });
      else {
        gaps.push(label);
        if (target !== undefined) values.push({ period: label, target });
      }
    }
    const polarityText = text(cells, 'polarity');
    const polarity = polarityText ? polarityOf(polarityText) : undefined;
    if (polarityText && !polarity) problems.note(`${place(sheet.name, row, roles.get('polarity'))}: “${polarityText}” is not a polarity (higher is better, lower is better, neither); it is left out.`);
    const match = byText.get(key);
    rows.push({
      row,
      name,
      ...(text(cells, 'unit') ? { unit: text(cells, 'unit') } : {}),
      ...(polarity ? { polarity } : {}),
      ...(text(cells, 'source') ? { source: text(cells, 'source') } : {}),
      values,
      gaps,
      ...(match ? { match } : {}),
    });
  }
  if (!rows.length) return { ok: false, error: `“${sheet.name}” has a header row (row ${header.row + 1}) but no measures under it.` };
  return {
    ok: true,
    table: { sheet: sheet.name, headerRow: header.row, periods: periodOrder.map(([, period]) => periodLabel(period)), frequency: frequencyOfKind(header.kind), rows, problems: problems.list },
  };
}

/** The first sheet that reads as a performance table, matched against the open model's indicators. */
export function readPerformanceTable(source: TableSource, model: ModelContent): PerformanceReading {
  let first: PerformanceReading | undefined;
  for (const sheet of source.sheets) {
    const reading = readSheet(sheet, model);
    if (reading.ok) return reading;
    first ??= reading;
  }
  return first ?? { ok: false, error: 'The file has no sheets.' };
}
