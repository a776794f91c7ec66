/**
 * The editor's state: the open model (a projection of its live document, src/document) apart
 * from the session (selection, what is being edited: never saved). Every model change goes through
 * `apply` with a pure edit from the domain, so undo, autosave and the flags all see the same steps.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LevelId } from '../domain/levels';
import type { Model } from '../domain/model';
import type { Comparison } from '../analysis/comparison';
import type { PreviousVersion } from '../analysis/types';
import { createLiveModel, type LiveModel } from '../document/liveModel';
import { documentFor } from '../document/seed';
import { sameItems } from '../domain/sameItems';
import type { DragPresence, Partner } from '../share/presence';
import type { SharedLink } from '../storage/repository';
import { readRouteLinks, writeRouteLinks } from './routeLinksChoice';

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

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'memory';

export interface SaveStatus {
  readonly state: SaveState;
  /** Plain words for the banner when saving did not work. */
  readonly message?: string;
}

export type PanelTab = 'details' | 'flags' | 'evidence' | 'conditions' | 'progress' | 'versions' | 'comments';

/** A passing message for the user, with an optional link (e.g. to a recovered copy). */
export interface EditorNotice {
  readonly text: string;
  readonly link?: { readonly href: string; readonly label: string };
}

export type FocusRequest =
  | { readonly ids: readonly string[]; readonly nonce: number }
  | { readonly level: LevelId; readonly nonce: number };

const NO_HIGHLIGHT: readonly string[] = [];
const NO_PARTNERS: readonly Partner[] = [];
const NO_DRAG: readonly DragPresence[] = [];

/** A shared model's connection, in the words the toolbar shows; `ended` when it will not connect again. */
export type ShareStatus = { readonly state: 'connected' | 'syncing' | 'offline' | 'restarting' } | { readonly state: 'ended'; readonly message: string };

export interface EditorState {
  readonly saveStatus: SaveStatus;
  readonly notice: EditorNotice | null;
  readonly panelTab: PanelTab;
  /**
   * Boxes drawn highlighted: the boxes of a loop whose flag the user chose. Any change of the model
   * or of the selection ends it, since the loop it showed may be gone.
   */
  readonly highlightedBoxIds: readonly string[];
  /** The open model as it stands (null when none is open). */
  readonly model: Model | null;
  /** Whether this person has a step to undo or redo (never another tab's or partner's). */
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly selection: Selection;
  /** The box whose label is being edited in place on the canvas. */
  readonly editingBoxId: string | null;
  /** Asks the canvas to bring these boxes, or this lane, into view; the nonce makes a repeat request count. */
  readonly focusRequest: FocusRequest | null;
  /** The box for which the "Link to…" chooser is open. */
  readonly linkChooserFor: string | null;
  /** Boxes coloured by their rating on the canvas (and by default in exports); a way of looking, never saved in the model. */
  readonly showProgress: boolean;
  /** Skip, feedback and same-level links go around boxes (on by default); kept per model in this browser, used by the exports. */
  readonly routeLinks: boolean;
  /** A viewer's model: every change is refused here (and by the team server). */
  readonly readOnly: boolean;
  /** The open model's share link; null for a model kept on this computer only. */
  readonly shareLink: SharedLink | null;
  readonly shareStatus: ShareStatus | null;
  /** Who else has this shared model open, and what they select and drag. */
  readonly partners: readonly Partner[];
  /** The boxes this person is dragging, where they are on screen now (shown to partners). */
  readonly myDrag: readonly DragPresence[];
  /** A compare view's marks and ghosts (the model is then the later state, read-only); null otherwise. */
  readonly comparison: Comparison | null;
  /**
   * The latest saved version, which the direction of travel (the canvas's arrows, the flag
   * rating-improved-without-evidence) is judged against; null before any version is saved.
   */
  readonly previousVersion: PreviousVersion | null;
  /** The boxes whose pathway is shown (the rest of the model faded); null when none is. A way of looking, never saved. */
  readonly pathwayFor: readonly string[] | null;
  /** The presentation view, when it is open: stepping lane by lane, or along the pathway shown. */
  readonly presenting: PresentationMode | null;

  /** Opens a live model: its changes from elsewhere (another tab, a partner, undo) show at once. */
  openLive(live: LiveModel<Model>): void;
  /** Opens a model in a document of its own (a model not kept anywhere: tests, previews). */
  open(model: Model): void;
  /** Shows a model that cannot change (a saved version, a comparison): no document, no undo, read-only. */
  openReadOnly(model: Model): void;
  /** The live model open in the editor, for the session that stores and shares it. */
  liveModel(): LiveModel<Model> | null;
  close(): void;
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
  setRouteLinks(on: boolean): void;
  setReadOnly(readOnly: boolean): void;
  setShareLink(link: SharedLink | null): void;
  setShareStatus(status: ShareStatus | null): void;
  setPartners(partners: readonly Partner[]): void;
  setMyDrag(drag: readonly DragPresence[]): void;
  setComparison(comparison: Comparison | null): void;
  setPreviousVersion(previous: PreviousVersion | null): void;
  setPathwayFor(boxIds: readonly string[] | null): void;
  setPresenting(mode: PresentationMode | null): void;
}

export type PresentationMode = 'lanes' | 'pathway';

export type EditorStore = StoreApi<EditorState>;

/** Drops selected ids that no longer exist, so panels never show a deleted box. */
function pruneSelection(selection: Selection, model: Model): Selection {
  if (!selection.boxIds.length && !selection.linkIds.length) return selection;
  const boxIds = selection.boxIds.filter((id) => model.boxes.some((box) => box.id === id));
  const linkIds = selection.linkIds.filter((id) => model.links.some((link) => link.id === id));
  return sameItems(boxIds, selection.boxIds) && sameItems(linkIds, selection.linkIds) ? selection : { boxIds, linkIds };
}

const CLOSED = {
  model: null,
  canUndo: false,
  canRedo: false,
  selection: NO_SELECTION,
  editingBoxId: null,
  linkChooserFor: null,
  focusRequest: null,
  highlightedBoxIds: NO_HIGHLIGHT,
  partners: NO_PARTNERS,
  myDrag: NO_DRAG,
  pathwayFor: null,
  presenting: null,
} as const;

export function createEditorStore(now: () => number = Date.now): EditorStore {
  let live: LiveModel<Model> | null = null;
  let unsubscribeLive: (() => void) | null = null;

  return createStore<EditorState>()((set, get) => {
    const undoState = () => ({ canUndo: live?.canUndo() ?? false, canRedo: live?.canRedo() ?? false });

    /** The model after a change that did not come from apply. A label being typed stays open. */
    const takeChange = (model: Model, endEditing: boolean) => {
      const { selection, editingBoxId, linkChooserFor } = get();
      const exists = (id: string | null) => id !== null && model.boxes.some((box) => box.id === id);
      set({
        model,
        ...undoState(),
        selection: pruneSelection(selection, model),
        editingBoxId: !endEditing && exists(editingBoxId) ? editingBoxId : null,
        linkChooserFor: exists(linkChooserFor) ? linkChooserFor : null,
        highlightedBoxIds: NO_HIGHLIGHT,
      });
    };

    const detach = () => {
      unsubscribeLive?.();
      unsubscribeLive = null;
      live = null;
    };

    return {
      saveStatus: { state: 'saved' },
      panelTab: 'details',
      notice: null,
      showProgress: false,
      routeLinks: true,
      readOnly: false,
      shareLink: null,
      shareStatus: null,
      comparison: null,
      previousVersion: null,
      ...CLOSED,

      openLive: (opened) => {
        detach();
        live = opened;
        unsubscribeLive = opened.subscribe((model) => takeChange(model, false));
        const model = opened.content();
        set({ ...CLOSED, model, routeLinks: readRouteLinks(model.id), ...undoState() });
      },
      open: (model) => {
        const { id, createdAt, updatedAt } = model;
        get().openLive(createLiveModel(documentFor(model), { id, createdAt, updatedAt }, now));
      },
      openReadOnly: (model) => {
        detach();
        set({ ...CLOSED, model, readOnly: true, routeLinks: readRouteLinks(model.id) });
      },
      liveModel: () => live,
      close: () => {
        detach();
        set(CLOSED);
      },

      apply: (edit, options = {}) => {
        const { model, selection, readOnly } = get();
        if (!model || !live || readOnly) return false;
        const next = edit(model);
        if (next === model) {
          if (options.select) set({ selection: options.select });
          return false;
        }
        live.apply(next, options.coalesce);
        const { editingBoxId, linkChooserFor } = get();
        const exists = (id: string | null) => id !== null && next.boxes.some((box) => box.id === id);
        set({
          model: next,
          ...undoState(),
          selection: options.select ?? pruneSelection(selection, next),
          editingBoxId: exists(editingBoxId) ? editingBoxId : null,
          linkChooserFor: exists(linkChooserFor) ? linkChooserFor : null,
          highlightedBoxIds: NO_HIGHLIGHT,
        });
        return true;
      },
      undo: () => {
        if (!live?.canUndo() || get().readOnly) return;
        live.undo();
        takeChange(live.content(), true);
      },
      redo: () => {
        if (!live?.canRedo() || get().readOnly) return;
        live.redo();
        takeChange(live.content(), true);
      },
      sealStep: () => live?.endStep(),
      setSelection: (selection) => {
        const current = get().selection;
        if (sameItems(current.boxIds, selection.boxIds) && sameItems(current.linkIds, selection.linkIds)) return;
        set({ selection, highlightedBoxIds: NO_HIGHLIGHT });
      },
      setEditingBox: (id) => {
        // Leaving a label ends its step; starting one must not, or a new box and its first label would be two.
        if (get().editingBoxId !== null) get().sealStep();
        set({ editingBoxId: get().readOnly ? null : id });
      },
      requestFocus: (ids) => set((state) => ({ focusRequest: { ids, nonce: (state.focusRequest?.nonce ?? 0) + 1 } })),
      requestLaneFocus: (level) => set((state) => ({ focusRequest: { level, nonce: (state.focusRequest?.nonce ?? 0) + 1 } })),
      setLinkChooser: (boxId) => set({ linkChooserFor: boxId }),
      setPanelTab: (panelTab) => set({ panelTab }),
      setShowProgress: (showProgress) => set({ showProgress }),
      setRouteLinks: (routeLinks) => {
        const { model } = get();
        if (model) writeRouteLinks(model.id, routeLinks);
        set({ routeLinks });
      },
      setNotice: (notice) => set({ notice }),
      setReadOnly: (readOnly) => set({ readOnly, ...(readOnly ? { editingBoxId: null, linkChooserFor: null } : {}) }),
      setShareLink: (shareLink) => set({ shareLink }),
      setShareStatus: (shareStatus) => {
        const current = get().shareStatus;
        if (current?.state !== shareStatus?.state || (current?.state === 'ended' && shareStatus?.state === 'ended' && current.message !== shareStatus.message)) set({ shareStatus });
      },
      setPartners: (partners) => set({ partners: partners.length ? partners : NO_PARTNERS }),
      setMyDrag: (myDrag) => set({ myDrag: myDrag.length ? myDrag : NO_DRAG }),
      setComparison: (comparison) => set({ comparison }),
      setPreviousVersion: (previousVersion) => set({ previousVersion }),
      setHighlight: (highlightedBoxIds) => set({ highlightedBoxIds }),
      setPathwayFor: (boxIds) => set({ pathwayFor: boxIds?.length ? boxIds : null }),
      setPresenting: (presenting) => set({ presenting }),
      setSaveStatus: (saveStatus) => {
        const current = get().saveStatus;
        if (current.state !== saveStatus.state || current.message !== saveStatus.message) set({ saveStatus });
      },
    };
  });
}

/** The open model, or null. */
export function currentModel(state: EditorState): Model | null {
  return state.model;
}
