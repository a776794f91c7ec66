/**
 * The editor's state: the document (the open model and its undo history, saved) apart from the
 * session (selection, what is being edited: never saved). Every model change goes through `apply`
 * with a pure edit from the domain, so undo, autosave and the flags all see the same steps.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LevelId } from '../domain/levels';
import type { Model } from '../domain/model';
import { canRedo, canUndo, record, redo, seal, startHistory, undo, type History } from './history';
import { sameItems } from '../domain/sameItems';

export interface Selection {
  readonly boxIds: readonly string[];
  readonly linkIds: readonly string[];
}

export const NO_SELECTION: Selection = { boxIds: [], linkIds: [] };

export interface ApplyOptions {
  /** Changes with the same key in quick succession are one undo step (typing in one field). */
  coalesce?: string;
  /** Selection to show after the change. */
  select?: Selection;
}

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'conflict' | 'memory';

export interface SaveStatus {
  readonly state: SaveState;
  /** Plain words for the banner when saving did not work. */
  readonly message?: string;
}

export type PanelTab = 'details' | 'flags' | 'evidence' | 'conditions' | 'progress';

/** A passing message for the user, with an optional link (e.g. to a recovered copy). */
export interface EditorNotice {
  readonly text: string;
  readonly link?: { readonly href: string; readonly label: string };
}

export type FocusRequest =
  | { readonly ids: readonly string[]; readonly nonce: number }
  | { readonly level: LevelId; readonly nonce: number };

const NO_HIGHLIGHT: readonly string[] = [];

export interface EditorState {
  readonly saveStatus: SaveStatus;
  readonly notice: EditorNotice | null;
  readonly panelTab: PanelTab;
  /**
   * Boxes drawn highlighted: the boxes of a loop whose flag the user chose. Any change of the model
   * or of the selection ends it, since the loop it showed may be gone.
   */
  readonly highlightedBoxIds: readonly string[];
  readonly history: History<Model> | null;
  readonly selection: Selection;
  /** The box whose label is being edited in place on the canvas. */
  readonly editingBoxId: string | null;
  /** Asks the canvas to bring these boxes, or this lane, into view; the nonce makes a repeat request count. */
  readonly focusRequest: FocusRequest | null;
  /** The box for which the "Link to…" chooser is open. */
  readonly linkChooserFor: string | null;
  /** Boxes coloured by their rating on the canvas (and by default in exports); a way of looking, never saved in the model. */
  readonly showProgress: boolean;

  open(model: Model): void;
  close(): void;
  /** Replaces the model with one saved elsewhere (another tab); the history starts again. */
  replaceFromOutside(model: Model): void;
  apply(edit: (model: Model) => Model, options?: ApplyOptions): boolean;
  undo(): void;
  redo(): void;
  /** Ends the undo step being typed (the user left the field), so the next edit is a step of its own. */
  sealStep(): void;
  setSelection(selection: Selection): void;
  setEditingBox(id: string | null): void;
  requestFocus(ids: readonly string[]): void;
  requestLaneFocus(level: LevelId): void;
  setLinkChooser(boxId: string | null): void;
  setSaveStatus(status: SaveStatus): void;
  setPanelTab(tab: PanelTab): void;
  setNotice(notice: EditorNotice | null): void;
  setHighlight(boxIds: readonly string[]): void;
  setShowProgress(show: boolean): void;
}

export type EditorStore = StoreApi<EditorState>;

/** Drops selected ids that no longer exist, so panels never show a deleted box. */
function pruneSelection(selection: Selection, model: Model): Selection {
  if (!selection.boxIds.length && !selection.linkIds.length) return selection;
  const boxIds = selection.boxIds.filter((id) => model.boxes.some((box) => box.id === id));
  const linkIds = selection.linkIds.filter((id) => model.links.some((link) => link.id === id));
  return sameItems(boxIds, selection.boxIds) && sameItems(linkIds, selection.linkIds) ? selection : { boxIds, linkIds };
}

export function createEditorStore(now: () => number = Date.now): EditorStore {
  return createStore<EditorState>()((set, get) => ({
    saveStatus: { state: 'saved' },
    panelTab: 'details',
    notice: null,
    highlightedBoxIds: NO_HIGHLIGHT,
    history: null,
    selection: NO_SELECTION,
    editingBoxId: null,
    focusRequest: null,
    linkChooserFor: null,
    showProgress: false,

    open: (model) =>
      set({ history: startHistory(model), selection: NO_SELECTION, editingBoxId: null, linkChooserFor: null, focusRequest: null, highlightedBoxIds: NO_HIGHLIGHT }),
    close: () => set({ history: null, selection: NO_SELECTION, editingBoxId: null, linkChooserFor: null, focusRequest: null, highlightedBoxIds: NO_HIGHLIGHT }),
    // The history starts again: undoing past another tab's change would silently revert it. A label
    // being typed stays open, so the typist loses neither the field nor its focus.
    replaceFromOutside: (model) =>
      set((state) => ({
        history: startHistory(model),
        selection: pruneSelection(state.selection, model),
        editingBoxId: model.boxes.some((box) => box.id === state.editingBoxId) ? state.editingBoxId : null,
        highlightedBoxIds: NO_HIGHLIGHT,
      })),

    apply: (edit, options = {}) => {
      const { history, selection } = get();
      if (!history) return false;
      const next = edit(history.present);
      if (next === history.present) {
        if (options.select) set({ selection: options.select });
        return false;
      }
      const { editingBoxId, linkChooserFor } = get();
      const exists = (id: string | null) => id !== null && next.boxes.some((box) => box.id === id);
      set({
        history: record(history, next, now(), options.coalesce),
        selection: options.select ?? pruneSelection(selection, next),
        editingBoxId: exists(editingBoxId) ? editingBoxId : null,
        linkChooserFor: exists(linkChooserFor) ? linkChooserFor : null,
        highlightedBoxIds: NO_HIGHLIGHT,
      });
      return true;
    },
    undo: () => {
      const { history, selection } = get();
      if (!history || !canUndo(history)) return;
      const previous = undo(history);
      set({ history: previous, selection: pruneSelection(selection, previous.present), editingBoxId: null, highlightedBoxIds: NO_HIGHLIGHT });
    },
    redo: () => {
      const { history, selection } = get();
      if (!history || !canRedo(history)) return;
      const next = redo(history);
      set({ history: next, selection: pruneSelection(selection, next.present), editingBoxId: null, highlightedBoxIds: NO_HIGHLIGHT });
    },
    sealStep: () => {
      const { history } = get();
      if (history && history.lastKey !== null) set({ history: seal(history) });
    },
    setSelection: (selection) => {
      const current = get().selection;
      if (sameItems(current.boxIds, selection.boxIds) && sameItems(current.linkIds, selection.linkIds)) return;
      set({ selection, highlightedBoxIds: NO_HIGHLIGHT });
    },
    setEditingBox: (id) => {
      // Leaving a label ends its step; starting one must not, or a new box and its first label would be two.
      if (get().editingBoxId !== null) get().sealStep();
      set({ editingBoxId: id });
    },
    requestFocus: (ids) => set((state) => ({ focusRequest: { ids, nonce: (state.focusRequest?.nonce ?? 0) + 1 } })),
    requestLaneFocus: (level) => set((state) => ({ focusRequest: { level, nonce: (state.focusRequest?.nonce ?? 0) + 1 } })),
    setLinkChooser: (boxId) => set({ linkChooserFor: boxId }),
    setPanelTab: (panelTab) => set({ panelTab }),
    setNotice: (notice) => set({ notice }),
    setHighlight: (highlightedBoxIds) => set({ highlightedBoxIds }),
    setShowProgress: (showProgress) => set({ showProgress }),
    setSaveStatus: (saveStatus) => {
      const current = get().saveStatus;
      if (current.state !== saveStatus.state || current.message !== saveStatus.message) set({ saveStatus });
    },
  }));
}

/** The open model, or null. */
export function currentModel(state: EditorState): Model | null {
  return state.history?.present ?? null;
}
