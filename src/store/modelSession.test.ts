// @vitest-environment jsdom
/**
 * One open model tied to storage, with a second "tab" (another repository on the same IndexedDB and
 * the same BroadcastChannel) saving, deleting and being told about changes.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setTitle, updateBox } from '../domain/edits';
import type { Model, ModelContent } from '../domain/model';
import { createDexieRepository } from '../storage/dexieRepository';
import type { ModelRepository } from '../storage/repository';
import { appendEdit, sampleContent, storedContent, uniqueChannelName } from '../storage/testFixtures';
import { writeUnsavedCopy } from '../storage/unsavedCopy';
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
  const loaded = await mine.load(created.id);
  if (loaded.status !== 'ok') throw new Error('the new model was not stored');
  const session = openModelSession(store, mine, loaded.document);
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
  return (await storedContent(repository, id))?.title;
}

const retitle = (title: string) => (content: ModelContent) => setTitle(content, title);

describe('openModelSession', () => {
  it('opens the model in the store', async () => {
    const { store, created } = await setUp();
    expect(present(store)).toEqual(created);
    expect(state(store)).toBe('saved');
  });

  it('takes in a change another tab stores, at once, and goes on saving on top of it', async () => {
    const { store, session, theirs, created } = await setUp();
    await appendEdit(theirs, created.id, retitle('Renamed in the other tab'), 9_000);
    await settle(() => present(store).title === 'Renamed in the other tab', 'the other tab’s change to arrive');
    expect(session.autosave.isDirty()).toBe(false);
    expect(store.getState().canUndo).toBe(false);
    expect(state(store)).toBe('saved');
    store.getState().apply((m) => updateBox(m, 'b1', { label: 'Then edited here' }));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await settle(() => state(store) === 'saved', 'the save');
    const stored = await storedContent(theirs, created.id);
    expect([stored?.title, stored?.boxes[0]?.label]).toEqual(['Renamed in the other tab', 'Then edited here']);
  });

  it('merges: with unsaved changes here, another tab’s change is taken in too, and both are kept', async () => {
    const { store, theirs, created } = await setUp();
    store.getState().apply((m) => updateBox(m, 'b1', { label: 'Mine, not saved yet' }));
    await appendEdit(theirs, created.id, retitle('Theirs'), 9_000);
    await settle(() => present(store).title === 'Theirs', 'their change');
    expect(present(store).boxes[0]?.label).toBe('Mine, not saved yet');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await settle(() => state(store) === 'saved', 'the save');
    const stored = await storedContent(theirs, created.id);
    expect([stored?.title, stored?.boxes[0]?.label]).toEqual(['Theirs', 'Mine, not saved yet']);
    expect(store.getState().saveStatus.message).toBeUndefined();
  });

  it('takes up work left unsaved when the page last closed, says so, and stores it', async () => {
    const { store, session, mine, created } = await setUp();
    store.getState().apply((m) => updateBox(m, 'b1', { label: 'Typed as the tab closed' }));
    // The tab closes before its write: only the copy made as the page went is left.
    expect(writeUnsavedCopy(created.id, session.autosave.unsaved()!)).toBe(true);
    session.autosave.stop();
    const reopened = createEditorStore();
    const loaded = await mine.load(created.id);
    if (loaded.status !== 'ok') throw new Error('not stored');
    const next = openModelSession(reopened, mine, loaded.document);
    cleanups.push(() => next.close());
    expect(present(reopened).boxes[0]?.label).toBe('Typed as the tab closed');
    expect(reopened.getState().notice?.text).toMatch(/restored/);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await settle(async () => (await storedContent(mine, created.id))?.boxes[0]?.label === 'Typed as the tab closed', 'the recovered work to be stored');
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
    const before = await mine.updatesAfter(created.id, 0);
    window.dispatchEvent(new Event('pagehide'));
    await idle();
    expect(await mine.updatesAfter(created.id, 0)).toEqual(before);
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

  it('after another tab deletes the model, this tab’s version can be kept as a copy', async () => {
    const { store, session, mine, theirs, created } = await setUp();
    store.getState().apply((m) => updateBox(m, 'b1', { label: 'My label' }));
    await theirs.purge(created.id);
    await settle(() => state(store) === 'failed', 'the warning');
    const copyId = await session.saveMineAsCopy();
    const copy = await storedContent(mine, copyId);
    expect(copy?.title).toBe('Reducing reoffending (copy)');
    expect(copy?.boxes[0]?.label).toBe('My label');
  });
});
