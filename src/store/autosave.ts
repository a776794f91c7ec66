/**
 * Saves the open model shortly after each change (never on the typing path: the write runs from a
 * timer) and at once when the page is hidden. Writes carry the revision they were based on, so a
 * second tab's save is never silently overwritten: the storage answers "conflict" instead.
 */
import type { Model } from '../domain/model';
import type { ModelRepository } from '../storage/repository';
import { describeStorageError } from '../storage/storageErrors';
import { currentModel, type EditorStore } from './editorStore';

/** Quiet time after the last change before saving; and the longest a change waits in any case. */
export const SAVE_DELAY_MS = 300;
export const SAVE_MAX_WAIT_MS = 1000;

export const DELETED_ELSEWHERE =
  'This model was deleted in another tab. Your changes here are not saved: export the model to a file, or save it as a new copy.';

export interface Autosave {
  /** Starts a pending save now (page hiding, leaving the editor). */
  flush(): Promise<void>;
  stop(): void;
  isDirty(): boolean;
  isSaving(): boolean;
  /** Resolves once no write is under way (without starting one). */
  whenIdle(): Promise<void>;
  baseRevision(): number;
  /** Takes a model and revision as saved (loaded from another tab's save). */
  adopt(model: Model, revision: number): void;
  /** Saves over whatever is stored, after the user chose to keep this tab's version. */
  overwrite(): Promise<void>;
}

export function startAutosave(
  store: EditorStore,
  repository: ModelRepository,
  initialRevision: number,
  now: () => number = Date.now,
  onSaved?: (model: Model) => void,
): Autosave {
  let lastSaved: Model | null = currentModel(store.getState());
  let revision = initialRevision;
  let saving = false;
  let again = false;
  let stopped = false;
  let conflicted = false;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let maxTimer: ReturnType<typeof setTimeout> | undefined;
  const idleState = repository.kind === 'memory' ? 'memory' : 'saved';

  const present = () => currentModel(store.getState());
  const status = store.getState().setSaveStatus;

  function clearTimers() {
    clearTimeout(quietTimer);
    clearTimeout(maxTimer);
    quietTimer = maxTimer = undefined;
  }

  let running: Promise<void> | null = null;

  /** Saves now; while a write is under way, asks for one more after it and waits for both. */
  function save(): Promise<void> {
    clearTimers();
    if (stopped || conflicted) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = writeUntilCurrent().finally(() => {
      running = null;
    });
    return running;
  }

  async function writeUntilCurrent(): Promise<void> {
    do {
      again = false;
      await writeOnce();
    } while (again && !stopped && !conflicted);
    if (present() !== lastSaved && !conflicted && store.getState().saveStatus.state !== 'failed') schedule();
  }

  async function writeOnce(): Promise<void> {
    const model = present();
    if (!model || model === lastSaved) {
      // Undone back to what is stored: nothing to write, and nothing pending any more.
      if (store.getState().saveStatus.state === 'pending') status({ state: idleState });
      return;
    }
    saving = true;
    status({ state: 'saving' });
    try {
      const result = await repository.save({ ...model, updatedAt: now() }, revision);
      if (result.status === 'saved') {
        revision = result.revision;
        lastSaved = model;
        onSaved?.(model);
        status({ state: present() === model ? idleState : 'pending' });
      } else if (result.status === 'conflict') {
        conflicted = true;
        status({ state: 'conflict', message: 'This model was changed in another tab while you were editing it here. Your changes in this tab are not saved yet.' });
      } else {
        conflicted = true;
        status({ state: 'failed', message: DELETED_ELSEWHERE });
      }
    } catch (error) {
      status({ state: 'failed', message: describeStorageError(error) });
    } finally {
      saving = false;
    }
  }

  function schedule() {
    if (stopped || conflicted) return;
    if (store.getState().saveStatus.state !== 'failed') status({ state: 'pending' });
    clearTimeout(quietTimer);
    quietTimer = setTimeout(() => void save(), SAVE_DELAY_MS);
    maxTimer ??= setTimeout(() => void save(), SAVE_MAX_WAIT_MS);
  }

  const unsubscribe = store.subscribe((state, previous) => {
    const model = currentModel(state);
    if (!model || model === currentModel(previous)) return;
    if (model !== lastSaved) schedule();
    else if (!saving && state.saveStatus.state === 'pending') {
      clearTimers();
      status({ state: idleState });
    }
  });

  status({ state: idleState });

  return {
    flush: () => save(),
    whenIdle: () => running ?? Promise.resolve(),
    stop: () => {
      stopped = true;
      clearTimers();
      unsubscribe();
    },
    isDirty: () => present() !== lastSaved,
    isSaving: () => saving,
    baseRevision: () => revision,
    adopt: (model, newRevision) => {
      lastSaved = model;
      revision = newRevision;
      conflicted = false;
      clearTimers();
      status({ state: idleState });
    },
    overwrite: async () => {
      const model = present();
      if (!model) return;
      const loaded = await repository.load(model.id);
      if (loaded.status === 'ok') revision = loaded.revision;
      conflicted = false;
      lastSaved = null;
      await save();
    },
  };
}
