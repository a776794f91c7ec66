import { useEffect } from 'react';
import { deleteSelection } from '../actions/commands';
import { useEditorStore } from '../store/EditorContext';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && !['button', 'checkbox', 'radio', 'file'].includes((target as HTMLInputElement).type)) || target.tagName === 'SELECT';
}

/** Undo, redo, delete and F2 (edit label) for the whole editor page. */
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
        if (deleteSelection(store)) event.preventDefault();
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
