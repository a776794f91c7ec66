import { modelFileName, serialiseModel } from '../file/serialise';
import { currentModel, type EditorStore } from '../store/editorStore';

/** Downloads the open model as a model file. Works whatever the state of storage. */
export function exportModelFile(store: EditorStore): void {
  const model = currentModel(store.getState());
  if (!model) return;
  const blob = new Blob([serialiseModel(model)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = modelFileName(model.title);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
