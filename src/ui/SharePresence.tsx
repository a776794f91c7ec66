/** A shared model's status (always visible while it is shared) and who else has it open. */
import { useEditor } from '../store/EditorContext';
import type { ShareStatus } from '../store/editorStore';

const STATUS_WORDS: Record<ShareStatus['state'], string> = {
  connected: 'Connected',
  syncing: 'Syncing…',
  offline: 'Offline: changes are kept on this computer',
  // The server stopped gracefully and said so; this copy keeps every change and reconnects by itself.
  restarting: 'The team server is restarting',
  ended: 'Not connected: your copy stays on this computer',
};

export function ShareStatusText() {
  const status = useEditor((state) => state.shareStatus);
  if (!status) return null;
  return (
    <p className={`share-status share-status--${status.state}`} role="status" aria-label="Sharing">
      {STATUS_WORDS[status.state]}
    </p>
  );
}

/** Why a shared model no longer connects (its links were replaced, refused, or it hit the size limit), said once, plainly. */
export function ShareEndedBanner() {
  const status = useEditor((state) => state.shareStatus);
  if (status?.state !== 'ended') return null;
  return (
    <p className="share-banner" role="alert">
      {status.message}
    </p>
  );
}

export function WhoIsHere() {
  const partners = useEditor((state) => state.partners);
  if (!partners.length) return null;
  return (
    <ul className="who-is-here" aria-label="Who is here">
      {partners.map((partner) => (
        <li key={partner.id}>
          <span className="who-is-here__swatch" style={{ background: partner.colour }} aria-hidden="true" />
          {partner.name}
        </li>
      ))}
    </ul>
  );
}
