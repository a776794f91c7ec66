/**
 * "Compare with" in the export dialog (issue 15): the saved version the board report and the text
 * versions say what changed since, and give each rating's previous value and direction against.
 * Offered only when there is a version saved before what the canvas shows. The default follows the
 * canvas: the comparison's own earlier side in a compare view, the version saved before the one
 * looked at in a version's view, else the latest version; "None" leaves the export as it was.
 */
import { useId, useMemo, useState } from 'react';
import type { CompareWith } from '../../export/changesForExport';
import type { VersionInfo } from '../../domain/versions';
import { savedOn } from './HistoryBanner';
import { useHistoryControls, useVersionList, type HistoryView } from './HistoryContext';

export interface CompareWithChoice {
  /** The versions offered, newest first; none outside an editor page or before any version is saved. */
  readonly versions: readonly VersionInfo[];
  /** The chosen version's id, or '' for None. */
  readonly chosenId: string;
  choose(id: string): void;
  /** Whether the chosen version is the compare view's own earlier side, whose marks the canvas shows. */
  readonly isViewsEarlierSide: boolean;
  /** The chosen version with its content, or undefined for None; throws, naming the version, when it cannot be read. */
  load(): Promise<CompareWith | undefined>;
}

const NO_VERSIONS: readonly VersionInfo[] = [];

/** The saved version the canvas shows, if it shows one (alone, or as a comparison's later side). */
function shownVersionId(view: HistoryView | undefined): string | null {
  if (view?.kind === 'version') return view.version.id;
  if (view?.kind === 'compare' && view.after.kind === 'version') return view.after.id;
  return null;
}

/**
 * The versions offered to compare with, newest first: those saved before what is shown, since the
 * exports say what changed *since* the version (all of them when the model itself is shown).
 */
export function offeredIn(view: HistoryView | undefined, versions: readonly VersionInfo[]): readonly VersionInfo[] {
  const shown = shownVersionId(view);
  if (shown === null) return versions;
  const at = versions.findIndex((info) => info.id === shown);
  return at < 0 ? versions : versions.slice(at + 1);
}

/** The version chosen at first ('' for None): the compare view's earlier side, else the latest offered. */
export function defaultIn(view: HistoryView | undefined, offered: readonly VersionInfo[]): string {
  if (view?.kind === 'compare' && view.before.kind === 'version') {
    const earlierSide = view.before.id;
    if (offered.some((info) => info.id === earlierSide)) return earlierSide;
  }
  return offered[0]?.id ?? '';
}

export function useCompareWith(): CompareWithChoice {
  const controls = useHistoryControls();
  const all = useVersionList(controls?.history);
  const view = controls?.view;
  const [picked, setPicked] = useState<string | null>(null);
  const versions = useMemo(() => (controls ? offeredIn(view, all) : NO_VERSIONS), [controls, view, all]);
  // A choice of a version since deleted falls back to the default.
  const chosenId = picked !== null && (picked === '' || versions.some((info) => info.id === picked)) ? picked : defaultIn(view, versions);
  const history = controls?.history;
  return {
    versions,
    chosenId,
    choose: setPicked,
    isViewsEarlierSide: view?.kind === 'compare' && view.before.kind === 'version' && view.before.id === chosenId,
    async load() {
      const info = versions.find((version) => version.id === chosenId);
      if (!info || !history) return undefined;
      const read = await history.content(info.id);
      if (!read.ok) throw new Error(`the version "${info.name}" cannot be read: ${read.error}`);
      return { name: info.name, savedAt: info.savedAt, content: read.content };
    },
  };
}

/** The select, shown only when there is a version to compare with. */
export function CompareWithField({ choice }: { choice: CompareWithChoice }) {
  const id = useId();
  if (!choice.versions.length) return null;
  return (
    <div className="export__field">
      <label htmlFor={id}>Compare with</label>
      <select id={id} value={choice.chosenId} onChange={(event) => choice.choose(event.target.value)} aria-describedby={`${id}-hint`}>
        {choice.versions.map((info) => (
          <option key={info.id} value={info.id}>
            {info.name}, saved {savedOn(info)}
          </option>
        ))}
        <option value="">None</option>
      </select>
      <span className="export__choice-hint" id={`${id}-hint`}>
        Says what changed since that version, and each rated box’s progress then and its direction of travel.
      </span>
    </div>
  );
}
