/**
 * The normal repository: models in IndexedDB through Dexie. Every read-check-write runs inside one
 * read-write transaction with nothing but IndexedDB awaited in it (anything else lets IndexedDB
 * commit early: Dexie's PrematureCommitError), and other tabs hear of each committed change.
 */
import { newId } from '../domain/ids';
import type { Model, ModelContent } from '../domain/model';
import { createChangeNotifier } from './changeNotifier';
import { OutcomeChainsDb } from './db';
import { StorageError, type LoadResult, type ModelRepository, type ModelSummary, type SaveResult } from './repository';
import { toStorageError } from './storageErrors';
import {
  copyContentOf,
  LIVE,
  loadRecord,
  missingModelError,
  modelFromContent,
  mostRecentlyChangedFirst,
  mostRecentlyTrashedFirst,
  recordForModel,
  summaryOf,
  withDeletedAt,
  withTitle,
  type StoredModelRecord,
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
   * One read-write transaction on the models. `work` may await only IndexedDB calls. When it fails,
   * the transaction's own error goes into the mapping: a full disk may show only there.
   */
  async function inWriteTransaction<T>(action: string, work: () => Promise<T>): Promise<T> {
    let idbTransaction: IDBTransaction | undefined;
    try {
      return await db.transaction('rw', db.models, (transaction) => {
        idbTransaction = transaction.idbtrans;
        return work();
      });
    } catch (error) {
      throw toStorageError(error, action, idbTransaction?.error);
    }
  }

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

  async function create(content: ModelContent): Promise<Model> {
    const model = modelFromContent(content, newId('model'), now());
    const record = recordForModel(model, 1, LIVE);
    await inWriteTransaction('store the new model', () => db.models.add(record));
    notifier.publish({ id: model.id, revision: record.revision });
    return model;
  }

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

    async load(id: string): Promise<LoadResult> {
      const record = await attempt('read the model', () => db.models.get(id));
      return record ? loadRecord(record) : { status: 'missing' };
    },

    create,

    async save(model: Model, baseRevision: number): Promise<SaveResult> {
      // Built before the transaction: only IndexedDB work may happen while it is open.
      const draft = recordForModel(model, baseRevision + 1, LIVE);
      const result = await inWriteTransaction('save the model', async (): Promise<SaveResult> => {
        const stored = await db.models.get(model.id);
        if (!stored) return { status: 'missing' };
        if (stored.revision !== baseRevision) return { status: 'conflict', storedRevision: stored.revision };
        await db.models.put({ ...draft, createdAt: stored.createdAt, deletedAt: stored.deletedAt });
        return { status: 'saved', revision: draft.revision };
      });
      if (result.status === 'saved') notifier.publish({ id: model.id, revision: result.revision });
      return result;
    },

    rename(id: string, title: string): Promise<void> {
      return update(id, 'rename the model', (record) => (record.title === title ? undefined : withTitle(record, title, now())));
    },

    async duplicate(id: string): Promise<Model> {
      const record = await attempt('read the model', () => db.models.get(id));
      if (!record) throw missingModelError(id, 'copied');
      return create(copyContentOf(record));
    },

    trash(id: string): Promise<void> {
      return update(id, 'move the model to the trash', (record) => (record.deletedAt === LIVE ? withDeletedAt(record, now()) : undefined));
    },

    restore(id: string): Promise<void> {
      return update(id, 'restore the model', (record) => (record.deletedAt === LIVE ? undefined : withDeletedAt(record, LIVE)));
    },

    async purge(id: string): Promise<void> {
      const purged = await inWriteTransaction('delete the model', async () => {
        if (!(await db.models.get(id))) return false;
        await db.models.delete(id);
        return true;
      });
      if (purged) notifier.publish({ id, revision: 0 });
    },

    subscribe: (listener) => notifier.subscribe(listener),

    requestPersistence: requestPersistentStorage,

    close(): void {
      notifier.close();
      db.close();
    },
  };
}
