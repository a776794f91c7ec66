/**
 * Reads a version-3 file's comment threads (PRODUCT.md §7, §13). A thread on an id the model lacks
 * is kept (an orphan): the box may come back, or someone may want to read it. A bad entry is
 * refused naming it (which thread, which comment).
 */
import { isIsoDateTime } from '../domain/versions';
import { MAX_COMMENT_LENGTH, MAX_COMMENTS_PER_THREAD, MAX_THREADS, type Comment, type Resolution, type Thread, type ThreadTarget } from '../domain/comments';
import { describe, FileProblem, isRecord, optionalText, requireText, withOptional } from './fields';

// A control character in an id would make the page's markup invalid.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
const TARGET_KINDS = new Set(['box', 'link', 'condition', 'model']);

function requireId(record: Record<string, unknown>, where: string): string {
  const id = requireText(record, 'id', where);
  if (!id.trim()) throw new FileProblem(`${where} has an empty "id".`);
  if (CONTROL_CHARACTER.test(id)) throw new FileProblem(`${where} has an "id" with a control character in it.`);
  return id;
}

function requireTime(record: Record<string, unknown>, field: string, where: string): string {
  const value = requireText(record, field, where);
  if (!isIsoDateTime(value)) throw new FileProblem(`${where}: "${field}" must be a date and time written like 2026-11-30T09:00:00Z, but it is ${describe(value)}.`);
  return value;
}

function parseTarget(raw: unknown, where: string): ThreadTarget {
  if (!isRecord(raw)) throw new FileProblem(raw === undefined ? `${where} has no "on".` : `${where}: "on" must be an object, but it is ${describe(raw)}.`);
  const kind = raw.kind;
  if (typeof kind !== 'string' || !TARGET_KINDS.has(kind)) {
    throw new FileProblem(`${where}: "on.kind" must be "box", "link", "condition" or "model", but it is ${describe(kind)}.`);
  }
  if (kind === 'model') return { kind: 'model' };
  return { kind: kind as 'box' | 'link' | 'condition', id: requireId(raw, `${where}'s "on"`) };
}

function parseResolution(raw: unknown, where: string): Resolution | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isRecord(raw)) throw new FileProblem(`${where}: "resolved" must be an object, but it is ${describe(raw)}.`);
  const at = requireTime(raw, 'at', `${where}'s "resolved"`);
  const by = requireText(raw, 'by', `${where}'s "resolved"`);
  return { at, by };
}

function parseComment(raw: unknown, index: number, threadWhere: string, ids: Set<string>): Comment {
  const where = `${threadWhere}, comment ${index + 1}`;
  if (!isRecord(raw)) throw new FileProblem(`${where} must be an object, but it is ${describe(raw)}.`);
  const id = requireId(raw, where);
  if (ids.has(id)) throw new FileProblem(`Two comments have the id "${id}"; every comment needs its own id.`);
  ids.add(id);
  const by = requireText(raw, 'by', where);
  const at = requireTime(raw, 'at', where);
  const text = requireText(raw, 'text', where);
  if (text.length > MAX_COMMENT_LENGTH) throw new FileProblem(`${where} is ${text.length.toLocaleString('en-GB')} characters long; a comment can be at most ${MAX_COMMENT_LENGTH.toLocaleString('en-GB')}.`);
  const editedAt = optionalText(raw, 'editedAt', where);
  if (editedAt !== undefined && !isIsoDateTime(editedAt)) throw new FileProblem(`${where}: "editedAt" must be a date and time written like 2026-11-30T09:00:00Z, but it is ${describe(editedAt)}.`);
  return withOptional<Comment>({ id, by, at, text }, { editedAt });
}

/** The file's comment threads, in the file's order; none when it has no `comments` field. */
export function parseComments(doc: Readonly<Record<string, unknown>>): Thread[] {
  const raw = doc.comments;
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new FileProblem(`"comments" must be a list, but it is ${describe(raw)}.`);
  if (raw.length > MAX_THREADS) throw new FileProblem(`The file holds ${raw.length.toLocaleString('en-GB')} comment threads; a model keeps at most ${MAX_THREADS.toLocaleString('en-GB')}.`);
  const threadIds = new Set<string>();
  const commentIds = new Set<string>();
  return raw.map((entry, index) => {
    const where = `Comment thread ${index + 1}`;
    if (!isRecord(entry)) throw new FileProblem(`${where} must be an object, but it is ${describe(entry)}.`);
    const id = requireId(entry, where);
    if (threadIds.has(id)) throw new FileProblem(`Two comment threads have the id "${id}"; every thread needs its own id.`);
    threadIds.add(id);
    const named = `${where} ("${id}")`;
    const on = parseTarget(entry.on, named);
    const resolved = parseResolution(entry.resolved, named);
    const list = entry.comments;
    if (!Array.isArray(list)) throw new FileProblem(list === undefined ? `${named} has no "comments".` : `${named}: "comments" must be a list, but it is ${describe(list)}.`);
    if (!list.length) throw new FileProblem(`${named} has no comments in it.`);
    if (list.length > MAX_COMMENTS_PER_THREAD) throw new FileProblem(`${named} holds ${list.length} comments; a thread keeps at most ${MAX_COMMENTS_PER_THREAD}.`);
    const comments = list.map((comment, at) => parseComment(comment, at, named, commentIds));
    return resolved ? { id, on, resolved, comments } : { id, on, comments };
  });
}
