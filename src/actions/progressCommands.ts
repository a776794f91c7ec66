/**
 * Commands on a box's progress and evidence (its indicators, evidence log and rating), for the side
 * panel. Each is one pure edit from progressEdits.ts applied through the store, so undo and autosave
 * see it; typing in one field coalesces into one undo step, as the other details fields do.
 */
import { newId } from '../domain/ids';
import type { EvidenceEntry } from '../domain/model';
import {
  addEvidence,
  addIndicator,
  clearRating,
  moveIndicator,
  rateBox,
  removeEvidence,
  removeIndicator,
  updateEvidence,
  updateIndicator,
  type EvidencePatch,
  type IndicatorPatch,
  type RatingPatch,
} from '../domain/progressEdits';
import { currentModel, type EditorStore } from '../store/editorStore';

/** One undo step per field typed in, as the box's own fields have. */
function fieldKey(kind: string, id: string, patch: object): string {
  return `${kind}-${Object.keys(patch).join(',')}:${id}`;
}

/** Adds an indicator with this text at the end of the box's list; returns its id, or nothing for empty text. */
export function addIndicatorTo(store: EditorStore, boxId: string, text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const id = newId('ind');
  return store.getState().apply((model) => addIndicator(model, boxId, { id, text: trimmed })) ? id : undefined;
}

export function editIndicator(store: EditorStore, boxId: string, indicatorId: string, patch: IndicatorPatch): void {
  store.getState().apply((model) => updateIndicator(model, boxId, indicatorId, patch), { coalesce: fieldKey('indicator', indicatorId, patch) });
}

/** Moves an indicator one place up (-1) or down (+1) in its box's list. */
export function moveIndicatorBy(store: EditorStore, boxId: string, indicatorId: string, step: -1 | 1): void {
  const box = currentModel(store.getState())?.boxes.find((item) => item.id === boxId);
  const from = box?.indicators?.findIndex((item) => item.id === indicatorId) ?? -1;
  if (from < 0) return;
  store.getState().apply((model) => moveIndicator(model, boxId, indicatorId, from + step));
}

export function deleteIndicator(store: EditorStore, boxId: string, indicatorId: string): void {
  store.getState().apply((model) => removeIndicator(model, boxId, indicatorId));
}

export type NewEvidence = Omit<EvidenceEntry, 'id'>;

/** Adds an entry to the box's evidence log (kept newest first); returns its id, or nothing without a summary or a real date. */
export function addEvidenceTo(store: EditorStore, boxId: string, entry: NewEvidence): string | undefined {
  const summary = entry.summary.trim();
  if (!summary) return undefined;
  const id = newId('ev');
  try {
    return store.getState().apply((model) => addEvidence(model, boxId, { ...entry, id, summary })) ? id : undefined;
  } catch {
    // addEvidence refuses a date or kind a file could not hold; the form says what is missing.
    return undefined;
  }
}

export function editEvidence(store: EditorStore, boxId: string, entryId: string, patch: EvidencePatch): void {
  store.getState().apply((model) => updateEvidence(model, boxId, entryId, patch), { coalesce: fieldKey('evidence', entryId, patch) });
}

export function deleteEvidence(store: EditorStore, boxId: string, entryId: string): void {
  store.getState().apply((model) => removeEvidence(model, boxId, entryId));
}

/**
 * Rates a box or changes part of its rating. A first rating needs progress, confidence and date all
 * given (the panel holds the first choices until both words are chosen); returns whether it changed.
 */
export function rate(store: EditorStore, boxId: string, patch: RatingPatch): boolean {
  // One key for the whole rating: arrowing through a select, or the first choice and the one that
  // completes it, is one step; leaving the field ends it.
  return store.getState().apply((model) => rateBox(model, boxId, patch), { coalesce: `rating:${boxId}` });
}

/** Clears a box's rating in one step. */
export function unrate(store: EditorStore, boxId: string): void {
  store.getState().apply((model) => clearRating(model, boxId));
}
