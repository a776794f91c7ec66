import type { ReactNode } from 'react';
import { useEditor } from '../../store/EditorContext';
import type { PanelTab } from '../../store/editorStore';
import { ConditionsPanel } from '../ConditionsPanel';
import { DetailsPanel } from '../DetailsPanel';
import { EvidenceLibraryPanel } from '../EvidenceLibraryPanel';
import { FlagsPanel, FlagsTabLabel } from '../FlagsPanel';
import { ProgressPanel } from '../ProgressPanel';
import { VersionsPanel } from '../versions/VersionsPanel';
import { CommentsNews, CommentsPanel, CommentsTabLabel } from '../comments/CommentsPanel';
import { CommentOnSelection } from '../comments/CommentOnSelection';
import { SidePanelTabs, type SidePanelTab } from './SidePanelTabs';
import './sidePanel.css';

const TABS: readonly (SidePanelTab & { render: () => ReactNode })[] = [
  { id: 'details', label: 'Details', render: () => <DetailsPanel /> },
  { id: 'flags', label: <FlagsTabLabel />, render: () => <FlagsPanel /> },
  { id: 'evidence', label: 'Evidence', render: () => <EvidenceLibraryPanel /> },
  { id: 'conditions', label: 'Conditions', render: () => <ConditionsPanel /> },
  { id: 'progress', label: 'Progress', render: () => <ProgressPanel /> },
  { id: 'versions', label: 'Versions', render: () => <VersionsPanel /> },
  { id: 'comments', label: <CommentsTabLabel />, news: <CommentsNews />, render: () => <CommentsPanel /> },
];

/**
 * The tabs from the most used to the least, for when not all fit in the row: what is selected, the
 * flags and the evidence library are the work of every sitting; the progress table of every
 * reporting period; Table 1's assumptions and risks are set once and then visited when a flag leads
 * there (which opens the tab itself); comments matter to shared models; a version is saved once a
 * reporting period (PRODUCT.md §3–5, §12–13).
 */
const BY_USE: readonly PanelTab[] = ['details', 'flags', 'evidence', 'progress', 'conditions', 'comments', 'versions'];

/**
 * Tabs a viewer or commenter uses as they are: the flags only lead to boxes; the progress table only
 * sorts, filters and leads to boxes; versions are looked at and compared by everyone (the panel
 * offers changes only to editors); comments say themselves who may write.
 */
const NEVER_READ_ONLY: ReadonlySet<PanelTab> = new Set(['flags', 'progress', 'versions', 'comments']);

/** The panel beside the canvas: details of what is selected, the flags, the evidence library, Table 1, every box's progress, versions, comments. */
export function SidePanel() {
  const active = useEditor((state) => state.panelTab);
  const readOnly = useEditor((state) => state.readOnly);
  const current = TABS.find((tab) => tab.id === active) ?? TABS[0]!;
  return (
    // The progress table needs more room than a form does.
    <aside id="side-panel" className={active === 'progress' ? 'panel panel--wide' : 'panel'} aria-label="Side panel">
      <SidePanelTabs tabs={TABS} byUse={BY_USE} />
      <div role="tabpanel" id={`tabpanel-${current.id}`} aria-labelledby={`tab-${current.id}`} className="panel__body">
        {readOnly && !NEVER_READ_ONLY.has(current.id) ? (
          // A viewer sees every value, in fields that cannot be changed (the flags only lead to boxes).
          <fieldset className="panel__readonly" disabled>
            <legend className="visually-hidden">View only</legend>
            {current.render()}
          </fieldset>
        ) : (
          current.render()
        )}
        {current.id === 'details' ? <CommentOnSelection /> : null}
      </div>
    </aside>
  );
}
