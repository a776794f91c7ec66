import { ProblemMessage } from './ProblemMessage';
import { useEffect, useState } from 'react';
import { useRepository } from '../app/RepositoryContext';
import { goTo, HOME_HREF, modelHref } from '../app/route';
import { Canvas } from '../canvas/Canvas';
import { EditorProvider, useEditor } from '../store/EditorContext';
import { createEditorStore, currentModel, type EditorStore } from '../store/editorStore';
import { openModelSession, type ModelSession } from '../store/modelSession';
import { startShareSession, type ShareSession } from '../store/shareSession';
import { LinkChooser } from './LinkChooser';
import { rememberedName } from './rememberedName';
import { SaveProblemBanner } from './SaveProblemBanner';
import { ShareEndedBanner } from './SharePresence';
import { SidePanel } from './SidePanel';
import { Toolbar } from './Toolbar';
import { useEditorShortcuts } from './useEditorShortcuts';
import { PresentationView } from './present/PresentationView';
import { LinkWalker } from './walk/LinkWalker';
import { PathwayPanel } from './walk/PathwayPanel';
import './walk/walk.css';
import './share.css';

type Loaded =
  | { state: 'loading' }
  | { state: 'problem'; message: string }
  | { state: 'ready'; store: EditorStore; session: ModelSession; share: ShareSession };

function Editor({ session, share }: { session: ModelSession; share: ShareSession }) {
  useEditorShortcuts();
  const title = useEditor((state) => currentModel(state)?.title ?? '');
  useEffect(() => {
    document.title = `${title || 'Untitled model'} — Outcome Chains`;
  }, [title]);
  return (
    <div className="editor">
      <Toolbar share={share} />
      <ShareEndedBanner />
      <SaveProblemBanner session={session} onCopySaved={(id) => goTo(modelHref(id))} />
      <div className="editor__body">
        <main className="editor__canvas" aria-label="Logic model">
          <Canvas />
          <PathwayPanel />
        </main>
        <SidePanel />
      </div>
      <LinkChooser />
      <LinkWalker />
      <PresentationView />
    </div>
  );
}

export function EditorPage({ modelId }: { modelId: string }) {
  const repository = useRepository();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let session: ModelSession | null = null;
    let share: ShareSession | null = null;
    let cancelled = false;
    void repository.load(modelId).then(
      (result) => {
        if (cancelled) return;
        if (result.status === 'missing') {
          setLoaded({ state: 'problem', message: 'There is no model at this address in this browser. It may have been deleted for good, or made in another browser.' });
        } else if (result.status === 'invalid') {
          setLoaded({ state: 'problem', message: `This model could not be opened: ${result.error} Nothing has been changed.` });
        } else {
          const store = createEditorStore();
          session = openModelSession(store, repository, result.document);
          // Only a shared model connects to anything.
          share = startShareSession(store, repository, modelId, session.doc, result.document.shared, rememberedName);
          if (result.document.deleted) {
            store.getState().setNotice({ text: 'This model is in the trash. Restore it from the list of your models to keep it there; edits here are still saved.', link: { href: HOME_HREF, label: 'Go to your models' } });
          }
          setLoaded({ state: 'ready', store, session, share });
        }
      },
      (error: unknown) => !cancelled && setLoaded({ state: 'problem', message: `This model could not be opened: ${error instanceof Error ? error.message : String(error)}` }),
    );
    return () => {
      cancelled = true;
      share?.close();
      void session?.close();
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
    <EditorProvider store={loaded.store}>
      <Editor session={loaded.session} share={loaded.share} />
    </EditorProvider>
  );
}
