/**
 * The fallback when IndexedDB is missing or broken: the same rules as the IndexedDB repository
 * (revisions, trash, loading through the file checks), kept in this tab's memory only.
 */
import { newId } from '../domain/ids';
import type { Model, ModelContent } from '../domain/model';
import { createChangeNotifier } from './changeNotifier';
import type { LoadResult, ModelRepository, ModelSummary, SaveResult } from './repository';
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

export interface MemoryRepositoryOptions {
  /** Clock for creation, rename and trash times; tests pass a controllable one. */
  now?: () => number;
}

export function createMemoryRepository(options: MemoryRepositoryOptions = {}): ModelRepository {
  const now = options.now ?? Date.now;
  const records = new Map<string, StoredModelRecord>();
  // No channel: another tab cannot read this tab's memory, so there is nothing to tell it.
  const notifier = createChangeNotifier();

  /** Cloned the way IndexedDB clones, so a value IndexedDB would refuse is refused here too. */
  function store(record: StoredModelRecord): void {
    let copy: StoredModelRecord;
    try {
      copy = structuredClone(record);
    } catch (error) {
      throw toStorageError(error, 'keep the model');
    }
    records.set(record.id, copy);
    notifier.publish({ id: record.id, revision: record.revision });
  }

  function update(id: string, change: (record: StoredModelRecord) => StoredModelRecord | undefined): void {
    const stored = records.get(id);
    const changed = stored && change(stored);
    if (changed) store(changed);
  }

  function create(content: ModelContent): Model {
    const model = modelFromContent(content, newId('model'), now());
    store(recordForModel(model, 1, LIVE));
    return model;
  }

  function listWhere(keep: (record: StoredModelRecord) => boolean, order: typeof mostRecentlyChangedFirst): ModelSummary[] {
    return [...records.values()].filter(keep).sort(order).map(summaryOf);
  }

  return {
    kind: 'memory',

    list: async () => listWhere((record) => record.deletedAt === LIVE, mostRecentlyChangedFirst),

    listTrash: async () => listWhere((record) => record.deletedAt !== LIVE, mostRecentlyTrashedFirst),

    async load(id: string): Promise<LoadResult> {
      const record = records.get(id);
      return record ? loadRecord(record) : { status: 'missing' };
    },

    create: async (content) => create(content),

    async save(model: Model, baseRevision: number): Promise<SaveResult> {
      const stored = records.get(model.id);
      if (!stored) return { status: 'missing' };
      if (stored.revision !== baseRevision) return { status: 'conflict', storedRevision: stored.revision };
      const draft = recordForModel(model, baseRevision + 1, stored.deletedAt);
      store({ ...draft, createdAt: stored.createdAt });
      return { status: 'saved', revision: draft.revision };
    },

    async rename(id: string, title: string): Promise<void> {
      update(id, (record) => (record.title === title ? undefined : withTitle(record, title, now())));
    },

    async duplicate(id: string): Promise<Model> {
      const record = records.get(id);
      if (!record) throw missingModelError(id, 'copied');
      return create(copyContentOf(record));
    },

    async trash(id: string): Promise<void> {
      update(id, (record) => (record.deletedAt === LIVE ? withDeletedAt(record, now()) : undefined));
    },

    async restore(id: string): Promise<void> {
      update(id, (record) => (record.deletedAt === LIVE ? undefined : withDeletedAt(record, LIVE)));
    },

    async purge(id: string): Promise<void> {
      if (records.delete(id)) notifier.publish({ id, revision: 0 });
    },

    subscribe: (listener) => notifier.subscribe(listener),

    // Nothing of this tab's memory outlives it, so there is nothing to ask the browser to keep.
    requestPersistence: async () => false,

    close(): void {
      notifier.close();
      records.clear();
    },
  };
}
