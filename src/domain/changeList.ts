/**
 * The list a diff builds (src/domain/diff.ts): each change with a key that puts it in the list's
 * order — group (CHANGE_GROUPS), then a reading order of its own, never the order of the models'
 * arrays — and the small comparisons the diff's parts share.
 */
import { levelIndex } from './levels';
import type { Box, Indicator } from './model';
import { CHANGE_GROUPS, type BoxAbout, type ChangeKind, type ModelChange } from './changes';

/** Within one element, kinds come in this order (the order PRODUCT.md §12 lists them in). */
const KIND_ORDER: readonly ChangeKind[] = [
  'box-added',
  'box-removed',
  'box-relabelled',
  'box-level-changed',
  'box-field-changed',
  'link-added',
  'link-removed',
  'link-reconnected',
  'link-note-changed',
  'condition-added',
  'condition-removed',
  'condition-text-changed',
  'condition-status-changed',
  'condition-comment-changed',
  'rating-added',
  'rating-removed',
  'progress-changed',
  'confidence-changed',
  'indicator-added',
  'indicator-removed',
  'indicator-changed',
  'value-added',
  'value-removed',
  'value-changed',
  'evidence-added',
  'evidence-removed',
  'evidence-changed',
  'title-changed',
  'description-changed',
];
export const KIND_RANK: ReadonlyMap<ChangeKind, number> = new Map(KIND_ORDER.map((kind, rank) => [kind, rank]));
const GROUP_RANK: ReadonlyMap<string, number> = new Map(CHANGE_GROUPS.map((group, rank) => [group, rank]));

type SortKey = readonly (string | number)[];
interface Keyed {
  readonly change: ModelChange;
  readonly key: SortKey;
}

// Natural order for labels ("Box 2" before "Box 10"); exact code units break any tie, so the order never
// depends on the arrays' order.
const collator = new Intl.Collator('en-GB', { numeric: true });

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    const collated = collator.compare(String(x), String(y));
    if (collated !== 0) return collated;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/** Empty text and no text are the same. */
export function text(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

export function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (let i = 0; i < items.length; i++) map.set(items[i]!.id, items[i]!);
  return map;
}

/** Empty text and no text are the same; compared without making anything, as most fields are equal. */
export function sameText(a: string | undefined, b: string | undefined): boolean {
  return a === b || (!a && !b);
}

export const NO_ITEMS: readonly never[] = [];

export function sameIds(earlier: readonly { readonly id: string }[], later: readonly { readonly id: string }[]): boolean {
  if (earlier.length !== later.length) return false;
  for (let i = 0; i < earlier.length; i++) if (earlier[i]!.id !== later[i]!.id) return false;
  return true;
}

export function about(box: Box): BoxAbout {
  return { boxId: box.id, label: box.label, level: box.level };
}

export class ChangeList {
  private readonly keyed: Keyed[] = [];

  add(change: ModelChange, ...key: (string | number)[]): void {
    this.keyed.push({ change, key: [GROUP_RANK.get(change.group)!, ...key] });
  }

  /** A change about a box: in reading order of the box (level, label, id), then kind, then `within`. */
  addForBox(change: ModelChange & BoxAbout, ...within: (string | number)[]): void {
    this.add(change, levelIndex(change.level), change.label, change.boxId, KIND_RANK.get(change.kind)!, ...within);
  }

  /** A change to a measure's figures: after its box's other changes, by measure, then in time order whatever its kind. */
  addForMeasure(change: ModelChange & BoxAbout, indicator: Indicator, period: number): void {
    this.add(change, levelIndex(change.level), change.label, change.boxId, KIND_RANK.get('value-added')!, indicator.text, indicator.id, period);
  }

  sorted(): ModelChange[] {
    return this.keyed.sort((a, b) => compareKeys(a.key, b.key)).map((each) => each.change);
  }
}
