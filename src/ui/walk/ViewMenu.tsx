import { useEffect, useState } from 'react';
import { hidePathway, showPathwayOfSelection, startPresenting } from '../../actions/pathwayCommands';
import { useEditor, useEditorStore } from '../../store/EditorContext';
import { isTextField } from '../useEditorShortcuts';
import { KeyboardHelp } from './KeyboardHelp';
import { useMenuButton } from '../useMenuButton';

interface Item {
  readonly label: string;
  readonly run: () => void;
  /** A choice that is on or off (a menu item checkbox). */
  readonly checked?: boolean;
}

/**
 * The toolbar's one "View" menu (PRODUCT.md §3: new commands go into a menu, not more buttons):
 * the pathway, presenting, whether links go around boxes, and the keyboard shortcuts. A menu button as ARIA describes one
 * (useMenuButton): the arrow keys, Home and End move through the items, Enter or Space runs one, Escape and Tab close it.
 */
export function ViewMenu() {
  const store = useEditorStore();
  const pathwayShown = useEditor((state) => state.pathwayFor !== null);
  const routeLinks = useEditor((state) => state.routeLinks);
  const [helpOpen, setHelpOpen] = useState(false);

  const items: Item[] = [
    pathwayShown ? { label: 'Hide pathway', run: () => hidePathway(store) } : { label: 'Show pathway', run: () => showPathwayOfSelection(store) },
    { label: 'Present lane by lane', run: () => startPresenting(store, 'lanes') },
    ...(pathwayShown ? [{ label: 'Present this pathway', run: () => startPresenting(store, 'pathway') }] : []),
    { label: 'Route links around boxes', checked: routeLinks, run: () => store.getState().setRouteLinks(!routeLinks) },
    { label: 'Keyboard shortcuts', run: () => setHelpOpen(true) },
  ];
  const { close, open, buttonProps, menuProps, itemProps } = useMenuButton(items.length, (index) => items[index]!.run());

  // "?" opens the shortcuts, as in most web apps; never while typing, in another dialog, or with a modifier (Shift aside).
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTextField(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      close(false);
      setHelpOpen(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
    // close only sets state and a ref's focus, both stable: the first render's close serves.
  }, []);

  return (
    <div className="view-menu">
      <button {...buttonProps}>
        View <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <ul {...menuProps} aria-label="View" className="menu-list view-menu__list">
          {items.map((item, index) => (
            <li
              key={item.label}
              role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={item.checked}
              {...itemProps(index)}
            >
              {item.checked === undefined ? null : <span className="view-menu__check" aria-hidden="true">{item.checked ? '✓' : ''}</span>}
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      <KeyboardHelp open={helpOpen} onClose={() => setHelpOpen(false)} opener={buttonProps.ref} />
    </div>
  );
}
