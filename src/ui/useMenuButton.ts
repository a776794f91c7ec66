import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A menu button as WAI-ARIA describes one, shared by the toolbar's View menu and the side panel's
 * More tabs: Enter, Space or ArrowDown open it on the first item (ArrowUp on the last); in the menu
 * the arrow keys, Home and End move, Enter or Space chooses, Escape closes and returns focus to the
 * button, Tab closes; a press outside closes it too.
 */
export function useMenuButton(itemCount: number, onChoose: (index: number) => void) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

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
    setActive((index + itemCount) % itemCount);
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };
  const choose = (index: number) => {
    close(true);
    onChoose(index);
  };

  const buttonProps = {
    ref: button,
    type: 'button' as const,
    'aria-haspopup': 'menu' as const,
    'aria-expanded': open,
    'aria-controls': open ? menuId : undefined,
    onClick: () => (open ? close(false) : openAt(0)),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        openAt(0);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        openAt(itemCount - 1);
      }
    },
  };
  const menuProps = {
    ref: menu,
    id: menuId,
    role: 'menu' as const,
    onKeyDown: (event: KeyboardEvent) => {
      const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: itemCount - 1 };
      if (event.key in moves) {
        event.preventDefault();
        setActive((moves[event.key]! + itemCount) % itemCount);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        close(true);
      } else if (event.key === 'Tab') {
        close(false);
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        choose(active);
      }
    },
  };
  /** What each item needs: one item in the tab order at a time, chosen by a click, followed by focus. */
  const itemProps = (index: number) => ({
    tabIndex: index === active ? 0 : -1,
    onClick: () => choose(index),
    onFocus: () => setActive(index),
  });
  return { open, close, buttonProps, menuProps, itemProps };
}
