/**
 * The contract every ModelRepository keeps, written once and run against both implementations:
 * IndexedDB (on a fresh fake-indexeddb per test) and memory.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createDexieRepository } from './dexieRepository';
import { createMemoryRepository } from './memoryRepository';
import * as Y from 'yjs';
import { mapsOf } from '../document/layout';
import { commentsUpdateFor, readThreads } from '../document/comments';
import { listVersions } from '../document/versions';
import { encodeVersionContent } from '../file/versionContent';
import type { ModelRepository, StoredChange } from './repository';
import { contentOf, documentOf } from './storedModel';
import { appendEdit, edited, manualClock, sampleContent, storedContent, uniqueChannelName } from './testFixtures';

type Clock = ReturnType<typeof manualClock>;

const implementations: { name: string; open: (clock: Clock) => Promise<ModelRepository> }[] = [
  {
    name: 'IndexedDB (Dexie on fake-indexeddb)',
    open: (clock) => createDexieRepository({ indexedDB: new IDBFactory(), IDBKeyRange, channelName: uniqueChannelName(), now: clock.now }),
  },
  { name: 'memory', open: async (clock) => createMemoryRepository({ now: clock.now }) },
];

describe.each(implementations)('ModelRepository contract: $name', ({ open }) => {
  let repository: ModelRepository;
  let clock: Clock;

  async function start(): Promise<ModelRepository> {
    clock = manualClock();
    repository = await open(clock);
    return repository;
  }

  afterEach(() => repository?.close());

  it('creates models at revision 1, lists them newest first and loads each back exactly', async () => {
    const repo = await start();
    const older = await repo.create(sampleContent('Older'));
    clock.advance();
    const newer = await repo.create(sampleContent('Newer'));

    expect(older.id).not.toBe(newer.id);
    expect(await repo.list()).toEqual([
      { id: newer.id, title: 'Newer', createdAt: 2_000, updatedAt: 2_000, boxCount: 3 },
      { id: older.id, title: 'Older', createdAt: 1_000, updatedAt: 1_000, boxCount: 3 },
    ]);
    expect(await storedContent(repo, older.id)).toEqual(sampleContent('Older'));
    expect(await repo.load(older.id)).toMatchObject({ status: 'ok', document: { id: older.id, title: 'Older', createdAt: 1_000, updatedAt: 1_000, deleted: false } });
    expect(older).toEqual({ ...sampleContent('Older'), id: older.id, createdAt: 1_000, updatedAt: 1_000 });
  });

  it('keeps a model\'s comments document beside it, and purging the model removes them', async () => {
    const repo = await start();
    const created = await repo.create(sampleContent());
    const thread = { id: 't1', on: { kind: 'box' as const, id: 'b1' }, comments: [{ id: 'm1', by: 'Asha', at: '2026-11-30T09:00:00Z', text: 'Evidence?' }] };
    expect((await repo.loadComments(created.id)).updates).toEqual([]);
    await repo.appendComments(created.id, commentsUpdateFor([thread]));
    const doc = new Y.Doc();
    const loaded = await repo.loadComments(created.id);
    for (const update of loaded.updates) Y.applyUpdate(doc, update);
    expect((await repo.loadComments(created.id, loaded.lastSeq)).updates).toEqual([]);
    expect(readThreads(doc)).toEqual([thread]);
    // The model's own document is untouched by comments.
    expect(await storedContent(repo, created.id)).toEqual(sampleContent());
    await repo.purge(created.id);
    expect((await repo.loadComments(created.id)).updates).toEqual([]);
  });

  it('appends a document update, and the list follows the model', async () => {
    const repo = await start();
    const created = await repo.create(sampleContent());

    expect(await appendEdit(repo, created.id, (content) => edited(content, 'Pooled budget, ring-fenced'), 9_000)).toEqual({ status: 'saved', revision: 2 });
    expect(await storedContent(repo, created.id)).toEqual(edited(sampleContent(), 'Pooled budget, ring-fenced'));
    expect(await repo.list()).toEqual([{ id: created.id, title: created.title, createdAt: 1_000, updatedAt: 9_000, boxCount: 4 }]);
    expect(await appendEdit(repo, created.id, (content) => edited(content, 'Pooled budget, three years'), 9_500)).toEqual({ status: 'saved', revision: 3 });
  });

  it('keeps two tabs’ updates made on the same stored version: both edits hold, nothing is refused', async () => {
    const repo = await start();
    const created = await repo.create(sampleContent());
    const loaded = await repo.load(created.id);
    if (loaded.status !== 'ok') throw new Error('not stored');
    // Both tabs start from revision 1's document.
    const tabs = [0, 1].map(() => {
      const doc = new Y.Doc();
      for (const update of loaded.document.updates) Y.applyUpdate(doc, update);
      return doc;
    });
    const [docA, docB] = tabs as [Y.Doc, Y.Doc];
    const updateOf = (doc: Y.Doc, change: () => void) => {
      const before = Y.encodeStateVector(doc);
      change();
      return Y.encodeStateAsUpdate(doc, before);
    };
    const fromA = updateOf(docA, () => mapsOf(docA).boxes.get('b1')?.set('label', 'Renamed in A'));
    const fromB = updateOf(docB, () => mapsOf(docB).boxes.get('b1')?.set('y', 900));
    expect(await repo.append(created.id, fromA, { title: 'T', boxCount: 3 }, 5_000)).toEqual({ status: 'saved', revision: 2 });
    expect(await repo.append(created.id, fromB, { title: 'T', boxCount: 3 }, 6_000)).toEqual({ status: 'saved', revision: 3 });
    const box = (await storedContent(repo, created.id))?.boxes.find((item) => item.id === 'b1');
    expect(box).toMatchObject({ label: 'Renamed in A', y: 900 });
  });

  it('hands out the updates stored after a point, for a tab to catch up', async () => {
    const repo = await start();
    const created = await repo.create(sampleContent());
    const loaded = await repo.load(created.id);
    if (loaded.status !== 'ok') throw new Error('not stored');
    await appendEdit(repo, created.id, (content) => edited(content, 'Later'), 5_000);
    const after = await repo.updatesAfter(created.id, loaded.document.lastSeq);
    expect(after?.updates).toHaveLength(1);
    expect(after!.lastSeq).toBeGreaterThan(loaded.document.lastSeq);
    expect(contentOf([...loaded.document.updates, ...after!.updates])).toEqual(edited(sampleContent(), 'Later'));
    expect(await repo.updatesAfter(created.id, after!.lastSeq)).toEqual({ updates: [], lastSeq: after!.lastSeq });
    expect(await repo.updatesAfter('model-gone', 0)).toBeNull();
  });

  it('compacts a model’s updates into one that holds them all, and the model reads the same', async () => {
    const repo = await start();
    const created = await repo.create(sampleContent());
    for (const label of ['one', 'two', 'three']) await appendEdit(repo, created.id, (content) => edited(content, label), 5_000);
    const before = await storedContent(repo, created.id);
    await repo.compact(created.id);
    const loaded = await repo.load(created.id);
    expect(loaded.status === 'ok' && loaded.document.updates.length).toBe(1);
    expect(await storedContent(repo, created.id)).toEqual(before);
  });

  it('reports an append to a model that is no longer stored as missing, without storing it', async () => {
    const repo = await start();
    const created = await repo.create(sampleContent());
    await repo.purge(created.id);

    expect(await repo.append(created.id, new Uint8Array([0, 0]), { title: 'Too late', boxCount: 1 }, 5_000)).toEqual({ status: 'missing' });
    expect(await repo.load(created.id)).toEqual({ status: 'missing' });
    expect(await repo.list()).toEqual([]);
  });

  it('renames: new title in the list and in the document, as a new revision', async () => {
    const repo = await start();
    const created = await repo.create(sampleContent('Draft'));
    clock.advance();
    await repo.rename(created.id, 'Reducing reoffending 2026');

    expect(await repo.load(created.id)).toMatchObject({ status: 'ok', document: { title: 'Reducing reoffending 2026', updatedAt: 2_000 } });
    expect((await storedContent(repo, created.id))?.title).toBe('Reducing reoffending 2026');
    expect((await repo.list()).map((summary) => summary.title)).toEqual(['Reducing reoffending 2026']);
  });

  it('duplicates as "Copy of …" with a new id, keeping the content and its box, link and condition ids', async () => {
    const repo = await start();
    const original = await repo.create(sampleContent('Reducing reoffending'));
    clock.advance();
    const copy = await repo.duplicate(original.id);

    expect(copy.id).not.toBe(original.id);
    // A copy is a model of its own: a new uid, so a box that opens the original still opens the original.
    expect(copy.uid).toMatch(/^model-/);
    expect(copy.uid).not.toBe(original.uid);
    expect(copy).toEqual({ ...sampleContent('Copy of Reducing reoffending'), uid: copy.uid, id: copy.id, createdAt: 2_000, updatedAt: 2_000 });
    expect(await storedContent(repo, copy.id)).toEqual({ ...sampleContent('Copy of Reducing reoffending'), uid: copy.uid });
    expect((await repo.list()).map((summary) => summary.title)).toEqual(['Copy of Reducing reoffending', 'Reducing reoffending']);
    await expect(repo.duplicate('model-gone')).rejects.toThrow(/no longer stored/);
  });

  it('duplicates with the saved versions, and with the comments only when asked', async () => {
    const repo = await start();
    const version = { info: { id: 'v1', name: 'Q1 board', savedAt: '2026-09-03T10:15:00Z', counts: { boxes: 1, links: 0, rated: 0 } }, content: await encodeVersionContent(sampleContent('Then')) };
    const original = await repo.create(sampleContent('Reducing reoffending'), [version]);
    const thread = { id: 't1', on: { kind: 'box' as const, id: 'b1' }, comments: [{ id: 'm1', by: 'Asha', at: '2026-11-30T09:00:00Z', text: 'Evidence?' }] };
    await repo.appendComments(original.id, commentsUpdateFor([thread]));

    const plain = await repo.duplicate(original.id);
    const withComments = await repo.duplicate(original.id, { withComments: true });
    for (const copy of [plain, withComments]) {
      const loaded = await repo.load(copy.id);
      if (loaded.status !== 'ok') throw new Error(loaded.status);
      expect(listVersions(documentOf(loaded.document.updates))).toEqual([version.info]);
    }
    expect((await repo.loadComments(plain.id)).updates).toEqual([]);
    const doc = new Y.Doc();
    for (const update of (await repo.loadComments(withComments.id)).updates) Y.applyUpdate(doc, update);
    expect(readThreads(doc)).toEqual([thread]);
  });

  it('trashes, restores and purges, with list and listTrash in step', async () => {
    const repo = await start();
    const kept = await repo.create(sampleContent('Kept'));
    const first = await repo.create(sampleContent('First binned'));
    const second = await repo.create(sampleContent('Second binned'));

    clock.advance();
    await repo.trash(first.id);
    clock.advance();
    await repo.trash(second.id);
    expect((await repo.list()).map((summary) => summary.id)).toEqual([kept.id]);
    expect(await repo.listTrash()).toEqual([
      expect.objectContaining({ id: second.id, deletedAt: 3_000 }),
      expect.objectContaining({ id: first.id, deletedAt: 2_000 }),
    ]);
    expect(await repo.load(first.id)).toMatchObject({ status: 'ok', document: { deleted: true } });

    await repo.restore(first.id);
    expect(await repo.load(first.id)).toMatchObject({ status: 'ok', document: { deleted: false } });
    expect((await repo.list()).map((summary) => summary.id).sort()).toEqual([kept.id, first.id].sort());
    expect((await repo.list()).every((summary) => summary.deletedAt === undefined)).toBe(true);

    await repo.purge(second.id);
    expect(await repo.load(second.id)).toEqual({ status: 'missing' });
    expect(await repo.listTrash()).toEqual([]);
  });

  it('treats trashing a trashed model, restoring a live one and purging a missing one as no change', async () => {
    const repo = await start();
    const created = await repo.create(sampleContent());
    await repo.trash(created.id);
    const changes: StoredChange[] = [];
    repo.subscribe((change) => changes.push(change));

    await repo.trash(created.id);
    await repo.restore(created.id);
    await repo.restore(created.id);
    await repo.rename('model-gone', 'Nothing');
    await repo.purge('model-gone');

    expect(changes).toEqual([{ id: created.id, revision: 3 }]);
  });

  it('tells subscribers about every stored change, until they unsubscribe', async () => {
    const repo = await start();
    const changes: StoredChange[] = [];
    const unsubscribe = repo.subscribe((change) => changes.push(change));

    const created = await repo.create(sampleContent());
    await appendEdit(repo, created.id, (content) => edited(content, 'Changed'), 5_000);
    await repo.rename(created.id, 'Renamed');
    await repo.trash(created.id);
    await repo.restore(created.id);
    await repo.purge(created.id);
    unsubscribe();
    await repo.create(sampleContent());

    expect(changes).toEqual([1, 2, 3, 4, 5, 0].map((revision) => ({ id: created.id, revision })));
  });

  it('keeps a failing subscriber from spoiling the write or the other subscribers', async () => {
    const repo = await start();
    const heard: StoredChange[] = [];
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    try {
      repo.subscribe(() => {
        throw new Error('subscriber bug');
      });
      repo.subscribe((change) => heard.push(change));
      const created = await repo.create(sampleContent());
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(heard).toEqual([{ id: created.id, revision: 1 }]);
      expect(errors).toEqual([expect.objectContaining({ message: 'subscriber bug' })]);
    } finally {
      process.off('uncaughtException', onError);
    }
  });
  it('keeps a joined model with its share link, finds it by room, and changes or removes the link', async () => {
    const repo = await start();
    const mine = await repo.create(sampleContent('Mine'));
    const link = { server: 'https://models.example.org', room: 'r'.repeat(22), role: 'view' as const, token: 'signed.token' };
    const id = await repo.createShared(Y.encodeStateAsUpdate(documentOf([])), { title: 'Theirs', boxCount: 0 }, link);
    expect((await repo.list()).find((summary) => summary.id === id)?.shared).toEqual(link);
    expect((await repo.list()).find((summary) => summary.id === mine.id)?.shared).toBeUndefined();
    expect((await repo.findShared(link.server, link.room))?.id).toBe(id);
    expect(await repo.findShared('https://elsewhere.example.org', link.room)).toBeUndefined();

    const edit = { ...link, role: 'edit' as const, token: 'newer.token' };
    await repo.setShared(id, edit);
    const loaded = await repo.load(id);
    expect(loaded.status === 'ok' && loaded.document.shared).toEqual(edit);
    await repo.setShared(mine.id, link);
    expect((await repo.findShared(link.server, link.room))?.id).toBeDefined();
    await repo.setShared(id, null);
    const unshared = await repo.load(id);
    expect(unshared.status === 'ok' && unshared.document.shared).toBeUndefined();
  });
});
