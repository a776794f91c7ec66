/**
 * A block of cells pasted into a measure's grid of figures (PRODUCT.md §17), as Excel, LibreOffice
 * and Google Sheets put it on the clipboard: rows by newline, cells by tab, a cell holding either
 * in double quotes. The block goes down the grid's periods and across its columns from the focused
 * cell, adding the periods after the last as it needs them. One cell the grid cannot hold refuses
 * the whole paste, in words naming the cell, so that nothing changes by half.
 */
import { MAX_VALUES_PER_MEASURE } from './measureLimits';
import { readFigure, type ValuePatch } from './measureEdits';
import { VALUE_STATUSES, type Indicator, type ValueStatus } from './model';
import { VALUE_STATUS_WORDS } from './measureWords';
import { parsePeriod, periodLabel, shiftPeriod } from './periods';
import { valuesInOrder } from './trend';

/** The grid's columns after its period, left to right. */
export const FIGURE_COLUMNS = ['actual', 'target', 'status', 'note'] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

export const FIGURE_COLUMN_WORDS: Readonly<Record<FigureColumn, string>> = {
  actual: 'Actual',
  target: 'Target',
  status: 'Status',
  note: 'Note',
};

/** The longest note a cell may hold, as for the other text fields. */
export const MAX_NOTE_LENGTH = 300;

export interface PeriodPatch {
  readonly period: string;
  readonly patch: ValuePatch;
}

export type PasteReading = { readonly ok: true; readonly entries: readonly PeriodPatch[] } | { readonly ok: false; readonly message: string };

/**
 * The rows and cells of clipboard text. A spreadsheet ends a copied block with a newline, and quotes
 * a cell that holds a tab, a newline or a quote ("" inside for one quote).
 */
export function splitPastedCells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const char = text[i] as string;
    if (atCellStart && char === '"') {
      const close = closingQuote(text, i + 1);
      if (close >= 0) {
        cell = text.slice(i + 1, close).replace(/""/g, '"');
        i = close + 1;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (char === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (char === '\n' || char === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      if (char === '\r' && text[i + 1] === '\n') i++;
    } else {
      cell += char;
    }
    i++;
  }
  if (!atCellStart || cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Where a quoted cell ends: a quote followed by a tab, a newline or the end; -1 when it is not quoted after all. */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i++;
      continue;
    }
    const next = text[i + 1];
    return next === undefined || next === '\t' || next === '\n' || next === '\r' ? i : -1;
  }
  return -1;
}

/** Whether clipboard text is more than one cell, so that the grid, not the focused field, takes it. */
export function isManyCells(text: string): boolean {
  const rows = splitPastedCells(text);
  return rows.length > 1 || (rows[0]?.length ?? 0) > 1;
}

function readStatus(text: string): ValueStatus | '' | undefined {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return '';
  return VALUE_STATUSES.find((status) => status === wanted || VALUE_STATUS_WORDS[status].toLowerCase() === wanted);
}

/** One cell into the patch of its period; a message naming the cell when the grid cannot hold it. */
function readCell(column: FigureColumn, text: string, period: string, patch: Record<string, unknown>): string | undefined {
  const where = `${period}, ${FIGURE_COLUMN_WORDS[column]}`;
  if (column === 'actual' || column === 'target') {
    const figure = readFigure(text);
    if (!figure.ok) return `${where}: “${text.trim()}” is not a number`;
    patch[column] = figure.value ?? null;
  } else if (column === 'status') {
    const status = readStatus(text);
    if (status === undefined) return `${where}: “${text.trim()}” is not a status (${VALUE_STATUSES.map((value) => VALUE_STATUS_WORDS[value]).join(', ')})`;
    patch.status = status;
  } else {
    if (text.length > MAX_NOTE_LENGTH) return `${where}: the note is longer than ${MAX_NOTE_LENGTH} characters`;
    patch.note = text.trim();
  }
  return undefined;
}

/**
 * The grid's rows from `startPeriod` down: the measure's periods in order, then the periods after
 * its last, `count` in all; undefined when the start is not one of its periods.
 */
function periodsFrom(indicator: Indicator, startPeriod: string, count: number): string[] | undefined {
  const labels = valuesInOrder(indicator).map((value) => value.period);
  const start = labels.indexOf(startPeriod);
  if (start < 0) return undefined;
  const rows = labels.slice(start, start + count);
  const last = parsePeriod(labels[labels.length - 1] as string, indicator.frequency);
  if (!last) return rows.length === count ? rows : undefined;
  for (let added = 1; rows.length < count; added++) rows.push(periodLabel(shiftPeriod(last, added)));
  return rows;
}

/**
 * A paste read into one patch per period, or the reason it is refused. `startPeriod` and
 * `startColumn` are the focused cell.
 */
export function readPaste(indicator: Indicator, startPeriod: string, startColumn: FigureColumn, text: string): PasteReading {
  const rows = splitPastedCells(text);
  if (!rows.length) return { ok: true, entries: [] };
  const columns = FIGURE_COLUMNS.slice(FIGURE_COLUMNS.indexOf(startColumn));
  const widest = Math.max(...rows.map((row) => row.length));
  if (widest > columns.length) {
    const names = columns.map((column) => FIGURE_COLUMN_WORDS[column]).join(', ');
    return { ok: false, message: `The paste is ${widest} cells wide, but from ${FIGURE_COLUMN_WORDS[startColumn]} the grid has ${columns.length} (${names})` };
  }
  const periods = periodsFrom(indicator, startPeriod, rows.length);
  if (!periods) return { ok: false, message: `${startPeriod} is not one of this measure’s periods` };
  const existing = new Set((indicator.values ?? []).map((value) => value.period));
  const added = periods.filter((period) => !existing.has(period)).length;
  if (existing.size + added > MAX_VALUES_PER_MEASURE) {
    return { ok: false, message: `The paste would give this measure ${existing.size + added} periods; it can hold ${MAX_VALUES_PER_MEASURE}` };
  }
  const entries: PeriodPatch[] = [];
  for (let r = 0; r < rows.length; r++) {
    const period = periods[r] as string;
    const patch: Record<string, unknown> = {};
    const row = rows[r] as string[];
    for (let c = 0; c < row.length; c++) {
      const problem = readCell(columns[c] as FigureColumn, row[c] as string, period, patch);
      if (problem) return { ok: false, message: problem };
    }
    entries.push({ period, patch: patch as ValuePatch });
  }
  return { ok: true, entries };
}
