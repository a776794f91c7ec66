/**
 * Reads a box's progress and evidence from a version-2 model file (PRODUCT.md §2): its indicators,
 * evidence log and rating. Every problem names the box, the entry and the field.
 */
import { newId } from '../domain/ids';
import { isIsoDate } from '../domain/isoDate';
import { newestFirst } from '../domain/progressEdits';
import {
  CONFIDENCE_VALUES,
  EVIDENCE_KINDS,
  PROGRESS_VALUES,
  type Box,
  type EvidenceEntry,
  type Indicator,
  type Rating,
} from '../domain/model';
import { describe, FileProblem, isRecord, optionalText, requireText, withOptional } from './fields';
import { parseMeasure } from './parseMeasure';
import { MAX_INDICATORS_PER_BOX } from '../domain/measureLimits';

type BoxProgress = Pick<Box, 'indicators' | 'evidence' | 'rating'>;

function optionalList(record: Record<string, unknown>, field: string, where: string): unknown[] {
  const value = record[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new FileProblem(`${where}: "${field}" must be a list, but it is ${describe(value)}.`);
  return value;
}

function requireDate(record: Record<string, unknown>, field: string, where: string): string {
  const value = requireText(record, field, where);
  if (!isIsoDate(value)) throw new FileProblem(`${where}: "${field}" must be a date written YYYY-MM-DD, but it is ${describe(value)}.`);
  return value;
}

function optionalDate(record: Record<string, unknown>, field: string, where: string): string | undefined {
  const value = optionalText(record, field, where);
  if (value !== undefined && !isIsoDate(value)) throw new FileProblem(`${where}: "${field}" must be a date written YYYY-MM-DD, but it is ${describe(value)}.`);
  return value;
}

function requireOneOf<T extends string>(record: Record<string, unknown>, field: string, allowed: readonly T[], where: string): T {
  const value = record[field];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new FileProblem(
      value === undefined ? `${where} has no "${field}".` : `${where}: "${field}" must be one of ${allowed.join(', ')}, but it is ${describe(value)}.`,
    );
  }
  return value as T;
}

/**
 * Items of a list with their own ids: missing ids are made, repeated ones refused. Ids are unique in
 * the whole model (`seen` spans every box), as box, link and condition ids are.
 */
function eachItem(
  list: unknown[],
  noun: string,
  where: string,
  seen: Set<string>,
  read: (raw: Record<string, unknown>, itemWhere: string, id: string) => void,
): void {
  list.forEach((raw, index) => {
    const itemWhere = `${where}, ${noun} ${index + 1}`;
    if (!isRecord(raw)) throw new FileProblem(`${itemWhere} must be an object, but it is ${describe(raw)}.`);
    const id = optionalText(raw, 'id', itemWhere) ?? newId(noun === 'indicator' ? 'ind' : 'ev');
    if (seen.has(id)) throw new FileProblem(`${itemWhere} has the id "${id}", which another ${noun} of the model has; each needs its own id.`);
    seen.add(id);
    read(raw, itemWhere, id);
  });
}


function quotedText(text: string): string {
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

function parseIndicators(raw: Record<string, unknown>, where: string, seen: Set<string>): Indicator[] {
  const indicators: Indicator[] = [];
  const list = optionalList(raw, 'indicators', where);
  if (list.length > MAX_INDICATORS_PER_BOX) {
    throw new FileProblem(`${where} has ${list.length.toLocaleString('en-GB')} indicators; a box holds at most ${MAX_INDICATORS_PER_BOX}.`);
  }
  eachItem(list, 'indicator', where, seen, (item, itemWhere, id) => {
    const text = requireText(item, 'text', itemWhere);
    const indicator = withOptional<Indicator>(
      { id, text },
      {
        source: optionalText(item, 'source', itemWhere),
        baseline: optionalText(item, 'baseline', itemWhere),
        target: optionalText(item, 'target', itemWhere),
        due: optionalDate(item, 'due', itemWhere),
      },
    );
    indicators.push({ ...indicator, ...parseMeasure(item, `${itemWhere} ${quotedText(text)}`) });
  });
  return indicators;
}

function parseEvidence(raw: Record<string, unknown>, where: string, seen: Set<string>): readonly EvidenceEntry[] {
  const evidence: EvidenceEntry[] = [];
  eachItem(optionalList(raw, 'evidence', where), 'evidence entry', where, seen, (item, itemWhere, id) => {
    const date = requireDate(item, 'date', itemWhere);
    const kind = requireOneOf(item, 'kind', EVIDENCE_KINDS, itemWhere);
    const summary = requireText(item, 'summary', itemWhere);
    evidence.push(withOptional<EvidenceEntry>({ id, date, kind, summary }, { source: optionalText(item, 'source', itemWhere), by: optionalText(item, 'by', itemWhere) }));
  });
  return newestFirst(evidence);
}

function parseRating(raw: Record<string, unknown>, where: string): Rating | undefined {
  const value = raw.rating;
  if (value === undefined || value === null) return undefined;
  const ratingWhere = `${where}, rating`;
  if (!isRecord(value)) throw new FileProblem(`${ratingWhere} must be an object, but it is ${describe(value)}.`);
  const progress = requireOneOf(value, 'progress', PROGRESS_VALUES, ratingWhere);
  const confidence = requireOneOf(value, 'confidence', CONFIDENCE_VALUES, ratingWhere);
  const date = requireDate(value, 'date', ratingWhere);
  return withOptional<Rating>({ progress, confidence, date }, { by: optionalText(value, 'by', ratingWhere) });
}

/** The ids already used in the model, so that each indicator and evidence entry is one item of the model. */
export interface ProgressIds {
  readonly indicators: Set<string>;
  readonly evidence: Set<string>;
}

export function newProgressIds(): ProgressIds {
  return { indicators: new Set(), evidence: new Set() };
}

/** The progress fields of one box record; empty lists and a missing rating are left out. */
export function parseProgress(raw: Record<string, unknown>, where: string, ids: ProgressIds): BoxProgress {
  const progress: { -readonly [K in keyof BoxProgress]: BoxProgress[K] } = {};
  const indicators = parseIndicators(raw, where, ids.indicators);
  if (indicators.length) progress.indicators = indicators;
  const evidence = parseEvidence(raw, where, ids.evidence);
  if (evidence.length) progress.evidence = evidence;
  const rating = parseRating(raw, where);
  if (rating) progress.rating = rating;
  return progress;
}
