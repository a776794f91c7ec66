/**
 * Writes a change of the model into the document: only what differs between the model before and
 * after one pure edit. Edits hand back every untouched item as the same object, so the difference
 * is found by identity, and typing in one box of 2,000 writes one field of one map. Runs inside the
 * caller's transaction.
 */
import * as Y from 'yjs';
import type { Box, Indicator, MeasuredValue, ModelContent } from '../domain/model';
import { sameFields } from '../domain/patch';
import {
  BOX_FIELDS,
  CONDITION_FIELDS,
  EVIDENCE_FIELDS,
  INDICATOR_FIELDS,
  LINK_FIELDS,
  mapsOf,
  VALUE_FIELDS,
  valueKey,
  type DocumentMaps,
  type ItemMap,
} from './layout';
import { placeInOrder } from './order';

type Item = { readonly id: string };

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // A box's contributions are a list of small objects, replaced whole: the same when they say the same.
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  return a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && sameFields(a, b);
}

function setField(map: ItemMap, field: string, value: unknown): void {
  if (value === undefined) map.delete(field);
  else map.set(field, value);
}

function newItemMap(item: Item, fields: readonly string[], extra: Readonly<Record<string, unknown>>): ItemMap {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(extra)) map.set(key, value);
  for (const field of fields) {
    const value = (item as Record<string, unknown>)[field];
    if (value !== undefined) map.set(field, value);
  }
  return map;
}

function sameIdSequence(a: readonly Item[], b: readonly Item[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if ((a[i] as Item).id !== (b[i] as Item).id) return false;
  return true;
}

/**
 * Writes one list's difference into its map. `extra` fields go on new items (an indicator's box).
 * Returns the items that are gone, so their own dependants can go with them.
 */
function writeList<T extends Item>(
  target: Y.Map<ItemMap>,
  before: readonly T[],
  after: readonly T[],
  fields: readonly string[],
  extra: Readonly<Record<string, unknown>> = {},
  onChanged?: (item: T, previous: T | undefined) => void,
): T[] {
  if (before === after) return [];
  const previousById = new Map<string, T>();
  for (const item of before) previousById.set(item.id, item);
  let kept = 0;
  for (const item of after) {
    const previous = previousById.get(item.id);
    if (previous) kept++;
    if (previous === item) continue;
    const existing = previous ? target.get(item.id) : undefined;
    if (!existing) target.set(item.id, newItemMap(item, fields, extra));
    else {
      for (const field of fields) {
        const value = (item as Record<string, unknown>)[field];
        if (!sameValue(value, (previous as Record<string, unknown>)[field])) setField(existing, field, value);
      }
    }
    onChanged?.(item, previous);
  }
  const gone: T[] = [];
  if (kept < before.length) {
    const afterIds = new Set(after.map((item) => item.id));
    for (const item of before) {
      if (afterIds.has(item.id)) continue;
      target.delete(item.id);
      gone.push(item);
    }
  }
  if (!sameIdSequence(before, after)) {
    placeInOrder({
      ids: after.map((item) => item.id),
      orderOf: (id) => {
        const order = previousById.has(id) ? target.get(id)?.get('order') : undefined;
        return typeof order === 'number' ? order : undefined;
      },
      setOrder: (id, order) => target.get(id)?.set('order', order),
    });
  }
  return gone;
}

/** Writes one indicator's figures: only the periods whose entry changed, each under its own key. */
function writeValues(target: DocumentMaps['values'], indicatorId: string, before: readonly MeasuredValue[], after: readonly MeasuredValue[]): void {
  if (before === after) return;
  const previousByPeriod = new Map<string, MeasuredValue>();
  for (const value of before) previousByPeriod.set(value.period, value);
  for (const value of after) {
    const previous = previousByPeriod.get(value.period);
    previousByPeriod.delete(value.period);
    if (previous === value) continue;
    const key = valueKey(indicatorId, value.period);
    const existing = previous ? target.get(key) : undefined;
    if (!existing) {
      target.set(key, newItemMap({ id: key, ...value }, VALUE_FIELDS, { indicatorId }));
      continue;
    }
    for (const field of VALUE_FIELDS) {
      const next = value[field];
      if (next !== (previous as MeasuredValue)[field]) setField(existing, field, next);
    }
  }
  for (const gone of previousByPeriod.keys()) target.delete(valueKey(indicatorId, gone));
}

function deleteValues(target: DocumentMaps['values'], indicator: Indicator): void {
  for (const value of indicator.values ?? []) target.delete(valueKey(indicator.id, value.period));
}

/**
 * Writes `after` into the document, given that it holds `before` (null: an empty document).
 * Call inside a transaction.
 */
export function writeContent(doc: Y.Doc, before: ModelContent | null, after: ModelContent): void {
  const maps = mapsOf(doc);
  if (before?.uid !== after.uid) setField(maps.meta as ItemMap, 'uid', after.uid);
  if (before?.title !== after.title) maps.meta.set('title', after.title);
  if (before?.description !== after.description) setField(maps.meta as ItemMap, 'description', after.description);

  const writeBoxParts = (box: Box, previous: Box | undefined) => {
    const goneIndicators = writeList(maps.indicators, previous?.indicators ?? [], box.indicators ?? [], INDICATOR_FIELDS, { boxId: box.id }, (indicator, was) => {
      if (indicator.values !== was?.values) writeValues(maps.values, indicator.id, was?.values ?? [], indicator.values ?? []);
    });
    for (const indicator of goneIndicators) deleteValues(maps.values, indicator);
    writeList(maps.evidence, previous?.evidence ?? [], box.evidence ?? [], EVIDENCE_FIELDS, { boxId: box.id });
  };
  const goneBoxes = writeList(maps.boxes, before?.boxes ?? [], after.boxes, BOX_FIELDS, {}, (box, previous) => {
    if (box.indicators !== previous?.indicators || box.evidence !== previous?.evidence) writeBoxParts(box, previous);
  });
  for (const box of goneBoxes) {
    for (const indicator of box.indicators ?? []) {
      maps.indicators.delete(indicator.id);
      deleteValues(maps.values, indicator);
    }
    for (const entry of box.evidence ?? []) maps.evidence.delete(entry.id);
  }
  writeList(maps.links, before?.links ?? [], after.links, LINK_FIELDS);
  writeList(maps.conditions, before?.conditions ?? [], after.conditions, CONDITION_FIELDS);
}
