/** What choosing a flag, or its one-click remedy, does to the editor. */
import type { Flag, FlagAction } from '../analysis';
import { currentModel, type EditorStore } from '../store/editorStore';
import { addBoxToLane, addFeatureBox } from './commands';

/** The boxes at either end of the links, so that a link's flag brings the whole link into view. */
function linkEnds(store: EditorStore, linkIds: readonly string[]): string[] {
  const wanted = new Set(linkIds);
  const ends = new Set<string>();
  for (const link of currentModel(store.getState())?.links ?? []) {
    if (!wanted.has(link.id)) continue;
    ends.add(link.source);
    ends.add(link.target);
  }
  return [...ends];
}

/** Whether choosing the flag has something on the canvas to show: boxes, links, or a level's lane. */
export function flagShowsSomething(flag: Flag): boolean {
  return flag.boxIds.length + flag.linkIds.length > 0 || flag.levelId !== undefined;
}

/** Selects and brings into view what a flag concerns (its boxes and links, or else its lane); a loop's boxes are highlighted. */
export function showFlag(store: EditorStore, flag: Flag): void {
  const state = store.getState();
  if (flag.boxIds.length || flag.linkIds.length) {
    state.setSelection({ boxIds: flag.boxIds, linkIds: flag.linkIds });
    state.requestFocus(flag.boxIds.length ? flag.boxIds : linkEnds(store, flag.linkIds));
  } else if (flag.levelId) {
    state.setSelection({ boxIds: [], linkIds: [] });
    state.requestLaneFocus(flag.levelId);
  }
  // After the selection, which ends any earlier highlight.
  state.setHighlight(flag.kind === 'loop' ? (flag.cycleBoxIds ?? flag.boxIds) : []);
}

/** Focuses a field in the side panel once React has drawn it. */
function focusSoon(selector: string): void {
  requestAnimationFrame(() => requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus()));
}

/** Selects one box, brings it into view and opens its details at the field given. */
function openBoxDetailsAt(store: EditorStore, boxId: string, fieldSelector: string): void {
  const state = store.getState();
  state.setSelection({ boxIds: [boxId], linkIds: [] });
  state.requestFocus([boxId]);
  state.setPanelTab('details');
  focusSoon(fieldSelector);
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
    case 'add-indicator':
      return 'Add an indicator';
    case 'add-evidence':
      return 'Add evidence';
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
    case 'add-indicator':
      openBoxDetailsAt(store, action.boxId, '#new-indicator-text');
      return;
    case 'add-evidence':
      openBoxDetailsAt(store, action.boxId, '#new-evidence-summary');
      return;
    case 'select':
      state.setSelection({ boxIds: action.boxIds, linkIds: action.linkIds });
      if (action.boxIds.length) state.requestFocus(action.boxIds);
  }
}
