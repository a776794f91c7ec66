import { useEffect } from 'react';
import { deleteSelection } from '../actions/commands';
import { focusBoxOnCanvas } from '../canvas/BoxNode';
import { levelName } from '../domain/levels';
import { useEditorStore } from '../store/EditorContext';
import { currentModel, type EditorStore } from '../store/editorStore';

/**
 * Deletes what is selected and keeps keyboard focus in the lane it was in: on the next box down,
 * or the lane's "Add a box" button, rather than losing it to the page.
 */
function deleteKeepingFocus(store: EditorStore): boolean {
  const before = currentModel(store.getState());
  const first = before?.boxes.find((box) => box.id === store.getState().selection.boxIds[0]);
  if (!deleteSelection(store)) return false;
  if (!first) return true;
  const after = currentModel(store.getState());
  const next = after?.boxes
    .filter((box) => box.level === first.level && box.y >= first.y)
    .sort((a, b) => a.y - b.y)[0];
  requestAnimationFrame(() => {
    if (next) focusBoxOnCanvas(next.id);
    else document.querySelector<HTMLElement>(`button[aria-label="Add a box to ${CSS.escape(levelName(first.level))}"]`)?.focus();
  });
  return true;
}

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && !['button', 'checkbox', 'radio', 'file'].includes((target as HTMLInputElement).type)) || target.tagName === 'SELECT';
}

/** Undo, redo, delete, L (link to…) and F2 (edit label) for the whole editor page. */
export function useEditorShortcuts(): void {
  const store = useEditorStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && !event.altKey && (key === 'z' || key === 'y')) {
        // In a text field the field's own undo would fight with the model's; the model's wins.
        event.preventDefault();
        if (key === 'y' || event.shiftKey) store.getState().redo();
        else store.getState().undo();
        return;
      }
      if (isTextField(event.target) || document.querySelector('dialog[open]')) return;
      if (event.key === 'Delete' || event.key === 'Backspace') {
        if (deleteKeepingFocus(store)) event.preventDefault();
      } else if (key === 'l' && !mod && !event.altKey) {
        const { boxIds, linkIds } = store.getState().selection;
        if (boxIds.length === 1 && linkIds.length === 0) {
          event.preventDefault();
          store.getState().setLinkChooser(boxIds[0]!);
        }
      } else if (event.key === 'F2') {
        const [only] = store.getState().selection.boxIds;
        if (only) {
          event.preventDefault();
          store.getState().setEditingBox(only);
        }
      }
    };
    // Typing in one field is one undo step until the user leaves the field.
    const onFocusOut = (event: FocusEvent) => {
      if (isTextField(event.target)) store.getState().sealStep();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('focusout', onFocusOut);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('focusout', onFocusOut);
    };
  }, [store]);
}
