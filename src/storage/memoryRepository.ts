/**
 * The fallback when IndexedDB is missing or broken: the same rules as the IndexedDB repository
 * (list entries, document updates, trash), kept in this tab's memory only.
 */
import * as Y from 'yjs';
import { newId } from '../domain/ids';
import type { Model, ModelContent } from '../domain/model';
import { documentUpdateFor } from '../document/seed';
import { asCopy, newModelUid, withUid } from '../domain/modelLinks';
import type { Plan } from '../domain/plan';
import type { StoredVersion } from '../document/versions';
import { createChangeNotifier } from './changeNotifier';
import { commentsChangeId, type AppendResult, type LoadResult, type ModelRepository, type ModelSummary } from './repository';
import { toStorageError } from './storageErrors';
import {
  compactedUpdate,
  contentWithVersionsOf,
  LIVE,
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

export interface MemoryRepositoryOptions {
  /** Clock for creation, rename and trash times; tests pass a controllable one. */
  now?: () => number;
}

export function createMemoryRepository(options: MemoryRepositoryOptions = {}): ModelRepository {
  const now = options.now ?? Date.now;
  const records = new Map<string, StoredModelRecord>();
  const rows = new Map<string, StoredUpdateRow[]>();
  const commentRows = new Map<string, StoredUpdateRow[]>();
  let nextSeq = 1;
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

  function addRow(modelId: string, update: Uint8Array): void {
    const list = rows.get(modelId) ?? [];
    list.push({ seq: nextSeq++, modelId, update: update.slice() });
    rows.set(modelId, list);
  }

  function update(id: string, change: (record: StoredModelRecord) => StoredModelRecord | undefined): void {
    const stored = records.get(id);
    const changed = stored && change(stored);
    if (changed) store(changed);
  }

  function create(given: ModelContent, versions: readonly StoredVersion[] = []): Model {
    // A model made here (a template, a blank one) gets its uid now; an imported one keeps the file's.
    const content = withUid(given);
    const model = modelFromContent(content, newId('model'), now());
    addRow(model.id, documentUpdateFor(content, versions));
    store(newRecord(model.id, content, model.createdAt));
    return model;
  }

  function load(id: string): LoadResult {
    const record = records.get(id);
    return record ? { status: 'ok', document: storedDocument(record, rows.get(id) ?? []) } : { status: 'missing' };
  }

  function listWhere(keep: (record: StoredModelRecord) => boolean, order: typeof mostRecentlyChangedFirst): ModelSummary[] {
    return [...records.values()].filter(keep).sort(order).map(summaryOf);
  }

  const plans = new Map<string, Plan>();

  return {
    kind: 'memory',

    listDigests: async () => [...records.values()].filter((record) => record.deletedAt === LIVE).sort(mostRecentlyChangedFirst).map(storedDigestOf),

    async ensureUid(id) {
      const stored = records.get(id);
      if (!stored) return undefined;
      if (stored.uid) return stored.uid;
      const { uid, update } = uidOrUpdate((rows.get(id) ?? []).map((row) => row.update), newModelUid);
      if (update) addRow(id, update);
      store({ ...stored, uid, revision: stored.revision + 1 });
      return uid;
    },

    listPlans: async () => [...plans.values()].sort(byPlanName),

    async savePlan(plan) {
      plans.set(plan.id, plan);
    },

    async deletePlan(id) {
      plans.delete(id);
    },

    list: async () => listWhere((record) => record.deletedAt === LIVE, mostRecentlyChangedFirst),

    listTrash: async () => listWhere((record) => record.deletedAt !== LIVE, mostRecentlyTrashedFirst),

    load: async (id) => load(id),

    async updatesAfter(id, seq) {
      if (!records.has(id)) return null;
      const after = (rows.get(id) ?? []).filter((row) => (row.seq ?? 0) > seq);
      return { updates: after.map((row) => row.update), lastSeq: after.reduce((last, row) => Math.max(last, row.seq ?? 0), seq) };
    },

    create: async (content, versions) => create(content, versions),

    async createShared(documentUpdate, facts, shared) {
      const record = sharedRecord(newId('model'), facts, shared, now());
      addRow(record.id, documentUpdate);
      store(record);
      return record.id;
    },

    async setShared(id, shared) {
      update(id, (record) => withShared(record, shared));
    },

    async findShared(server, room) {
      const found = [...records.values()].find((record) => isSharedIn(record, server, room));
      return found && summaryOf(found);
    },

    async append(id, documentUpdate, facts, updatedAt): Promise<AppendResult> {
      const stored = records.get(id);
      if (!stored) return { status: 'missing' };
      addRow(id, documentUpdate);
      const revision = stored.revision + 1;
      store(withDigest({ ...stored, title: facts.title, boxCount: facts.boxCount, updatedAt, revision }, facts.uid, facts.digest));
      return { status: 'saved', revision };
    },

    async compact(id) {
      const list = rows.get(id) ?? [];
      if (list.length < 2) return;
      rows.set(id, []);
      addRow(id, compactedUpdate(list.map((row) => row.update)));
    },

    async rename(id: string, title: string): Promise<void> {
      update(id, (record) => {
        if (record.title === title) return undefined;
        addRow(id, retitleUpdate((rows.get(id) ?? []).map((row) => row.update), title));
        return { ...record, title, updatedAt: now(), revision: record.revision + 1 };
      });
    },

    async duplicate(id, options = {}) {
      const loaded = load(id);
      if (loaded.status !== 'ok') throw missingModelError(id, 'copied');
      const { content, versions } = contentWithVersionsOf(loaded.document.updates);
      const copy = await create(asCopy({ ...content, title: `Copy of ${loaded.document.title}` }), versions);
      const comments = options.withComments ? (commentRows.get(id) ?? []).map((row) => row.update) : [];
      if (comments.length) commentRows.set(copy.id, [{ seq: nextSeq++, modelId: copy.id, update: Y.mergeUpdates(comments) }]);
      return copy;
    },

    async trash(id: string): Promise<void> {
      update(id, (record) => (record.deletedAt === LIVE ? withDeletedAt(record, now()) : undefined));
    },

    async restore(id: string): Promise<void> {
      update(id, (record) => (record.deletedAt === LIVE ? undefined : withDeletedAt(record, LIVE)));
    },

    async purge(id: string): Promise<void> {
      rows.delete(id);
      commentRows.delete(id);
      if (records.delete(id)) notifier.publish({ id, revision: 0 });
    },

    async loadComments(id, afterSeq = 0) {
      const rows = (commentRows.get(id) ?? []).filter((row) => (row.seq ?? 0) > afterSeq);
      return { updates: rows.map((row) => row.update.slice()), lastSeq: rows.reduce((last, row) => Math.max(last, row.seq ?? 0), afterSeq) };
    },

    async appendComments(id, update) {
      if (!records.has(id)) return;
      const seq = nextSeq++;
      commentRows.set(id, [...(commentRows.get(id) ?? []), { seq, modelId: id, update: update.slice() }]);
      const record = records.get(id) as StoredModelRecord;
      const counted = withOpenComments(record, (commentRows.get(id) ?? []).map((row) => row.update));
      if (counted !== record) records.set(id, counted);
      notifier.publish({ id: commentsChangeId(id), revision: seq });
    },

    subscribe: (listener) => notifier.subscribe(listener),

    // Nothing of this tab's memory outlives it, so there is nothing to ask the browser to keep.
    requestPersistence: async () => false,

    close(): void {
      notifier.close();
      records.clear();
      rows.clear();
    },
  };
}
