import type { SavedVersion } from '../domain/versions';
import { downloadBlob } from '../export/download';
import { modelFileName, serialiseModel } from '../file/serialise';
import type { CommentsStore } from '../store/commentsSession';
import { currentModel, type EditorStore } from '../store/editorStore';

/** Downloads the open model as a model file, with the saved versions given and its comments. Works whatever the state of storage. */
export function exportModelFile(store: EditorStore, comments?: CommentsStore | null, versions: readonly SavedVersion[] = []): void {
  const model = currentModel(store.getState());
  if (!model) return;
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...content } = model;
  const threads = comments?.getState().threads ?? [];
  downloadBlob(new Blob([serialiseModel(content, versions, threads)], { type: 'application/json' }), modelFileName(model.title));
}
