import { Fragment, type ReactNode } from 'react';
import type { PanelTab } from '../../store/editorStore';
import { useMenuButton } from '../useMenuButton';
import type { SidePanelTab } from './SidePanelTabs';

/**
 * The More button at the end of the side panel's tab row and its menu of the tabs that do not fit
 * (a menu button as WAI-ARIA describes one). Choosing one opens it: it comes into the row, focused.
 */
export function MoreTabs({ tabs, onChoose }: { tabs: readonly SidePanelTab[]; onChoose: (id: PanelTab) => void }) {
  const { open, buttonProps, menuProps, itemProps } = useMenuButton(tabs.length, (index) => onChoose(tabs[index]!.id));
  return (
    <div className="panel__more-menu">
      <button {...buttonProps} className="panel__more">
        <MoreLabel news={tabs.map((tab) => tab.news)} />
      </button>
      {open ? (
        <ul {...menuProps} aria-label="More tabs" className="menu-list panel__more-list">
          {tabs.map((tab, index) => (
            <li key={tab.id} role="menuitem" {...itemProps(index)}>
              {tab.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** "More", any news of the tabs under it ("(2 new)"), and the menu's arrow; read as "More tabs". */
export function MoreLabel({ news }: { news: readonly ReactNode[] }) {
  return (
    <>
      More<span className="visually-hidden"> tabs</span>
      {news.map((said, index) => (
        <Fragment key={index}>{said}</Fragment>
      ))}
      <span aria-hidden="true"> ▾</span>
    </>
  );
}
