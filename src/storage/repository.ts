/**
 * What the rest of the app may ask of storage. Two implementations: IndexedDB through Dexie (the
 * normal case) and memory (when IndexedDB is missing or broken, so editing goes on).
 * Stored models go through the same parse/validate path as an imported file (src/file/parse.ts).
 */
import type { Model, ModelContent } from '../domain/model';

export interface ModelSummary {
  readonly id: string;
  readonly title: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly boxCount: number;
  /** When it was moved to the trash; absent for a live model. */
  readonly deletedAt?: number;
}

export type LoadResult =
  | { readonly status: 'ok'; readonly model: Model; readonly revision: number; readonly deleted: boolean }
  | { readonly status: 'missing' }
  | { readonly status: 'invalid'; readonly error: string };

export type SaveResult =
  | { readonly status: 'saved'; readonly revision: number }
  /** Someone else (another tab) saved since baseRevision: nothing was written. */
  | { readonly status: 'conflict'; readonly storedRevision: number }
  /** The model is no longer stored (purged elsewhere): nothing was written. */
  | { readonly status: 'missing' };

export type StorageProblemKind = 'quota' | 'unavailable' | 'unknown';

/** A write or read that failed for a reason of the browser's, not of the model's. */
export class StorageError extends Error {
  constructor(
    readonly kind: StorageProblemKind,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

export interface StoredChange {
  readonly id: string;
  /** Revision after the change; 0 when the model was purged. */
  readonly revision: number;
}

export interface ModelRepository {
  readonly kind: 'indexeddb' | 'memory';
  /** Live models, most recently changed first. */
  list(): Promise<ModelSummary[]>;
  /** Models in the trash, most recently deleted first. */
  listTrash(): Promise<ModelSummary[]>;
  load(id: string): Promise<LoadResult>;
  /** Stores new content as a new model (new id, revision 1) and returns it. */
  create(content: ModelContent): Promise<Model>;
  /**
   * Writes the model if the stored revision is still baseRevision (optimistic concurrency, so two
   * tabs never silently overwrite each other). Sets updatedAt to model.updatedAt.
   */
  save(model: Model, baseRevision: number): Promise<SaveResult>;
  rename(id: string, title: string): Promise<void>;
  /** A copy titled "Copy of …" with a new id; returns the copy. */
  duplicate(id: string): Promise<Model>;
  trash(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** Removes a model for good. */
  purge(id: string): Promise<void>;
  /** Called after every stored change, made in this tab or in another tab of the same browser. */
  subscribe(listener: (change: StoredChange) => void): () => void;
  /** Asks the browser not to evict this origin's data; true when granted. */
  requestPersistence(): Promise<boolean>;
  close(): void;
}
