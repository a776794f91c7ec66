/** Showing a pathway and presenting: ways of looking at the model, which never change it. */
import type { EditorStore, PresentationMode } from '../store/editorStore';

/** Shows the pathway of the selected boxes; says what to do when none is selected. */
export function showPathwayOfSelection(store: EditorStore): void {
  const { boxIds } = store.getState().selection;
  if (!boxIds.length) {
    store.getState().setNotice({ text: 'Select one or more boxes first, then choose Show pathway: what leads to them and what they lead to stays, and the rest fades.' });
    return;
  }
  store.getState().setPathwayFor(boxIds);
}

export function hidePathway(store: EditorStore): void {
  store.getState().setPathwayFor(null);
}

export function startPresenting(store: EditorStore, mode: PresentationMode): void {
  store.getState().setEditingBox(null);
  store.getState().setPresenting(mode === 'pathway' && !store.getState().pathwayFor ? 'lanes' : mode);
}
