// @vitest-environment jsdom
/**
 * Saved versions of an open model, on real IndexedDB semantics (fake-indexeddb) and the real
 * document, autosave and store: saving, reading back, renaming, deleting, restoring with undo, two
 * tabs saving at once, a full disk, and a viewer.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { updateBox } from '../domain/edits';
import type { Model, ModelContent } from '../domain/model';
import { listVersions } from '../document/versions';
import { createDexieRepository } from '../storage/dexieRepository';
import { StorageError, type ModelRepository } from '../storage/repository';
import { QUOTA_MESSAGE } from '../storage/storageErrors';
import { sampleContent, uniqueChannelName } from '../storage/testFixtures';
import { documentOf } from '../storage/storedModel';
import { serialiseModel } from '../file/serialise';
import { createEditorStore, currentModel, type EditorStore } from './editorStore';
import { openModelSession, type ModelSession } from './modelSession';
import { createVersionHistory, type VersionHistory } from './versionHistory';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Tab {
  store: EditorStore;
  session: ModelSession;
  history: VersionHistory;
}

let clock = Date.parse('2026-09-03T10:15:00.000Z');
const now = () => new Date((clock += 1_000));

async function openTab(repository: ModelRepository, id: string): Promise<Tab> {
  const loaded = await repository.load(id);
  if (loaded.status !== 'ok') throw new Error('not stored');
  const store = createEditorStore();
  const session = openModelSession(store, repository, loaded.document);
  const history = createVersionHistory({ store, doc: session.doc, persist: () => session.autosave.flush(), repository, now });
  cleanups.push(async () => {
    history.destroy();
    await session.close();
  });
  return { store, session, history };
}

async function setUp(wrap: (repository: ModelRepository) => ModelRepository = (r) => r) {
  const indexedDB = new IDBFactory();
  const channelName = uniqueChannelName();
  const repository = wrap(await createDexieRepository({ indexedDB, IDBKeyRange, channelName }));
  cleanups.push(() => repository.close());
  const created = await repository.create(sampleContent());
  return { indexedDB, channelName, repository, created, tab: await openTab(repository, created.id) };
}

const present = (store: EditorStore) => currentModel(store.getState()) as Model;
const contentOf = ({ id: _i, createdAt: _c, updatedAt: _u, ...content }: Model): ModelContent => content;

async function storedVersions(repository: ModelRepository, id: string) {
  const loaded = await repository.load(id);
  if (loaded.status !== 'ok') throw new Error('not stored');
  return listVersions(documentOf(loaded.document.updates));
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 2_000; turn++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`Timed out waiting for: ${what}`);
}

describe('saved versions of an open model', () => {
  it('saves a named, dated, signed copy that reads back as the model was, and stores it', async () => {
    const { repository, created, tab } = await setUp();
    const saved = await tab.history.save({ name: ' Q2 board ', note: 'For the September board', by: 'Asha' });
    if (!saved.ok) throw new Error(saved.error);
    expect(saved.version).toMatchObject({ name: 'Q2 board', note: 'For the September board', by: 'Asha', counts: { boxes: 3, links: 2, rated: 0 } });
    expect(tab.history.list()).toEqual([saved.version]);
    const read = await tab.history.content(saved.version.id);
    expect(read.ok && serialiseModel(read.content)).toBe(serialiseModel(sampleContent()));
    expect(await storedVersions(repository, created.id)).toEqual([saved.version]);
  });

  it('a version never changes when the model does; renaming changes only its name and note; deleting removes it', async () => {
    const { tab } = await setUp();
    const first = await tab.history.save({ name: 'Q1' });
    if (!first.ok) throw new Error(first.error);
    tab.store.getState().apply((model) => updateBox(model, 'b1', { label: 'Changed after Q1' }));
    const second = await tab.history.save({ name: 'Q2' });
    if (!second.ok) throw new Error(second.error);
    expect(tab.history.list().map((v) => v.name)).toEqual(['Q2', 'Q1']);
    tab.history.rename(first.version.id, 'Q1 board', 'Renamed');
    expect(tab.history.list()[1]).toMatchObject({ id: first.version.id, name: 'Q1 board', note: 'Renamed', savedAt: first.version.savedAt });
    const q1 = await tab.history.content(first.version.id);
    expect(q1.ok && q1.content.boxes[0]?.label).toBe('Pooled budget');
    tab.history.remove(second.version.id);
    expect(tab.history.list().map((v) => v.name)).toEqual(['Q1 board']);
  });

  it('saving a version is not an undo step', async () => {
    const { tab } = await setUp();
    tab.store.getState().apply((model) => updateBox(model, 'b1', { label: 'Edited' }));
    await tab.history.save({ name: 'Q1' });
    tab.store.getState().undo();
    expect(present(tab.store).boxes[0]?.label).toBe('Pooled budget');
    expect(tab.history.list()).toHaveLength(1);
    expect(tab.store.getState().canUndo).toBe(false);
  });

  it('restore: the present is kept as a version first, the model becomes the version in one step, and undo brings the present back', async () => {
    const { repository, created, tab } = await setUp();
    const q1 = await tab.history.save({ name: 'Q1 board', by: 'Asha' });
    if (!q1.ok) throw new Error(q1.error);
    tab.store.getState().apply((model) => updateBox(model, 'b1', { label: 'Relabelled since' }));
    tab.store.getState().apply((model) => ({ ...model, title: 'New title', description: undefined } as Model));
    const before = contentOf(present(tab.store));

    const restored = await tab.history.restore(q1.version.id, 'Ben');
    expect(restored.ok).toBe(true);
    expect(serialiseModel(contentOf(present(tab.store)))).toBe(serialiseModel(sampleContent()));
    const kept = tab.history.list()[0]!;
    expect(kept).toMatchObject({ name: 'Before restoring Q1 board', by: 'Ben' });
    const keptContent = await tab.history.content(kept.id);
    expect(keptContent.ok && serialiseModel(keptContent.content)).toBe(serialiseModel(before));

    tab.store.getState().undo();
    expect(serialiseModel(contentOf(present(tab.store)))).toBe(serialiseModel(before));
    tab.store.getState().redo();
    expect(serialiseModel(contentOf(present(tab.store)))).toBe(serialiseModel(sampleContent()));
    await tab.session.autosave.flush();
    expect((await storedVersions(repository, created.id)).map((v) => v.name)).toEqual(['Before restoring Q1 board', 'Q1 board']);
  });

  it('open as a new model copies the version into a new model and leaves this one alone', async () => {
    const { repository, tab } = await setUp();
    const q1 = await tab.history.save({ name: 'Q1' });
    if (!q1.ok) throw new Error(q1.error);
    tab.store.getState().apply((model) => updateBox(model, 'b1', { label: 'Later' }));
    const opened = await tab.history.openAsNewModel(q1.version.id);
    if (!opened.ok) throw new Error(opened.error);
    const loaded = await repository.load(opened.id);
    if (loaded.status !== 'ok') throw new Error('not stored');
    expect(loaded.document.title).toBe('Reducing reoffending (Q1)');
    expect(present(tab.store).boxes[0]?.label).toBe('Later');
  });

  it('two tabs saving at the same moment keep both versions', async () => {
    const { indexedDB, channelName, repository, created, tab } = await setUp();
    const other = await createDexieRepository({ indexedDB, IDBKeyRange, channelName });
    cleanups.push(() => other.close());
    const otherTab = await openTab(other, created.id);
    const [mine, theirs] = await Promise.all([tab.history.save({ name: 'Mine' }), otherTab.history.save({ name: 'Theirs' })]);
    expect(mine.ok && theirs.ok).toBe(true);
    await until(() => tab.history.list().length === 2 && otherTab.history.list().length === 2, 'each tab to see both');
    expect(tab.history.list().map((v) => v.name).sort()).toEqual(['Mine', 'Theirs']);
    expect((await storedVersions(repository, created.id)).map((v) => v.name).sort()).toEqual(['Mine', 'Theirs']);
  });

  it('a full disk: a clear message, no version listed, and the model itself untouched', async () => {
    let full = false;
    const { tab, repository, created } = await setUp((real) => ({
      ...real,
      append: (...args) => (full ? Promise.reject(new StorageError('quota', QUOTA_MESSAGE)) : real.append(...args)),
    }));
    tab.store.getState().apply((model) => updateBox(model, 'b1', { label: 'Saved before the disk filled' }));
    await tab.session.autosave.flush();
    const model = present(tab.store);
    full = true;
    const saved = await tab.history.save({ name: 'Q3' });
    expect(saved).toEqual({ ok: false, error: expect.stringContaining('The version "Q3" was not saved.') });
    expect(!saved.ok && saved.error).toContain(QUOTA_MESSAGE);
    expect(tab.history.list()).toEqual([]);
    expect(present(tab.store)).toBe(model);
    full = false;
    await tab.session.autosave.flush();
    expect(await storedVersions(repository, created.id)).toEqual([]);
  });

  it('a viewer can read versions but not save, rename, delete or restore them', async () => {
    const { tab } = await setUp();
    const q1 = await tab.history.save({ name: 'Q1' });
    if (!q1.ok) throw new Error(q1.error);
    tab.store.getState().setReadOnly(true);
    expect(await tab.history.save({ name: 'Q2' })).toMatchObject({ ok: false });
    tab.history.rename(q1.version.id, 'Renamed');
    tab.history.remove(q1.version.id);
    expect(await tab.history.restore(q1.version.id)).toMatchObject({ ok: false });
    expect(tab.history.list()).toEqual([q1.version]);
    expect((await tab.history.content(q1.version.id)).ok).toBe(true);
  });

  it('an imported file’s versions are stored with the new model', async () => {
    const { repository } = await setUp();
    const { encodeVersions } = await import('../document/versions');
    const info = { id: 'v1', name: 'Q1', savedAt: '2026-06-30T09:00:00.000Z', counts: { boxes: 3, links: 2, rated: 0 } };
    const created = await repository.create(sampleContent('Imported'), await encodeVersions([{ info, content: sampleContent('As it was') }]));
    const tab = await openTab(repository, created.id);
    expect(tab.history.list()).toEqual([info]);
    const read = await tab.history.content('v1');
    expect(read.ok && read.content.title).toBe('As it was');
  });

  it('a damaged version in a partner’s copy is reported, never thrown', async () => {
    const { tab } = await setUp();
    const q1 = await tab.history.save({ name: 'Q1' });
    if (!q1.ok) throw new Error(q1.error);
    const version = tab.session.doc.getMap<Y.Map<unknown>>('versions').get(q1.version.id)!;
    tab.session.doc.transact(() => version.set('content', new Uint8Array([1, 2, 3])));
    expect(await tab.history.content(q1.version.id)).toEqual({ ok: false, error: 'its stored copy is damaged.' });
  });
});
