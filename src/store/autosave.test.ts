/**
 * Autosave against the real IndexedDB repository (Dexie on fake-indexeddb). Only setTimeout is
 * faked, so the debounce runs on a clock the test moves while IndexedDB runs as it does for real.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { editBox } from '../actions/commands';
import { setTitle, updateBox } from '../domain/edits';
import type { Model, ModelContent } from '../domain/model';
import { createLiveModel } from '../document/liveModel';
import { createDexieRepository } from '../storage/dexieRepository';
import { createMemoryRepository } from '../storage/memoryRepository';
import type { ModelRepository, StoredChange } from '../storage/repository';
import { QUOTA_MESSAGE, toStorageError } from '../storage/storageErrors';
import { contentOf, documentOf } from '../storage/storedModel';
import { appendEdit, manualClock, sampleContent, uniqueChannelName } from '../storage/testFixtures';
import { SAVE_DELAY_MS, SAVE_MAX_WAIT_MS, startAutosave, type Autosave } from './autosave';
import { createEditorStore, currentModel, type EditorStore } from './editorStore';

const cleanups: Array<() => void> = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  vi.useRealTimers();
});

/** Lets IndexedDB (which schedules with setImmediate, not faked) run until the condition holds. */
async function settle(condition: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 5_000; turn++) {
    if (condition()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`Timed out waiting for: ${what}`);
}

/** Lets IndexedDB run for a while, for checks that something did NOT happen. */
async function idle(): Promise<void> {
  for (let turn = 0; turn < 200; turn++) await new Promise((resolve) => setImmediate(resolve));
}

async function openRepository(indexedDB: IDBFactory): Promise<ModelRepository> {
  const repository = await createDexieRepository({ indexedDB, IDBKeyRange, channelName: uniqueChannelName() });
  cleanups.push(() => repository.close());
  return repository;
}

interface Tab {
  indexedDB: IDBFactory;
  repository: ModelRepository;
  store: EditorStore;
  autosave: Autosave;
  created: Model;
  /** Every save this repository committed for the model, in order. */
  saves: StoredChange[];
}

async function openTab(wrap: (repository: ModelRepository) => ModelRepository = (r) => r): Promise<Tab> {
  const indexedDB = new IDBFactory();
  const real = await openRepository(indexedDB);
  const created = await real.create(sampleContent());
  const repository = wrap(real);
  const saves: StoredChange[] = [];
  cleanups.push(real.subscribe((change) => saves.push(change)));
  const clock = manualClock(10_000);
  const store = createEditorStore(clock.now);
  const loaded = await real.load(created.id);
  if (loaded.status !== 'ok') throw new Error('the new model was not stored');
  const doc = documentOf(loaded.document.updates);
  const { id, createdAt, updatedAt } = created;
  store.getState().openLive(createLiveModel(doc, { id, createdAt, updatedAt }, clock.now));
  const autosave = startAutosave(store, repository, doc, created.id, () => 77_000);
  cleanups.push(() => autosave.stop());
  return { indexedDB, repository, store, autosave, created, saves };
}

const state = (tab: Tab) => tab.store.getState().saveStatus.state;
const present = (tab: Tab) => currentModel(tab.store.getState()) as Model;

/** What is stored for the model: its content, and when the list says it last changed. */
async function stored(repository: ModelRepository, id: string): Promise<{ model: ModelContent; updatedAt: number }> {
  const loaded = await repository.load(id);
  if (loaded.status !== 'ok') throw new Error(`expected a stored model, got ${loaded.status}`);
  return { model: contentOf(loaded.document.updates), updatedAt: loaded.document.updatedAt };
}

/** A model without its id and times: what its document holds. */
function contentOnly({ id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...content }: Model): ModelContent {
  return content;
}

describe('autosave', () => {
  it('starts as saved, with nothing to save', async () => {
    const tab = await openTab();
    expect(state(tab)).toBe('saved');
    expect(tab.autosave.isDirty()).toBe(false);
    await vi.advanceTimersByTimeAsync(5_000);
    await idle();
    expect(tab.saves).toEqual([]);
  });

  it('saves a change after a short quiet time, well within a second, without writing on the typing path', async () => {
    const tab = await openTab();
    editBox(tab.store, 'b1', { label: 'Pooled budget, agreed' });
    // Nothing is written as the change is made: the write waits for a timer.
    expect(state(tab)).toBe('pending');
    expect(tab.autosave.isDirty()).toBe(true);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    await idle();
    expect(tab.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await settle(() => state(tab) === 'saved', 'the save');
    expect(SAVE_DELAY_MS).toBeLessThan(1_000);
    expect(tab.saves).toEqual([{ id: tab.created.id, revision: 2 }]);
    expect(tab.autosave.isDirty()).toBe(false);
    expect(await stored(tab.repository, tab.created.id)).toEqual({ model: contentOnly(present(tab)), updatedAt: 77_000 });
  });

  it('saves within a second of the first change even while typing never pauses', async () => {
    const tab = await openTab();
    let label = 'P';
    editBox(tab.store, 'b1', { label });
    // A key every 100 ms keeps the quiet timer from ever running out.
    for (let elapsed = 100; elapsed < SAVE_MAX_WAIT_MS; elapsed += 100) {
      await vi.advanceTimersByTimeAsync(100);
      label += 'o';
      editBox(tab.store, 'b1', { label });
    }
    expect(tab.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(SAVE_MAX_WAIT_MS).toBeLessThanOrEqual(1_000);
    await settle(() => tab.saves.length === 1, 'the first save');
    await settle(() => !tab.autosave.isSaving(), 'the save to finish');
    expect((await stored(tab.repository, tab.created.id)).model.boxes[0]?.label).toBe(label);
  });

  it('makes one save of several quick changes, holding the last of them', async () => {
    const tab = await openTab();
    tab.store.getState().apply((m) => setTitle(m, 'One'));
    await vi.advanceTimersByTimeAsync(50);
    tab.store.getState().apply((m) => updateBox(m, 'b2', { owner: 'Health board' }));
    await vi.advanceTimersByTimeAsync(50);
    tab.store.getState().apply((m) => setTitle(m, 'Three'));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await settle(() => state(tab) === 'saved', 'the save');
    await vi.advanceTimersByTimeAsync(5_000);
    await idle();
    expect(tab.saves).toEqual([{ id: tab.created.id, revision: 2 }]);
    const { model } = await stored(tab.repository, tab.created.id);
    expect(model.title).toBe('Three');
    expect(model.boxes[1]?.owner).toBe('Health board');
  });

  it('saves a change made while a save is being written, after it', async () => {
    const tab = await openTab();
    tab.store.getState().apply((m) => setTitle(m, 'First'));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(tab.autosave.isSaving()).toBe(true);
    tab.store.getState().apply((m) => setTitle(m, 'Second'));
    await settle(() => tab.saves.length === 1, 'the first save');
    await vi.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS);
    await settle(() => tab.saves.length === 2 && state(tab) === 'saved', 'the second save');
    expect((await stored(tab.repository, tab.created.id)).model.title).toBe('Second');
    expect(tab.autosave.isDirty()).toBe(false);
  });

  it('flush saves at once (the page is hiding), without waiting for the timer', async () => {
    const tab = await openTab();
    tab.store.getState().apply((m) => setTitle(m, 'Before the tab closed'));
    await tab.autosave.flush();
    expect(state(tab)).toBe('saved');
    expect((await stored(tab.repository, tab.created.id)).model.title).toBe('Before the tab closed');
    // The timer that was waiting finds nothing left to do.
    await vi.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS);
    await idle();
    expect(tab.saves).toHaveLength(1);
  });

  it('saves nothing after stop', async () => {
    const tab = await openTab();
    tab.store.getState().apply((m) => setTitle(m, 'Too late'));
    tab.autosave.stop();
    await vi.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS);
    await idle();
    expect(tab.saves).toEqual([]);
  });

  it('writes only its own updates, so another tab’s write made meanwhile is kept alongside: both edits are stored', async () => {
    const tab = await openTab();
    const other = await openRepository(tab.indexedDB);
    expect(await appendEdit(other, tab.created.id, (content) => updateBox(content, 'b1', { label: 'Edited in the other tab' }), 20_000)).toEqual({ status: 'saved', revision: 2 });

    editBox(tab.store, 'b2', { label: 'Edited in this tab' });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await settle(() => state(tab) === 'saved' && tab.saves.length === 1, 'the save');
    const { model } = await stored(tab.repository, tab.created.id);
    expect(model.boxes.map((box) => box.label).slice(0, 2)).toEqual(['Edited in the other tab', 'Edited in this tab']);
  });

  it('on a full disk says so plainly, keeps the model in memory, and succeeds on a later change', async () => {
    let diskFull = false;
    const tab = await openTab((real) => ({
      ...real,
      // Only the save is made to fail, with the error the storage layer makes of a full disk.
      append: (...args) =>
        diskFull ? Promise.reject(toStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'save the model')) : real.append(...args),
    }));

    diskFull = true;
    tab.store.getState().apply((m) => setTitle(m, 'Written while the disk was full'));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await settle(() => state(tab) === 'failed', 'the failure');
    expect(tab.store.getState().saveStatus.message).toBe(QUOTA_MESSAGE);
    expect(present(tab).title).toBe('Written while the disk was full');
    expect(tab.autosave.isDirty()).toBe(true);
    expect((await stored(tab.repository, tab.created.id)).model).toEqual(sampleContent());
    // It does not hammer the full disk on its own.
    await vi.advanceTimersByTimeAsync(5_000);
    await idle();
    expect(state(tab)).toBe('failed');

    diskFull = false;
    tab.store.getState().apply((m) => updateBox(m, 'b3', { notes: 'Space freed' }));
    // The banner stays until a save has worked.
    expect(state(tab)).toBe('failed');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await settle(() => state(tab) === 'saved', 'the retry');
    expect(tab.store.getState().saveStatus.message).toBeUndefined();
    expect(tab.saves).toEqual([{ id: tab.created.id, revision: 2 }]);
    const { model } = await stored(tab.repository, tab.created.id);
    expect(model.title).toBe('Written while the disk was full');
    expect(model.boxes[2]?.notes).toBe('Space freed');
  });

  it('reports "memory" rather than "saved" on the in-memory fallback', async () => {
    const repository = createMemoryRepository();
    cleanups.push(() => repository.close());
    const created = await repository.create(sampleContent());
    const store = createEditorStore();
    const loaded = await repository.load(created.id);
    if (loaded.status !== 'ok') throw new Error('not stored');
    const doc = documentOf(loaded.document.updates);
    store.getState().openLive(createLiveModel(doc, { id: created.id, createdAt: created.createdAt, updatedAt: created.updatedAt }));
    const autosave = startAutosave(store, repository, doc, created.id);
    cleanups.push(() => autosave.stop());
    expect(store.getState().saveStatus.state).toBe('memory');
    store.getState().apply((m) => setTitle(m, 'Kept in memory'));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await settle(() => store.getState().saveStatus.state === 'memory', 'the save');
    expect((await stored(repository, created.id)).model.title).toBe('Kept in memory');
  });
});
