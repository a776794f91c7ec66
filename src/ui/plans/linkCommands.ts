/**
 * The editor's commands for links between models (PRODUCT.md §18): each one pure edit through the
 * store, so undo, autosave and partners see one step. A model without a uid yet (made before uids)
 * gets one in the same step, so the link and the uid it needs are stored together.
 */
import { addContribution, newModelUid, removeContribution, setOpens } from '../../domain/modelLinks';
import type { Contribution, Model, ModelOpening } from '../../domain/model';
import type { EditorStore } from '../../store/editorStore';

function withOwnUid(model: Model): Model {
  return model.uid ? model : { ...model, uid: newModelUid() };
}

export function setBoxOpens(store: EditorStore, boxId: string, opens: ModelOpening | undefined): void {
  store.getState().apply((model) => setOpens(opens ? withOwnUid(model) : model, boxId, opens));
}

export function addBoxContribution(store: EditorStore, boxId: string, contribution: Contribution): void {
  store.getState().apply((model) => addContribution(withOwnUid(model), boxId, contribution));
}

export function removeBoxContribution(store: EditorStore, boxId: string, contribution: Contribution): void {
  store.getState().apply((model) => removeContribution(model, boxId, contribution));
}
