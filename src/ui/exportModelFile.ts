import type { SavedVersion } from '../domain/versions';
import { downloadBlob } from '../export/download';
import { modelFileName, serialiseModel } from '../file/serialise';
import { currentModel, type EditorStore } from '../store/editorStore';

/** Downloads the open model as a model file, with the saved versions given. Works whatever the state of storage. */
export function exportModelFile(store: EditorStore, versions: readonly SavedVersion[] = []): void {
  const model = currentModel(store.getState());
  if (!model) return;
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...content } = model;
  downloadBlob(new Blob([serialiseModel(content, versions)], { type: 'application/json' }), modelFileName(model.title));
}
