/**
 * One open model: its Yjs document, the plain model projected from it, and this person's undo.
 * See CONTEXT.md for why each piece is as it is.
 */
import * as Y from 'yjs';
import type { Box, Indicator, ModelContent } from '../domain/model';
import { sameFields } from '../domain/patch';
import { sameContributions, sameOpening } from '../domain/modelLinks';
import { readUid } from './readModelLinks';
import { LOCAL_ORIGIN, mapsOf, type DocumentMaps, type ItemMap } from './layout';
import {
  groupByBox,
  groupValues,
  projectDocument,
  readBoxFields,
  readCondition,
  readEvidence,
  readIndicator,
  readLink,
  readOrdered,
  withParts,
  withValues,
} from './project';
import { writeContent } from './write';

/** Changes with the same coalesce key closer together than this are one undo step. */
export const COALESCE_WINDOW_MS = 2000;

export interface LiveModel<M extends ModelContent = ModelContent> {
  readonly doc: Y.Doc;
  /** The model as it stands: the same object until something changes. */
  content(): M;
  /** Writes the change from the present content to `next` as one step of this person's. */
  apply(next: M, coalesceKey?: string): void;
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** How many steps this person can undo. */
  undoSteps(): number;
  /** Ends the step being typed: the next change is a step of its own. */
  endStep(): void;
  /** Called with the new content after a change that did not come through apply (another tab, a partner, undo). */
  subscribe(listener: (content: M) => void): () => void;
  destroy(): void;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Lists of items equal field by field keep their old objects, so nothing downstream sees a change. */
function reuseItems<T extends object>(fresh: T[] | undefined, old: readonly T[] | undefined, reuse: (old: T | undefined, fresh: T) => T = sameItem): readonly T[] | undefined {
  if (!fresh?.length) return old?.length ? undefined : old;
  let allSame = old?.length === fresh.length;
  const out = fresh.map((item, i) => {
    const kept = reuse(old?.[i], item);
    if (kept !== old?.[i]) allSame = false;
    return kept;
  });
  return allSame ? old : out;
}

/**
 * An indicator read again keeps its old object when nothing changed, and its old list of figures
 * when only its own fields did, so a chart of unchanged figures is not drawn again.
 */
function reuseIndicator(old: Indicator | undefined, fresh: Indicator): Indicator {
  if (!old) return fresh;
  const before = old.values;
  const after = fresh.values;
  const sameValues = before === after || (before !== undefined && after !== undefined && before.length === after.length && before.every((value, i) => sameFields(value, after[i] as object)));
  const candidate = sameValues && after !== before ? { ...fresh, values: before } : fresh;
  return sameFields(old, candidate) ? old : candidate;
}

function sameBox(a: Box, b: Box): boolean {
  const keys = Object.keys(a) as (keyof Box)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      a[key] === b[key] ||
      (key === 'rating' && a.rating !== undefined && b.rating !== undefined && sameFields(a.rating, b.rating)) ||
      (key === 'opens' && sameOpening(a.opens, b.opens)) ||
      (key === 'contributesTo' && sameContributions(a.contributesTo, b.contributesTo)),
  );
}

function sameItem<T extends object>(old: T | undefined, fresh: T): T {
  return old && sameFields(old, fresh) ? old : fresh;
}

function parentOf(type: Y.AbstractType<any>): { parent: unknown; key: string | null } {
  const item = type._item;
  return { parent: item?.parent ?? null, key: item?.parentSub ?? null };
}

/**
 * The content after a transaction that did not come from apply, re-reading only what the
 * transaction changed and keeping every other object as it was.
 */
function refreshed<M extends ModelContent>(maps: DocumentMaps, current: M, changed: Map<Y.AbstractType<any>, Set<string | null>>): M {
  const boxIds = new Set<string>();
  let boxList = false;
  let parts = false;
  let links = false;
  let conditions = false;
  let meta = false;
  for (const [type, keys] of changed) {
    if (type === maps.meta) meta = true;
    else if (type === maps.boxes) {
      boxList = true;
      for (const key of keys) if (key !== null) boxIds.add(key);
    } else if (type === maps.indicators || type === maps.evidence || type === maps.values) parts = true;
    else if (type === maps.links) links = true;
    else if (type === maps.conditions) conditions = true;
    else {
      const { parent, key } = parentOf(type);
      if (parent === maps.boxes && key !== null) {
        boxIds.add(key);
        if (keys.has('order')) boxList = true;
      } else if (parent === maps.indicators || parent === maps.evidence || parent === maps.values) parts = true;
      else if (parent === maps.links) links = true;
      else if (parent === maps.conditions) conditions = true;
    }
  }

  const oldById = new Map<string, Box>();
  for (const box of current.boxes) oldById.set(box.id, box);
  const values = parts ? groupValues(maps.values) : undefined;
  const indicatorGroups = parts
    ? groupByBox(maps.indicators, (id, map) => {
        const indicator = readIndicator(id, map);
        return indicator && withValues(indicator, values?.get(id));
      })
    : undefined;
  const evidenceGroups = parts ? groupByBox(maps.evidence, readEvidence) : undefined;

  const readBox = (id: string, map: ItemMap | undefined): Box | undefined => {
    const old = oldById.get(id);
    if (old && !boxIds.has(id) && !parts) return old;
    const fields = map && readBoxFields(id, map);
    if (!fields) return undefined;
    const indicators = parts ? reuseItems(indicatorGroups?.get(id), old?.indicators, reuseIndicator) : old?.indicators;
    const evidence = parts ? reuseItems(evidenceGroups?.get(id), old?.evidence) : old?.evidence;
    const fresh = withParts(fields, indicators, evidence);
    return old && sameBox(old, fresh) ? old : fresh;
  };

  let boxes = current.boxes;
  if (boxList) boxes = readOrdered(maps.boxes, (id, map) => readBox(id, map));
  else if (boxIds.size || parts) {
    let any = false;
    const next = current.boxes.map((box) => {
      const fresh = readBox(box.id, maps.boxes.get(box.id));
      if (fresh !== box) any = true;
      return fresh ?? box;
    });
    if (any) boxes = next;
  }
  if (boxes.length === current.boxes.length && boxes.every((box, i) => box === current.boxes[i])) boxes = current.boxes;

  let linkList = current.links;
  if (links || boxes.length !== current.boxes.length || boxList) {
    const present = new Set(boxes.map((box) => box.id));
    const oldLinks = new Map(current.links.map((link) => [link.id, link]));
    const fresh = readOrdered(maps.links, (id, map) => {
      const link = readLink(id, map);
      return link && sameItem(oldLinks.get(id), link);
    }).filter((link) => present.has(link.source) && present.has(link.target));
    if (fresh.length !== current.links.length || fresh.some((link, i) => link !== current.links[i])) linkList = fresh;
  }

  let conditionList = current.conditions;
  if (conditions) {
    const old = new Map(current.conditions.map((condition) => [condition.id, condition]));
    const fresh = readOrdered(maps.conditions, (id, map) => {
      const condition = readCondition(id, map);
      return condition && sameItem(old.get(id), condition);
    });
    if (fresh.length !== current.conditions.length || fresh.some((condition, i) => condition !== current.conditions[i])) conditionList = fresh;
  }

  let title = current.title;
  let description = current.description;
  let uid = current.uid;
  if (meta) {
    uid = readUid(maps.meta.get('uid'));
    const rawTitle = maps.meta.get('title');
    const rawDescription = maps.meta.get('description');
    title = typeof rawTitle === 'string' ? rawTitle : '';
    description = typeof rawDescription === 'string' && rawDescription !== '' ? rawDescription : undefined;
  }

  if (boxes === current.boxes && linkList === current.links && conditionList === current.conditions && title === current.title && description === current.description && uid === current.uid) {
    return current;
  }
  const content: Mutable<M> = { ...current, title, boxes, links: linkList, conditions: conditionList };
  if (description === undefined) delete content.description;
  else content.description = description;
  if (uid === undefined) delete content.uid;
  else content.uid = uid;
  return content;
}

/**
 * Opens the document as a live model. `identity` (a model's id and times, which are not part of
 * the document) rides along on every projection, so the store can hold a whole Model.
 */
export function createLiveModel<I extends object = object>(doc: Y.Doc, identity?: I, now: () => number = Date.now): LiveModel<ModelContent & I> {
  type M = ModelContent & I;
  const maps = mapsOf(doc);
  let content = { ...projectDocument(maps), ...identity } as M;
  let lastKey: string | null = null;
  let lastAt = 0;
  const listeners = new Set<(content: M) => void>();
  const undoManager = new Y.UndoManager([maps.meta, maps.boxes, maps.links, maps.conditions, maps.indicators, maps.evidence, maps.values], {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    // Steps are ended here, by the rules above (see apply), on a clock the tests can drive.
    captureTimeout: Number.POSITIVE_INFINITY,
  });

  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === LOCAL_ORIGIN || transaction.changed.size === 0) return;
    const next = refreshed(maps, content, transaction.changed);
    if (next === content) return;
    content = next;
    for (const listener of listeners) listener(content);
  };
  doc.on('afterTransaction', onTransaction);

  return {
    doc,
    content: () => content,
    apply(next, coalesceKey) {
      if (next === content) return;
      const at = now();
      if (coalesceKey === undefined || coalesceKey !== lastKey || at - lastAt >= COALESCE_WINDOW_MS) undoManager.stopCapturing();
      lastKey = coalesceKey ?? null;
      lastAt = at;
      const before = content;
      // Set first: the transaction's own event handlers (persistence, other tabs) may read it.
      content = next;
      doc.transact(() => writeContent(doc, before, next), LOCAL_ORIGIN);
    },
    undo() {
      lastKey = null;
      return undoManager.undo() !== null;
    },
    redo() {
      lastKey = null;
      return undoManager.redo() !== null;
    },
    canUndo: () => undoManager.undoStack.length > 0,
    undoSteps: () => undoManager.undoStack.length,
    canRedo: () => undoManager.redoStack.length > 0,
    endStep() {
      lastKey = null;
      undoManager.stopCapturing();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      doc.off('afterTransaction', onTransaction);
      undoManager.destroy();
      listeners.clear();
    },
  };
}
