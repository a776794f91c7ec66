/**
 * The stored form of a model and the rules both repositories share, so that IndexedDB and memory
 * behave alike: what a record holds, how it becomes a summary or a loaded model, how lists are sorted.
 */
import type { Model, ModelContent } from '../domain/model';
import { MODEL_FILE_VERSION } from '../file/format';
import { isReadableVersion, migrateToCurrent } from '../file/migrations';
import { parseModelDocument } from '../file/parse';
import { toModelDocument } from '../file/serialise';
import type { LoadResult, ModelSummary } from './repository';

/** One model as IndexedDB (or the memory fallback) keeps it. */
export interface StoredModelRecord {
  readonly id: string;
  readonly title: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly boxCount: number;
  /** Goes up by one with every stored change; the base of the optimistic concurrency check. */
  readonly revision: number;
  /** When it was moved to the trash; 0 when live, because IndexedDB cannot index null or undefined. */
  readonly deletedAt: number;
  /** The model file object (toModelDocument), so loading runs the same checks as importing a file. */
  readonly document: Record<string, unknown>;
}

export const LIVE = 0;

export function recordForModel(model: Model, revision: number, deletedAt: number): StoredModelRecord {
  return {
    id: model.id,
    title: model.title,
    createdAt: model.createdAt,
    updatedAt: model.updatedAt,
    boxCount: model.boxes.length,
    revision,
    deletedAt,
    document: toModelDocument(model),
  };
}

export function modelFromContent(content: ModelContent, id: string, now: number): Model {
  return { ...content, id, createdAt: now, updatedAt: now };
}

export function withTitle(record: StoredModelRecord, title: string, now: number): StoredModelRecord {
  return { ...record, title, updatedAt: now, revision: record.revision + 1, document: { ...record.document, title } };
}

export function withDeletedAt(record: StoredModelRecord, deletedAt: number): StoredModelRecord {
  return { ...record, deletedAt, revision: record.revision + 1 };
}

export function summaryOf(record: StoredModelRecord): ModelSummary {
  const summary = { id: record.id, title: record.title, createdAt: record.createdAt, updatedAt: record.updatedAt, boxCount: record.boxCount };
  return record.deletedAt === LIVE ? summary : { ...summary, deletedAt: record.deletedAt };
}

/**
 * The record's document at the newest file version, or undefined when it is there already or when
 * the migrated copy would not load (then the record must stay as it is).
 */
export function migrateStoredDocument(record: StoredModelRecord): Record<string, unknown> | undefined {
  const version = record.document.formatVersion;
  if (!isReadableVersion(version) || version === MODEL_FILE_VERSION) return undefined;
  const migrated = migrateToCurrent(record.document);
  return parseModelDocument(migrated).ok ? { ...migrated } : undefined;
}

/** Runs the stored document through the import checks; a bad record is reported, never repaired. */
export function loadRecord(record: StoredModelRecord): Exclude<LoadResult, { status: 'missing' }> {
  const parsed = parseModelDocument(record.document);
  if (!parsed.ok) {
    return { status: 'invalid', error: `The stored model "${record.title}" cannot be opened: ${parsed.error}` };
  }
  const model: Model = { ...parsed.model, id: record.id, createdAt: record.createdAt, updatedAt: record.updatedAt };
  return { status: 'ok', model, revision: record.revision, deleted: record.deletedAt !== LIVE };
}

/**
 * The content of a copy, checked like any load: copying a record that no longer passes the checks
 * would only spread the problem. Box, link and condition ids are kept: ids are unique per model.
 */
export function copyContentOf(record: StoredModelRecord): ModelContent {
  const loaded = loadRecord(record);
  if (loaded.status === 'invalid') throw new Error(loaded.error);
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...content } = loaded.model;
  return { ...content, title: `Copy of ${record.title}` };
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
