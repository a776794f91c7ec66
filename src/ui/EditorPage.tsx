import { ProblemMessage } from './ProblemMessage';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useRepository } from '../app/RepositoryContext';
import { goTo, HOME_HREF, modelHref } from '../app/route';
import { Canvas } from '../canvas/Canvas';
import { EditorProvider, useEditor } from '../store/EditorContext';
import { createEditorStore, currentModel, type EditorStore } from '../store/editorStore';
import { openModelSession, type ModelSession } from '../store/modelSession';
import { startShareSession, type ShareSession } from '../store/shareSession';
import { createVersionHistory, type VersionHistory } from '../store/versionHistory';
import type { Model, ModelContent } from '../domain/model';
import { HistoryProvider, useVersionList, type HistoryControls, type HistoryView, type VersionSide } from './versions/HistoryContext';
import { compareModels } from '../analysis/comparison';
import { HistoryBanner } from './versions/HistoryBanner';
import { openCommentsSession, type CommentsSession } from '../store/commentsSession';
import { CommentsProvider } from '../store/CommentsContext';
import { useCommentShortcut } from './comments/useCommentShortcut';
import { LinkChooser } from './LinkChooser';
import { rememberedName } from './rememberedName';
import { SaveProblemBanner } from './SaveProblemBanner';
import { ShareEndedBanner } from './SharePresence';
import { SidePanel } from './sidePanel/SidePanel';
import { Toolbar } from './Toolbar';
import { useEditorShortcuts } from './useEditorShortcuts';
import { PresentationView } from './present/PresentationView';
import { LinkWalker } from './walk/LinkWalker';
import { PathwayPanel } from './walk/PathwayPanel';
import './walk/walk.css';
import { Breadcrumb } from './plans/Breadcrumb';
import { DigestsProvider } from './plans/DigestsContext';
import { OpensBadge } from './plans/OpensBadge';
import { OpensBadgeContext } from '../canvas/BoxOpensSlot';
import './plans/plans.css';
import './share.css';

type Loaded =
  | { state: 'loading' }
  | { state: 'problem'; message: string }
  | { state: 'ready'; store: EditorStore; session: ModelSession; share: ShareSession; history: VersionHistory; comments: CommentsSession };

/** What the canvas shows: the live model, or a read-only store holding a version (or a comparison). */
type Shown = { readonly view: HistoryView; readonly store: EditorStore };

function Editor({ session, share }: { session: ModelSession; share: ShareSession }) {
  useEditorShortcuts();
  useCommentShortcut();
  const title = useEditor((state) => currentModel(state)?.title ?? '');
  const [panelOpen, setPanelOpen] = useState(false);
  useEffect(() => {
    document.title = `${title || 'Untitled model'} — Outcome Chains`;
  }, [title]);
  return (
    <DigestsProvider>
    <div className="editor">
      <Toolbar share={share} />
      <Breadcrumb />
      <HistoryBanner />
      <ShareEndedBanner />
      <SaveProblemBanner session={session} onCopySaved={(id) => goTo(modelHref(id))} />
      <div className={panelOpen ? 'editor__body editor__body--panel-open' : 'editor__body'}>
        <main className="editor__canvas" aria-label="Logic model">
          <OpensBadgeContext.Provider value={OpensBadge}>
            <Canvas />
          </OpensBadgeContext.Provider>
          <PathwayPanel />
        </main>
        {/* Shown only on narrow screens (1,100 px and less), where the side panel folds away and the canvas keeps the room. */}
        <button type="button" className="panel-toggle" aria-expanded={panelOpen} aria-controls="side-panel" onClick={() => setPanelOpen(!panelOpen)}>
          {panelOpen ? 'Hide side panel' : 'Side panel'}
        </button>
        <SidePanel />
      </div>
      <LinkChooser />
      <LinkWalker />
      <PresentationView />
    </div>
    </DigestsProvider>
  );
}

/** A read-only editor store holding content from the past, shown the way the live model is shown. */
function pastStore(content: ModelContent, live: EditorStore): EditorStore {
  const model = currentModel(live.getState()) as Model;
  const store = createEditorStore();
  store.getState().openReadOnly({ ...content, id: model.id, createdAt: model.createdAt, updatedAt: model.updatedAt });
  store.getState().setShowProgress(live.getState().showProgress);
  return store;
}

type Side = { ok: true; content: ModelContent; name: string } | { ok: false; error: string };

/** One side of a comparison: a saved version's content, or the model as it is now. */
async function sideContent(side: VersionSide, history: VersionHistory, live: EditorStore): Promise<Side> {
  if (side.kind === 'now') {
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...content } = currentModel(live.getState()) as Model;
    return { ok: true, content, name: 'now' };
  }
  const info = history.list().find((version) => version.id === side.id);
  const read = await history.content(side.id);
  if (!info || !read.ok) return { ok: false, error: read.ok ? 'a version is no longer kept.' : read.error };
  return { ok: true, content: read.content, name: info.name };
}

/**
 * Keeps the live store's previous version (what the direction of travel and its flag are judged
 * against) the latest saved version, as partners and other tabs save and delete them.
 */
function useLatestVersionAsPrevious(history: VersionHistory, store: EditorStore): void {
  const latest = useVersionList(history)[0];
  useEffect(() => {
    if (!latest) {
      store.getState().setPreviousVersion(null);
      return;
    }
    let current = true;
    void history.content(latest.id).then((read) => {
      if (current) store.getState().setPreviousVersion(read.ok ? { savedAt: latest.savedAt, content: read.content, name: latest.name } : null);
    });
    return () => {
      current = false;
    };
  }, [history, store, latest]);
}

function EditorWithHistory({ store, session, share, history }: { store: EditorStore; session: ModelSession; share: ShareSession; history: VersionHistory }) {
  const readOnly = useStore(store, (state) => state.readOnly);
  const [shown, setShown] = useState<Shown>({ view: { kind: 'now' }, store });
  const [problem, setProblem] = useState<string | null>(null);

  const show = useCallback(
    (view: HistoryView) => {
      setProblem(null);
      if (view.kind === 'now') {
        setShown({ view, store });
        return;
      }
      if (view.kind === 'version') {
        void history.content(view.version.id).then((read) => {
          if (read.ok) setShown({ view, store: pastStore(read.content, store) });
          else setProblem(`The version "${view.version.name}" cannot be shown: ${read.error}`);
        });
        return;
      }
      void Promise.all([sideContent(view.before, history, store), sideContent(view.after, history, store)]).then(([before, after]) => {
        if (!before.ok || !after.ok) {
          setProblem(`These versions cannot be compared: ${!before.ok ? before.error : !after.ok ? after.error : ''}`);
          return;
        }
        const compared = pastStore(after.content, store);
        compared.getState().setComparison(compareModels(before.content, after.content, { before: before.name, after: after.name }));
        compared.getState().setPanelTab('versions');
        setShown({ view, store: compared });
      });
    },
    [history, store],
  );

  useLatestVersionAsPrevious(history, store);

  const controls = useMemo<HistoryControls>(() => ({ history, canChange: !readOnly, view: shown.view, show, problem }), [history, readOnly, shown.view, show, problem]);
  // One editor for every view: its components read whichever store is shown, so going to a
  // version or a comparison redraws what differs instead of building the page and canvas anew
  // (which cost most of the time: a 200-box compare view 400 → … ms; npm run bench, versions).
  return (
    <HistoryProvider value={controls}>
      <EditorProvider store={shown.store}>
        <Editor session={session} share={share} />
      </EditorProvider>
    </HistoryProvider>
  );
}

export function EditorPage({ modelId }: { modelId: string }) {
  const repository = useRepository();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let session: ModelSession | null = null;
    let share: ShareSession | null = null;
    let history: VersionHistory | null = null;
    let comments: CommentsSession | null = null;
    let cancelled = false;
    const store = createEditorStore();
    // Read beside the model, not after it: opening waits only for the slower of the two reads.
    const commentsOpening = openCommentsSession(repository, modelId, store, rememberedName);
    void Promise.all([repository.load(modelId), commentsOpening]).then(
      ([result, opened]) => {
        if (cancelled || result.status !== 'ok') void opened.close();
        if (cancelled) return;
        if (result.status === 'missing') {
          setLoaded({ state: 'problem', message: 'There is no model at this address in this browser. It may have been deleted for good, or made in another browser.' });
        } else if (result.status === 'invalid') {
          setLoaded({ state: 'problem', message: `This model could not be opened: ${result.error} Nothing has been changed.` });
        } else {
          comments = opened;
          session = openModelSession(store, repository, result.document);
          // Only a shared model connects to anything.
          share = startShareSession(store, repository, modelId, session.doc, result.document.shared, rememberedName, opened);
          const live = session;
          history = createVersionHistory({ store, doc: live.doc, persist: () => live.autosave.flush(), repository });
          if (result.document.deleted) {
            store.getState().setNotice({ text: 'This model is in the trash. Restore it from the list of your models to keep it there; edits here are still saved.', link: { href: HOME_HREF, label: 'Go to your models' } });
          }
          setLoaded({ state: 'ready', store, session, share, history, comments: opened });
        }
      },
      (error: unknown) => !cancelled && setLoaded({ state: 'problem', message: `This model could not be opened: ${error instanceof Error ? error.message : String(error)}` }),
    );
    return () => {
      cancelled = true;
      history?.destroy();
      share?.close();
      void session?.close();
      void comments?.close();
    };
  }, [repository, modelId]);

  if (loaded.state === 'loading') {
    return (
      <main className="loading" aria-busy="true">
        <p>Opening the model…</p>
      </main>
    );
  }
  if (loaded.state === 'problem') {
    return (
      <main className="home">
        <h1>Outcome Chains</h1>
        <ProblemMessage message={loaded.message} />
      </main>
    );
  }
  return (
    <CommentsProvider store={loaded.comments.store}>
      <EditorWithHistory store={loaded.store} session={loaded.session} share={loaded.share} history={loaded.history} />
    </CommentsProvider>
  );
}
