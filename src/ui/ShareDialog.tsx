/**
 * The Share… dialog. Its content and the sharing code behind it (the team server's API, share links,
 * signing in and named access) load when first wanted, outside the page's first JavaScript: the
 * Share… button starts the load on hover or focus (preloadShareDialog). Loading that code asks
 * nothing of any server: a model that is not shared still makes no request.
 */
import { Suspense, useEffect, useId, type RefObject } from 'react';
import type { ShareSession } from '../store/shareSession';
import { focusFirstControlOf, loadWhenWanted } from './loadWhenWanted';
import { useModalDialog } from './useModalDialog';

const shareContent = loadWhenWanted(() => import('./ShareContent').then((module) => module.ShareContent));
export const preloadShareDialog = shareContent.preload;

/** Mounted after the content: when it came after the dialog opened, its first control takes focus. */
function FocusFirstControl({ dialog }: { dialog: RefObject<HTMLDialogElement | null> }) {
  useEffect(() => focusFirstControlOf(dialog.current), [dialog]);
  return null;
}

export function ShareDialog({ open, onClose, opener, session }: { open: boolean; onClose: () => void; opener: RefObject<HTMLElement | null>; session: ShareSession }) {
  const modal = useModalDialog(open, onClose, opener);
  const titleId = useId();
  return (
    <dialog ref={modal.ref} className="dialog share-dialog" aria-labelledby={titleId} onKeyDown={modal.onKeyDown} onClose={modal.onClose}>
      <h2 id={titleId}>Share with partners</h2>
      {open ? (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <shareContent.Component session={session} onDone={onClose} />
          <FocusFirstControl dialog={modal.ref} />
        </Suspense>
      ) : null}
    </dialog>
  );
}
