/** The names the document is laid out by (see CONTEXT.md), said once for every reader and writer. */
import * as Y from 'yjs';

export const ITEM_MAPS = ['boxes', 'links', 'conditions', 'indicators', 'evidence'] as const;
export type ItemMapName = (typeof ITEM_MAPS)[number];

/** The model file version whose content this layout carries. */
export const DOCUMENT_SCHEMA_VERSION = 3;

/** Fields of each kind of item, in the model file's order; `order` places the item in its list. */
export const BOX_FIELDS = ['level', 'label', 'notes', 'feature', 'owner', 'x', 'y', 'rating'] as const;
export const LINK_FIELDS = ['source', 'target', 'note'] as const;
export const CONDITION_FIELDS = ['kind', 'text', 'status', 'comment'] as const;
export const INDICATOR_FIELDS = ['text', 'source', 'baseline', 'target', 'due'] as const;
export const EVIDENCE_FIELDS = ['date', 'kind', 'summary', 'source', 'by'] as const;

export type ItemMap = Y.Map<unknown>;

export interface DocumentMaps {
  readonly meta: Y.Map<unknown>;
  readonly boxes: Y.Map<ItemMap>;
  readonly links: Y.Map<ItemMap>;
  readonly conditions: Y.Map<ItemMap>;
  readonly indicators: Y.Map<ItemMap>;
  readonly evidence: Y.Map<ItemMap>;
}

export function mapsOf(doc: Y.Doc): DocumentMaps {
  return {
    meta: doc.getMap('meta'),
    boxes: doc.getMap('boxes'),
    links: doc.getMap('links'),
    conditions: doc.getMap('conditions'),
    indicators: doc.getMap('indicators'),
    evidence: doc.getMap('evidence'),
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
