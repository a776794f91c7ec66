import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ThreadTarget } from '../domain/comments';
import { openCountFor, type CommentsState, type CommentsStore } from './commentsSession';

const CommentsContext = createContext<CommentsStore | null>(null);

export function CommentsProvider({ store, children }: { store: CommentsStore | null; children: ReactNode }) {
  return <CommentsContext.Provider value={store}>{children}</CommentsContext.Provider>;
}

/** The open model's comments, or null where none are kept (a preview, a test of the canvas alone). */
export function useCommentsStore(): CommentsStore | null {
  return useContext(CommentsContext);
}

const NOTHING: CommentsState | null = null;
const noStore = { getState: () => NOTHING, subscribe: () => () => undefined, getInitialState: () => NOTHING };

/** Reads part of the comments state; `fallback` where no comments are kept. */
export function useComments<T>(selector: (state: CommentsState) => T, fallback: T): T {
  const store = useCommentsStore();
  return useStore((store ?? noStore) as CommentsStore, (state: CommentsState | null) => (state ? selector(state) : fallback));
}

/**
 * A badge's count: only the box or link whose count changed redraws, and typing in the model never
 * reaches here (comments are a store of their own), so nodes keep their identity.
 */
export function useOpenCommentCount(on: ThreadTarget): number {
  return useComments((state) => openCountFor(state, on), 0);
}
