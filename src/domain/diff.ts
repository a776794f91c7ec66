/**
 * The diff of two versions of a model (PRODUCT.md §12): boxes, links, conditions, indicators and
 * evidence matched by id, as iGrafx and Visual Paradigm match elements. Linear in the size of the
 * models (maps by id, never a search per element), and deterministic: the changes come in group order
 * (CHANGE_GROUPS), then in a reading order of their own — never in the order of the models' arrays.
 *
 * What is not a change: a box's position within its lane (x, y), a rating given again with the same
 * progress and confidence (only its date or who rated it differ), and the order of any list. An empty
 * text and a missing one are the same (a cleared field may be stored either way).
 */
import { levelIndex } from './levels';
import type { Box, Condition, EvidenceEntry, Indicator, Link, ModelContent } from './model';
import { confidenceDirectionOf, directionOf } from './direction';
import {
  CHANGE_GROUPS,
  EVIDENCE_FIELDS,
  INDICATOR_FIELDS,
  type BoxAbout,
  type BoxField,
  type ChangeKind,
  type EvidenceField,
  type FieldChange,
  type IndicatorField,
  type LinkEnd,
  type ModelChange,
} from './changes';

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
  'evidence-added',
  'evidence-removed',
  'evidence-changed',
  'title-changed',
  'description-changed',
];
const KIND_RANK: ReadonlyMap<ChangeKind, number> = new Map(KIND_ORDER.map((kind, rank) => [kind, rank]));
const GROUP_RANK: ReadonlyMap<string, number> = new Map(CHANGE_GROUPS.map((group, rank) => [group, rank]));
const BOX_FIELDS: readonly BoxField[] = ['notes', 'feature', 'owner'];

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
function text(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (let i = 0; i < items.length; i++) map.set(items[i]!.id, items[i]!);
  return map;
}

/**
 * Calls back for items only before, only after, and on both sides, matched by id. Lists of a box's
 * indicators or evidence are short and usually in the same order, so they are compared side by side
 * first; a map is built only when they differ.
 */
function matchItems<T extends { readonly id: string }>(
  before: readonly T[] | undefined,
  after: readonly T[] | undefined,
  removed: (item: T) => void,
  added: (item: T) => void,
  both: (earlier: T, later: T) => void,
): void {
  if (before === after) return;
  const earlier = before ?? [];
  const later = after ?? [];
  if (earlier.length === later.length && earlier.every((item, i) => item.id === later[i]!.id)) {
    for (let i = 0; i < earlier.length; i++) if (earlier[i] !== later[i]) both(earlier[i]!, later[i]!);
    return;
  }
  const laterById = byId(later);
  for (const item of earlier) {
    const match = laterById.get(item.id);
    if (match === undefined) removed(item);
    else if (match !== item) both(item, match);
  }
  const earlierById = byId(earlier);
  for (const item of later) if (!earlierById.has(item.id)) added(item);
}

function fieldChanges<Field extends string>(
  fields: readonly Field[],
  earlier: Readonly<Partial<Record<Field, string>>>,
  later: Readonly<Partial<Record<Field, string>>>,
): FieldChange<Field>[] {
  const changes: FieldChange<Field>[] = [];
  for (const field of fields) {
    const before = text(earlier[field]);
    const after = text(later[field]);
    if (before !== after) changes.push(fieldChange(field, before, after));
  }
  return changes;
}

/** Leaves out a missing side rather than storing undefined, so changes compare equal however made. */
function beforeAfter(before: string | undefined, after: string | undefined): { before?: string; after?: string } {
  return { ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) };
}

function fieldChange<Field extends string>(field: Field, before: string | undefined, after: string | undefined): FieldChange<Field> {
  return { field, ...beforeAfter(before, after) };
}

function about(box: Box): BoxAbout {
  return { boxId: box.id, label: box.label, level: box.level };
}

class ChangeList {
  private readonly keyed: Keyed[] = [];

  add(change: ModelChange, ...key: (string | number)[]): void {
    this.keyed.push({ change, key: [GROUP_RANK.get(change.group)!, ...key] });
  }

  /** A change about a box: in reading order of the box (level, label, id), then kind, then `within`. */
  addForBox(change: ModelChange & BoxAbout, ...within: (string | number)[]): void {
    this.add(change, levelIndex(change.level), change.label, change.boxId, KIND_RANK.get(change.kind)!, ...within);
  }

  sorted(): ModelChange[] {
    return this.keyed.sort((a, b) => compareKeys(a.key, b.key)).map((each) => each.change);
  }
}

function diffBoxes(before: ReadonlyMap<string, Box>, after: readonly Box[], changes: ChangeList): void {
  const seen = new Set<string>();
  for (const later of after) {
    seen.add(later.id);
    const earlier = before.get(later.id);
    if (earlier === undefined) {
      changes.addForBox({ kind: 'box-added', group: 'boxes', ...about(later) });
      continue;
    }
    if (earlier === later) continue;
    const named = about(later);
    if (earlier.label !== later.label) changes.addForBox({ kind: 'box-relabelled', group: 'boxes', ...named, before: earlier.label, after: later.label });
    if (earlier.level !== later.level) changes.addForBox({ kind: 'box-level-changed', group: 'boxes', ...named, before: earlier.level, after: later.level });
    for (const [rank, field] of BOX_FIELDS.entries()) {
      const was = text(earlier[field]);
      const now = text(later[field]);
      if (was !== now) changes.addForBox({ kind: 'box-field-changed', group: 'boxes', ...named, ...fieldChange(field, was, now) }, rank);
    }
    diffProgress(earlier, later, named, changes);
  }
  for (const earlier of before.values()) {
    if (!seen.has(earlier.id)) changes.addForBox({ kind: 'box-removed', group: 'boxes', ...about(earlier) });
  }
}

/** Rating, indicators and evidence of a box on both sides. An added or removed box is one change, its progress with it. */
function diffProgress(earlier: Box, later: Box, named: BoxAbout, changes: ChangeList): void {
  const was = earlier.rating;
  const now = later.rating;
  if (was && !now) changes.addForBox({ kind: 'rating-removed', group: 'progress', ...named, rating: was });
  else if (!was && now) changes.addForBox({ kind: 'rating-added', group: 'progress', ...named, rating: now });
  else if (was && now && was !== now) {
    const direction = directionOf(was, now);
    if (direction === 'improved' || direction === 'worse') {
      changes.addForBox({ kind: 'progress-changed', group: 'progress', ...named, before: was.progress, after: now.progress, direction });
    }
    const confidence = confidenceDirectionOf(was, now);
    if (confidence === 'higher' || confidence === 'lower') {
      changes.addForBox({ kind: 'confidence-changed', group: 'progress', ...named, before: was.confidence, after: now.confidence, direction: confidence });
    }
  }
  matchItems<Indicator>(
    earlier.indicators,
    later.indicators,
    (indicator) => changes.addForBox({ kind: 'indicator-removed', group: 'indicators', ...named, indicator }, indicator.text, indicator.id),
    (indicator) => changes.addForBox({ kind: 'indicator-added', group: 'indicators', ...named, indicator }, indicator.text, indicator.id),
    (before, indicator) => {
      const fields = fieldChanges<IndicatorField>(INDICATOR_FIELDS, before, indicator);
      if (fields.length) changes.addForBox({ kind: 'indicator-changed', group: 'indicators', ...named, indicator, fields }, indicator.text, indicator.id);
    },
  );
  // Evidence newest first, as the log lists it: the negated day number sorts later dates first.
  const newestFirst = (entry: EvidenceEntry) => -Number(entry.date.replace(/-/g, '')) || 0;
  matchItems<EvidenceEntry>(
    earlier.evidence,
    later.evidence,
    (entry) => changes.addForBox({ kind: 'evidence-removed', group: 'evidence', ...named, entry }, newestFirst(entry), entry.id),
    (entry) => changes.addForBox({ kind: 'evidence-added', group: 'evidence', ...named, entry }, newestFirst(entry), entry.id),
    (before, entry) => {
      const fields = fieldChanges<EvidenceField>(EVIDENCE_FIELDS, before, entry);
      if (fields.length) changes.addForBox({ kind: 'evidence-changed', group: 'evidence', ...named, entry, fields }, newestFirst(entry), entry.id);
    },
  );
}

function endOf(boxes: ReadonlyMap<string, Box>, boxId: string): LinkEnd {
  return { boxId, label: boxes.get(boxId)?.label ?? '' };
}

/** A link in reading order of its source box, then its target box, then its id. */
function linkKey(boxes: ReadonlyMap<string, Box>, link: Link): (string | number)[] {
  const source = boxes.get(link.source);
  const target = boxes.get(link.target);
  return [
    source ? levelIndex(source.level) : -1,
    source?.label ?? '',
    link.source,
    target ? levelIndex(target.level) : -1,
    target?.label ?? '',
    link.target,
    link.id,
  ];
}

function diffLinks(
  before: readonly Link[],
  after: readonly Link[],
  boxesBefore: ReadonlyMap<string, Box>,
  boxesAfter: ReadonlyMap<string, Box>,
  changes: ChangeList,
): void {
  const add = (change: ModelChange, boxes: ReadonlyMap<string, Box>, link: Link) => changes.add(change, ...linkKey(boxes, link), KIND_RANK.get(change.kind)!);
  const ends = (boxes: ReadonlyMap<string, Box>, link: Link) => ({ linkId: link.id, source: endOf(boxes, link.source), target: endOf(boxes, link.target) });
  const earlierById = byId(before);
  for (const later of after) {
    const earlier = earlierById.get(later.id);
    if (earlier === undefined) {
      add({ kind: 'link-added', group: 'links', ...ends(boxesAfter, later) }, boxesAfter, later);
      continue;
    }
    if (earlier === later) continue;
    if (earlier.source !== later.source || earlier.target !== later.target) {
      const { source: sourceBefore, target: targetBefore } = ends(boxesBefore, earlier);
      add({ kind: 'link-reconnected', group: 'links', ...ends(boxesAfter, later), sourceBefore, targetBefore }, boxesAfter, later);
    }
    const was = text(earlier.note);
    const now = text(later.note);
    if (was !== now) add({ kind: 'link-note-changed', group: 'links', ...ends(boxesAfter, later), ...beforeAfter(was, now) }, boxesAfter, later);
  }
  const laterById = byId(after);
  for (const earlier of before) {
    if (!laterById.has(earlier.id)) add({ kind: 'link-removed', group: 'links', ...ends(boxesBefore, earlier) }, boxesBefore, earlier);
  }
}

/** Assumptions before risks, then by text and id. */
function conditionKey(condition: Condition, kind: ChangeKind): (string | number)[] {
  return [condition.kind === 'assumption' ? 0 : 1, condition.text, condition.id, KIND_RANK.get(kind)!];
}

function diffConditions(before: readonly Condition[], after: readonly Condition[], changes: ChangeList): void {
  const named = (condition: Condition) => ({ conditionId: condition.id, conditionKind: condition.kind, text: condition.text });
  const added = (condition: Condition) =>
    changes.add({ kind: 'condition-added', group: 'conditions', ...named(condition), status: condition.status }, ...conditionKey(condition, 'condition-added'));
  const removed = (condition: Condition) =>
    changes.add({ kind: 'condition-removed', group: 'conditions', ...named(condition), status: condition.status }, ...conditionKey(condition, 'condition-removed'));
  const earlierById = byId(before);
  for (const later of after) {
    const earlier = earlierById.get(later.id);
    if (earlier === undefined) {
      added(later);
      continue;
    }
    if (earlier === later) continue;
    // An assumption that became a risk under the same id is a different condition: one removed, one added.
    if (earlier.kind !== later.kind) {
      removed(earlier);
      added(later);
      continue;
    }
    const about = named(later);
    if (earlier.text !== later.text) {
      changes.add({ kind: 'condition-text-changed', group: 'conditions', ...about, before: earlier.text, after: later.text }, ...conditionKey(later, 'condition-text-changed'));
    }
    if (earlier.status !== later.status) {
      changes.add(
        { kind: 'condition-status-changed', group: 'conditions', ...about, before: earlier.status, after: later.status },
        ...conditionKey(later, 'condition-status-changed'),
      );
    }
    const was = text(earlier.comment);
    const now = text(later.comment);
    if (was !== now) {
      changes.add({ kind: 'condition-comment-changed', group: 'conditions', ...about, ...beforeAfter(was, now) }, ...conditionKey(later, 'condition-comment-changed'));
    }
  }
  const laterById = byId(after);
  for (const earlier of before) if (!laterById.has(earlier.id)) removed(earlier);
}

function diffModelFields(before: ModelContent, after: ModelContent, changes: ChangeList): void {
  if (before.title !== after.title) changes.add({ kind: 'title-changed', group: 'model', before: before.title, after: after.title }, 0);
  const was = text(before.description);
  const now = text(after.description);
  if (was !== now) changes.add({ kind: 'description-changed', group: 'model', ...beforeAfter(was, now) }, 1);
}

/** Every change from `before` to `after`, in group order and then reading order (see the file's comment). */
export function diffModels(before: ModelContent, after: ModelContent): ModelChange[] {
  if (before === after) return [];
  const changes = new ChangeList();
  const boxesBefore = byId(before.boxes);
  const boxesAfter = byId(after.boxes);
  if (before.boxes !== after.boxes) diffBoxes(boxesBefore, after.boxes, changes);
  if (before.links !== after.links || before.boxes !== after.boxes) diffLinks(before.links, after.links, boxesBefore, boxesAfter, changes);
  if (before.conditions !== after.conditions) diffConditions(before.conditions, after.conditions, changes);
  diffModelFields(before, after, changes);
  return changes.sorted();
}
