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
import { EVIDENCE_FIELDS, INDICATOR_FIELDS, type BoxField, type ChangeKind, type EvidenceField, type FieldChange, type IndicatorField, type LinkEnd, type ModelChange } from './changes';
import { about, byId, ChangeList, KIND_RANK, NO_ITEMS, sameIds, sameText, text } from './changeList';
import { diffValues } from './diffMeasures';

const BOX_FIELDS: readonly BoxField[] = ['notes', 'feature', 'owner'];

// Most items are unchanged, so they are checked field by field, by name, making nothing; the list of
// what changed is built only for an item that fails this check. At 2,000 boxes these checks are most of the diff.
function sameIndicator(a: Indicator, b: Indicator): boolean {
  return (
    sameText(a.text, b.text) &&
    sameText(a.source, b.source) &&
    sameText(a.baseline, b.baseline) &&
    sameText(a.target, b.target) &&
    sameText(a.due, b.due) &&
    sameText(a.unit, b.unit) &&
    a.polarity === b.polarity &&
    a.frequency === b.frequency &&
    (a.tolerance ?? 0) === (b.tolerance ?? 0)
  );
}

/** An indicator's reported fields as text, so the measure's number compares and reads like the rest. */
function indicatorTexts(indicator: Indicator): Readonly<Partial<Record<IndicatorField, string>>> {
  const { tolerance, ...texts } = indicator;
  return tolerance === undefined ? texts : { ...texts, tolerance: String(tolerance) };
}

function sameEntry(a: EvidenceEntry, b: EvidenceEntry): boolean {
  return a.date === b.date && a.kind === b.kind && sameText(a.summary, b.summary) && sameText(a.source, b.source) && sameText(a.by, b.by);
}

/** What a box's list of indicators or evidence reports: made once per kind of item, not per box. */
interface ItemChanges<T> {
  removed(changes: ChangeList, box: Box, item: T): void;
  added(changes: ChangeList, box: Box, item: T): void;
  /** Called only for an item that differs from its match. */
  changed(changes: ChangeList, box: Box, earlier: T, later: T): void;
  same(earlier: T, later: T): boolean;
}

/**
 * A box's items before and after, matched by id. The lists are short and usually in the same order,
 * so they are compared side by side first; maps are built only when their ids differ.
 */
function matchItems<T extends { readonly id: string }>(
  before: readonly T[] | undefined,
  after: readonly T[] | undefined,
  box: Box,
  changes: ChangeList,
  report: ItemChanges<T>,
): void {
  if (before === after) return;
  const earlier = before ?? NO_ITEMS;
  const later = after ?? NO_ITEMS;
  if (sameIds(earlier, later)) {
    for (let i = 0; i < earlier.length; i++) {
      const a = earlier[i]!;
      const b = later[i]!;
      if (a !== b && !report.same(a, b)) report.changed(changes, box, a, b);
    }
    return;
  }
  const laterById = byId(later);
  for (const item of earlier) {
    const match = laterById.get(item.id);
    if (match === undefined) report.removed(changes, box, item);
    else if (match !== item && !report.same(item, match)) report.changed(changes, box, item, match);
  }
  const earlierById = byId(earlier);
  for (const item of later) if (!earlierById.has(item.id)) report.added(changes, box, item);
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

const INDICATOR_CHANGES: ItemChanges<Indicator> = {
  removed: (changes, box, indicator) => changes.addForBox({ kind: 'indicator-removed', group: 'indicators', ...about(box), indicator }, indicator.text, indicator.id),
  added: (changes, box, indicator) => changes.addForBox({ kind: 'indicator-added', group: 'indicators', ...about(box), indicator }, indicator.text, indicator.id),
  changed: (changes, box, earlier, indicator) =>
    changes.addForBox(
      { kind: 'indicator-changed', group: 'indicators', ...about(box), indicator, fields: fieldChanges<IndicatorField>(INDICATOR_FIELDS, indicatorTexts(earlier), indicatorTexts(indicator)) },
      indicator.text,
      indicator.id,
    ),
  same: sameIndicator,
};

/** Evidence newest first, as the log lists it: the negated day number sorts later dates first. */
function newestFirst(entry: EvidenceEntry): number {
  return -Number(entry.date.replace(/-/g, '')) || 0;
}

const EVIDENCE_CHANGES: ItemChanges<EvidenceEntry> = {
  removed: (changes, box, entry) => changes.addForBox({ kind: 'evidence-removed', group: 'evidence', ...about(box), entry }, newestFirst(entry), entry.id),
  added: (changes, box, entry) => changes.addForBox({ kind: 'evidence-added', group: 'evidence', ...about(box), entry }, newestFirst(entry), entry.id),
  changed: (changes, box, earlier, entry) =>
    changes.addForBox(
      { kind: 'evidence-changed', group: 'evidence', ...about(box), entry, fields: fieldChanges<EvidenceField>(EVIDENCE_FIELDS, earlier, entry) },
      newestFirst(entry),
      entry.id,
    ),
  same: sameEntry,
};

function diffBoxes(before: readonly Box[], after: readonly Box[], boxesBefore: ReadonlyMap<string, Box>, boxesAfter: ReadonlyMap<string, Box>, changes: ChangeList): void {
  for (let i = 0; i < after.length; i++) {
    const later = after[i]!;
    const earlier = boxesBefore.get(later.id);
    if (earlier === undefined) changes.addForBox({ kind: 'box-added', group: 'boxes', ...about(later) });
    else if (earlier !== later) diffBox(earlier, later, changes);
  }
  for (let i = 0; i < before.length; i++) {
    if (!boxesAfter.has(before[i]!.id)) changes.addForBox({ kind: 'box-removed', group: 'boxes', ...about(before[i]!) });
  }
}

/** A box on both sides: its own fields, rating, indicators and evidence. Nothing is made unless something changed. */
function diffBox(earlier: Box, later: Box, changes: ChangeList): void {
  if (earlier.label !== later.label) changes.addForBox({ kind: 'box-relabelled', group: 'boxes', ...about(later), before: earlier.label, after: later.label });
  if (earlier.level !== later.level) changes.addForBox({ kind: 'box-level-changed', group: 'boxes', ...about(later), before: earlier.level, after: later.level });
  if (!sameText(earlier.notes, later.notes) || !sameText(earlier.feature, later.feature) || !sameText(earlier.owner, later.owner)) {
    for (let rank = 0; rank < BOX_FIELDS.length; rank++) {
      const field = BOX_FIELDS[rank]!;
      if (sameText(earlier[field], later[field])) continue;
      changes.addForBox({ kind: 'box-field-changed', group: 'boxes', ...about(later), ...fieldChange(field, text(earlier[field]), text(later[field])) }, rank);
    }
  }
  diffRating(earlier, later, changes);
  matchItems(earlier.indicators, later.indicators, later, changes, INDICATOR_CHANGES);
  diffValues(earlier.indicators, later.indicators, later, changes);
  matchItems(earlier.evidence, later.evidence, later, changes, EVIDENCE_CHANGES);
}

/** An added or removed box is one change, its progress with it: ratings are compared only for boxes on both sides. */
function diffRating(earlier: Box, later: Box, changes: ChangeList): void {
  const was = earlier.rating;
  const now = later.rating;
  if (was === now) return;
  if (was && !now) changes.addForBox({ kind: 'rating-removed', group: 'progress', ...about(later), rating: was });
  else if (!was && now) changes.addForBox({ kind: 'rating-added', group: 'progress', ...about(later), rating: now });
  else if (was && now) {
    const direction = directionOf(was, now);
    if (direction === 'improved' || direction === 'worse') {
      changes.addForBox({ kind: 'progress-changed', group: 'progress', ...about(later), before: was.progress, after: now.progress, direction });
    }
    const confidence = confidenceDirectionOf(was, now);
    if (confidence === 'higher' || confidence === 'lower') {
      changes.addForBox({ kind: 'confidence-changed', group: 'progress', ...about(later), before: was.confidence, after: now.confidence, direction: confidence });
    }
  }
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
  if (before.boxes !== after.boxes) diffBoxes(before.boxes, after.boxes, boxesBefore, boxesAfter, changes);
  if (before.links !== after.links) diffLinks(before.links, after.links, boxesBefore, boxesAfter, changes);
  if (before.conditions !== after.conditions) diffConditions(before.conditions, after.conditions, changes);
  diffModelFields(before, after, changes);
  return changes.sorted();
}
