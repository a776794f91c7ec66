/**
 * Who may change which comment, checked on the server before a write to a room's comments document
 * is applied. The app's layout (src/document/comments.ts): a root map `threads`; per thread a Y.Map
 * with `on`, `label`, `resolved` and `comments`; `comments` a Y.Map of plain objects
 * `{ id, by, at, text, editedAt?, author? }`, where `author` is the writer's id as the server knows
 * them (authors.ts): a browser's key, hashed, or a signed-in person.
 *
 * Rules: anyone who may write comments adds threads and replies, and resolves or reopens a thread;
 * a comment is changed or deleted only by its author (a comment with no author, written before
 * authors were kept or by an editor's import, only by an editor); a thread goes only with comments
 * its remover may delete. Editors may add comments in anyone's name (sharing a model seeds its
 * comments), but change no one else's.
 *
 * The update is read, not applied: its new entries are placed by their parent (or, for an entry
 * that overwrites a key, by the entry it follows, in this update or in the document), and its
 * deletions are looked up in the document. A write the rules refuse is refused whole.
 */
import * as Y from 'yjs';

export const THREADS = 'threads';
const COMMENTS_KEY = 'comments';
/** Keys of a thread that anyone who writes comments may set: what it is on is called, and whether it is resolved. */
const SHARED_THREAD_KEYS = new Set(['label', 'resolved']);

export interface Writer {
  /**
   * The writer's author ids: their browser's (if it presented a key) and, signed in, their own; none
   * for a connection that presented neither.
   */
  authors: readonly string[];
  /** Editors: may change authorless comments, and add comments in anyone's name. */
  editor: boolean;
}

export type Verdict = { ok: true } | { ok: false; why: string };

const OK: Verdict = { ok: true };

/** Where a map entry sits in the layout. */
type Place =
  | { level: 'root'; root: string; key: string }
  | { level: 'thread'; threadKey: string; key: string; newThread: boolean }
  | { level: 'comment'; threadKey: string; commentKey: string }
  | { level: 'elsewhere' };

type AnyStruct = Y.Item | Y.GC | Y.Skip;
/** What Y.decodeUpdate gives back (its DeleteSet type is not exported). */
interface DecodedUpdate {
  structs: AnyStruct[];
  ds: { clients: Map<number, { clock: number; len: number }[]> };
}

const idKey = (client: number, clock: number) => `${client}:${clock}`;

function plainValue(item: Y.Item): unknown {
  const content = item.content;
  if (content instanceof Y.ContentAny) return content.arr[content.arr.length - 1];
  return undefined;
}

function authorOf(value: unknown): string | undefined | null {
  if (typeof value !== 'object' || value === null) return null;
  const author = (value as { author?: unknown }).author;
  return typeof author === 'string' ? author : undefined;
}

export function checkCommentsUpdate(doc: Y.Doc, update: Uint8Array, writer: Writer): Verdict {
  let decoded: DecodedUpdate;
  try {
    decoded = Y.decodeUpdate(update) as unknown as DecodedUpdate;
  } catch {
    // Hocuspocus refuses what Yjs cannot read.
    return OK;
  }
  const store = doc.store;
  const incoming = new Map<string, Y.Item>();
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    for (let offset = 0; offset < struct.length; offset += 1) incoming.set(idKey(struct.id.client, struct.id.clock + offset), struct);
  }
  const known = (id: Y.ID) => id.clock < Y.getState(store, id.client);
  const existing = (id: Y.ID): Y.Item | undefined => {
    if (!known(id)) return undefined;
    const struct = Y.getItem(store, id);
    return struct instanceof Y.Item ? struct : undefined;
  };

  /** The container an entry sits in: a root's name, or the item holding the Y.Map (new or in the document). */
  function containerOf(item: Y.Item, depth = 0): { root: string } | { item: Y.Item; isNew: boolean } | undefined {
    if (depth > 1000) return undefined;
    const parent = item.parent as unknown;
    if (typeof parent === 'string') return { root: parent };
    if (parent instanceof Y.ID) {
      const fresh = incoming.get(idKey(parent.client, parent.clock));
      if (fresh) return { item: fresh, isNew: true };
      const old = existing(parent);
      return old ? { item: old, isNew: false } : undefined;
    }
    if (parent instanceof Y.AbstractType) {
      const holder = parent._item;
      if (holder) return { item: holder, isNew: false };
      const root = Y.findRootTypeKey(parent);
      return { root };
    }
    // An entry that overwrites a key names the entry it follows; it sits where that one does.
    const neighbour = item.origin ?? item.rightOrigin;
    if (!neighbour) return undefined;
    const fresh = incoming.get(idKey(neighbour.client, neighbour.clock));
    if (fresh) return containerOf(fresh, depth + 1);
    const old = existing(neighbour);
    return old ? containerOf(old, depth + 1) : undefined;
  }

  function keyOf(item: Y.Item, depth = 0): string | undefined {
    if (item.parentSub !== null) return item.parentSub;
    if (depth > 1000) return undefined;
    const neighbour = item.origin ?? item.rightOrigin;
    if (!neighbour || item.parent) return undefined;
    const next = incoming.get(idKey(neighbour.client, neighbour.clock)) ?? existing(neighbour);
    return next ? keyOf(next, depth + 1) : undefined;
  }

  function placeOf(item: Y.Item, depth = 0): Place | undefined {
    const key = keyOf(item);
    const container = containerOf(item);
    if (key === undefined || !container) return undefined;
    if ('root' in container) return { level: 'root', root: container.root, key };
    if (depth > 2) return { level: 'elsewhere' };
    const outer = placeOf(container.item, depth + 1);
    if (!outer) return undefined;
    if (outer.level === 'root' && outer.root === THREADS) return { level: 'thread', threadKey: outer.key, key, newThread: container.isNew };
    if (outer.level === 'thread' && outer.key === COMMENTS_KEY) return { level: 'comment', threadKey: outer.threadKey, commentKey: key };
    return { level: 'elsewhere' };
  }

  const mayChange = (author: string | undefined | null): boolean =>
    author === null ? true : author === undefined ? writer.editor : writer.authors.includes(author);

  /** Whether this writer may delete every comment now in the document's thread. */
  function mayDeleteThread(threadKey: string): boolean {
    const thread = doc.getMap<unknown>(THREADS).get(threadKey);
    if (!(thread instanceof Y.Map)) return true;
    const comments = thread.get(COMMENTS_KEY);
    if (!(comments instanceof Y.Map)) return true;
    for (const value of comments.values()) if (!mayChange(authorOf(value))) return false;
    return true;
  }

  // New entries.
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item) || known(struct.id) || struct.content instanceof Y.ContentDeleted) continue;
    const place = placeOf(struct);
    if (!place) return { ok: false, why: 'unplaced' };
    switch (place.level) {
      case 'root':
        if (place.root !== THREADS) return { ok: false, why: 'outside-threads' };
        break;
      case 'thread':
        if (!place.newThread && !SHARED_THREAD_KEYS.has(place.key) && !mayDeleteThread(place.threadKey)) return { ok: false, why: 'not-author' };
        break;
      case 'comment': {
        const author = authorOf(plainValue(struct));
        const own = author === undefined || (typeof author === 'string' && writer.authors.includes(author));
        if (!own && !writer.editor) return { ok: false, why: 'not-author' };
        break;
      }
      default:
        return { ok: false, why: 'outside-threads' };
    }
  }

  // Deletions (an overwritten entry is deleted too).
  for (const [client, ranges] of decoded.ds.clients) {
    const structs = store.clients.get(client);
    if (!structs) continue;
    const state = Y.getState(store, client);
    for (const range of ranges) {
      const end = Math.min(range.clock + range.len, state);
      if (range.clock >= end) continue;
      for (let index = Y.findIndexSS(structs, range.clock); index < structs.length; index += 1) {
        const struct = structs[index];
        if (!struct || struct.id.clock >= end) break;
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        const place = placeOf(struct);
        if (!place) return { ok: false, why: 'unplaced' };
        if (place.level === 'root') {
          if (place.root !== THREADS) return { ok: false, why: 'outside-threads' };
          if (!mayDeleteThread(place.key)) return { ok: false, why: 'not-author' };
        } else if (place.level === 'thread') {
          if (!SHARED_THREAD_KEYS.has(place.key) && !mayDeleteThread(place.threadKey)) return { ok: false, why: 'not-author' };
        } else if (place.level === 'comment') {
          if (!mayChange(authorOf(plainValue(struct)))) return { ok: false, why: 'not-author' };
        } else return { ok: false, why: 'outside-threads' };
      }
    }
  }
  return OK;
}
