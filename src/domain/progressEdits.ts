/**
 * Pure edits of a box's progress and evidence (PRODUCT.md §2): its indicators, its evidence log and
 * its rating. Like edits.ts, each returns the same model when nothing changed. Values the file
 * checks would refuse (an unknown kind, a date that is not a date) are ignored, so that an edit can
 * never make a stored model unopenable.
 */
import { isIsoDate } from './isoDate';
import {
  CONFIDENCE_VALUES,
  EVIDENCE_KINDS,
  PROGRESS_VALUES,
  type Box,
  type EvidenceEntry,
  type Indicator,
  type ModelContent,
  type Rating,
} from './model';
import { applyTextPatch, replaceById, sameFields, withOptionalText } from './patch';

export type IndicatorPatch = Partial<Omit<Indicator, 'id'>>;
export type EvidencePatch = Partial<Omit<EvidenceEntry, 'id'>>;
export type RatingPatch = Partial<Rating>;

const INDICATOR_TEXT_FIELDS = ['source', 'baseline', 'target'] as const;

function updateBoxById<M extends ModelContent>(model: M, boxId: string, update: (box: Box) => Box): M {
  const boxes = replaceById(model.boxes, boxId, update);
  return boxes === model.boxes ? model : { ...model, boxes };
}

/** A box with one of its lists replaced; the list is left out when it becomes empty. */
function withList<K extends 'indicators' | 'evidence'>(box: Box, key: K, items: NonNullable<Box[K]>): Box {
  if (items === box[key]) return box;
  const copy = { ...box } as Record<string, unknown>;
  if (items.length) copy[key] = items;
  else delete copy[key];
  return copy as unknown as Box;
}

function replaceItem<T extends { id: string }>(items: readonly T[], id: string, update: (item: T) => T): readonly T[] {
  return replaceById(items, id, update);
}

// Indicators: kept in the order the user gives them.

function cleanIndicator(indicator: Indicator): Indicator {
  let clean: Indicator = { id: indicator.id, text: indicator.text };
  clean = applyTextPatch(clean, { source: indicator.source, baseline: indicator.baseline, target: indicator.target }, []);
  if (isIsoDate(indicator.due)) clean = { ...clean, due: indicator.due };
  // A measure's fields come whole from an import or a paste, already checked by the file's parser.
  const { unit, polarity, frequency, tolerance, values } = indicator;
  return { ...clean, ...(unit ? { unit } : {}), ...(polarity ? { polarity } : {}), ...(frequency ? { frequency } : {}), ...(tolerance !== undefined ? { tolerance } : {}), ...(values?.length ? { values } : {}) };
}

export function addIndicator<M extends ModelContent>(model: M, boxId: string, indicator: Indicator): M {
  return updateBoxById(model, boxId, (box) => {
    const indicators = box.indicators ?? [];
    if (indicators.some((item) => item.id === indicator.id)) throw new Error(`Box ${boxId} already has an indicator ${indicator.id}`);
    return withList(box, 'indicators', [...indicators, cleanIndicator(indicator)]);
  });
}

export function updateIndicator<M extends ModelContent>(model: M, boxId: string, indicatorId: string, patch: IndicatorPatch): M {
  return updateBoxById(model, boxId, (box) =>
    withList(
      box,
      'indicators',
      replaceItem(box.indicators ?? [], indicatorId, (indicator) => {
        const text: Record<string, string | undefined> = { text: patch.text };
        for (const field of INDICATOR_TEXT_FIELDS) text[field] = patch[field];
        let next = applyTextPatch(indicator, text, ['text']);
        // A due date is cleared by '' and otherwise taken only when it is a real date.
        if (patch.due === '' || isIsoDate(patch.due)) next = withOptionalText(next, 'due', patch.due);
        return next;
      }),
    ),
  );
}

/** Moves an indicator to another place in its box's list (clamped to the list). */
export function moveIndicator<M extends ModelContent>(model: M, boxId: string, indicatorId: string, toIndex: number): M {
  return updateBoxById(model, boxId, (box) => {
    const indicators = box.indicators ?? [];
    const from = indicators.findIndex((item) => item.id === indicatorId);
    const to = Math.max(0, Math.min(indicators.length - 1, Math.trunc(toIndex)));
    if (from < 0 || from === to) return box;
    const next = indicators.slice();
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved as Indicator);
    return withList(box, 'indicators', next);
  });
}

export function removeIndicator<M extends ModelContent>(model: M, boxId: string, indicatorId: string): M {
  return updateBoxById(model, boxId, (box) => {
    const indicators = box.indicators ?? [];
    const next = indicators.filter((item) => item.id !== indicatorId);
    return next.length === indicators.length ? box : withList(box, 'indicators', next);
  });
}

// Evidence: newest first, always. An entry of the same date as others goes above them.

/** Puts entries newest first, keeping the given order among entries of one date. */
export function newestFirst(entries: readonly EvidenceEntry[]): readonly EvidenceEntry[] {
  const ordered = entries.map((entry, index) => ({ entry, index }));
  ordered.sort((a, b) => (a.entry.date < b.entry.date ? 1 : a.entry.date > b.entry.date ? -1 : a.index - b.index));
  return ordered.every((item, index) => item.index === index) ? entries : ordered.map((item) => item.entry);
}

function cleanEvidence(entry: EvidenceEntry): EvidenceEntry {
  const clean: EvidenceEntry = { id: entry.id, date: entry.date, kind: entry.kind, summary: entry.summary };
  return applyTextPatch(clean, { source: entry.source, by: entry.by }, []);
}

export function addEvidence<M extends ModelContent>(model: M, boxId: string, entry: EvidenceEntry): M {
  if (!isIsoDate(entry.date)) throw new Error(`Evidence needs a date written YYYY-MM-DD, not ${entry.date}`);
  if (!EVIDENCE_KINDS.includes(entry.kind)) throw new Error(`Unknown kind of evidence: ${entry.kind}`);
  return updateBoxById(model, boxId, (box) => {
    const evidence = box.evidence ?? [];
    if (evidence.some((item) => item.id === entry.id)) throw new Error(`Box ${boxId} already has an evidence entry ${entry.id}`);
    return withList(box, 'evidence', newestFirst([cleanEvidence(entry), ...evidence]));
  });
}

export function updateEvidence<M extends ModelContent>(model: M, boxId: string, entryId: string, patch: EvidencePatch): M {
  return updateBoxById(model, boxId, (box) => {
    const evidence = box.evidence ?? [];
    const next = replaceItem(evidence, entryId, (entry) => {
      let updated = applyTextPatch(entry, { summary: patch.summary, source: patch.source, by: patch.by }, ['summary']);
      if (isIsoDate(patch.date)) updated = { ...updated, date: patch.date };
      if (patch.kind !== undefined && EVIDENCE_KINDS.includes(patch.kind)) updated = { ...updated, kind: patch.kind };
      return updated;
    });
    return next === evidence ? box : withList(box, 'evidence', newestFirst(next));
  });
}

export function removeEvidence<M extends ModelContent>(model: M, boxId: string, entryId: string): M {
  return updateBoxById(model, boxId, (box) => {
    const evidence = box.evidence ?? [];
    const next = evidence.filter((item) => item.id !== entryId);
    return next.length === evidence.length ? box : withList(box, 'evidence', next);
  });
}

// Rating: set whole or in part, cleared in one step.

function isValidRating(rating: Partial<Rating>): rating is Rating {
  return (
    PROGRESS_VALUES.includes(rating.progress as Rating['progress']) &&
    CONFIDENCE_VALUES.includes(rating.confidence as Rating['confidence']) &&
    isIsoDate(rating.date)
  );
}

/**
 * Rates a box, or changes part of its rating. A box not yet rated needs progress, confidence and a
 * date all given; a patch that would leave the rating incomplete or invalid changes nothing.
 */
export function rateBox<M extends ModelContent>(model: M, boxId: string, patch: RatingPatch): M {
  return updateBoxById(model, boxId, (box) => {
    const merged: Partial<Rating> = { ...box.rating };
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
    if (!isValidRating(merged)) return box;
    let rating: Rating = { progress: merged.progress, confidence: merged.confidence, date: merged.date };
    rating = withOptionalText(rating, 'by', merged.by);
    if (box.rating && sameFields(rating, box.rating)) return box;
    return { ...box, rating };
  });
}

export function clearRating<M extends ModelContent>(model: M, boxId: string): M {
  return updateBoxById(model, boxId, (box) => {
    if (!box.rating) return box;
    const { rating: _rating, ...rest } = box;
    return rest;
  });
}
