/**
 * The Share… dialog. Its content and the sharing code behind it (the team server's API, share links,
 * signing in and named access) load when first wanted, outside the page's first JavaScript: the
 * Share… button starts the load on hover or focus (preloadShareDialog). Loading that code asks
 * nothing of any server: a model that is not shared still makes no request.
 */
import { useId, type RefObject } from 'react';
import type { ShareSession } from '../store/shareSession';
import { loadWhenWanted } from './loadWhenWanted';
import { useModalDialog } from './useModalDialog';

const shareContent = loadWhenWanted(() => import('./ShareContent').then((module) => module.ShareContent));
export const preloadShareDialog = shareContent.preload;

export function ShareDialog({ open, onClose, opener, session }: { open: boolean; onClose: () => void; opener: RefObject<HTMLElement | null>; session: ShareSession }) {
  // It opens once its content's code is here (at once, after the first time), whole and focused as ever.
  const shown = shareContent.useLoaded(open) && open;
  const modal = useModalDialog(shown, onClose, opener);
  const titleId = useId();
  return (
    <dialog ref={modal.ref} className="dialog share-dialog" aria-labelledby={titleId} onKeyDown={modal.onKeyDown} onClose={modal.onClose}>
      <h2 id={titleId}>Share with partners</h2>
      {shown ? <shareContent.Component session={session} onDone={onClose} /> : null}
    </dialog>
  );
}
