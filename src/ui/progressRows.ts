/**
 * The rows of the Progress tab: one per box, with what the table shows, and the sorting and filtering
 * of them. Plain data, so the order and the filters are tested without a page.
 */
import { levelIndex, type LevelId } from '../domain/levels';
import { CONFIDENCE_VALUES, PROGRESS_VALUES, type Box, type Confidence, type Indicator, type Progress } from '../domain/model';
import { latestEvidence } from '../domain/progress';
import { measureSummary } from '../domain/measureWords';
import { isMeasure, trendOf, type MeasureDirection } from '../domain/trend';

/** One of a box's measures as the Progress tab shows it: a sparkline, the direction's shape and the words. */
export interface MeasureRow {
  readonly indicator: Indicator;
  readonly direction?: MeasureDirection;
  /** "Families housed: 22 in 2024/25, improving for two periods; target 40 not met". */
  readonly words: string;
}

export interface ProgressRow {
  readonly box: Box;
  readonly level: LevelId;
  readonly owner: string;
  readonly progress?: Progress;
  readonly confidence?: Confidence;
  readonly indicators: number;
  /** ISO date of the newest evidence entry. */
  readonly latestEvidence?: string;
  readonly flags: number;
  /** The box's indicators that have figures, in their order. */
  readonly measures: readonly MeasureRow[];
}

export const SORT_KEYS = ['label', 'level', 'owner', 'progress', 'confidence', 'indicators', 'latestEvidence', 'flags'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortOrder {
  readonly key: SortKey;
  readonly direction: 'ascending' | 'descending';
}

/** "" is every value; NO_OWNER and UNRATED pick the boxes without one. */
export interface ProgressFilters {
  readonly owner: string;
  readonly level: LevelId | '';
  readonly rating: Progress | typeof UNRATED | '';
}

export const NO_OWNER = '\u0000no-owner';
export const UNRATED = 'unrated';
export const NO_FILTERS: ProgressFilters = { owner: '', level: '', rating: '' };

export function progressRows(boxes: readonly Box[], flagCounts: (boxId: string) => number): ProgressRow[] {
  return boxes.map((box) => ({
    box,
    level: box.level,
    owner: box.owner?.trim() ?? '',
    progress: box.rating?.progress,
    confidence: box.rating?.confidence,
    indicators: box.indicators?.length ?? 0,
    latestEvidence: latestEvidence(box)?.date,
    flags: flagCounts(box.id),
    measures: measureRows(box),
  }));
}

const NO_MEASURES: readonly MeasureRow[] = [];

// A box's indicators are replaced, never changed, by an edit: the list keys its rows, so that the
// tab, drawn again, finds each measure's words (and its memoised cell) as it left them.
const measureRowsOf = new WeakMap<readonly Indicator[], readonly MeasureRow[]>();

function measureRows(box: Box): readonly MeasureRow[] {
  const indicators = box.indicators;
  if (!indicators?.length) return NO_MEASURES;
  let rows = measureRowsOf.get(indicators);
  if (!rows) {
    const measures = indicators.filter(isMeasure);
    rows = measures.length
      ? measures.map((indicator) => {
          const trend = trendOf(indicator);
          return { indicator, words: measureSummary(indicator, trend), ...(trend.direction ? { direction: trend.direction } : {}) };
        })
      : NO_MEASURES;
    measureRowsOf.set(indicators, rows);
  }
  return rows;
}

/** The owners named in the rows, in alphabetical order, for the owner filter. */
export function ownersOf(rows: readonly ProgressRow[]): string[] {
  return [...new Set(rows.map((row) => row.owner).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

export function filterRows(rows: readonly ProgressRow[], filters: ProgressFilters): readonly ProgressRow[] {
  if (!filters.owner && !filters.level && !filters.rating) return rows;
  return rows.filter(
    (row) =>
      (!filters.owner || row.owner === (filters.owner === NO_OWNER ? '' : filters.owner)) &&
      (!filters.level || row.level === filters.level) &&
      (!filters.rating || (filters.rating === UNRATED ? row.progress === undefined : row.progress === filters.rating)),
  );
}

const PROGRESS_ORDER = new Map(PROGRESS_VALUES.map((value, index) => [value, index]));
const CONFIDENCE_ORDER = new Map(CONFIDENCE_VALUES.map((value, index) => [value, index]));

/** The value a column sorts on; undefined (no owner, not rated, no evidence) always goes last. */
function sortValue(row: ProgressRow, key: SortKey): string | number | undefined {
  switch (key) {
    case 'label':
      return row.box.label.trim() || undefined;
    case 'level':
      return levelIndex(row.level);
    case 'owner':
      return row.owner || undefined;
    case 'progress':
      return row.progress && PROGRESS_ORDER.get(row.progress);
    case 'confidence':
      return row.confidence && CONFIDENCE_ORDER.get(row.confidence);
    case 'indicators':
      return row.indicators;
    case 'latestEvidence':
      return row.latestEvidence;
    case 'flags':
      return row.flags;
  }
}

function compareValues(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en-GB', { numeric: true });
}

/** Chain order: by level, then top to bottom in the lane, as the canvas reads. */
function chainOrder(a: ProgressRow, b: ProgressRow): number {
  return levelIndex(a.level) - levelIndex(b.level) || a.box.y - b.box.y || a.box.id.localeCompare(b.box.id);
}

export function sortRows(rows: readonly ProgressRow[], order: SortOrder): ProgressRow[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row) => ({ row, value: sortValue(row, order.key) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) {
        if (a.value !== b.value) return a.value === undefined ? 1 : -1;
      } else {
        const compared = compareValues(a.value, b.value);
        if (compared) return compared * sign;
      }
      return chainOrder(a.row, b.row);
    })
    .map(({ row }) => row);
}
