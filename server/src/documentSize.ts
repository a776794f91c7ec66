/**
 * The largest document a room may hold. A write that would take a room's document past the limit
 * is refused before it is applied, so what is stored stays as it was.
 *
 * Encoding a whole document on every message would cost as much as the document; instead each room
 * keeps its last exact size plus the bytes of every update applied since (from any client, or from
 * another instance through Redis), which can only overstate it (Yjs merges and collects deleted
 * content). Only when that estimate passes the limit is the document encoded again, so the exact
 * cost is paid near the limit, not on every keystroke.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { DOCUMENT_TOO_LARGE } from './closeReasons.js';

export { DOCUMENT_TOO_LARGE };
/** The close code sent with it (any code from 4000 is the application's own). */
export const DOCUMENT_TOO_LARGE_CODE = 4413;

export class DocumentTooLarge extends Error {
  readonly code = DOCUMENT_TOO_LARGE_CODE;
  readonly reason = DOCUMENT_TOO_LARGE;
  constructor() {
    super(DOCUMENT_TOO_LARGE);
  }
}

const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update a Hocuspocus message carries (sync step 2 or an update), or undefined for anything else. */
export function writtenUpdate(message: Uint8Array): Uint8Array | undefined {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return undefined;
    const kind = decoding.readVarUint(decoder);
    if (kind !== SYNC_STEP_2 && kind !== SYNC_UPDATE) return undefined;
    return decoding.readVarUint8Array(decoder);
  } catch {
    // Malformed: Hocuspocus refuses it on its own.
    return undefined;
  }
}

/** Bytes of document content a Hocuspocus message carries: its update, or 0 for anything else. */
export function writtenBytes(message: Uint8Array): number {
  return writtenUpdate(message)?.length ?? 0;
}

export function documentSizeLimit(maxBytes: number) {
  const sizes = new WeakMap<Y.Doc, { exact: number; since: number }>();

  const measure = (document: Y.Doc) => {
    const known = sizes.get(document);
    const size = { exact: Y.encodeStateAsUpdate(document).length, since: 0 };
    sizes.set(document, size);
    if (!known) document.on('update', (update: Uint8Array) => (sizes.get(document)!.since += update.length));
    return size;
  };

  return {
    maxBytes,
    /** Throws DocumentTooLarge if `incoming` more bytes would take the document past the limit. */
    check(document: Y.Doc, incoming: number): void {
      if (incoming === 0) return;
      let size = sizes.get(document) ?? measure(document);
      if (size.exact + size.since + incoming > maxBytes && size.since > 0) size = measure(document);
      if (size.exact + size.since + incoming > maxBytes) throw new DocumentTooLarge();
    },
    /** The document's size as last measured, for the metrics. */
    lastMeasured(document: Y.Doc): number | undefined {
      const size = sizes.get(document);
      return size ? size.exact + size.since : undefined;
    },
  };
}
