/** The names the document is laid out by (see CONTEXT.md), said once for every reader and writer. */
import * as Y from 'yjs';

export const ITEM_MAPS = ['boxes', 'links', 'conditions', 'indicators', 'evidence', 'values'] as const;
export type ItemMapName = (typeof ITEM_MAPS)[number];

/** The model file version whose content this layout carries. */
export const DOCUMENT_SCHEMA_VERSION = 4;

/** Fields of each kind of item, in the model file's order; `order` places the item in its list. */
/** `rating`, `opens` and `contributesTo` are plain values, replaced whole: each is set by one choice, never typed into. */
export const BOX_FIELDS = ['level', 'label', 'notes', 'feature', 'owner', 'x', 'y', 'rating', 'opens', 'contributesTo'] as const;
export const LINK_FIELDS = ['source', 'target', 'note'] as const;
export const CONDITION_FIELDS = ['kind', 'text', 'status', 'comment'] as const;
export const INDICATOR_FIELDS = ['text', 'source', 'baseline', 'target', 'due', 'unit', 'polarity', 'frequency', 'tolerance'] as const;
export const EVIDENCE_FIELDS = ['date', 'kind', 'summary', 'source', 'by'] as const;
/** A measure's figures for one period: keyed by indicator and period (valueKey), so two partners entering different periods never meet. */
export const VALUE_FIELDS = ['period', 'actual', 'target', 'status', 'note'] as const;

/** The key of one period's figures of one indicator in the `values` map. */
export function valueKey(indicatorId: string, period: string): string {
  return JSON.stringify([indicatorId, period]);
}

export type ItemMap = Y.Map<unknown>;

export interface DocumentMaps {
  readonly meta: Y.Map<unknown>;
  readonly boxes: Y.Map<ItemMap>;
  readonly links: Y.Map<ItemMap>;
  readonly conditions: Y.Map<ItemMap>;
  readonly indicators: Y.Map<ItemMap>;
  readonly evidence: Y.Map<ItemMap>;
  readonly values: Y.Map<ItemMap>;
}

export function mapsOf(doc: Y.Doc): DocumentMaps {
  return {
    meta: doc.getMap('meta'),
    boxes: doc.getMap('boxes'),
    links: doc.getMap('links'),
    conditions: doc.getMap('conditions'),
    indicators: doc.getMap('indicators'),
    evidence: doc.getMap('evidence'),
    values: doc.getMap('values'),
  };
}

/** Transactions of this person in this tab: the only ones its undo manager takes back. */
export const LOCAL_ORIGIN = Symbol('outcome-chains: this person');
/** The first writing of a model into an empty document: never undone. */
export const SEED_ORIGIN = Symbol('outcome-chains: seed');
/** Updates read back from storage (this tab's own or another tab's): already stored, never written again. */
export const STORED_ORIGIN = Symbol('outcome-chains: from storage');
/** Unsaved work taken up from the last visit's copy (storage/unsavedCopy): still to be stored. */
export const RECOVERED_ORIGIN = Symbol('outcome-chains: recovered');
