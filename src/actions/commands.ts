/**
 * Every user command on the open model, once: the toolbar, the keyboard, the canvas and the panels
 * all call these. Each turns a gesture into one pure domain edit applied through the store.
 */
import {
  addBox,
  connect,
  deleteBoxes,
  deleteLinks,
  moveBoxes,
  setBoxLevel,
  tidyUp,
  updateBox,
  updateLink,
  whyCannotConnect,
  type BoxPatch,
  type BoxPosition,
} from '../domain/edits';
import { newId } from '../domain/ids';
import { levelName, type LevelId } from '../domain/levels';
import { boxForFeature } from '../evidence/library';
import { featureById } from '../evidence/features';
import { currentModel, NO_SELECTION, type EditorStore } from '../store/editorStore';

/** Key that folds a box's creation and the typing of its label into one undo step. */
export const labelStepKey = (boxId: string) => `label:${boxId}`;

/** Adds an empty box to a lane, selects it and opens its label for typing. Returns its id. */
export function addBoxToLane(store: EditorStore, level: LevelId, y?: number, fields: Omit<BoxPatch, 'label'> & { label?: string } = {}): string {
  const id = newId('box');
  const { label = '', ...rest } = fields;
  // Closes any label being edited first, which ends its undo step before the new box starts one.
  store.getState().setEditingBox(null);
  store.getState().apply((model) => addBox(model, { id, level, label, y, ...rest }), {
    coalesce: labelStepKey(id),
    select: { boxIds: [id], linkIds: [] },
  });
  if (!label) store.getState().setEditingBox(id);
  store.getState().requestFocus([id]);
  return id;
}

/** Adds a box standing for an evidence feature, in its lane, citing the briefing. Returns its id. */
export function addFeatureBox(store: EditorStore, featureId: string): string | undefined {
  const feature = featureById(featureId);
  if (!feature) return undefined;
  const id = newId('box');
  store.getState().apply((model) => addBox(model, boxForFeature(feature, id)), { select: { boxIds: [id], linkIds: [] } });
  store.getState().requestFocus([id]);
  return id;
}

export function editBox(store: EditorStore, id: string, patch: BoxPatch): void {
  const field = Object.keys(patch).join(',');
  store.getState().apply((model) => updateBox(model, id, patch), { coalesce: field === 'label' ? labelStepKey(id) : `${field}:${id}` });
}

export function changeBoxLevel(store: EditorStore, id: string, level: LevelId): void {
  store.getState().apply((model) => setBoxLevel(model, id, level));
  store.getState().requestFocus([id]);
}

export function dropBoxes(store: EditorStore, positions: readonly BoxPosition[]): void {
  store.getState().apply((model) => moveBoxes(model, positions));
}

export function deleteSelection(store: EditorStore): number {
  const { selection } = store.getState();
  const count = selection.boxIds.length + selection.linkIds.length;
  if (!count) return 0;
  store.getState().apply((model) => deleteLinks(deleteBoxes(model, selection.boxIds), selection.linkIds), { select: NO_SELECTION });
  return count;
}

export function deleteBox(store: EditorStore, id: string): void {
  store.getState().apply((model) => deleteBoxes(model, [id]), { select: NO_SELECTION });
}

export function deleteLink(store: EditorStore, id: string): void {
  store.getState().apply((model) => deleteLinks(model, [id]));
}

export function editLinkNote(store: EditorStore, id: string, note: string): void {
  store.getState().apply((model) => updateLink(model, id, { note }), { coalesce: `note:${id}` });
}

/** Links two boxes; returns why not, in plain words, when it cannot. */
export function linkBoxes(store: EditorStore, source: string, target: string): string | undefined {
  const model = currentModel(store.getState());
  if (!model) return 'No model is open.';
  const refusal = whyCannotConnect(model, source, target);
  if (refusal === 'self-link') return 'A box cannot link to itself.';
  if (refusal === 'duplicate') return 'These boxes are already linked.';
  if (refusal === 'missing-box') return 'One of these boxes no longer exists.';
  const id = newId('link');
  store.getState().apply((m) => connect(m, { id, source, target }));
  return undefined;
}

export function tidyLanes(store: EditorStore): void {
  store.getState().apply((model) => tidyUp(model));
}

/** How a screen reader announces a box, and how lists name it. */
export function boxName(box: { level: LevelId; label: string }): string {
  return `${levelName(box.level)}: ${box.label.trim() || 'Untitled box'}`;
}
