/**
 * Comments and review (PRODUCT.md §13): threads of plain-text comments on a box, a link, a condition
 * or the whole model. Pure functions on plain data: the live copy is a Yjs document of its own
 * (src/document/comments.ts), the model file carries the same shape (§7, version 3).
 */
import { levelName } from './levels';
import type { ModelContent } from './model';

/** What a thread is on. A thread on an id the model lacks is an orphan: kept, and listed as such. */
export type ThreadTarget = { readonly kind: 'box' | 'link' | 'condition'; readonly id: string } | { readonly kind: 'model' };

export type TargetKind = ThreadTarget['kind'];

export interface Comment {
  readonly id: string;
  /** The author's name, as their browser remembers it. */
  readonly by: string;
  /** When it was written, as an ISO date-time (UTC). */
  readonly at: string;
  /** Plain text, line breaks kept; shown as text, never as markup. */
  readonly text: string;
  readonly editedAt?: string;
  /**
   * Who wrote it as the team server knows them (this browser's key, hashed: src/share/browserKey.ts),
   * so that only they can change it; absent in comments from a file or from before it was kept.
   */
  readonly author?: string;
}

export interface Resolution {
  readonly at: string;
  readonly by: string;
}

export interface Thread {
  readonly id: string;
  readonly on: ThreadTarget;
  readonly resolved?: Resolution;
  /** Oldest first. */
  readonly comments: readonly Comment[];
}

export const MAX_COMMENT_LENGTH = 5000;
/** A hostile file or a runaway script cannot grow a model's comments for ever. */
export const MAX_THREADS = 5000;
export const MAX_COMMENTS_PER_THREAD = 500;

/** Why a comment's text cannot be posted, in words for the person; null when it can. */
export function commentTextProblem(text: string): string | null {
  if (!text.trim()) return 'Type a comment first.';
  if (text.length > MAX_COMMENT_LENGTH) {
    return `A comment can be at most ${MAX_COMMENT_LENGTH.toLocaleString('en-GB')} characters; this one has ${text.length.toLocaleString('en-GB')}.`;
  }
  return null;
}

/** The key a target is counted under (badges): one per box, link or condition, and one for the model. */
export function targetKey(on: ThreadTarget): string {
  return on.kind === 'model' ? 'model' : `${on.kind}:${on.id}`;
}

export function isOpen(thread: Thread): boolean {
  return !thread.resolved;
}

/** The time of the thread's latest news: its newest comment, edit or resolution. */
export function lastActivity(thread: Thread): string {
  let latest = thread.resolved?.at ?? '';
  for (const comment of thread.comments) {
    if (comment.at > latest) latest = comment.at;
    if (comment.editedAt && comment.editedAt > latest) latest = comment.editedAt;
  }
  return latest;
}

/** Who made the thread's latest news. */
export function lastActor(thread: Thread): string | undefined {
  const latest = lastActivity(thread);
  if (thread.resolved?.at === latest) return thread.resolved.by;
  return thread.comments.find((comment) => comment.at === latest || comment.editedAt === latest)?.by;
}

/** Open threads per target (targetKey), for the badges on boxes and links. */
export function openCounts(threads: readonly Thread[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (!isOpen(thread)) continue;
    const key = targetKey(thread.on);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** "2 open comments": how a badge is read out. */
export function openCountWords(count: number): string {
  return count === 1 ? '1 open comment' : `${count} open comments`;
}

export type ThreadFilter = 'open' | 'resolved' | 'all';

/** The threads a filter shows: open ones first, then by their latest news, newest first; ties by id, so every copy agrees. */
export function listThreads(threads: readonly Thread[], filter: ThreadFilter): Thread[] {
  const shown = threads.filter((thread) => (filter === 'all' ? true : filter === 'open' ? isOpen(thread) : !isOpen(thread)));
  const activity = new Map(shown.map((thread) => [thread.id, lastActivity(thread)]));
  return shown.sort((a, b) => {
    if (isOpen(a) !== isOpen(b)) return isOpen(a) ? -1 : 1;
    const byTime = (activity.get(b.id) ?? '').localeCompare(activity.get(a.id) ?? '');
    return byTime || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** Where a thread stands against the model: on something that exists, or an orphan. */
export interface Attachment {
  readonly attached: boolean;
  /** e.g. "On box ‘Joint training’ (Activities)", "On a deleted box ‘Joint training’", "On the whole model". */
  readonly words: string;
}

function quoted(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return `‘${short || 'Untitled'}’`;
}

/**
 * Says what a thread is on. `lastKnown` gives the label of a box, link or condition that has gone
 * (as it stood when the thread was started or last seen), so an orphan still says what it was on.
 */
export function attachmentOf(thread: Thread, model: ModelContent, lastKnown?: string): Attachment {
  const on = thread.on;
  if (on.kind === 'model') return { attached: true, words: 'On the whole model' };
  if (on.kind === 'box') {
    const box = model.boxes.find((item) => item.id === on.id);
    if (box) return { attached: true, words: `On box ${quoted(box.label)} (${levelName(box.level)})` };
    return { attached: false, words: lastKnown === undefined ? 'On a deleted box' : `On a deleted box ${quoted(lastKnown)}` };
  }
  if (on.kind === 'link') {
    const link = model.links.find((item) => item.id === on.id);
    if (link) return { attached: true, words: `On link ${linkWords(model, link.source, link.target)}` };
    return { attached: false, words: lastKnown === undefined ? 'On a deleted link' : `On a deleted link ${lastKnown}` };
  }
  const condition = model.conditions.find((item) => item.id === on.id);
  const noun = condition?.kind ?? 'condition';
  if (condition) return { attached: true, words: `On ${noun} ${quoted(condition.text)}` };
  return { attached: false, words: lastKnown === undefined ? 'On a deleted assumption or risk' : `On a deleted assumption or risk ${quoted(lastKnown)}` };
}

function linkWords(model: ModelContent, source: string, target: string): string {
  const label = (id: string) => model.boxes.find((box) => box.id === id)?.label ?? '';
  return `${quoted(label(source))} → ${quoted(label(target))}`;
}

/** The words that name a target now, to remember for when it is gone (see attachmentOf). */
export function targetLabel(on: ThreadTarget, model: ModelContent): string | undefined {
  if (on.kind === 'box') return model.boxes.find((box) => box.id === on.id)?.label;
  if (on.kind === 'condition') return model.conditions.find((condition) => condition.id === on.id)?.text;
  if (on.kind === 'link') {
    const link = model.links.find((item) => item.id === on.id);
    return link ? linkWords(model, link.source, link.target) : undefined;
  }
  return undefined;
}

/** Whether this person may edit or delete a comment: their own only (by the remembered name). */
/** Mine: by my author id where the comment has one (the server allows no other), else by my name. */
export function isOwnComment(comment: Comment, me: string, myAuthor?: string): boolean {
  if (comment.author !== undefined && myAuthor !== undefined) return comment.author === myAuthor;
  return Boolean(me.trim()) && comment.by === me.trim();
}

/**
 * Whether a thread has news this person has not seen: something after `seenAt` (what they last
 * looked at), made by someone else.
 */
export function hasNews(thread: Thread, seenAt: string | undefined, me: string): boolean {
  const latest = lastActivity(thread);
  if (seenAt !== undefined && latest <= seenAt) return false;
  return lastActor(thread) !== me.trim();
}
