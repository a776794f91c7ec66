import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocumentTooLarge, documentSizeLimit, writtenBytes } from './documentSize.js';

function syncMessage(kind: number, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, 'room');
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, kind);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe('the largest document', () => {
  it('counts the update bytes of sync step 2 and update messages, and nothing else', () => {
    const update = new Uint8Array(100);
    expect(writtenBytes(syncMessage(2, update))).toBe(100);
    expect(writtenBytes(syncMessage(1, update))).toBe(100);
    expect(writtenBytes(syncMessage(0, update))).toBe(0);
    expect(writtenBytes(new Uint8Array([1, 2, 3]))).toBe(0);
  });

  it('refuses what would pass the limit, and measures the document again before refusing', () => {
    const doc = new Y.Doc();
    const boxes = doc.getMap<string>('boxes');
    const limit = documentSizeLimit(2_000);
    limit.check(doc, 1_500);
    boxes.set('a', 'x'.repeat(1_500));
    expect(() => limit.check(doc, 600)).toThrow(DocumentTooLarge);
    expect(() => limit.check(doc, 400)).not.toThrow();
    // Overwritten, the old text is collected: the estimate (two updates) says too large, but measured it fits.
    boxes.set('a', 'short');
    expect(limit.lastMeasured(doc)).toBeGreaterThan(1_500);
    expect(() => limit.check(doc, 1_500)).not.toThrow();
    expect(limit.lastMeasured(doc)).toBeLessThan(100);
  });
});
