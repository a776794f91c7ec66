/**
 * Stores the open model's document shortly after each change (never on the typing path: the write
 * runs from a timer) and at once when the page is hidden. What is written is the document's new
 * updates, merged: small, whatever the model's size, and since documents merge, a second tab's
 * writes never clash with this one's.
 */
import * as Y from 'yjs';
import { STORED_ORIGIN } from '../document/layout';
import type { ModelRepository } from '../storage/repository';
import { describeStorageError } from '../storage/storageErrors';
import { currentModel, type EditorStore } from './editorStore';
import { listedFactsOf } from './listedFacts';

/** Quiet time after the last change before saving; and the longest a change waits in any case. */
export const SAVE_DELAY_MS = 300;
export const SAVE_MAX_WAIT_MS = 1000;
/** After this many stored writes the model's updates are merged into one, so storage does not grow with every edit. */
export const COMPACT_EVERY = 100;

export const DELETED_ELSEWHERE =
  'This model was deleted in another tab. Your changes here are not saved: export the model to a file, or save it as a new copy.';

export interface Autosave {
  /** Starts a pending save now (page hiding, leaving the editor), and waits for it. */
  flush(): Promise<void>;
  stop(): void;
  isDirty(): boolean;
  isSaving(): boolean;
  /** Resolves once no write is under way (without starting one). */
  whenIdle(): Promise<void>;
  /** Everything not yet stored, as one update (for the copy kept when the page closes). */
  unsaved(): Uint8Array | null;
}

export function startAutosave(
  store: EditorStore,
  repository: ModelRepository,
  doc: Y.Doc,
  modelId: string,
  now: () => number = Date.now,
  onSaved?: () => void,
): Autosave {
  /** Updates made here (or recovered) and not yet stored, oldest first; those in a write stay until it lands. */
  let pending: Uint8Array[] = [];
  let writing: Uint8Array[] = [];
  let stopped = false;
  let gone = false;
  let writesSinceCompaction = 0;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let maxTimer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  const idleState = repository.kind === 'memory' ? 'memory' : 'saved';
  const status = store.getState().setSaveStatus;

  function clearTimers() {
    clearTimeout(quietTimer);
    clearTimeout(maxTimer);
    quietTimer = maxTimer = undefined;
  }

  /** Saves now; while a write is under way, waits for it and then writes what came meanwhile. */
  function save(): Promise<void> {
    clearTimers();
    if (stopped || gone) return Promise.resolve();
    running ??= writeUntilCurrent().finally(() => {
      running = null;
    });
    return running;
  }

  async function writeUntilCurrent(): Promise<void> {
    while (pending.length && !stopped && !gone) {
      if (!(await writeOnce())) return;
    }
  }

  /** One write of everything pending; false when it failed (the updates stay pending). */
  async function writeOnce(): Promise<boolean> {
    const model = currentModel(store.getState());
    writing = pending;
    pending = [];
    status({ state: 'saving' });
    try {
      const update = writing.length === 1 ? (writing[0] as Uint8Array) : Y.mergeUpdates(writing);
      const facts = model ? listedFactsOf(model, store.getState().previousVersion ?? undefined, now()) : { title: '', boxCount: 0 };
      const result = await repository.append(modelId, update, facts, now());
      if (result.status === 'missing') {
        gone = true;
        pending = [...writing, ...pending];
        status({ state: 'failed', message: DELETED_ELSEWHERE });
        return false;
      }
      writing = [];
      onSaved?.();
      status({ state: pending.length ? 'pending' : idleState });
      if (++writesSinceCompaction >= COMPACT_EVERY) {
        writesSinceCompaction = 0;
        // Tidying is not saving: if it fails, every update is still stored as it was.
        await repository.compact(modelId).catch(() => undefined);
      }
      return true;
    } catch (error) {
      pending = [...writing, ...pending];
      writing = [];
      status({ state: 'failed', message: describeStorageError(error) });
      return false;
    }
  }

  function schedule() {
    if (stopped || gone) return;
    if (store.getState().saveStatus.state !== 'failed') status({ state: 'pending' });
    clearTimeout(quietTimer);
    quietTimer = setTimeout(() => void save(), SAVE_DELAY_MS);
    maxTimer ??= setTimeout(() => void save(), SAVE_MAX_WAIT_MS);
  }

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === STORED_ORIGIN) return;
    pending.push(update);
    schedule();
  };
  doc.on('update', onUpdate);

  status({ state: idleState });

  return {
    flush: () => save(),
    whenIdle: () => running ?? Promise.resolve(),
    stop: () => {
      stopped = true;
      clearTimers();
      doc.off('update', onUpdate);
    },
    isDirty: () => pending.length > 0 || writing.length > 0,
    isSaving: () => writing.length > 0,
    unsaved: () => {
      const all = [...writing, ...pending];
      return all.length ? Y.mergeUpdates(all) : null;
    },
  };
}
