import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { hidePathway, showPathwayOfSelection, startPresenting } from '../../actions/pathwayCommands';
import { useEditor, useEditorStore } from '../../store/EditorContext';
import { isTextField } from '../useEditorShortcuts';
import { KeyboardHelp } from './KeyboardHelp';

interface Item {
  readonly label: string;
  readonly run: () => void;
  /** A choice that is on or off (a menu item checkbox). */
  readonly checked?: boolean;
}

/**
 * The toolbar's one "View" menu (PRODUCT.md §3: new commands go into a menu, not more buttons):
 * the pathway, presenting, whether links go around boxes, and the keyboard shortcuts. A menu button as ARIA describes one: the
 * arrow keys, Home and End move through the items, Enter or Space runs one, Escape and Tab close it.
 */
export function ViewMenu() {
  const store = useEditorStore();
  const pathwayShown = useEditor((state) => state.pathwayFor !== null);
  const routeLinks = useEditor((state) => state.routeLinks);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const items: Item[] = [
    pathwayShown ? { label: 'Hide pathway', run: () => hidePathway(store) } : { label: 'Show pathway', run: () => showPathwayOfSelection(store) },
    { label: 'Present lane by lane', run: () => startPresenting(store, 'lanes') },
    ...(pathwayShown ? [{ label: 'Present this pathway', run: () => startPresenting(store, 'pathway') }] : []),
    { label: 'Route links around boxes', checked: routeLinks, run: () => store.getState().setRouteLinks(!routeLinks) },
    { label: 'Keyboard shortcuts', run: () => setHelpOpen(true) },
  ];

  // "?" opens the shortcuts, as in most web apps; never while typing, in another dialog, or with a modifier (Shift aside).
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTextField(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(false);
      setHelpOpen(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openAt = (index: number) => {
    setActive((index + items.length) % items.length);
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };
  const choose = (item: Item) => {
    close(true);
    item.run();
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(items.length - 1);
    }
  };
  const onMenuKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: items.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      setActive((moves[event.key]! + items.length) % items.length);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(items[active]!);
    }
  };

  return (
    <div className="view-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        View <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <ul ref={menu} id={menuId} role="menu" aria-label="View" className="view-menu__list" onKeyDown={onMenuKeyDown}>
          {items.map((item, index) => (
            <li
              key={item.label}
              role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={item.checked}
              tabIndex={index === active ? 0 : -1}
              onClick={() => choose(item)}
              onFocus={() => setActive(index)}
            >
              {item.checked === undefined ? null : <span className="view-menu__check" aria-hidden="true">{item.checked ? '✓' : ''}</span>}
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      <KeyboardHelp open={helpOpen} onClose={() => setHelpOpen(false)} opener={button} />
    </div>
  );
}
