import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useEditor, useEditorStore } from '../../store/EditorContext';
import type { PanelTab } from '../../store/editorStore';
import { MoreLabel, MoreTabs } from './MoreTabs';
import { tabsInRow, type RowMeasure } from './tabsInRow';

export interface SidePanelTab {
  readonly id: PanelTab;
  /** The tab's name in words, with any count it carries ("Flags (3 gaps)"). */
  readonly label: ReactNode;
  /** What the More button says for this tab while it is under More ("(2 new)"). */
  readonly news?: ReactNode;
}

function sameMeasure(a: RowMeasure<PanelTab> | undefined, b: RowMeasure<PanelTab>): boolean {
  return !!a && a.room === b.room && a.more === b.more && Object.keys(b.tabs).every((id) => a.tabs[id as PanelTab] === b.tabs[id as PanelTab]);
}

/**
 * The side panel's tabs in one row, each named in words (issue 25). The panel is 340 px wide and the
 * seven names need about 480, so the row shows what fits, measured from the page: the chosen tab
 * always, then the most used; the rest are under a More menu at the row's end. The arrow keys still
 * go across all seven in order, each chosen tab coming into the row as it is reached.
 */
export function SidePanelTabs({ tabs, byUse }: { tabs: readonly SidePanelTab[]; byUse: readonly PanelTab[] }) {
  const store = useEditorStore();
  const active = useEditor((state) => state.panelTab);
  const row = useRef<HTMLDivElement>(null);
  const measures = useRef<HTMLDivElement>(null);
  const [measure, setMeasure] = useState<RowMeasure<PanelTab>>();
  // A tab chosen by a key or from the menu takes the focus once it stands in the row.
  const focusChosen = useRef(false);

  // Measured before the first paint, and again whenever the panel's width or a tab's name (its count) changes.
  useLayoutEffect(() => {
    const rowBox = row.current;
    const names = measures.current;
    if (!rowBox || !names) return;
    const widthOf = (element: Element | undefined) => Math.ceil(element?.getBoundingClientRect().width ?? 0);
    const read = () => {
      const widths = [...names.children];
      const next: RowMeasure<PanelTab> = {
        tabs: Object.fromEntries(tabs.map((tab, index) => [tab.id, widthOf(widths[index])])) as Record<PanelTab, number>,
        more: widthOf(widths[tabs.length]),
        room: Math.floor(rowBox.clientWidth),
      };
      setMeasure((previous) => (sameMeasure(previous, next) ? previous : next));
    };
    read();
    const observer = new ResizeObserver(read);
    observer.observe(rowBox);
    for (const name of names.children) observer.observe(name);
    return () => observer.disconnect();
  }, [tabs]);

  useEffect(() => {
    if (!focusChosen.current) return;
    focusChosen.current = false;
    row.current?.querySelector<HTMLElement>(`#tab-${active}`)?.focus();
  }, [active]);

  const choose = (id: PanelTab) => {
    focusChosen.current = true;
    store.getState().setPanelTab(id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const index = tabs.findIndex((tab) => tab.id === active);
    choose(tabs[(index + step + tabs.length) % tabs.length]!.id);
  };

  const plan = tabsInRow(
    tabs.map((tab) => tab.id),
    byUse,
    active,
    measure,
  );
  const tabOf = (id: PanelTab) => tabs.find((tab) => tab.id === id)!;
  return (
    <div className="panel__tabrow" ref={row}>
      <div className="panel__tabs" role="tablist" aria-label="Side panel" onKeyDown={onKeyDown}>
        {plan.inRow.map((id) => (
          <button
            key={id}
            id={`tab-${id}`}
            type="button"
            role="tab"
            className="panel__tab"
            aria-selected={id === active}
            aria-controls={id === active ? `tabpanel-${id}` : undefined}
            tabIndex={id === active ? 0 : -1}
            onClick={() => store.getState().setPanelTab(id)}
          >
            {tabOf(id).label}
          </button>
        ))}
      </div>
      {plan.inMenu.length ? <MoreTabs tabs={plan.inMenu.map(tabOf)} onChoose={choose} /> : null}
      {/* Every name as it would stand in the row (bold, as the chosen one is), and the More button at its longest: measured, never seen. */}
      <div className="panel__tab-measures" ref={measures} aria-hidden="true">
        {tabs.map((tab) => (
          <span key={tab.id} className="panel__tab">
            {tab.label}
          </span>
        ))}
        <span className="panel__more">
          <MoreLabel news={tabs.map((tab) => tab.news)} />
        </span>
      </div>
    </div>
  );
}
