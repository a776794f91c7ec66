import { downloadBlob } from '../export/download';
import { modelFileName, serialiseModel } from '../file/serialise';
import { currentModel, type EditorStore } from '../store/editorStore';

/** Downloads the open model as a model file. Works whatever the state of storage. */
export function exportModelFile(store: EditorStore): void {
  const model = currentModel(store.getState());
  if (!model) return;
  downloadBlob(new Blob([serialiseModel(model)], { type: 'application/json' }), modelFileName(model.title));
}
