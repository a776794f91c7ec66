/**
 * What the rest of the app may ask of storage. Two implementations: IndexedDB through Dexie (the
 * normal case) and memory (when IndexedDB is missing or broken, so editing goes on).
 * A model is kept as its list entry (title, times, box count) and its live document's updates
 * (src/document); a model from before the document was kept as a model file object until it is
 * migrated, through the same parse path as an imported file (src/file/parse.ts).
 */
import type { Model, ModelContent } from '../domain/model';
import type { StoredVersion } from '../document/versions';
import type { Plan } from '../domain/plan';
import type { ModelDigest } from '../analysis/plans/digest';

/**
 * A model shared through a team server's room: where, and this browser's link into it. Only a model
 * with this ever contacts a server. The token is the one from the link (signed by the server).
 */
export interface SharedLink {
  /** The team server's origin, e.g. https://models.example.org */
  readonly server: string;
  readonly room: string;
  /** What the link lets this person do: change the model, comment on it, or only see it. */
  readonly role: 'edit' | 'comment' | 'view';
  readonly token: string;
  /** The view link's token, known to whoever made (or last replaced) the links. */
  readonly viewToken?: string;
  /** The comment link's token, known like the view link's. */
  readonly commentToken?: string;
  /** The links were replaced by new ones: this copy is kept here and no longer connects. */
  readonly linksReplaced?: boolean;
}

export interface ModelSummary {
  readonly id: string;
  readonly title: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly boxCount: number;
  /** When it was moved to the trash; absent for a live model. */
  readonly deletedAt?: number;
  readonly shared?: SharedLink;
}

/** A stored model's document: apply every update, in order, to get it. */
export interface StoredDocument {
  readonly id: string;
  readonly title: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly deleted: boolean;
  readonly shared?: SharedLink;
  readonly updates: readonly Uint8Array[];
  /** Where the last of these updates stands, to ask later for the ones stored after it. */
  readonly lastSeq: number;
}

export type LoadResult =
  | { readonly status: 'ok'; readonly document: StoredDocument }
  | { readonly status: 'missing' }
  | { readonly status: 'invalid'; readonly error: string };

/** What the model list shows, written with each update so the list never has to read documents. */
export interface ListedFacts {
  readonly title: string;
  readonly boxCount: number;
  /** The model's uid and digest (PRODUCT.md §18), so a plan's dashboard never opens the document. */
  readonly uid?: string;
  readonly digest?: ModelDigest;
}

/** A live model's digest as stored; absent for a model not saved since digests began (read from its document instead). */
export interface StoredDigest {
  readonly id: string;
  readonly title: string;
  readonly updatedAt: number;
  readonly uid?: string;
  readonly digest?: ModelDigest;
}

export type AppendResult =
  | { readonly status: 'saved'; readonly revision: number }
  /** The model is no longer stored (purged elsewhere): nothing was written. */
  | { readonly status: 'missing' };

/** The id a stored change of a model's comments is announced under (never a model's id). */
export function commentsChangeId(modelId: string): string {
  return `${modelId}#comments`;
}

export interface UpdatesAfter {
  readonly updates: readonly Uint8Array[];
  readonly lastSeq: number;
}

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
  /** The updates stored after `seq` (by this tab or another); null when the model is gone. */
  updatesAfter(id: string, seq: number): Promise<UpdatesAfter | null>;
  /** Stores new content (with the saved versions a model file carried) as a new model (new id) and returns it. */
  create(content: ModelContent, versions?: readonly StoredVersion[]): Promise<Model>;
  /** Stores a model joined through a share link: its document as the team server sent it. Returns its id. */
  createShared(update: Uint8Array, facts: ListedFacts, shared: SharedLink): Promise<string>;
  /** Marks a model as shared (or changes its link); null makes it a model of this computer only. */
  setShared(id: string, shared: SharedLink | null): Promise<void>;
  /** The model (live or in the trash) kept in this browser for a room of a team server. */
  findShared(server: string, room: string): Promise<ModelSummary | undefined>;
  /** Adds an update of the model's document, and the facts the model list shows. */
  append(id: string, update: Uint8Array, facts: ListedFacts, updatedAt: number): Promise<AppendResult>;
  /** Replaces the stored updates of a model by one that holds them all, so storage does not grow with every edit. */
  compact(id: string): Promise<void>;
  rename(id: string, title: string): Promise<void>;
  /**
   * A copy titled "Copy of …" with a new id, keeping the model's saved versions, and its comments
   * when `withComments` (a copy for another audience may not want the review in it); returns the copy.
   */
  duplicate(id: string, options?: { readonly withComments?: boolean }): Promise<Model>;
  trash(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** Removes a model for good (its comments with it). */
  purge(id: string): Promise<void>;
  /**
   * The stored updates of the model's comments document (src/document/comments.ts), in order: a
   * document of its own beside the model's, so comments are never in the model's undo and a
   * commenter can write them while the model stays read-only to them.
   */
  loadComments(id: string, afterSeq?: number): Promise<UpdatesAfter>;
  /**
   * Adds an update of the model's comments document; subscribers (this tab and others) hear of it
   * as a change of `commentsChangeId(id)`.
   */
  appendComments(id: string, update: Uint8Array): Promise<void>;
  /** Every live model's uid and digest, for plans (PRODUCT.md §18): no document is opened. */
  listDigests(): Promise<StoredDigest[]>;
  /** The model's uid, given one now (written into its document) if it had none; undefined when it is gone. */
  ensureUid(id: string): Promise<string | undefined>;
  /** This computer's plans, by name. */
  listPlans(): Promise<Plan[]>;
  /** Stores a new plan or replaces one of the same id. */
  savePlan(plan: Plan): Promise<void>;
  /** Removes the plan; its models stay as they are. */
  deletePlan(id: string): Promise<void>;
  /** Called after every stored change, made in this tab or in another tab of the same browser. */
  subscribe(listener: (change: StoredChange) => void): () => void;
  /** Asks the browser not to evict this origin's data; true when granted. */
  requestPersistence(): Promise<boolean>;
  close(): void;
}
