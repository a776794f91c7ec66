/**
 * A last copy of unsaved work, written synchronously to localStorage when the page is hidden or
 * closed. An IndexedDB write started then is often cut off with the page; this one is not. The
 * next visit to the model reads it back through the same parse path as any model file.
 */
import type { Model } from '../domain/model';
import { toModelDocument } from '../file/serialise';

const KEY_PREFIX = 'outcome-chains:unsaved:';

export interface UnsavedCopy {
  /** The stored revision the unsaved work was based on. */
  readonly baseRevision: number;
  readonly savedAt: number;
  /** A model file document (toModelDocument). */
  readonly document: unknown;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Writes the copy; false when the browser refuses (no localStorage, or it is full). */
export function writeUnsavedCopy(model: Model, baseRevision: number, now: number = Date.now()): boolean {
  const store = storage();
  if (!store) return false;
  try {
    const copy: UnsavedCopy = { baseRevision, savedAt: now, document: toModelDocument(model) };
    store.setItem(KEY_PREFIX + model.id, JSON.stringify(copy));
    return true;
  } catch {
    return false;
  }
}

export function readUnsavedCopy(modelId: string): UnsavedCopy | undefined {
  const text = storage()?.getItem(KEY_PREFIX + modelId);
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<UnsavedCopy>;
    if (typeof parsed.baseRevision !== 'number' || typeof parsed.savedAt !== 'number') return undefined;
    return { baseRevision: parsed.baseRevision, savedAt: parsed.savedAt, document: parsed.document };
  } catch {
    return undefined;
  }
}

export function clearUnsavedCopy(modelId: string): void {
  try {
    storage()?.removeItem(KEY_PREFIX + modelId);
  } catch {
    // Nothing to do: a copy that cannot be removed is read, compared and dropped next time.
  }
}
