/**
 * The open model's saved versions and what the editor is showing: the model now, one version
 * read-only, or a comparison. Provided by the editor page around both the live editor and a
 * version's read-only view, so the Versions tab works in either.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { VersionInfo } from '../../domain/versions';
import type { VersionHistory } from '../../store/versionHistory';

/** One side of a comparison: a saved version, or the model as it is now. */
export type VersionSide = { readonly kind: 'version'; readonly id: string } | { readonly kind: 'now' };

export type HistoryView =
  | { readonly kind: 'now' }
  | { readonly kind: 'version'; readonly version: VersionInfo }
  | { readonly kind: 'compare'; readonly before: VersionSide; readonly after: VersionSide };

export interface HistoryControls {
  readonly history: VersionHistory;
  /** Whether this person may save, rename, delete and restore versions (an editor of the model). */
  readonly canChange: boolean;
  readonly view: HistoryView;
  /** Asks for another view; the editor page opens it (reading a version's content first). */
  show(view: HistoryView): void;
  /** A message for the Versions tab to show (a version that could not be opened). */
  readonly problem: string | null;
}

const HistoryContext = createContext<HistoryControls | null>(null);
export const HistoryProvider = HistoryContext.Provider;

/** The history controls, or null outside an editor page (a preview). */
export function useHistoryControls(): HistoryControls | null {
  return useContext(HistoryContext);
}

const NONE: readonly VersionInfo[] = [];
const noSubscription = () => () => undefined;

/** The saved versions, newest first, kept current as partners and other tabs add them. */
export function useVersionList(history: VersionHistory | undefined): readonly VersionInfo[] {
  return useSyncExternalStore(history ? history.subscribe : noSubscription, history ? history.list : () => NONE);
}
