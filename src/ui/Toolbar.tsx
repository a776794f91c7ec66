import { useRef, useState } from 'react';
import { setTitle } from '../domain/edits';
import { HOME_HREF } from '../app/route';
import { tidyLanes } from '../actions/commands';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { currentModel, type SaveState } from '../store/editorStore';
import type { ShareSession } from '../store/shareSession';
import { ExportDialog, preloadExportDialog } from './export/ExportDialog';
import { ExportModelFileButton } from './versions/ExportModelFileButton';
import { preloadShareDialog, ShareDialog } from './ShareDialog';
import { ShareStatusText, WhoIsHere } from './SharePresence';
import { ViewMenu } from './walk/ViewMenu';

const SAVE_WORDS: Record<SaveState, string> = {
  saved: 'All changes saved',
  pending: 'Saving…',
  saving: 'Saving…',
  failed: 'Not saved',
  memory: 'Kept in this tab only',
};

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

export function Toolbar({ share }: { share: ShareSession }) {
  const store = useEditorStore();
  const title = useEditor((state) => currentModel(state)?.title ?? '');
  const undoable = useEditor((state) => state.canUndo);
  const redoable = useEditor((state) => state.canRedo);
  const saveState = useEditor((state) => state.saveStatus.state);
  const showProgress = useEditor((state) => state.showProgress);
  const readOnly = useEditor((state) => state.readOnly);
  const commenter = useEditor((state) => state.shareLink?.role === 'comment');
  const [exporting, setExporting] = useState(false);
  const [sharing, setSharing] = useState(false);
  const exportButton = useRef<HTMLButtonElement>(null);
  const shareButton = useRef<HTMLButtonElement>(null);

  return (
    <header className="toolbar">
      <a className="toolbar__home" href={HOME_HREF}>
        ← All models
      </a>
      {readOnly ? (
        <h1 className="toolbar__title-text" title={title || 'Untitled model'}>
          {title || 'Untitled model'}
          <span className="view-only-tag">{commenter ? 'Can comment' : 'View only'}</span>
        </h1>
      ) : (
        <>
          <label className="toolbar__title">
            <span className="visually-hidden">Model title</span>
            <input
              value={title}
              maxLength={200}
              placeholder="Untitled model"
              title={title || undefined}
              onChange={(event) => store.getState().apply((model) => setTitle(model, event.target.value), { coalesce: 'title' })}
            />
          </label>
          <div className="toolbar__group" role="group" aria-label="History">
            <button type="button" onClick={() => store.getState().undo()} disabled={!undoable} title={`Undo (${MOD}+Z)`}>
              Undo
            </button>
            <button type="button" onClick={() => store.getState().redo()} disabled={!redoable} title={`Redo (${MOD}+Shift+Z)`}>
              Redo
            </button>
          </div>
          <button type="button" onClick={() => tidyLanes(store)} title="Line the boxes of each lane up without overlaps">
            Tidy up
          </button>
        </>
      )}
      <button
        type="button"
        aria-pressed={showProgress}
        onClick={() => store.getState().setShowProgress(!showProgress)}
        title="Colour each box by its rating, with the rating's shape and word"
      >
        Show progress
      </button>
      <ViewMenu />
      <ExportModelFileButton />
      <button ref={exportButton} type="button" aria-haspopup="dialog" onPointerEnter={preloadExportDialog} onFocus={preloadExportDialog} onClick={() => setExporting(true)}>
        Export…
      </button>
      <ExportDialog open={exporting} onClose={() => setExporting(false)} opener={exportButton} />
      {readOnly ? null : (
        <>
          <button ref={shareButton} type="button" aria-haspopup="dialog" onPointerEnter={preloadShareDialog} onFocus={preloadShareDialog} onClick={() => setSharing(true)}>
            Share…
          </button>
          <ShareDialog open={sharing} onClose={() => setSharing(false)} opener={shareButton} session={share} />
        </>
      )}
      <WhoIsHere />
      <ShareStatusText />
      <p className={`save-status save-status--${saveState}`} role="status" aria-live="polite">
        {SAVE_WORDS[saveState]}
      </p>
    </header>
  );
}
