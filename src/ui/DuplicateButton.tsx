/**
 * "Duplicate" on the home page: a copy of a model with its saved versions, and its comments if the
 * user says so (a copy for another audience, or to try another shape, may not want the review in it).
 */
import { useRef, useState } from 'react';
import type { ModelSummary } from '../storage/repository';
import { useModalDialog } from './useModalDialog';

export function DuplicateButton({ model, duplicate }: { model: ModelSummary; duplicate: (withComments: boolean) => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const [withComments, setWithComments] = useState(false);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useModalDialog(asking, () => setAsking(false), button);
  const titleId = `duplicate-title-${model.id}`;

  const make = async () => {
    setBusy(true);
    try {
      await duplicate(withComments);
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };

  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setAsking(true)} aria-label={`Duplicate “${model.title}”`}>
        Duplicate
      </button>
      <dialog ref={dialog.ref} onKeyDown={dialog.onKeyDown} onClose={dialog.onClose} aria-labelledby={titleId} className="dialog">
        {asking ? (
          <form
            method="dialog"
            onSubmit={(event) => {
              event.preventDefault();
              void make();
            }}
          >
            <h2 id={titleId} className="dialog__title">
              Duplicate “{model.title}”
            </h2>
            <p>The copy keeps everything in the model and its saved versions, so it can be compared and shows the direction of travel as the model does.</p>
            <label className="checkbox">
              <input type="checkbox" checked={withComments} onChange={(event) => setWithComments(event.target.checked)} />
              Copy its comments too
            </label>
            <div className="panel__actions">
              <button type="submit" className="button--primary" disabled={busy}>
                Make the copy
              </button>
              <button type="button" onClick={() => setAsking(false)}>
                Cancel
              </button>
            </div>
          </form>
        ) : null}
      </dialog>
    </>
  );
}
