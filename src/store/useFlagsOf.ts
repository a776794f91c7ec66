import { useDeferredValue, useMemo } from 'react';
import { analyseMemo, type Flag } from '../analysis';
import type { ModelContent } from '../domain/model';
import { isoDateOf } from '../domain/isoDate';
import { useEditor } from './EditorContext';

const NO_FLAGS: readonly Flag[] = [];

export interface FlagsOf<M extends ModelContent> {
  /** The model the flags are of: the one given, or for a moment after an edit, the one before it. */
  readonly model: M | null;
  readonly flags: readonly Flag[];
}

/**
 * The flags of a model as the editor shows them, worked out in a render of their own after the edit
 * has been drawn (React's deferred value): a keystroke in a box's notes at 1,000 boxes no longer
 * waits for the whole analysis before its letter appears, and the flags follow a frame later. The
 * model is handed back with its flags, so that what is shown beside them is the model they are of.
 */
export function useFlagsOf<M extends ModelContent>(model: M | null): FlagsOf<M> {
  const analysed = useDeferredValue(model);
  // Read on every render, so that a date rolling over while the tab is open is seen at the next one.
  const today = isoDateOf(new Date());
  const previous = useEditor((state) => state.previousVersion) ?? undefined;
  const flags = useMemo(() => (analysed ? analyseMemo(analysed, today, previous) : NO_FLAGS), [analysed, today, previous]);
  return { model: analysed, flags };
}
