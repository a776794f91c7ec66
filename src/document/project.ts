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
  FREQUENCIES,
  POLARITIES,
  PROGRESS_VALUES,
  RISK_STATUSES,
  VALUE_STATUSES,
  type Box,
  type Condition,
  type EvidenceEntry,
  type Indicator,
  type Link,
  type MeasuredValue,
  type ModelContent,
  type Rating,
} from '../domain/model';
import { isIsoDate } from '../domain/isoDate';
import { readContributions, readOpening, readUid } from './readModelLinks';
import { frequencyOfKind, parsePeriod, periodLabel } from '../domain/periods';
import { byOrderThenId } from './order';
import { valueKey, type DocumentMaps, type ItemMap } from './layout';

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
  const opens = readOpening(map.get('opens'));
  if (opens) box.opens = opens;
  const contributesTo = readContributions(map.get('contributesTo'));
  if (contributesTo) box.contributesTo = contributesTo;
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

function oneOf<T extends string>(map: ItemMap, field: string, allowed: readonly T[]): T | undefined {
  const value = map.get(field);
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : undefined;
}

/** An indicator's own fields, without its figures (read apart, from the `values` map). */
export function readIndicator(id: string, map: ItemMap): Indicator | undefined {
  const indicatorText = map.get('text');
  if (typeof indicatorText !== 'string') return undefined;
  let indicator: Mutable<Indicator> = withTexts<Indicator>({ id, text: indicatorText }, map, ['source', 'baseline', 'target']);
  const due = map.get('due');
  if (isIsoDate(due)) indicator = { ...indicator, due };
  indicator = withTexts(indicator, map, ['unit']);
  const polarity = oneOf(map, 'polarity', POLARITIES);
  if (polarity) indicator.polarity = polarity;
  const frequency = oneOf(map, 'frequency', FREQUENCIES);
  if (frequency) indicator.frequency = frequency;
  const tolerance = number(map, 'tolerance');
  if (tolerance !== undefined && tolerance >= 0) indicator.tolerance = tolerance;
  return indicator;
}

/** One period's figures, with the period written as the model writes it; undefined when not whole. */
export function readValue(map: ItemMap): MeasuredValue | undefined {
  const written = map.get('period');
  const period = typeof written === 'string' ? parsePeriod(written) : undefined;
  if (!period || periodLabel(period) !== written) return undefined;
  const value: Mutable<MeasuredValue> = { period: written };
  const actual = number(map, 'actual');
  if (actual !== undefined) value.actual = actual;
  const target = number(map, 'target');
  if (target !== undefined) value.target = target;
  const status = oneOf(map, 'status', VALUE_STATUSES);
  if (status) value.status = status;
  const note = text(map, 'note');
  if (note !== undefined) value.note = note;
  return value;
}

/**
 * Every indicator's figures, by indicator id, in time order. A value whose key does not name its
 * own indicator and period (only a tampered copy writes one) is left out, so a period is never
 * listed twice; so are periods of another kind than the measure's first.
 */
export function groupValues(map: DocumentMaps['values']): Map<string, MeasuredValue[]> {
  const groups = new Map<string, { value: MeasuredValue; index: number; kind: string }[]>();
  for (const [key, item] of map) {
    const indicatorId = item.get('indicatorId');
    if (typeof indicatorId !== 'string') continue;
    const value = readValue(item);
    if (!value || key !== valueKey(indicatorId, value.period)) continue;
    const period = parsePeriod(value.period) as NonNullable<ReturnType<typeof parsePeriod>>;
    let group = groups.get(indicatorId);
    if (!group) groups.set(indicatorId, (group = []));
    group.push({ value, index: period.index, kind: period.kind });
  }
  const out = new Map<string, MeasuredValue[]>();
  for (const [indicatorId, group] of groups) {
    group.sort((a, b) => a.index - b.index || (a.value.period < b.value.period ? -1 : 1));
    const kind = (group[0] as (typeof group)[number]).kind;
    out.set(indicatorId, group.filter((entry) => entry.kind === kind).map((entry) => entry.value));
  }
  return out;
}

/** An indicator with its figures; a measure with figures always has a frequency (the periods say it). */
export function withValues(indicator: Indicator, values: readonly MeasuredValue[] | undefined): Indicator {
  if (!values?.length) return indicator;
  const frequency = indicator.frequency ?? frequencyOfKind((parsePeriod(values[0]!.period) as NonNullable<ReturnType<typeof parsePeriod>>).kind);
  return { ...indicator, frequency, values };
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
  const values = groupValues(maps.values);
  const indicators = groupByBox(maps.indicators, (id, map) => {
    const indicator = readIndicator(id, map);
    return indicator && withValues(indicator, values.get(id));
  });
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
  const uid = readUid(maps.meta.get('uid'));
  const content: Mutable<ModelContent> = uid ? { uid, title: typeof title === 'string' ? title : '', boxes, links, conditions } : { title: typeof title === 'string' ? title : '', boxes, links, conditions };
  if (typeof description === 'string' && description !== '') content.description = description;
  return content;
}
