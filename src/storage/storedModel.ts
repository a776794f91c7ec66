/**
 * The stored form of a model and the rules both repositories share, so that IndexedDB and memory
 * behave alike: what a record holds, how a document's updates become content, how a model kept as
 * a JSON model file object becomes a document, how lists are sorted.
 */
import * as Y from 'yjs';
import type { Model, ModelContent } from '../domain/model';
import { mapsOf } from '../document/layout';
import { projectDocument } from '../document/project';
import { documentUpdateFor } from '../document/seed';
import { storedVersions, type StoredVersion } from '../document/versions';
import { readThreads } from '../document/comments';
import { MODEL_FILE_VERSION } from '../file/format';
import { isReadableVersion, migrateToCurrent } from '../file/migrations';
import { parseModelDocument } from '../file/parse';
import { serialiseModel } from '../file/serialise';
import type { ListedFacts, ModelSummary, SharedLink, StoredDigest, StoredDocument } from './repository';
import type { Plan } from '../domain/plan';
import { analyse } from '../analysis/analyse';
import { digestOf, type ModelDigest } from '../analysis/plans/digest';

/** One model as IndexedDB (or the memory fallback) lists it. */
export interface StoredModelRecord {
  readonly id: string;
  readonly title: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly boxCount: number;
  /** Goes up by one with every stored change, so other tabs can tell news from an echo. */
  readonly revision: number;
  /** When it was moved to the trash; 0 when live, because IndexedDB cannot index null or undefined. */
  readonly deletedAt: number;
  /**
   * A model stored before models were documents: its model file object (toModelDocument). Kept
   * until its document has been written and read back equal, then removed (migrateLegacyRecord).
   */
  readonly document?: Record<string, unknown>;
  /** Set when the model is shared through a team server (see SharedLink). */
  readonly shared?: SharedLink;
  /** The model's uid (PRODUCT.md §7 version 4), so that links between models find it without opening it. */
  readonly uid?: string;
  /** What a plan's dashboard and a box's roll-up need of the model, refreshed with every save. */
  readonly digest?: ModelDigest;
}

/** One stored update of a model's document. */
export interface StoredUpdateRow {
  readonly seq?: number;
  readonly modelId: string;
  readonly update: Uint8Array;
}

export const LIVE = 0;

export function newRecord(id: string, content: ModelContent, now: number): StoredModelRecord {
  const record: StoredModelRecord = { id, title: content.title, createdAt: now, updatedAt: now, boxCount: content.boxes.length, revision: 1, deletedAt: LIVE };
  return withDigest(record, content.uid, digestOf(content, { flags: analyse(content) }));
}

/** The record with the model's uid and digest, as a save or a creation knows them. */
export function withDigest(record: StoredModelRecord, uid: string | undefined, digest: ModelDigest | undefined): StoredModelRecord {
  if (!digest) return record;
  const { uid: _uid, ...rest } = record;
  // Open comments are counted when comments are stored (withOpenComments), not by a model's save.
  const kept = record.digest ? { ...digest, openComments: record.digest.openComments } : digest;
  return uid ? { ...rest, uid, digest: kept } : { ...rest, digest: kept };
}

/** The record with its digest's count of open comment threads, read from the comments document's updates. */
export function withOpenComments(record: StoredModelRecord, commentUpdates: readonly Uint8Array[]): StoredModelRecord {
  if (!record.digest) return record;
  const doc = documentOf(commentUpdates);
  try {
    const open = readThreads(doc).filter((thread) => !thread.resolved).length;
    return open === record.digest.openComments ? record : { ...record, digest: { ...record.digest, openComments: open } };
  } finally {
    doc.destroy();
  }
}

/** The record of a model joined through a share link. */
export function sharedRecord(id: string, facts: ListedFacts, shared: SharedLink, now: number): StoredModelRecord {
  return { id, title: facts.title, createdAt: now, updatedAt: now, boxCount: facts.boxCount, revision: 1, deletedAt: LIVE, shared };
}

/** The record with its share link set, changed or (null) removed. */
export function withShared(record: StoredModelRecord, shared: SharedLink | null): StoredModelRecord {
  const { shared: _old, ...rest } = record;
  return { ...rest, ...(shared ? { shared } : {}), revision: record.revision + 1 };
}

export function isSharedIn(record: StoredModelRecord, server: string, room: string): boolean {
  return record.shared?.server === server && record.shared.room === room;
}

export function modelFromContent(content: ModelContent, id: string, now: number): Model {
  return { ...content, id, createdAt: now, updatedAt: now };
}

export function withDeletedAt(record: StoredModelRecord, deletedAt: number): StoredModelRecord {
  return { ...record, deletedAt, revision: record.revision + 1 };
}

export function summaryOf(record: StoredModelRecord): ModelSummary {
  const summary = {
    id: record.id,
    title: record.title,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    boxCount: record.boxCount,
    ...(record.shared ? { shared: record.shared } : {}),
  };
  return record.deletedAt === LIVE ? summary : { ...summary, deletedAt: record.deletedAt };
}

export function storedDocument(record: StoredModelRecord, rows: readonly StoredUpdateRow[]): StoredDocument {
  return {
    id: record.id,
    title: record.title,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    deleted: record.deletedAt !== LIVE,
    ...(record.shared ? { shared: record.shared } : {}),
    updates: rows.map((row) => row.update),
    lastSeq: rows.reduce((last, row) => Math.max(last, row.seq ?? 0), 0),
  };
}

/** A document holding the updates; throws when one of them is not a Yjs update. */
export function documentOf(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

/** The content of a document kept as updates. */
export function contentOf(updates: readonly Uint8Array[]): ModelContent {
  const doc = documentOf(updates);
  try {
    return projectDocument(mapsOf(doc));
  } finally {
    doc.destroy();
  }
}

/** The content of a document kept as updates, and its saved versions as stored (oldest first): what a copy keeps. */
export function contentWithVersionsOf(updates: readonly Uint8Array[]): { content: ModelContent; versions: StoredVersion[] } {
  const doc = documentOf(updates);
  try {
    return { content: projectDocument(mapsOf(doc)), versions: storedVersions(doc) };
  } finally {
    doc.destroy();
  }
}

/** One update that holds all of them, with what was deleted long ago reduced to a marker. */
export function compactedUpdate(updates: readonly Uint8Array[]): Uint8Array {
  const doc = documentOf(updates);
  try {
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** The update that gives a document a new title. */
export function retitleUpdate(updates: readonly Uint8Array[], title: string): Uint8Array {
  const doc = documentOf(updates);
  try {
    const before = Y.encodeStateVector(doc);
    mapsOf(doc).meta.set('title', title);
    return Y.encodeStateAsUpdate(doc, before);
  } finally {
    doc.destroy();
  }
}

/** The document's uid, or the update that gives it a new one when it has none. */
export function uidOrUpdate(updates: readonly Uint8Array[], newUid: () => string): { uid: string; update?: Uint8Array } {
  const doc = documentOf(updates);
  try {
    const meta = mapsOf(doc).meta;
    const present = meta.get('uid');
    if (typeof present === 'string' && present.trim()) return { uid: present };
    const before = Y.encodeStateVector(doc);
    const uid = newUid();
    meta.set('uid', uid);
    return { uid, update: Y.encodeStateAsUpdate(doc, before) };
  } finally {
    doc.destroy();
  }
}

/** The digest entry a plan reads of a record. */
export function storedDigestOf(record: StoredModelRecord): StoredDigest {
  return { id: record.id, title: record.title, updatedAt: record.updatedAt, ...(record.uid ? { uid: record.uid } : {}), ...(record.digest ? { digest: record.digest } : {}) };
}

/** By name, then id, so the list never depends on the store's order. */
export function byPlanName(a: Plan, b: Plan): number {
  return a.name.localeCompare(b.name, 'en-GB') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The record's model file object at the newest file version, or undefined when it is there already
 * or when the migrated copy would not load (then the record must stay as it is).
 */
export function migrateStoredDocument(record: StoredModelRecord): Record<string, unknown> | undefined {
  const version = record.document?.formatVersion;
  if (!record.document || !isReadableVersion(version) || version === MODEL_FILE_VERSION) return undefined;
  const migrated = migrateToCurrent(record.document);
  return parseModelDocument(migrated).ok ? { ...migrated } : undefined;
}

export type LegacyMigration = { readonly ok: true; readonly update: Uint8Array; readonly record: StoredModelRecord } | { readonly ok: false; readonly error: string };

/**
 * A model kept as a model file object, as a document: its first update, and the record without the
 * object. The update is read back and must give the very same model file before the object may go;
 * a record that does not load is reported and left exactly as it was.
 */
export function migrateLegacyRecord(record: StoredModelRecord): LegacyMigration {
  const parsed = parseModelDocument(record.document);
  if (!parsed.ok) return { ok: false, error: `The stored model "${record.title}" cannot be opened: ${parsed.error}` };
  const update = documentUpdateFor(parsed.model);
  if (serialiseModel(contentOf([update])) !== serialiseModel(parsed.model)) {
    return { ok: false, error: `The stored model "${record.title}" could not be moved to the new storage, so it was left as it was.` };
  }
  const { document: _document, ...rest } = record;
  return { ok: true, update, record: { ...rest, boxCount: parsed.model.boxes.length } };
}

export function missingModelError(id: string, action: string): Error {
  return new Error(`The model ${id} is no longer stored, so it could not be ${action}.`);
}

/** Ties broken by id so that the order never depends on how the store happened to return rows. */
function byDescending(key: (record: StoredModelRecord) => number) {
  return (a: StoredModelRecord, b: StoredModelRecord): number => key(b) - key(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export const mostRecentlyChangedFirst = byDescending((record) => record.updatedAt);
export const mostRecentlyTrashedFirst = byDescending((record) => record.deletedAt);
