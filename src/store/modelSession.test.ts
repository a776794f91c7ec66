// @vitest-environment jsdom
/**
 * One open model tied to storage, with a second "tab" (another repository on the same IndexedDB and
 * the same BroadcastChannel) saving, deleting and being told about changes.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setTitle, updateBox } from '../domain/edits';
import type { Model } from '../domain/model';
import { createDexieRepository } from '../storage/dexieRepository';
import type { ModelRepository } from '../storage/repository';
import { sampleContent, uniqueChannelName } from '../storage/testFixtures';
import { SAVE_DELAY_MS } from './autosave';
import { createEditorStore, currentModel, type EditorStore } from './editorStore';
import { openModelSession, type ModelSession } from './modelSession';

const cleanups: Array<() => void | Promise<void>> = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  vi.useRealTimers();
  Reflect.deleteProperty(document, 'visibilityState');
});

async function settle(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let turn = 0; turn < 5_000; turn++) {
    if (await condition()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`Timed out waiting for: ${what}`);
}

async function idle(): Promise<void> {
  for (let turn = 0; turn < 200; turn++) await new Promise((resolve) => setImmediate(resolve));
}

interface Setup {
  store: EditorStore;
  session: ModelSession;
  mine: ModelRepository;
  theirs: ModelRepository;
  created: Model;
}

async function setUp(): Promise<Setup> {
  const indexedDB = new IDBFactory();
  const channelName = uniqueChannelName();
  const mine = await createDexieRepository({ indexedDB, IDBKeyRange, channelName });
  const theirs = await createDexieRepository({ indexedDB, IDBKeyRange, channelName });
  cleanups.push(() => mine.close(), () => theirs.close());
  const created = await mine.create(sampleContent());
  const store = createEditorStore();
  const session = openModelSession(store, mine, created, 1);
  let closed = false;
  cleanups.push(async () => {
    if (!closed) await session.close();
    closed = true;
  });
  return { store, session, mine, theirs, created };
}

const state = (store: EditorStore) => store.getState().saveStatus.state;
const present = (store: EditorStore) => currentModel(store.getState()) as Model;

async function storedTitle(repository: ModelRepository, id: string): Promise<string | undefined> {
  const loaded = await repository.load(id);
  return loaded.status === 'ok' ? loaded.model.title : undefined;
}

describe('openModelSession', () => {
  it('opens the model in the store', async () => {
    const { store, created } = await setUp();
    expect(present(store)).toBe(created);
    expect(state(store)).toBe('saved');
  });

  it('takes in a change saved in another tab when this tab has nothing unsaved', async () => {
    const { store, session, theirs, created } = await setUp();
    await theirs.save({ ...setTitle(created, 'Renamed in the other tab'), updatedAt: 9_000 }, 1);
    await settle(() => present(store).title === 'Renamed in the other tab', 'the other tab’s change to arrive');
    expect(session.autosave.baseRevision()).toBe(2);
    expect(session.autosave.isDirty()).toBe(false);
    expect(store.getState().history?.past).toEqual([]);
    expect(state(store)).toBe('saved');
    // And this tab can go on saving on top of it.
    store.getState().apply((m) => setTitle(m, 'Then edited here'));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await settle(() => state(store) === 'saved', 'the save');
    expect(await storedTitle(theirs, created.id)).toBe('Then edited here');
  });

  it('never overwrites the other tab: with unsaved changes here, it reports a conflict', async () => {
    const { store, session, theirs, created } = await setUp();
    store.getState().apply((m) => setTitle(m, 'Mine, not saved yet'));
    await theirs.save({ ...setTitle(created, 'Theirs'), updatedAt: 9_000 }, 1);
    await settle(() => state(store) === 'conflict', 'the conflict');
    expect(present(store).title).toBe('Mine, not saved yet');
    await vi.advanceTimersByTimeAsync(5_000);
    await idle();
    expect(await storedTitle(theirs, created.id)).toBe('Theirs');

    // The user takes theirs.
    await session.loadTheirs();
    expect(present(store).title).toBe('Theirs');
    expect(state(store)).toBe('saved');
  });

  it('keeps mine when the user says so, replacing theirs', async () => {
    const { store, session, theirs, created } = await setUp();
    store.getState().apply((m) => setTitle(m, 'Mine'));
    await theirs.save({ ...setTitle(created, 'Theirs'), updatedAt: 9_000 }, 1);
    await settle(() => state(store) === 'conflict', 'the conflict');
    await session.keepMine();
    expect(state(store)).toBe('saved');
    expect(await storedTitle(theirs, created.id)).toBe('Mine');
  });

  it('saves mine as a copy and then shows theirs', async () => {
    const { store, session, mine, theirs, created } = await setUp();
    store.getState().apply((m) => updateBox(m, 'b1', { label: 'My label' }));
    await theirs.save({ ...setTitle(created, 'Theirs'), updatedAt: 9_000 }, 1);
    await settle(() => state(store) === 'conflict', 'the conflict');
    const copyId = await session.saveMineAsCopy();
    const copy = await mine.load(copyId);
    expect(copy).toMatchObject({ status: 'ok', model: { title: 'Reducing reoffending (copy)' } });
    expect(copy.status === 'ok' && copy.model.boxes[0]?.label).toBe('My label');
    expect(present(store).title).toBe('Theirs');
    expect(present(store).boxes[0]?.label).toBe('Pooled budget');
  });

  it('saves at once when the page is hidden or left', async () => {
    const { store, mine, created } = await setUp();
    store.getState().apply((m) => setTitle(m, 'Saved on hide'));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await settle(async () => (await storedTitle(mine, created.id)) === 'Saved on hide', 'the save on hide');

    store.getState().apply((m) => setTitle(m, 'Saved on pagehide'));
    window.dispatchEvent(new Event('pagehide'));
    await settle(async () => (await storedTitle(mine, created.id)) === 'Saved on pagehide', 'the save on pagehide');
  });

  it('saves what is left on close, then stops listening', async () => {
    const { store, session, mine, created } = await setUp();
    store.getState().apply((m) => setTitle(m, 'Saved on close'));
    await session.close();
    expect(currentModel(store.getState())).toBeNull();
    expect(await storedTitle(mine, created.id)).toBe('Saved on close');
    const before = await mine.load(created.id);
    window.dispatchEvent(new Event('pagehide'));
    await idle();
    expect(await mine.load(created.id)).toEqual(before);
  });

  it('warns when another tab deletes the model for good', async () => {
    const { store, theirs, created } = await setUp();
    await theirs.purge(created.id);
    await settle(() => state(store) === 'failed', 'the warning');
    expect(store.getState().saveStatus.message).toMatch(/deleted in another tab/);
  });

  it('after another tab deletes the model for good, the next save says so and writes nothing', async () => {
    const { store, mine, theirs, created } = await setUp();
    await theirs.purge(created.id);
    store.getState().apply((m) => setTitle(m, 'Edited after the purge'));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await settle(() => state(store) === 'failed', 'the failure');
    expect(store.getState().saveStatus.message).toMatch(/deleted in another tab/);
    expect(await mine.load(created.id)).toEqual({ status: 'missing' });
  });
});

describe('races found in review', () => {
  it('leaving the editor while a save is under way still saves what was typed during it', async () => {
    const { store, session, mine, created } = await setUp();
    store.getState().apply((m) => setTitle(m, 't1'));
    const firstSave = session.autosave.flush();
    expect(session.autosave.isSaving()).toBe(true);
    store.getState().apply((m) => setTitle(m, 't2'));
    await Promise.all([firstSave, session.close()]);
    expect(await storedTitle(mine, created.id)).toBe('t2');
  });

  it('an edit made while the other tab’s version is loading is not overwritten: the user is asked', async () => {
    const { store, mine, theirs, created } = await setUp();
    // Slow this tab's loads down, so that the user can type while one is under way.
    const load = mine.load.bind(mine);
    let releaseLoad: () => void = () => {};
    mine.load = async (id) => {
      await new Promise<void>((resolve) => (releaseLoad = resolve));
      return load(id);
    };
    await theirs.save({ ...created, title: 'Theirs' }, 1);
    await settle(() => typeof releaseLoad === 'function' && releaseLoad.toString() !== '() => {}', 'the load to start');
    store.getState().apply((m) => setTitle(m, 'Mine, typed during the load'));
    releaseLoad();
    await settle(() => state(store) === 'conflict', 'the conflict');
    expect(present(store).title).toBe('Mine, typed during the load');
  });
});
