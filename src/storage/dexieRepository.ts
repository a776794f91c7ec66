/**
 * The normal repository: models in IndexedDB through Dexie. Every read-check-write runs inside one
 * read-write transaction with nothing but IndexedDB awaited in it (anything else lets IndexedDB
 * commit early: Dexie's PrematureCommitError), and other tabs hear of each committed change.
 */
import Dexie from 'dexie';
import * as Y from 'yjs';
import { newId } from '../domain/ids';
import type { Model, ModelContent } from '../domain/model';
import { documentUpdateFor } from '../document/seed';
import { asCopy, newModelUid, withUid } from '../domain/modelLinks';
import type { StoredVersion } from '../document/versions';
import { createChangeNotifier } from './changeNotifier';
import { OutcomeChainsDb } from './db';
import { commentsChangeId, StorageError, type AppendResult, type LoadResult, type ModelRepository, type ModelSummary } from './repository';
import { toStorageError } from './storageErrors';
import {
  compactedUpdate,
  contentWithVersionsOf,
  LIVE,
  migrateLegacyRecord,
  missingModelError,
  modelFromContent,
  mostRecentlyChangedFirst,
  mostRecentlyTrashedFirst,
  isSharedIn,
  newRecord,
  retitleUpdate,
  sharedRecord,
  storedDocument,
  summaryOf,
  withDeletedAt,
  withShared,
  withDigest,
  withOpenComments,
  uidOrUpdate,
  storedDigestOf,
  byPlanName,
  type StoredModelRecord,
  type StoredUpdateRow,
} from './storedModel';

export const DEFAULT_CHANNEL_NAME = 'outcome-chains-storage';

export interface DexieRepositoryOptions {
  /** Database name; 'outcome-chains' unless a test wants its own. */
  name?: string;
  /** The IndexedDB to use; the browser's own unless given (tests pass fake-indexeddb's). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** BroadcastChannel that links the tabs sharing this database. */
  channelName?: string;
  /** Clock for creation, rename and trash times; tests pass a controllable one. */
  now?: () => number;
}

/** Reading a global can itself throw (e.g. `indexedDB` in a sandboxed frame), so ask carefully. */
function globalValue<K extends 'indexedDB' | 'IDBKeyRange'>(key: K): (typeof globalThis)[K] | undefined {
  try {
    return globalThis[key] ?? undefined;
  } catch {
    return undefined;
  }
}

async function requestPersistentStorage(): Promise<boolean> {
  try {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (typeof storage?.persist !== 'function') return false;
    return await storage.persist();
  } catch {
    return false;
  }
}

export async function createDexieRepository(options: DexieRepositoryOptions = {}): Promise<ModelRepository> {
  const indexedDB = options.indexedDB ?? globalValue('indexedDB');
  if (!indexedDB) throw new StorageError('unavailable', 'IndexedDB is not available in this browser.');
  const db = new OutcomeChainsDb(options.name, { indexedDB, IDBKeyRange: options.IDBKeyRange ?? globalValue('IDBKeyRange') });
  try {
    await db.open();
  } catch (error) {
    db.close();
    const detail = error instanceof Error && error.message ? error.message : String(error);
    throw new StorageError('unavailable', `The browser would not open the Outcome Chains database: ${detail}`, error);
  }

  const now = options.now ?? Date.now;
  const notifier = createChangeNotifier(options.channelName ?? DEFAULT_CHANNEL_NAME);

  async function attempt<T>(action: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toStorageError(error, action);
    }
  }

  /**
   * One read-write transaction on the models and their updates. `work` may await only IndexedDB
   * calls (Yjs work in it is synchronous). When it fails, the transaction's own error goes into
   * the mapping: a full disk may show only there.
   */
  async function inWriteTransaction<T>(action: string, work: () => Promise<T>): Promise<T> {
    let idbTransaction: IDBTransaction | undefined;
    try {
      return await db.transaction('rw', [db.models, db.updates, db.commentUpdates, db.plans], (transaction) => {
        idbTransaction = transaction.idbtrans;
        return work();
      });
    } catch (error) {
      throw toStorageError(error, action, idbTransaction?.error);
    }
  }

  const rowsOf = (id: string, afterSeq = 0) => db.updates.where('[modelId+seq]').between([id, afterSeq + 1], [id, Dexie.maxKey]).toArray();

  /** Reads, changes and writes one record atomically; no write (and no news) when change declines. */
  async function update(id: string, action: string, change: (record: StoredModelRecord) => StoredModelRecord | undefined): Promise<void> {
    const revision = await inWriteTransaction(action, async () => {
      const stored = await db.models.get(id);
      const changed = stored && change(stored);
      if (!changed) return undefined;
      await db.models.put(changed);
      return changed.revision;
    });
    if (revision !== undefined) notifier.publish({ id, revision });
  }

  /**
   * Moves a model kept as a model file object into a document, once: the check and the write are
   * one transaction, so a second tab doing the same finds it done. Returns the problem of a record
   * that does not load (it is left as it was).
   */
  async function migrateLegacy(id: string): Promise<string | undefined> {
    return inWriteTransaction('move the model to the new storage', async () => {
      const record = await db.models.get(id);
      if (!record?.document) return undefined;
      const migration = migrateLegacyRecord(record);
      if (!migration.ok) return migration.error;
      await db.updates.add({ modelId: id, update: migration.update });
      await db.models.put(migration.record);
      return undefined;
    });
  }

  async function create(given: ModelContent, versions: readonly StoredVersion[] = []): Promise<Model> {
    // A model made here (a template, a blank one) gets its uid now; an imported one keeps the file's.
    const content = withUid(given);
    const model = modelFromContent(content, newId('model'), now());
    const record = newRecord(model.id, content, model.createdAt);
    const update = documentUpdateFor(content, versions);
    await inWriteTransaction('store the new model', async () => {
      await db.models.add(record);
      await db.updates.add({ modelId: model.id, update });
    });
    notifier.publish({ id: model.id, revision: record.revision });
    return model;
  }

  async function load(id: string): Promise<LoadResult> {
    const problem = await migrateLegacy(id);
    if (problem) return { status: 'invalid', error: problem };
    const found = await attempt('read the model', () =>
      db.transaction('r', db.models, db.updates, async () => {
        const record = await db.models.get(id);
        return record && { record, rows: await rowsOf(id) };
      }),
    );
    return found ? { status: 'ok', document: storedDocument(found.record, found.rows) } : { status: 'missing' };
  }

  // Every model still kept as a model file object becomes a document now, each on its own.
  const legacy = await attempt('read the models', () => db.models.filter((record) => record.document !== undefined).primaryKeys());
  for (const id of legacy) await migrateLegacy(id);

  return {
    kind: 'indexeddb',

    async list(): Promise<ModelSummary[]> {
      const records = await attempt('list the models', () => db.models.where('deletedAt').equals(LIVE).toArray());
      return records.sort(mostRecentlyChangedFirst).map(summaryOf);
    },

    async listTrash(): Promise<ModelSummary[]> {
      const records = await attempt('list the trash', () => db.models.where('deletedAt').above(LIVE).toArray());
      return records.sort(mostRecentlyTrashedFirst).map(summaryOf);
    },

    load,

    async updatesAfter(id, seq) {
      const rows = await attempt('read the model', () =>
        db.transaction('r', db.models, db.updates, async () => ((await db.models.get(id)) ? rowsOf(id, seq) : null)),
      );
      if (!rows) return null;
      return { updates: rows.map((row) => row.update), lastSeq: rows.reduce((last, row) => Math.max(last, row.seq ?? 0), seq) };
    },

    create,

    async createShared(documentUpdate, facts, shared) {
      const record = sharedRecord(newId('model'), facts, shared, now());
      await inWriteTransaction('store the shared model', async () => {
        await db.models.add(record);
        await db.updates.add({ modelId: record.id, update: documentUpdate });
      });
      notifier.publish({ id: record.id, revision: record.revision });
      return record.id;
    },

    setShared(id, shared) {
      return update(id, 'mark the model as shared', (record) => withShared(record, shared));
    },

    async findShared(server, room) {
      const found = await attempt('find the shared model', () => db.models.filter((record) => isSharedIn(record, server, room)).first());
      return found && summaryOf(found);
    },

    async append(id, documentUpdate, facts, updatedAt): Promise<AppendResult> {
      const result = await inWriteTransaction('save the model', async (): Promise<AppendResult> => {
        const stored = await db.models.get(id);
        if (!stored) return { status: 'missing' };
        await db.updates.add({ modelId: id, update: documentUpdate });
        const revision = stored.revision + 1;
        await db.models.put(withDigest({ ...stored, title: facts.title, boxCount: facts.boxCount, updatedAt, revision }, facts.uid, facts.digest));
        return { status: 'saved', revision };
      });
      if (result.status === 'saved') notifier.publish({ id, revision: result.revision });
      return result;
    },

    async compact(id) {
      await inWriteTransaction('tidy the stored model', async () => {
        const rows = await rowsOf(id);
        if (rows.length < 2) return;
        const merged = compactedUpdate(rows.map((row) => row.update));
        await db.updates.bulkDelete(rows.map((row) => row.seq as number));
        await db.updates.add({ modelId: id, update: merged });
      });
    },

    async rename(id: string, title: string): Promise<void> {
      const revision = await inWriteTransaction('rename the model', async () => {
        const stored = await db.models.get(id);
        if (!stored || stored.title === title) return undefined;
        // A model that could not be moved to a document keeps its title in its file object too.
        if (stored.document) {
          await db.models.put({ ...stored, title, updatedAt: now(), revision: stored.revision + 1, document: { ...stored.document, title } });
        } else {
          const rows: StoredUpdateRow[] = await rowsOf(id);
          await db.updates.add({ modelId: id, update: retitleUpdate(rows.map((row) => row.update), title) });
          await db.models.put({ ...stored, title, updatedAt: now(), revision: stored.revision + 1 });
        }
        return stored.revision + 1;
      });
      if (revision !== undefined) notifier.publish({ id, revision });
    },

    async duplicate(id, options = {}) {
      const loaded = await load(id);
      if (loaded.status === 'missing') throw missingModelError(id, 'copied');
      if (loaded.status === 'invalid') throw new Error(loaded.error);
      const { content, versions } = contentWithVersionsOf(loaded.document.updates);
      const comments = options.withComments ? (await attempt('read the comments', () => db.commentUpdates.where('[modelId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray())).map((row) => row.update) : [];
      const copy = asCopy({ ...content, title: `Copy of ${loaded.document.title}` });
      const model = modelFromContent(copy, newId('model'), now());
      const record = newRecord(model.id, copy, model.createdAt);
      const update = documentUpdateFor(copy, versions);
      // One transaction: a copy is there whole, with its comments, or not at all.
      await inWriteTransaction('store the copy', async () => {
        await db.models.add(record);
        await db.updates.add({ modelId: model.id, update });
        if (comments.length) await db.commentUpdates.add({ modelId: model.id, update: Y.mergeUpdates(comments) });
      });
      notifier.publish({ id: model.id, revision: record.revision });
      return model;
    },

    trash(id: string): Promise<void> {
      return update(id, 'move the model to the trash', (record) => (record.deletedAt === LIVE ? withDeletedAt(record, now()) : undefined));
    },

    restore(id: string): Promise<void> {
      return update(id, 'restore the model', (record) => (record.deletedAt === LIVE ? undefined : withDeletedAt(record, LIVE)));
    },

    async listDigests() {
      const records = await attempt('read the models for the plan', () => db.models.where('deletedAt').equals(LIVE).toArray());
      return records.sort(mostRecentlyChangedFirst).map(storedDigestOf);
    },

    async ensureUid(id) {
      const result = await inWriteTransaction('give the model its uid', async () => {
        const stored = await db.models.get(id);
        if (!stored || stored.document) return undefined;
        if (stored.uid) return { uid: stored.uid, revision: undefined };
        const { uid, update } = uidOrUpdate((await rowsOf(id)).map((row) => row.update), newModelUid);
        const revision = stored.revision + 1;
        if (update) await db.updates.add({ modelId: id, update });
        await db.models.put({ ...stored, uid, revision });
        return { uid, revision };
      });
      if (result?.revision !== undefined) notifier.publish({ id, revision: result.revision });
      return result?.uid;
    },

    async listPlans() {
      return (await attempt('list the plans', () => db.plans.toArray())).sort(byPlanName);
    },

    async savePlan(plan) {
      await inWriteTransaction('save the plan', async () => {
        await db.plans.put(plan);
      });
    },

    async deletePlan(id) {
      await inWriteTransaction('delete the plan', async () => {
        await db.plans.delete(id);
      });
    },

    async purge(id: string): Promise<void> {
      const purged = await inWriteTransaction('delete the model', async () => {
        if (!(await db.models.get(id))) return false;
        await db.models.delete(id);
        await db.updates.where('[modelId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
        await db.commentUpdates.where('[modelId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
        return true;
      });
      if (purged) notifier.publish({ id, revision: 0 });
    },

    async loadComments(id, afterSeq = 0) {
      const rows = await attempt('read the comments', () => db.commentUpdates.where('[modelId+seq]').between([id, afterSeq + 1], [id, Dexie.maxKey]).toArray());
      return { updates: rows.map((row) => row.update), lastSeq: rows.reduce((last, row) => Math.max(last, row.seq ?? 0), afterSeq) };
    },

    async appendComments(id, commentsUpdate) {
      const seq = await inWriteTransaction('save the comments', async () => {
        const record = await db.models.get(id);
        if (!record) return undefined;
        const added = await db.commentUpdates.add({ modelId: id, update: commentsUpdate });
        // The plan's dashboard shows each model's open comments without opening its comments.
        const rows = await db.commentUpdates.where('[modelId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray();
        const counted = withOpenComments(record, rows.map((row) => row.update));
        if (counted !== record) await db.models.put(counted);
        return added;
      });
      if (seq !== undefined) notifier.publish({ id: commentsChangeId(id), revision: seq });
    },

    subscribe: (listener) => notifier.subscribe(listener),

    requestPersistence: requestPersistentStorage,

    close(): void {
      notifier.close();
      db.close();
    },
  };
}
