/**
 * A last copy of unsaved work, written synchronously to localStorage when the page is hidden or
 * closed. An IndexedDB write started then is often cut off with the page; this one is not. The
 * copy is the document's unsaved updates, merged: the next visit applies it to the stored document,
 * and since documents merge, it never has to choose between that work and what was stored since.
 */
const KEY_PREFIX = 'outcome-chains:unsaved:';

export interface UnsavedCopy {
  readonly savedAt: number;
  /** The unsaved updates of the model's document, merged into one. */
  readonly update: Uint8Array;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

// localStorage holds text only; base64 in chunks, so a large update never overflows the call stack.
function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Writes the copy; false when the browser refuses (no localStorage, or it is full). */
export function writeUnsavedCopy(modelId: string, update: Uint8Array, now: number = Date.now()): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(KEY_PREFIX + modelId, JSON.stringify({ savedAt: now, update: toBase64(update) }));
    return true;
  } catch {
    return false;
  }
}

export function readUnsavedCopy(modelId: string): UnsavedCopy | undefined {
  const text = storage()?.getItem(KEY_PREFIX + modelId);
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as { savedAt?: unknown; update?: unknown };
    if (typeof parsed.savedAt !== 'number' || typeof parsed.update !== 'string') return undefined;
    return { savedAt: parsed.savedAt, update: fromBase64(parsed.update) };
  } catch {
    return undefined;
  }
}

export function clearUnsavedCopy(modelId: string): void {
  try {
    storage()?.removeItem(KEY_PREFIX + modelId);
  } catch {
    // Nothing to do: a copy that cannot be removed is applied again next time, which changes nothing.
  }
}
