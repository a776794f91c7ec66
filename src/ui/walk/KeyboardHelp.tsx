import { useId, type RefObject } from 'react';
import { useModalDialog } from '../useModalDialog';
import { WALK_KEYS } from './LinkWalker';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

/** Every key of the editor, in one place: the same list as the README's "Using it without a mouse". */
const SHORTCUTS: readonly { readonly section: string; readonly keys: readonly (readonly [string, string])[] }[] = [
  {
    section: 'On the canvas',
    keys: [
      ['Tab, Shift+Tab', 'Move between lanes’ “Add box” buttons, boxes and links; whatever takes focus is brought into view'],
      ['Enter or Space', 'Select the focused box or link'],
      ['Arrow keys', 'Move the selected boxes (with Shift, further)'],
      [WALK_KEYS.out, 'Follow a link out of the focused box to the box it leads to (a list when there are several)'],
      [WALK_KEYS.in, 'Go back along a link into the focused box (a list when there are several)'],
      ['L', 'Link the selected box to another (“Link to…”)'],
      ['F2', 'Edit the selected box’s label in place; Enter or Escape ends'],
      ['Delete or Backspace', 'Delete what is selected'],
      [`${MOD}+Z`, 'Undo'],
      [`${MOD}+Shift+Z or ${MOD}+Y`, 'Redo'],
    ],
  },
  {
    section: 'Presenting',
    keys: [
      ['→, ↓, Space, Page Down, Enter', 'Next step (what a presenter’s clicker sends)'],
      ['←, ↑, Page Up, Backspace', 'Previous step'],
      ['Home, End', 'First or last step'],
      ['R', 'Show or hide the ratings'],
      ['Escape', 'Leave the presentation'],
    ],
  },
  {
    section: 'Menus and dialogs',
    keys: [
      ['?', 'Open these keyboard shortcuts'],
      ['↑, ↓, Home, End', 'Move through a menu’s items'],
      ['Escape', 'Close a menu or dialog'],
    ],
  },
];

export function KeyboardHelp({ open, onClose, opener }: { open: boolean; onClose: () => void; opener: RefObject<HTMLElement | null> }) {
  const dialogProps = useModalDialog(open, onClose, opener);
  const titleId = useId();
  return (
    <dialog {...dialogProps} className="keyboard-help" aria-labelledby={titleId}>
      {open ? (
        <>
          <h2 id={titleId}>Keyboard shortcuts</h2>
          {SHORTCUTS.map(({ section, keys }) => (
            <section key={section}>
              <h3>{section}</h3>
              <dl>
                {keys.map(([key, what]) => (
                  <div key={key} className="keyboard-help__row">
                    <dt>
                      <kbd>{key}</kbd>
                    </dt>
                    <dd>{what}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          <button type="button" onClick={onClose} autoFocus>
            Close
          </button>
        </>
      ) : null}
    </dialog>
  );
}
