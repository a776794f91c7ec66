/**
 * Ties one open model to storage: its document built from the stored updates, autosave, saving
 * when the page hides, and what other tabs store (taken in at once: documents merge, so there is
 * never a version to choose).
 */
import * as Y from 'yjs';
import type { Model } from '../domain/model';
import { asCopy } from '../domain/modelLinks';
import { RECOVERED_ORIGIN, STORED_ORIGIN } from '../document/layout';
import { createLiveModel } from '../document/liveModel';
import type { ModelRepository, StoredDocument } from '../storage/repository';
import { clearUnsavedCopy, readUnsavedCopy, writeUnsavedCopy } from '../storage/unsavedCopy';
import { DELETED_ELSEWHERE, startAutosave, type Autosave } from './autosave';
import { currentModel, type EditorStore } from './editorStore';

export interface ModelSession {
  /** The open model's live document (a shared model's connection syncs this very document). */
  readonly doc: Y.Doc;
  readonly autosave: Autosave;
  /** After the model was deleted elsewhere: keeps this tab's version as a new model; returns its id. */
  saveMineAsCopy(): Promise<string>;
  close(): Promise<void>;
}

/** Takes up work left unsaved when this model's page was last closed; true when it changed anything. */
function recoverUnsavedWork(doc: Y.Doc, modelId: string): boolean {
  const copy = readUnsavedCopy(modelId);
  if (!copy) return false;
  const before = Y.encodeStateVector(doc);
  try {
    Y.applyUpdate(doc, copy.update, RECOVERED_ORIGIN);
  } catch {
    // A damaged copy holds nothing that can be taken up.
    clearUnsavedCopy(modelId);
    return false;
  }
  const changed = !sameBytes(before, Y.encodeStateVector(doc));
  if (!changed) clearUnsavedCopy(modelId);
  return changed;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * Opens the stored model in the store. Throws when a stored update is damaged (the caller says
 * the model cannot be opened; nothing is changed).
 */
export function openModelSession(store: EditorStore, repository: ModelRepository, stored: StoredDocument): ModelSession {
  const doc = new Y.Doc();
  try {
    for (const update of stored.updates) Y.applyUpdate(doc, update, STORED_ORIGIN);
  } catch (error) {
    doc.destroy();
    throw new Error(`its stored data is damaged (${error instanceof Error ? error.message : String(error)}).`);
  }
  const live = createLiveModel(doc, { id: stored.id, createdAt: stored.createdAt, updatedAt: stored.updatedAt } as Pick<Model, 'id' | 'createdAt' | 'updatedAt'>);
  let lastSeq = stored.lastSeq;
  const modelId = stored.id;

  let recovered = false;
  const autosave = startAutosave(store, repository, doc, modelId, Date.now, () => {
    if (recovered) clearUnsavedCopy(modelId);
    recovered = false;
  });
  recovered = recoverUnsavedWork(doc, modelId);
  store.getState().openLive(live);
  if (recovered) store.getState().setNotice({ text: 'Changes you made just before this page was last closed have been restored.' });

  // What other tabs store is read back in order, one read at a time.
  let reading = Promise.resolve();
  const readNewUpdates = () => {
    reading = reading.then(async () => {
      const after = await repository.updatesAfter(modelId, lastSeq).catch(() => null);
      if (!after) return;
      for (const update of after.updates) Y.applyUpdate(doc, update, STORED_ORIGIN);
      lastSeq = after.lastSeq;
    });
  };

  const unsubscribe = repository.subscribe((change) => {
    if (change.id !== modelId) return;
    // A purge is announced as revision 0.
    if (change.revision === 0) store.getState().setSaveStatus({ state: 'failed', message: DELETED_ELSEWHERE });
    else readNewUpdates();
  });

  // A write to IndexedDB started as the page goes away is often cut off with it, so unsaved work
  // is also copied synchronously to localStorage, and taken up again on the next visit.
  const keepUnsaved = () => {
    const unsaved = autosave.unsaved();
    if (unsaved) writeUnsavedCopy(modelId, unsaved);
  };
  const flush = () => {
    keepUnsaved();
    void autosave.flush();
  };
  const flushOnHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', flushOnHide);

  return {
    doc,
    autosave,
    saveMineAsCopy: async () => {
      const mine = currentModel(store.getState()) ?? live.content();
      // Ids are per model, so the copy may keep them.
      const copy = await repository.create(asCopy({ ...mine, title: `${mine.title} (copy)` }));
      return copy.id;
    },
    close: async () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flushOnHide);
      unsubscribe();
      await autosave.flush();
      // Whatever could not be written (a full disk, a deleted model) is kept for the next visit.
      keepUnsaved();
      autosave.stop();
      await reading;
      store.getState().close();
      live.destroy();
      doc.destroy();
    },
  };
}
