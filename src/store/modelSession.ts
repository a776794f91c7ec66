/**
 * Ties one open model to storage: autosave, saving when the page hides, and changes saved by
 * another tab (taken in when this tab has nothing unsaved; otherwise the user chooses).
 */
import type { Model } from '../domain/model';
import type { ModelRepository } from '../storage/repository';
import { clearUnsavedCopy, readUnsavedCopy, writeUnsavedCopy } from '../storage/unsavedCopy';
import { DELETED_ELSEWHERE, startAutosave, type Autosave } from './autosave';
import { decideRecovery } from './recovery';
import { currentModel, type EditorStore } from './editorStore';

export interface ModelSession {
  readonly autosave: Autosave;
  /** Conflict choice: take the version another tab saved. */
  loadTheirs(): Promise<void>;
  /** Conflict choice: keep this tab's version as a new model; returns its id. */
  saveMineAsCopy(): Promise<string>;
  /** Conflict choice: keep this tab's version, replacing what the other tab saved. */
  keepMine(): Promise<void>;
  close(): Promise<void>;
}

/** Takes up work left unsaved when this model's page was last closed, if there is any. */
async function recoverUnsavedWork(store: EditorStore, repository: ModelRepository, model: Model, revision: number, copyHref?: (id: string) => string): Promise<void> {
  const copy = readUnsavedCopy(model.id);
  if (!copy) return;
  const decision = decideRecovery(model, revision, copy);
  if (decision.action === 'restore') {
    store.getState().apply((current) => ({ ...current, ...decision.content }));
    store.getState().setNotice({ text: 'Changes you made just before this page was last closed have been restored.' });
    return;
  }
  if (decision.action === 'copy') {
    const recovered = await repository.create({ ...decision.content, title: `${decision.content.title} (recovered)` });
    store.getState().setNotice({
      text: 'Changes you made just before this page was last closed had not been saved, and the model has changed since. They are kept as a separate model.',
      ...(copyHref ? { link: { href: copyHref(recovered.id), label: 'Open the recovered copy' } } : {}),
    });
  }
  clearUnsavedCopy(model.id);
}

export function openModelSession(
  store: EditorStore,
  repository: ModelRepository,
  model: Model,
  revision: number,
  /** Where a model lives, for the link to a recovered copy. */
  copyHref?: (id: string) => string,
): ModelSession {
  store.getState().open(model);
  const autosave = startAutosave(store, repository, revision, Date.now, (saved) => clearUnsavedCopy(saved.id));
  void recoverUnsavedWork(store, repository, model, revision, copyHref);

  const reportConflict = () =>
    store.getState().setSaveStatus({
      state: 'conflict',
      message: 'This model was changed in another tab while you were editing it here. Your changes in this tab are not saved yet.',
    });

  /** Takes the stored version; unless `always`, only while this tab still has nothing unsaved. */
  async function takeStored(always = false): Promise<void> {
    const loaded = await repository.load(model.id);
    if (loaded.status !== 'ok') return;
    // The load is asynchronous: the user may have typed meanwhile, and that must not be overwritten.
    if (!always && autosave.isDirty()) {
      if (loaded.revision > autosave.baseRevision()) reportConflict();
      return;
    }
    store.getState().replaceFromOutside(loaded.model);
    autosave.adopt(loaded.model, loaded.revision);
  }

  function onStoredChange(revision: number): void {
    // A notice that arrives while this tab writes is weighed once the write is done.
    if (autosave.isSaving()) {
      void autosave.whenIdle().then(() => onStoredChange(revision));
      return;
    }
    // A purge is announced as revision 0, so it is checked before the revision comparison.
    if (revision === 0) {
      store.getState().setSaveStatus({ state: 'failed', message: DELETED_ELSEWHERE });
      return;
    }
    if (revision <= autosave.baseRevision()) return;
    if (autosave.isDirty()) reportConflict();
    else void takeStored();
  }

  const unsubscribe = repository.subscribe((change) => {
    if (change.id === model.id) onStoredChange(change.revision);
  });

  // A write to IndexedDB started as the page goes away is often cut off with it, so unsaved work
  // is also copied synchronously to localStorage, and taken up again on the next visit.
  const flush = () => {
    const current = currentModel(store.getState());
    if (current && autosave.isDirty()) writeUnsavedCopy(current, autosave.baseRevision());
    void autosave.flush();
  };
  const flushOnHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', flushOnHide);

  return {
    autosave,
    loadTheirs: () => takeStored(true),
    keepMine: () => autosave.overwrite(),
    saveMineAsCopy: async () => {
      const mine = currentModel(store.getState()) ?? model;
      // Ids are per model, so the copy may keep them.
      const copy = await repository.create({ ...mine, title: `${mine.title} (copy)` });
      await takeStored(true);
      return copy.id;
    },
    close: async () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flushOnHide);
      unsubscribe();
      await autosave.flush();
      // Whatever could not be written (a full disk, a conflict) is kept for the next visit.
      const current = currentModel(store.getState());
      if (current && autosave.isDirty()) writeUnsavedCopy(current, autosave.baseRevision());
      autosave.stop();
      store.getState().close();
    },
  };
}
