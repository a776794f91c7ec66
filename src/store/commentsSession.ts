/**
 * An open model's comments (PRODUCT.md §13): their own Yjs document (src/document/comments.ts),
 * read from and stored to this browser as it changes, and shared through the team server's second
 * document for a shared model. State lives in a small store of its own, apart from the editor's, so
 * a comment never touches the model, its undo, or the canvas's nodes (badges read their own count).
 */
import * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  commentTextProblem,
  hasNews,
  lastActivity,
  openCounts,
  targetKey,
  targetLabel,
  type Comment,
  type Thread,
  type ThreadFilter,
  type ThreadTarget,
} from '../domain/comments';
import { newId } from '../domain/ids';
import { STORED_ORIGIN } from '../document/layout';
import { addReply, deleteComment, editComment, readLabels, readThreads, setResolved, startThread, watchThreads } from '../document/comments';
import { commentsChangeId, type ModelRepository } from '../storage/repository';
import { myAuthorId } from '../share/browserKey';
import { currentModel, type EditorStore } from './editorStore';

/** What the comment form is open for: a new thread on a target, chosen from its details or by the shortcut. */
export interface CommentDraftRequest {
  readonly on: ThreadTarget;
  readonly nonce: number;
}

export interface CommentsState {
  readonly threads: readonly Thread[];
  /** What each thread's target was called when last written about (for orphans). */
  readonly labels: ReadonlyMap<string, string>;
  /** Open threads per target key (see targetKey): the badges. */
  readonly openCounts: ReadonlyMap<string, number>;
  /** Thread ids with news since this person last looked (kept in this browser). */
  readonly news: ReadonlySet<string>;
  readonly filter: ThreadFilter;
  /** A viewer reads comments but cannot write them. */
  readonly canComment: boolean;
  readonly draft: CommentDraftRequest | null;
  /** A storage or server problem with comments, in words. */
  readonly problem: string | null;

  setFilter(filter: ThreadFilter): void;
  setCanComment(can: boolean): void;
  /** Opens the comment form for a new thread on this target (in the Comments tab). */
  requestDraft(on: ThreadTarget): void;
  clearDraft(): void;
  /** Starts a thread; returns a problem in words (nothing is written) or null. */
  start(on: ThreadTarget, text: string, by: string): string | null;
  reply(threadId: string, text: string, by: string): string | null;
  edit(threadId: string, commentId: string, text: string): string | null;
  remove(threadId: string, commentId: string): void;
  resolve(threadId: string, by: string): void;
  reopen(threadId: string): void;
  /** This person has looked at the thread as it stands now. */
  markSeen(threadId: string): void;
}

export type CommentsStore = StoreApi<CommentsState>;

export interface CommentsSession {
  readonly store: CommentsStore;
  /** The comments document: a shared model's connection syncs it with the room's second document. */
  readonly doc: Y.Doc;
  close(): Promise<void>;
}

const nowIso = () => new Date().toISOString();

function seenKey(modelId: string): string {
  return `outcome-chains:comments-seen:${modelId}`;
}

function readSeen(modelId: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(seenKey(modelId)) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function writeSeen(modelId: string, seen: Record<string, string>): void {
  try {
    localStorage.setItem(seenKey(modelId), JSON.stringify(seen));
  } catch {
    // Unread marks are a convenience: without storage, every thread reads as seen once opened.
  }
}

/** Counts as they were when nothing changed, so the badges of other boxes keep their value. */
function sameCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, count] of a) if (b.get(key) !== count) return false;
  return true;
}

/**
 * Opens the model's comments from storage into a store. `me` is the remembered name (who "I" am,
 * for news and for one's own comments). Comments are stored as they change: each is small.
 */
export async function openCommentsSession(repository: ModelRepository, modelId: string, editor: EditorStore, me: () => string): Promise<CommentsSession> {
  const doc = new Y.Doc();
  let problem: string | null = null;
  let stored: readonly Uint8Array[] = [];
  let lastSeq = 0;
  try {
    ({ updates: stored, lastSeq } = await repository.loadComments(modelId));
  } catch (error) {
    // The model still opens: comments made now are kept in this tab and stored when storage works.
    problem = `The comments stored in this browser could not be read: ${error instanceof Error ? error.message : String(error)}`;
  }
  for (const update of stored) {
    try {
      Y.applyUpdate(doc, update, STORED_ORIGIN);
    } catch {
      // A damaged update holds nothing readable; the rest still are.
    }
  }
  let seen = readSeen(modelId);

  const newsOf = (threads: readonly Thread[]) => new Set(threads.filter((thread) => hasNews(thread, seen[thread.id], me())).map((thread) => thread.id));

  const store = createStore<CommentsState>()((set, get) => {
    const write = (work: () => void): string | null => {
      if (!get().canComment) return 'Only people who can comment on this model can do that.';
      work();
      return null;
    };
    const labelOf = (on: ThreadTarget) => {
      const model = currentModel(editor.getState());
      return model ? targetLabel(on, model) : undefined;
    };
    return {
      threads: [],
      labels: new Map(),
      openCounts: new Map(),
      news: new Set(),
      filter: 'open',
      canComment: true,
      draft: null,
      problem,
      setFilter: (filter) => set({ filter }),
      setCanComment: (canComment) => set({ canComment }),
      requestDraft: (on) => set({ draft: { on, nonce: (get().draft?.nonce ?? 0) + 1 } }),
      clearDraft: () => set({ draft: null }),
      start(on, text, by) {
        const problem = commentTextProblem(text);
        if (problem) return problem;
        const comment: Comment = { id: newId('comment'), by: by.trim(), at: nowIso(), text, author: myAuthorId() };
        return write(() => startThread(doc, { id: newId('thread'), on, comments: [comment] }, labelOf(on)));
      },
      reply(threadId, text, by) {
        const problem = commentTextProblem(text);
        if (problem) return problem;
        const thread = get().threads.find((item) => item.id === threadId);
        const comment: Comment = { id: newId('comment'), by: by.trim(), at: nowIso(), text, author: myAuthorId() };
        return write(() => addReply(doc, threadId, comment, thread ? labelOf(thread.on) : undefined));
      },
      edit(threadId, commentId, text) {
        const problem = commentTextProblem(text);
        if (problem) return problem;
        return write(() => editComment(doc, threadId, commentId, text, nowIso()));
      },
      remove: (threadId, commentId) => void write(() => deleteComment(doc, threadId, commentId)),
      resolve: (threadId, by) => void write(() => setResolved(doc, threadId, { at: nowIso(), by: by.trim() || 'Someone' })),
      reopen: (threadId) => void write(() => setResolved(doc, threadId, null)),
      markSeen(threadId) {
        const thread = get().threads.find((item) => item.id === threadId);
        if (!thread) return;
        seen = { ...seen, [threadId]: lastActivity(thread) };
        writeSeen(modelId, seen);
        if (get().news.has(threadId)) set({ news: newsOf(get().threads) });
      },
    };
  });

  const refresh = () => {
    const threads = readThreads(doc);
    const counts = openCounts(threads);
    const before = store.getState();
    store.setState({ threads, labels: readLabels(doc), openCounts: sameCounts(before.openCounts, counts) ? before.openCounts : counts, news: newsOf(threads) });
  };
  refresh();
  const stopWatching = watchThreads(doc, refresh);

  // Every change not read from storage is stored: this person's, and a partner's through the server.
  let saving = Promise.resolve();
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === STORED_ORIGIN) return;
    saving = saving.then(() =>
      repository.appendComments(modelId, update).then(
        () => {
          if (store.getState().problem) store.setState({ problem: null });
        },
        (error: unknown) => store.setState({ problem: `Comments could not be saved in this browser: ${error instanceof Error ? error.message : String(error)}` }),
      ),
    );
  };
  doc.on('update', onUpdate);
  let closed = false;

  // What another tab of this browser stores is read back in order, one read at a time.
  let reading = Promise.resolve();
  const unsubscribe = repository.subscribe((change) => {
    if (change.id !== commentsChangeId(modelId) || change.revision <= lastSeq) return;
    reading = reading.then(async () => {
      const after = await repository.loadComments(modelId, lastSeq).catch(() => null);
      if (!after || closed) return;
      for (const update of after.updates) {
        try {
          Y.applyUpdate(doc, update, STORED_ORIGIN);
        } catch {
          // A damaged update holds nothing readable; the rest still are.
        }
      }
      lastSeq = Math.max(lastSeq, after.lastSeq);
    });
  });

  return {
    store,
    doc,
    close: async () => {
      if (closed) return;
      closed = true;
      unsubscribe();
      stopWatching();
      await reading;
      doc.off('update', onUpdate);
      await saving;
      doc.destroy();
    },
  };
}

/** The count a badge shows for a target (0 when none are open). */
export function openCountFor(state: CommentsState, on: ThreadTarget): number {
  return state.openCounts.get(targetKey(on)) ?? 0;
}
