/**
 * A model's comments as a Yjs document of their own, beside the model's (see CONTEXT.md, "Comments").
 * A second document, not a map in the model's: the team server gives permissions per document, so a
 * commenter can write this one while the model stays read-only to them; and comments are never in
 * the model's undo stack.
 *
 * Layout: one top-level map `threads`, a Y.Map per thread keyed by its id, holding `on` and
 * `resolved` (plain objects, replaced whole), `label` (what the thread's box, link or condition was
 * called when last written about: an orphan still says what it was on) and `comments`, a Y.Map of
 * plain comment objects keyed by id, so that two people replying at once both keep their reply.
 */
import * as Y from 'yjs';
import { MAX_COMMENT_LENGTH, type Comment, type Resolution, type Thread, type ThreadTarget } from '../domain/comments';

/** Names are typed in a 60-character field; anything far longer came from a tampered copy. */
const MAX_NAME_LENGTH = 200;

export const THREADS_MAP = 'threads';
/** Writes of this person in this tab (comments have no undo; the origin only tells autosave it is ours). */
export const COMMENT_ORIGIN = Symbol('outcome-chains: comment');

type ThreadMap = Y.Map<unknown>;

function threadsOf(doc: Y.Doc): Y.Map<ThreadMap> {
  return doc.getMap<ThreadMap>(THREADS_MAP);
}

function isTarget(value: unknown): value is ThreadTarget {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, id } = value as { kind?: unknown; id?: unknown };
  if (kind === 'model') return true;
  return (kind === 'box' || kind === 'link' || kind === 'condition') && typeof id === 'string';
}

function isComment(value: unknown): value is Comment {
  if (typeof value !== 'object' || value === null) return false;
  const comment = value as Record<string, unknown>;
  // A partner's copy could send anything: a comment the app would have refused is not shown either.
  return (
    typeof comment.id === 'string' &&
    typeof comment.by === 'string' &&
    comment.by.length <= MAX_NAME_LENGTH &&
    typeof comment.at === 'string' &&
    typeof comment.text === 'string' &&
    comment.text.length <= MAX_COMMENT_LENGTH &&
    (comment.editedAt === undefined || typeof comment.editedAt === 'string') &&
    (comment.author === undefined || (typeof comment.author === 'string' && comment.author.length <= MAX_NAME_LENGTH))
  );
}

function isResolution(value: unknown): value is Resolution {
  if (typeof value !== 'object' || value === null) return false;
  const resolution = value as Record<string, unknown>;
  return typeof resolution.at === 'string' && typeof resolution.by === 'string';
}

function byTime(a: Comment, b: Comment): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One thread as plain data; undefined for an entry that is not a thread (a damaged or foreign write) or has no comments left. */
function threadOf(id: string, map: unknown): Thread | undefined {
  if (!(map instanceof Y.Map)) return undefined;
  const on = map.get('on');
  const list = map.get('comments');
  if (!isTarget(on) || !(list instanceof Y.Map)) return undefined;
  const comments: Comment[] = [];
  for (const value of list.values()) if (isComment(value)) comments.push(value);
  if (!comments.length) return undefined;
  comments.sort(byTime);
  const target: ThreadTarget = on.kind === 'model' ? { kind: 'model' } : { kind: on.kind, id: on.id };
  const resolved = map.get('resolved');
  return isResolution(resolved) ? { id, on: target, resolved: { at: resolved.at, by: resolved.by }, comments } : { id, on: target, comments };
}

/** Every thread in the document, oldest first (then by id, so every copy agrees). */
export function readThreads(doc: Y.Doc): Thread[] {
  const threads: Thread[] = [];
  threadsOf(doc).forEach((map, id) => {
    const thread = threadOf(id, map);
    if (thread) threads.push(thread);
  });
  const started = (thread: Thread) => thread.comments[0]?.at ?? '';
  return threads.sort((a, b) => started(a).localeCompare(started(b)) || (a.id < b.id ? -1 : 1));
}

/** What each thread's target was last called (see the layout above). */
export function readLabels(doc: Y.Doc): ReadonlyMap<string, string> {
  const labels = new Map<string, string>();
  threadsOf(doc).forEach((map, id) => {
    const label = map instanceof Y.Map ? map.get('label') : undefined;
    if (typeof label === 'string') labels.set(id, label);
  });
  return labels;
}

function commentMap(comment: Comment): Record<string, string> {
  const out: Record<string, string> = { id: comment.id, by: comment.by, at: comment.at, text: comment.text };
  if (comment.editedAt) out.editedAt = comment.editedAt;
  if (comment.author) out.author = comment.author;
  return out;
}

function writeThread(threads: Y.Map<ThreadMap>, thread: Thread, label: string | undefined): void {
  const map = new Y.Map<unknown>();
  map.set('on', thread.on.kind === 'model' ? { kind: 'model' } : { kind: thread.on.kind, id: thread.on.id });
  if (thread.resolved) map.set('resolved', { at: thread.resolved.at, by: thread.resolved.by });
  if (label !== undefined) map.set('label', label);
  const comments = new Y.Map<unknown>();
  for (const comment of thread.comments) comments.set(comment.id, commentMap(comment));
  map.set('comments', comments);
  threads.set(thread.id, map);
}

/** Writes threads (an imported file's) into a document; threads already there by id are left as they are. */
export function seedThreads(doc: Y.Doc, threads: readonly Thread[], origin: unknown = COMMENT_ORIGIN): void {
  const map = threadsOf(doc);
  doc.transact(() => {
    for (const thread of threads) if (!map.has(thread.id)) writeThread(map, thread, undefined);
  }, origin);
}

/** A document holding these threads, as one update (to store an imported model's comments). */
export function commentsUpdateFor(threads: readonly Thread[]): Uint8Array {
  const doc = new Y.Doc();
  seedThreads(doc, threads);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** Starts a thread with its first comment; `label` is what its target is called now. */
export function startThread(doc: Y.Doc, thread: Thread, label: string | undefined): void {
  doc.transact(() => writeThread(threadsOf(doc), thread, label), COMMENT_ORIGIN);
}

function commentsOf(doc: Y.Doc, threadId: string): Y.Map<unknown> | undefined {
  const thread = threadsOf(doc).get(threadId);
  const comments = thread instanceof Y.Map ? thread.get('comments') : undefined;
  return comments instanceof Y.Map ? comments : undefined;
}

/** Adds a reply; `label` refreshes what the thread's target is called. False when the thread is gone. */
export function addReply(doc: Y.Doc, threadId: string, comment: Comment, label?: string): boolean {
  const comments = commentsOf(doc, threadId);
  if (!comments) return false;
  doc.transact(() => {
    comments.set(comment.id, commentMap(comment));
    if (label !== undefined) threadsOf(doc).get(threadId)?.set('label', label);
  }, COMMENT_ORIGIN);
  return true;
}

export function editComment(doc: Y.Doc, threadId: string, commentId: string, text: string, editedAt: string): boolean {
  const comments = commentsOf(doc, threadId);
  const current = comments?.get(commentId);
  if (!comments || !isComment(current)) return false;
  doc.transact(() => comments.set(commentId, commentMap({ ...current, text, editedAt })), COMMENT_ORIGIN);
  return true;
}

/** Deletes one comment; a thread left with none goes with it. */
export function deleteComment(doc: Y.Doc, threadId: string, commentId: string): void {
  const comments = commentsOf(doc, threadId);
  if (!comments) return;
  doc.transact(() => {
    comments.delete(commentId);
    if (![...comments.values()].some(isComment)) threadsOf(doc).delete(threadId);
  }, COMMENT_ORIGIN);
}

/** Resolves a thread (with who and when) or, given null, reopens it. */
export function setResolved(doc: Y.Doc, threadId: string, resolution: Resolution | null): void {
  const thread = threadsOf(doc).get(threadId);
  if (!(thread instanceof Y.Map)) return;
  doc.transact(() => {
    if (resolution) thread.set('resolved', { at: resolution.at, by: resolution.by });
    else thread.delete('resolved');
  }, COMMENT_ORIGIN);
}

/** Calls `listener` after every change to the threads, from anywhere; returns the way to stop. */
export function watchThreads(doc: Y.Doc, listener: () => void): () => void {
  const threads = threadsOf(doc);
  const onChange = () => listener();
  threads.observeDeep(onChange);
  return () => threads.unobserveDeep(onChange);
}
