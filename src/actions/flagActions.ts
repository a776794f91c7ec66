/** What choosing a flag, or its one-click remedy, does to the editor. */
import type { Flag, FlagAction } from '../analysis';
import { currentModel, type EditorStore } from '../store/editorStore';
import { addBoxToLane, addFeatureBox } from './commands';

/** The boxes at either end of the first link, so that a link's flag can bring it into view. */
function linkEnds(store: EditorStore, linkIds: readonly string[]): string[] {
  const link = currentModel(store.getState())?.links.find((l) => l.id === linkIds[0]);
  return link ? [link.source, link.target] : [];
}

/** Selects and centres what a flag concerns; a loop's boxes are highlighted. */
export function showFlag(store: EditorStore, flag: Flag): void {
  const state = store.getState();
  state.setHighlight(flag.kind === 'loop' ? (flag.cycleBoxIds ?? flag.boxIds) : []);
  if (flag.boxIds.length || flag.linkIds.length) {
    state.setSelection({ boxIds: flag.boxIds, linkIds: flag.linkIds });
    const focusIds = flag.boxIds.length ? flag.boxIds : linkEnds(store, flag.linkIds);
    if (focusIds.length) state.requestFocus(focusIds);
  }
}

/** Focuses a field in the side panel once React has drawn it. */
function focusSoon(selector: string): void {
  requestAnimationFrame(() => requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus()));
}

export function actionLabel(action: FlagAction): string | undefined {
  switch (action.type) {
    case 'add-feature':
      return 'Add this feature';
    case 'add-box':
      return 'Add a box here';
    case 'explain-link':
      return 'Explain this link';
    case 'review-condition':
      return 'Review';
    case 'select':
      return undefined;
  }
}

export function runFlagAction(store: EditorStore, action: FlagAction): void {
  const state = store.getState();
  switch (action.type) {
    case 'add-feature':
      addFeatureBox(store, action.featureId);
      return;
    case 'add-box':
      state.setPanelTab('details');
      addBoxToLane(store, action.level);
      return;
    case 'explain-link':
      state.setSelection({ boxIds: [], linkIds: [action.linkId] });
      state.setPanelTab('details');
      focusSoon('#link-note');
      return;
    case 'review-condition':
      state.setPanelTab('conditions');
      focusSoon(`[data-condition-id="${CSS.escape(action.conditionId)}"] select`);
      return;
    case 'select':
      state.setSelection({ boxIds: action.boxIds, linkIds: action.linkIds });
      if (action.boxIds.length) state.requestFocus(action.boxIds);
  }
}
