/**
 * Reads the document as the plain model the app works on. The document may hold what a model file
 * would refuse (a partner's copy of the app may be older or tampered with), so each item is read
 * defensively: an item that is not whole is left out, never allowed to break the editor.
 */
import { isLevelId } from '../domain/levels';
import {
  ASSUMPTION_STATUSES,
  CONFIDENCE_VALUES,
  EVIDENCE_KINDS,
  PROGRESS_VALUES,
  RISK_STATUSES,
  type Box,
  type Condition,
  type EvidenceEntry,
  type Indicator,
  type Link,
  type ModelContent,
  type Rating,
} from '../domain/model';
import { isIsoDate } from '../domain/isoDate';
import { byOrderThenId } from './order';
import type { DocumentMaps, ItemMap } from './layout';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function text(map: ItemMap, field: string): string | undefined {
  const value = map.get(field);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function number(map: ItemMap, field: string): number | undefined {
  const value = map.get(field);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function orderOf(map: ItemMap | undefined): number {
  return (map && number(map, 'order')) ?? 0;
}

/** Copies the optional text fields that are set, so that an absent field stays absent. */
function withTexts<T extends object>(item: T, map: ItemMap, fields: readonly string[]): T {
  let out: Record<string, unknown> | undefined;
  for (const field of fields) {
    const value = text(map, field);
    if (value === undefined) continue;
    out ??= { ...item } as Record<string, unknown>;
    out[field] = value;
  }
  return (out ?? item) as T;
}

function readRating(value: unknown): Rating | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { progress, confidence, date, by } = value as Record<string, unknown>;
  if (!PROGRESS_VALUES.includes(progress as never) || !CONFIDENCE_VALUES.includes(confidence as never) || !isIsoDate(date)) return undefined;
  const rating: Mutable<Rating> = { progress: progress as Rating['progress'], confidence: confidence as Rating['confidence'], date };
  if (typeof by === 'string' && by !== '') rating.by = by;
  return rating;
}

/** A box's own fields, without its indicators and evidence (read apart, from their own maps). */
export function readBoxFields(id: string, map: ItemMap): Box | undefined {
  const level = map.get('level');
  const label = map.get('label');
  if (!isLevelId(level) || typeof label !== 'string') return undefined;
  let box: Mutable<Box> = { id, level, label, x: number(map, 'x') ?? 0, y: number(map, 'y') ?? 0 };
  box = withTexts(box, map, ['notes', 'feature', 'owner']);
  const rating = readRating(map.get('rating'));
  if (rating) box.rating = rating;
  return box;
}

export function readLink(id: string, map: ItemMap): Link | undefined {
  const source = text(map, 'source');
  const target = text(map, 'target');
  if (!source || !target || source === target) return undefined;
  return withTexts<Link>({ id, source, target }, map, ['note']);
}

export function readCondition(id: string, map: ItemMap): Condition | undefined {
  const kind = map.get('kind');
  const conditionText = map.get('text');
  const status = map.get('status');
  if (typeof conditionText !== 'string') return undefined;
  if (kind === 'assumption' && ASSUMPTION_STATUSES.includes(status as never)) {
    return withTexts<Condition>({ id, kind, text: conditionText, status: status as Condition['status'] } as Condition, map, ['comment']);
  }
  if (kind === 'risk' && RISK_STATUSES.includes(status as never)) {
    return withTexts<Condition>({ id, kind, text: conditionText, status: status as Condition['status'] } as Condition, map, ['comment']);
  }
  return undefined;
}

export function readIndicator(id: string, map: ItemMap): Indicator | undefined {
  const indicatorText = map.get('text');
  if (typeof indicatorText !== 'string') return undefined;
  let indicator: Mutable<Indicator> = withTexts<Indicator>({ id, text: indicatorText }, map, ['source', 'baseline', 'target']);
  const due = map.get('due');
  if (isIsoDate(due)) indicator = { ...indicator, due };
  return indicator;
}

export function readEvidence(id: string, map: ItemMap): EvidenceEntry | undefined {
  const date = map.get('date');
  const kind = map.get('kind');
  const summary = map.get('summary');
  if (!isIsoDate(date) || !EVIDENCE_KINDS.includes(kind as never) || typeof summary !== 'string') return undefined;
  return withTexts<EvidenceEntry>({ id, date, kind: kind as EvidenceEntry['kind'], summary }, map, ['source', 'by']);
}

/** An item map's entries read into items, in document order, leaving out any that are not whole. */
export function readOrdered<T>(source: Iterable<[string, ItemMap]>, read: (id: string, map: ItemMap) => T | undefined): T[] {
  const entries: { id: string; order: number; item: T }[] = [];
  for (const [id, map] of source) {
    const item = read(id, map);
    if (item !== undefined) entries.push({ id, order: orderOf(map), item });
  }
  entries.sort(byOrderThenId);
  return entries.map((entry) => entry.item);
}

/** Indicators or evidence grouped by the box they belong to, each group in document order. */
export function groupByBox<T>(map: DocumentMaps['indicators'], read: (id: string, map: ItemMap) => T | undefined): Map<string, T[]> {
  const groups = new Map<string, [string, ItemMap][]>();
  for (const [id, item] of map) {
    const boxId = item.get('boxId');
    if (typeof boxId !== 'string') continue;
    let group = groups.get(boxId);
    if (!group) groups.set(boxId, (group = []));
    group.push([id, item]);
  }
  const out = new Map<string, T[]>();
  for (const [boxId, group] of groups) {
    const items = readOrdered(group, read);
    if (items.length) out.set(boxId, items);
  }
  return out;
}

/** A box with its indicators and evidence; the lists are left out when empty. */
export function withParts(box: Box, indicators: readonly Indicator[] | undefined, evidence: readonly EvidenceEntry[] | undefined): Box {
  if (!indicators?.length && !evidence?.length) return box;
  const out: Mutable<Box> = { ...box };
  if (indicators?.length) out.indicators = indicators;
  if (evidence?.length) out.evidence = evidence;
  return out;
}

/** The whole document as model content. Links whose boxes are gone are left out. */
export function projectDocument(maps: DocumentMaps): ModelContent {
  const indicators = groupByBox(maps.indicators, readIndicator);
  const evidence = groupByBox(maps.evidence, readEvidence);
  const boxes = readOrdered(maps.boxes, (id, map) => {
    const box = readBoxFields(id, map);
    return box && withParts(box, indicators.get(id), evidence.get(id));
  });
  const boxIds = new Set(boxes.map((box) => box.id));
  const links = readOrdered(maps.links, readLink).filter((link) => boxIds.has(link.source) && boxIds.has(link.target));
  const conditions = readOrdered(maps.conditions, readCondition);
  const title = maps.meta.get('title');
  const description = maps.meta.get('description');
  const content: Mutable<ModelContent> = { title: typeof title === 'string' ? title : '', boxes, links, conditions };
  if (typeof description === 'string' && description !== '') content.description = description;
  return content;
}
