/**
 * What only the IndexedDB repository does: read records it did not write, share a database with
 * another tab, survive a full disk, and open (or refuse to) on what the browser offers.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutcomeChainsDb } from './db';
import { createDexieRepository, type DexieRepositoryOptions } from './dexieRepository';
import { StorageError, type ModelRepository, type StoredChange } from './repository';
import Dexie from 'dexie';
import { toModelDocument } from '../file/serialise';
import { contentOf, LIVE, migrateLegacyRecord, type StoredModelRecord } from './storedModel';
import { QUOTA_MESSAGE } from './storageErrors';
import { appendEdit, edited, manualClock, sampleContent, storedContent, uniqueChannelName } from './testFixtures';

const opened: ModelRepository[] = [];
const databases: OutcomeChainsDb[] = [];

async function openRepository(options: DexieRepositoryOptions): Promise<ModelRepository> {
  const repository = await createDexieRepository({ IDBKeyRange, channelName: uniqueChannelName(), ...options });
  opened.push(repository);
  return repository;
}

/** The database as another program would see it, to plant records the repository did not write. */
function rawDatabase(indexedDB: IDBFactory): OutcomeChainsDb {
  const db = new OutcomeChainsDb(undefined, { indexedDB, IDBKeyRange });
  databases.push(db);
  return db;
}

/** A database as an earlier release (Dexie schema 1) left it, written with the bare IndexedDB API. */
async function plantSchemaOne(indexedDB: IDBFactory, records: readonly StoredModelRecord[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('outcome-chains', 10);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('models', { keyPath: 'id' });
      store.createIndex('updatedAt', 'updatedAt');
      store.createIndex('deletedAt', 'deletedAt');
      for (const record of records) store.put(record);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

afterEach(() => {
  for (const repository of opened.splice(0)) repository.close();
  for (const db of databases.splice(0)) db.close();
  vi.unstubAllGlobals();
});

type WriteFailure = 'none' | 'put throws' | 'request aborts' | 'commit aborts';

/**
 * The real fake-indexeddb behind a thin IDBFactory that, on demand, makes object-store writes fail
 * with QuotaExceededError in each way an engine may report it: thrown by put/add; the request failing
 * with a bare AbortError while the transaction aborts with QuotaExceededError; or (what browsers
 * do when the disk fills) the request succeeding and the transaction aborting at commit.
 */
function quotaFailingIndexedDB(): { indexedDB: IDBFactory; failWrites: (failure: WriteFailure) => void } {
  const real = new IDBFactory();
  let failure: WriteFailure = 'none';
  const patched = new WeakSet<object>();

  function failingWrite(store: IDBObjectStore, transaction: IDBTransaction, write: 'put' | 'add'): void {
    const original = store[write];
    store[write] = (...args: Parameters<IDBObjectStore['put']>) => {
      if (failure === 'put throws') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      const request = original.apply(store, args);
      // fake-indexeddb's own abort step, given the error a browser gives a transaction that ran out of room.
      const abortForQuota = () => (transaction as unknown as { _abort(errorName: string): void })._abort('QuotaExceededError');
      if (failure === 'request aborts') abortForQuota();
      if (failure === 'commit aborts') request.addEventListener('success', abortForQuota);
      return request;
    };
  }

  function patchDatabase(db: IDBDatabase): void {
    const openTransaction = db.transaction.bind(db);
    db.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
      const transaction = openTransaction(...args);
      const objectStore = transaction.objectStore.bind(transaction);
      transaction.objectStore = (name: string) => {
        const store = objectStore(name);
        if (!patched.has(store)) {
          patched.add(store);
          failingWrite(store, transaction, 'put');
          failingWrite(store, transaction, 'add');
        }
        return store;
      };
      return transaction;
    }) as IDBDatabase['transaction'];
  }

  const indexedDB: IDBFactory = {
    open(...args: Parameters<IDBFactory['open']>) {
      const request = real.open(...args);
      // Runs before Dexie's onsuccess handler, so every transaction Dexie opens is patched.
      request.addEventListener('success', () => patchDatabase(request.result));
      return request;
    },
    deleteDatabase: (name) => real.deleteDatabase(name),
    cmp: (first, second) => real.cmp(first, second),
    databases: () => real.databases(),
  };
  return { indexedDB, failWrites: (next) => (failure = next) };
}

describe('createDexieRepository', () => {
  it('creates schema version 5: "models" keyed by id, indexed by updatedAt and deletedAt; "updates" and "commentUpdates" by seq, indexed by model and seq; "plans" by id', async () => {
    const indexedDB = new IDBFactory();
    (await openRepository({ indexedDB })).close();
    // Read back with the bare IndexedDB API, as the next schema version's upgrade will find it.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('outcome-chains');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      expect(db.version / 10).toBe(5); // Dexie stores its version × 10
      expect([...db.objectStoreNames].sort()).toEqual(['commentUpdates', 'models', 'plans', 'updates']);
      expect(db.transaction('plans').objectStore('plans').keyPath).toBe('id');
      const models = db.transaction('models').objectStore('models');
      expect(models.keyPath).toBe('id');
      expect([...models.indexNames].sort()).toEqual(['deletedAt', 'updatedAt']);
      const updates = db.transaction('updates').objectStore('updates');
      expect([updates.keyPath, updates.autoIncrement]).toEqual(['seq', true]);
      expect([...updates.indexNames]).toEqual(['[modelId+seq]']);
      const comments = db.transaction('commentUpdates').objectStore('commentUpdates');
      expect([comments.keyPath, comments.autoIncrement, [...comments.indexNames]]).toEqual(['seq', true, ['[modelId+seq]']]);
    } finally {
      db.close();
    }
  });

  it('upgrades a schema-1 database: each JSON model becomes a document that reads back the same; a bad one is left as it was', async () => {
    const indexedDB = new IDBFactory();
    // Release 1 knew no uid (the 3 → 4 migration drops one).
    const { uid: _uid, ...releaseOne } = sampleContent('Written by release 1');
    const v1Document = { ...toModelDocument(releaseOne), formatVersion: 1 };
    const good = { id: 'model-good', title: 'Written by release 1', createdAt: 1_000, updatedAt: 2_000, boxCount: 3, revision: 3, deletedAt: LIVE, document: v1Document };
    const bad = { ...good, id: 'model-bad', title: 'Broken', document: { ...v1Document, boxes: 'not a list' } };
    await plantSchemaOne(indexedDB, [good, bad]);

    const repository = await openRepository({ indexedDB });
    expect(await storedContent(repository, 'model-good')).toEqual(releaseOne);
    const raw = rawDatabase(indexedDB);
    const { document: _document, ...withoutJson } = good;
    expect(await raw.models.get('model-good')).toEqual(withoutJson);
    expect(await raw.updates.where('[modelId+seq]').between(['model-good', Dexie.minKey], ['model-good', Dexie.maxKey]).count()).toBe(1);
    expect(await raw.models.get('model-bad')).toEqual(bad);
    expect(await repository.load('model-bad')).toMatchObject({ status: 'invalid', error: expect.stringContaining('"boxes" must be a list') });
    expect((await repository.list()).map((summary) => summary.id).sort()).toEqual(['model-bad', 'model-good']);
  });

  it('moves a JSON model over once, even when two tabs open the database at the same moment', async () => {
    const indexedDB = new IDBFactory();
    const v2Document = toModelDocument(edited(sampleContent('Two tabs'), 'With progress'));
    await plantSchemaOne(indexedDB, [{ id: 'model-twice', title: 'Two tabs', createdAt: 1_000, updatedAt: 2_000, boxCount: 4, revision: 1, deletedAt: LIVE, document: v2Document }]);
    const [tabA, tabB] = await Promise.all([openRepository({ indexedDB }), openRepository({ indexedDB })]);
    const [fromA, fromB] = await Promise.all([storedContent(tabA!, 'model-twice'), storedContent(tabB!, 'model-twice')]);
    expect(fromA).toEqual(edited(sampleContent('Two tabs'), 'With progress'));
    expect(fromB).toEqual(fromA);
    expect(await rawDatabase(indexedDB).updates.count()).toBe(1);
  });

  it('a second seed of the same JSON model, should one happen, merges into the same model with nothing doubled', () => {
    const content = edited(sampleContent('Seeded twice'), 'Twice');
    const record = { id: 'm', title: 'Seeded twice', createdAt: 1, updatedAt: 1, boxCount: 4, revision: 1, deletedAt: LIVE, document: toModelDocument(content) };
    const first = migrateLegacyRecord(record);
    const second = migrateLegacyRecord(record);
    if (!first.ok || !second.ok) throw new Error('migration failed');
    expect(contentOf([first.update, second.update])).toEqual(content);
  });

  it('keeps models across a reload (closing and reopening the database)', async () => {
    const indexedDB = new IDBFactory();
    const first = await openRepository({ indexedDB });
    const created = await first.create(sampleContent());
    await appendEdit(first, created.id, (content) => edited(content, 'Before reload'), 5_000);
    first.close();

    const second = await openRepository({ indexedDB });
    expect(second.kind).toBe('indexeddb');
    expect(await storedContent(second, created.id)).toEqual(edited(sampleContent(), 'Before reload'));
  });

  it('reports a stored JSON model that fails the file checks as invalid, naming the problem, and changes nothing', async () => {
    const indexedDB = new IDBFactory();
    const repository = await openRepository({ indexedDB });
    const good = await repository.create(sampleContent('Good'));
    const badDocument = { ...toModelDocument(sampleContent('Broken')), links: [{ id: 'l9', source: 'b1', target: 'b-nowhere' }] };
    const broken = { id: 'model-broken', title: 'Broken', createdAt: 500, updatedAt: 500, boxCount: 3, revision: 7, deletedAt: LIVE, document: badDocument };
    const db = rawDatabase(indexedDB);
    await db.models.put(broken);

    const loaded = await repository.load('model-broken');
    expect(loaded).toEqual({ status: 'invalid', error: expect.stringContaining('"Broken"') });
    expect(loaded.status === 'invalid' && loaded.error).toMatch(/Link 1 "l9" ends at box "b-nowhere", which is not in the file/);
    expect((await repository.list()).map((summary) => summary.id)).toEqual([good.id, 'model-broken']);
    expect(await db.models.get('model-broken')).toEqual(broken);
    await expect(repository.duplicate('model-broken')).rejects.toThrow(/b-nowhere/);
  });

  it('tells the other tab about a write, so two tabs on one database stay in step', async () => {
    const indexedDB = new IDBFactory();
    const channelName = uniqueChannelName();
    const tabA = await openRepository({ indexedDB, channelName });
    const tabB = await openRepository({ indexedDB, channelName });
    const created = await tabA.create(sampleContent());
    const heardInA: StoredChange[] = [];
    tabA.subscribe((change) => heardInA.push(change));
    const heardInB: StoredChange[] = [];
    tabB.subscribe((change) => heardInB.push(change));

    await appendEdit(tabA, created.id, (content) => edited(content, 'Edited in tab A'), 5_000);

    // The news of the create may still be on its way too; the write's must arrive.
    await vi.waitFor(() => expect(heardInB).toContainEqual({ id: created.id, revision: 2 }));
    expect(await storedContent(tabB, created.id)).toEqual(edited(sampleContent(), 'Edited in tab A'));
    // A tab hears its own change once, directly, not a second time through the channel.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heardInA).toEqual([{ id: created.id, revision: 2 }]);
  });

  it('ignores channel messages that are not stored changes', async () => {
    const channelName = uniqueChannelName();
    const repository = await openRepository({ indexedDB: new IDBFactory(), channelName });
    const heard: StoredChange[] = [];
    repository.subscribe((change) => heard.push(change));
    const stranger = new BroadcastChannel(channelName);
    stranger.postMessage({ id: 42 });
    stranger.postMessage('hello');
    stranger.postMessage({ id: 'model-x', revision: 3 });
    await vi.waitFor(() => expect(heard).toEqual([{ id: 'model-x', revision: 3 }]));
    stranger.close();
  });

  it.each<WriteFailure>(['put throws', 'request aborts', 'commit aborts'])(
    'turns a full disk (%s) into StorageError "quota" and keeps the stored version intact',
    async (failure) => {
      const { indexedDB, failWrites } = quotaFailingIndexedDB();
      const repository = await openRepository({ indexedDB });
      const created = await repository.create(sampleContent());
      await appendEdit(repository, created.id, (content) => edited(content, 'Saved before the disk filled'), 5_000);
      const heard: StoredChange[] = [];
      repository.subscribe((change) => heard.push(change));

      failWrites(failure);
      const error = await appendEdit(repository, created.id, (content) => edited(content, 'Lost to the full disk'), 6_000).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StorageError);
      expect(error).toMatchObject({ kind: 'quota', message: QUOTA_MESSAGE });
      await expect(repository.create(sampleContent('New'))).rejects.toMatchObject({ kind: 'quota' });
      await expect(repository.rename(created.id, 'New title')).rejects.toMatchObject({ kind: 'quota' });

      failWrites('none');
      expect(heard).toEqual([]);
      expect(await storedContent(repository, created.id)).toEqual(edited(sampleContent(), 'Saved before the disk filled'));
      expect((await repository.list()).map((summary) => summary.title)).toEqual([created.title]);
      expect(await appendEdit(repository, created.id, (content) => edited(content, 'Saved once space was freed'), 7_000)).toEqual({ status: 'saved', revision: 3 });
    },
  );

  it('refuses with StorageError "unavailable" when there is no IndexedDB', async () => {
    expect(globalThis.indexedDB).toBeUndefined();
    await expect(createDexieRepository({ channelName: uniqueChannelName() })).rejects.toMatchObject({ name: 'StorageError', kind: 'unavailable' });
  });

  it('refuses with StorageError "unavailable" when the database will not open', async () => {
    const real = new IDBFactory();
    const refusing: IDBFactory = {
      open: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
      deleteDatabase: (name) => real.deleteDatabase(name),
      cmp: (first, second) => real.cmp(first, second),
      databases: () => real.databases(),
    };
    const error = await createDexieRepository({ indexedDB: refusing, IDBKeyRange, channelName: uniqueChannelName() }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ kind: 'unavailable', message: expect.stringContaining('denied permission') });
  });

  it('asks for persistent storage where the browser offers it, and answers false where it does not', async () => {
    const repository = await openRepository({ indexedDB: new IDBFactory() });
    vi.stubGlobal('navigator', undefined);
    expect(await repository.requestPersistence()).toBe(false);
    vi.stubGlobal('navigator', { storage: {} });
    expect(await repository.requestPersistence()).toBe(false);
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist } });
    expect(await repository.requestPersistence()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    vi.stubGlobal('navigator', { storage: { persist: () => Promise.reject(new Error('denied')) } });
    expect(await repository.requestPersistence()).toBe(false);
  });

  it('counts boxes and keeps the creation time of the stored record on each write', async () => {
    const clock = manualClock(100);
    const indexedDB = new IDBFactory();
    const repository = await openRepository({ indexedDB, now: clock.now });
    const created = await repository.create(sampleContent());
    await appendEdit(repository, created.id, (content) => edited(content, 'More'), 5_000);
    expect(await rawDatabase(indexedDB).models.get(created.id)).toMatchObject({ createdAt: 100, updatedAt: 5_000, boxCount: 4, revision: 2, deletedAt: 0 });
  });
});
