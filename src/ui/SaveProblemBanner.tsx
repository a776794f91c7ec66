import { useCommentsStore } from '../store/CommentsContext';
import { useState } from 'react';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { DELETED_ELSEWHERE } from '../store/autosave';
import type { ModelSession } from '../store/modelSession';
import { exportModelFile } from './exportModelFile';
import { StorageBanner } from './StorageBanner';

/** Says in plain words when the model is not being saved, and offers what keeps the work safe. */
export function SaveProblemBanner({ session, onCopySaved }: { session: ModelSession; onCopySaved: (id: string) => void }) {
  const status = useEditor((state) => state.saveStatus);
  const notice = useEditor((state) => state.notice);
  const store = useEditorStore();
  const comments = useCommentsStore();
  const [busy, setBusy] = useState(false);
  if (status.state !== 'failed' || !status.message) {
    if (!notice) return null;
    return (
      <div className="banner banner--info" role="status">
        <p>{notice.text}</p>
        <div className="banner__actions">
          {notice.link ? <a href={notice.link.href}>{notice.link.label}</a> : null}
          <button type="button" onClick={() => store.getState().setNotice(null)}>
            Dismiss
          </button>
        </div>
      </div>
    );
  }
  const run = (action: () => Promise<unknown>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };
  return (
    <StorageBanner message={status.message}>
      <button type="button" onClick={() => exportModelFile(store, comments)}>
        Export model file
      </button>
      {status.message === DELETED_ELSEWHERE ? (
        <button type="button" disabled={busy} onClick={() => run(async () => onCopySaved(await session.saveMineAsCopy()))}>
          Save my version as a copy
        </button>
      ) : (
        <button type="button" disabled={busy} onClick={() => run(() => session.autosave.flush())}>
          Try saving again
        </button>
      )}
    </StorageBanner>
  );
}
