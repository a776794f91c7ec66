import { downloadBlob } from '../export/download';
import { modelFileName, serialiseModel } from '../file/serialise';
import type { CommentsStore } from '../store/commentsSession';
import { currentModel, type EditorStore } from '../store/editorStore';

/** Downloads the open model as a model file, with its comments. Works whatever the state of storage. */
export function exportModelFile(store: EditorStore, comments?: CommentsStore | null): void {
  const model = currentModel(store.getState());
  if (!model) return;
  const threads = comments?.getState().threads ?? [];
  downloadBlob(new Blob([serialiseModel(model, [], threads)], { type: 'application/json' }), modelFileName(model.title));
}
