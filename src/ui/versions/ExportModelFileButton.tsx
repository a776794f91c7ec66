/**
 * "Export model file": the model as a file to send or keep. When the model has saved versions, it
 * asks whether the file should carry them (yes by default: the history travels with the model).
 */
import { useRef, useState } from 'react';
import { useEditorStore } from '../../store/EditorContext';
import { useCommentsStore } from '../../store/CommentsContext';
import { exportModelFile } from '../exportModelFile';
import { useModalDialog } from '../useModalDialog';
import { plural } from '../format';
import { useHistoryControls, useVersionList } from './HistoryContext';

export function ExportModelFileButton() {
  const store = useEditorStore();
  const comments = useCommentsStore();
  const controls = useHistoryControls();
  const versions = useVersionList(controls?.history);
  const [asking, setAsking] = useState(false);
  const [include, setInclude] = useState(true);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useModalDialog(asking, () => setAsking(false), button);
  // A version being looked at is exported as itself; versions belong to the model now.
  const offerVersions = controls?.view.kind === 'now' && versions.length > 0;

  const exportWith = async () => {
    setBusy(true);
    const saved = include && controls ? await controls.history.allContents() : [];
    exportModelFile(store, comments, saved);
    setBusy(false);
    setAsking(false);
  };

  return (
    <>
      <button ref={button} type="button" aria-haspopup={offerVersions ? 'dialog' : undefined} onClick={() => (offerVersions ? setAsking(true) : exportModelFile(store, comments))}>
        Export model file
      </button>
      <dialog ref={dialog.ref} onKeyDown={dialog.onKeyDown} onClose={dialog.onClose} aria-labelledby="export-model-file-title" className="dialog">
        {asking ? (
          <form
            method="dialog"
            onSubmit={(event) => {
              event.preventDefault();
              void exportWith();
            }}
          >
            <h2 id="export-model-file-title" className="dialog__title">Export model file</h2>
            <label className="checkbox">
              <input type="checkbox" checked={include} onChange={(event) => setInclude(event.target.checked)} />
              Include the {plural(versions.length, 'saved version')}
            </label>
            <p className="hint">A file with its versions lets whoever opens it compare and see the direction of travel too.</p>
            <div className="panel__actions">
              <button type="submit" className="button--primary" disabled={busy}>
                Export
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
