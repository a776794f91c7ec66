import { useEffect, useRef, type KeyboardEvent, type RefObject, type SyntheticEvent } from 'react';

/**
 * A native modal <dialog> whose open state belongs to React, not to the element.
 *
 * The element's own `close` event arrives a task after it closes, so a dialog that waits for that event
 * to clear its state can be asked to open again (Escape, then Enter on the opener) while the state still
 * says "open": the request is lost. Here every way of closing goes through `requestClose` at once, and a
 * late `close` event for a dialog that has since reopened is ignored.
 */
export function useModalDialog(open: boolean, requestClose: () => void, returnFocusTo?: RefObject<HTMLElement | null>) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    else if (!open && element.open) {
      element.close();
      returnFocusTo?.current?.focus();
    }
  }, [open, returnFocusTo]);

  return {
    ref: dialog,
    // Chrome may skip a modal's own Escape handling when there was no user activation since the last one.
    onKeyDown: (event: KeyboardEvent<HTMLDialogElement>) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      requestClose();
    },
    onClose: (event: SyntheticEvent<HTMLDialogElement>) => {
      if (event.currentTarget.open) return;
      requestClose();
    },
  };
}
