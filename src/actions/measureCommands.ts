/**
 * Commands on an indicator's measure for the side panel: what it counts and its figures per period.
 * Each is one pure edit from measureEdits.ts applied through the store, so undo (per person),
 * autosave and a partner's screen see it; typing in one cell coalesces into one undo step, as the
 * other details fields do, and a paste is one step however many cells it fills.
 */
import { addPeriod, removePeriod, setPeriodValue, setPeriodValues, updateMeasure, type MeasurePatch, type ValuePatch } from '../domain/measureEdits';
import type { PeriodPatch } from '../domain/measurePaste';
import { normalisePeriod } from '../domain/periods';
import { currentModel, type EditorStore } from '../store/editorStore';

function indicatorIn(store: EditorStore, boxId: string, indicatorId: string) {
  return currentModel(store.getState())
    ?.boxes.find((box) => box.id === boxId)
    ?.indicators?.find((indicator) => indicator.id === indicatorId);
}

export function editMeasure(store: EditorStore, boxId: string, indicatorId: string, patch: MeasurePatch): void {
  store.getState().apply((model) => updateMeasure(model, boxId, indicatorId, patch), { coalesce: `measure-${Object.keys(patch).join(',')}:${indicatorId}` });
}

/**
 * Adds a period as the measure writes it ("2025-26" becomes "2025/26"); returns that label, or the
 * reason it could not be added.
 */
export function addPeriodTo(store: EditorStore, boxId: string, indicatorId: string, written: string): { period: string } | { problem: string } {
  const indicator = indicatorIn(store, boxId, indicatorId);
  const period = normalisePeriod(written.trim(), indicator?.frequency);
  if (!indicator || !period) return { problem: `“${written.trim()}” is not a period: write a year such as 2025/26, a quarter such as 2025/26 Q1, or a month such as 2025-04` };
  if (indicator.values?.some((value) => value.period === period)) return { problem: `${period} is already in the grid` };
  if (!store.getState().apply((model) => addPeriod(model, boxId, indicatorId, period))) {
    return { problem: `${period} is not a period of this measure’s kind (its periods read ${indicator.values?.[0]?.period ?? 'differently'})` };
  }
  return { period };
}

/** Sets one cell; typing in the same cell is one undo step. */
export function setFigure(store: EditorStore, boxId: string, indicatorId: string, period: string, patch: ValuePatch): void {
  store.getState().apply((model) => setPeriodValue(model, boxId, indicatorId, period, patch), { coalesce: `value-${Object.keys(patch).join(',')}:${indicatorId}:${period}` });
}

/** A paste: every cell it fills, as one step. */
export function pasteFigures(store: EditorStore, boxId: string, indicatorId: string, entries: readonly PeriodPatch[]): boolean {
  store.getState().sealStep();
  return store.getState().apply((model) => setPeriodValues(model, boxId, indicatorId, entries));
}

export function removePeriodFrom(store: EditorStore, boxId: string, indicatorId: string, period: string): void {
  store.getState().apply((model) => removePeriod(model, boxId, indicatorId, period));
}
