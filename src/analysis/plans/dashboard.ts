/**
 * The rows of a plan's dashboard (PRODUCT.md §18) and their order: one row per model, from its
 * digest alone, sortable by any column. Plain data, so the page, the Word table and the Excel sheet
 * say the same.
 */
import { overallDirection, type ModelDigest } from './digest';
import { rollUp, type RollUp } from './rollup';

/** Which model a row is, as storage lists it. */
export interface RowModel {
  readonly id: string;
  readonly title: string;
  readonly updatedAt: number;
}

export interface DashboardRow {
  readonly id: string;
  readonly title: string;
  readonly digest: ModelDigest;
  readonly rollup: RollUp;
  readonly direction: 'improved' | 'no-change' | 'worse' | undefined;
  readonly updatedAt: number;
}

export const DASHBOARD_COLUMNS = ['title', 'ratings', 'direction', 'measures', 'flags', 'comments', 'changed'] as const;
export type DashboardColumn = (typeof DASHBOARD_COLUMNS)[number];

export const COLUMN_WORDS: Readonly<Record<DashboardColumn, string>> = {
  title: 'Model',
  ratings: 'Ratings by progress',
  direction: 'Direction since last version',
  measures: 'Measures',
  flags: 'Flags',
  comments: 'Open comments',
  changed: 'Last changed',
};

export const DIRECTION_WORDS = { improved: 'Improved', 'no-change': 'No change', worse: 'Worse' } as const;

export function dashboardRow(entry: RowModel, digest: ModelDigest): DashboardRow {
  return { id: entry.id, title: entry.title || 'Untitled model', digest, rollup: rollUp(digest), direction: overallDirection(digest), updatedAt: entry.updatedAt };
}

const DIRECTION_RANK = { worse: 0, 'no-change': 1, improved: 2 } as const;

function sortValue(row: DashboardRow, column: DashboardColumn): number | string {
  const { digest } = row;
  switch (column) {
    case 'title':
      return row.title.toLocaleLowerCase('en-GB');
    case 'ratings': {
      // The mean rating of the rated boxes, achieved 2 down to off track -2; a model with none rated last.
      const { achieved, 'on-track': onTrack, 'at-risk': atRisk, 'off-track': offTrack } = digest.ratings;
      const rated = achieved + onTrack + atRisk + offTrack;
      return rated ? (2 * achieved + onTrack - atRisk - 2 * offTrack) / rated : -3;
    }
    case 'direction':
      return row.direction ? DIRECTION_RANK[row.direction] : -1;
    case 'measures':
      return digest.measures.improving - digest.measures.worsening;
    case 'flags':
      return digest.flags.gaps * 10_000 + digest.flags.notices;
    case 'comments':
      return digest.openComments;
    case 'changed':
      return row.updatedAt;
  }
}

export function sortRows(rows: readonly DashboardRow[], column: DashboardColumn, ascending: boolean): DashboardRow[] {
  return [...rows].sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    const order = x < y ? -1 : x > y ? 1 : 0;
    // Ties read in title order whichever way the column is sorted.
    return (ascending ? order : -order) || a.title.localeCompare(b.title, 'en-GB') || (a.id < b.id ? -1 : 1);
  });
}

export function measuresWords(digest: ModelDigest): string {
  const { improving, maintaining, worsening } = digest.measures;
  if (!improving && !maintaining && !worsening) return 'No measures yet';
  return `${improving} improving, ${maintaining} maintaining, ${worsening} worsening`;
}

export function flagsWords(flags: ModelDigest['flags']): string {
  const { gaps, notices } = flags;
  return `${gaps} ${gaps === 1 ? 'gap' : 'gaps'}, ${notices} ${notices === 1 ? 'notice' : 'notices'}`;
}
