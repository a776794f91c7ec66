/**
 * Commands on the model's conditions (Table 1's assumptions and risks, and the user's own), for the
 * conditions panel. Each is one pure domain edit applied through the store; typing in one field
 * coalesces into one undo step.
 */
import { addCondition, removeCondition, updateCondition } from '../domain/edits';
import { newId } from '../domain/ids';
import { statusesFor, type Condition, type ConditionKind, type ConditionStatus } from '../domain/model';
import type { EditorStore } from '../store/editorStore';

/** Key that folds a condition's creation and the typing of its text into one undo step. */
export const conditionTextKey = (id: string) => `condition-text:${id}`;

/** Adds an unchecked condition of the user's own, with empty text to be typed. Returns its id. */
export function addOwnCondition(store: EditorStore, kind: ConditionKind): string {
  const id = newId('cond');
  // 'unchecked' is a status of both kinds.
  const condition = { id, kind, text: '', status: 'unchecked' } as Condition;
  store.getState().apply((model) => addCondition(model, condition), { coalesce: conditionTextKey(id) });
  return id;
}

export function setConditionStatus(store: EditorStore, id: string, status: ConditionStatus): void {
  store.getState().apply((model) => {
    const condition = model.conditions.find((c) => c.id === id);
    // A status from the other kind's list would make the model unreadable as a file.
    if (!condition || !statusesFor(condition.kind).includes(status)) return model;
    return updateCondition(model, id, { status });
  });
}

export function editConditionText(store: EditorStore, id: string, text: string): void {
  store.getState().apply((model) => updateCondition(model, id, { text }), { coalesce: conditionTextKey(id) });
}

export function editConditionComment(store: EditorStore, id: string, comment: string): void {
  store.getState().apply((model) => updateCondition(model, id, { comment }), { coalesce: `condition-comment:${id}` });
}

export function removeOwnCondition(store: EditorStore, id: string): void {
  store.getState().apply((model) => removeCondition(model, id));
}
