import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useEditor, useEditorStore } from '../store/EditorContext';
import type { PanelTab } from '../store/editorStore';
import { ConditionsPanel } from './ConditionsPanel';
import { DetailsPanel } from './DetailsPanel';
import { EvidenceLibraryPanel } from './EvidenceLibraryPanel';
import { FlagsPanel, FlagsTabLabel } from './FlagsPanel';
import { ProgressPanel } from './ProgressPanel';
import { VersionsPanel } from './versions/VersionsPanel';
import { CommentsPanel, CommentsTabLabel } from './comments/CommentsPanel';
import { CommentOnSelection } from './comments/CommentOnSelection';

const TABS: readonly { id: PanelTab; label: ReactNode; render: () => ReactNode }[] = [
  { id: 'details', label: 'Details', render: () => <DetailsPanel /> },
  { id: 'flags', label: <FlagsTabLabel />, render: () => <FlagsPanel /> },
  { id: 'evidence', label: 'Evidence', render: () => <EvidenceLibraryPanel /> },
  { id: 'conditions', label: 'Conditions', render: () => <ConditionsPanel /> },
  { id: 'progress', label: 'Progress', render: () => <ProgressPanel /> },
  { id: 'versions', label: 'Versions', render: () => <VersionsPanel /> },
  { id: 'comments', label: <CommentsTabLabel />, render: () => <CommentsPanel /> },
];

/**
 * Tabs a viewer or commenter uses as they are: the flags only lead to boxes; versions are looked at
 * and compared by everyone (the panel offers changes only to editors); comments say themselves who
 * may write.
 */
const NEVER_READ_ONLY: ReadonlySet<PanelTab> = new Set(['flags', 'versions', 'comments']);

/** The panel beside the canvas: details of what is selected, the flags, the evidence library, Table 1, every box's progress. */
export function SidePanel() {
  const store = useEditorStore();
  const active = useEditor((state) => state.panelTab);
  const readOnly = useEditor((state) => state.readOnly);
  const tabList = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((tab) => tab.id === active);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length]!;
    store.getState().setPanelTab(next.id);
    tabList.current?.querySelector<HTMLElement>(`#tab-${next.id}`)?.focus();
  };
  // The tabs scroll sideways in one row: whichever is chosen (by a click, a key, a flag's action) is brought into view.
  useEffect(() => {
    tabList.current?.querySelector<HTMLElement>(`#tab-${active}`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);
  const current = TABS.find((tab) => tab.id === active) ?? TABS[0]!;
  return (
    // The progress table needs more room than a form does.
    <aside id="side-panel" className={active === 'progress' ? 'panel panel--wide' : 'panel'} aria-label="Side panel">
      <div className="panel__tabs" role="tablist" aria-label="Side panel" ref={tabList} onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === active}
            aria-controls={tab.id === active ? `tabpanel-${tab.id}` : undefined}
            tabIndex={tab.id === active ? 0 : -1}
            onClick={() => store.getState().setPanelTab(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
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
