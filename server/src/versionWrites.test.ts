import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { versionWrites } from './versionWrites.js';

/** A version as the app writes it (src/document/versions.ts addVersions). */
function saveVersion(doc: Y.Doc, id: string, name: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.transact(() => {
    const version = new Y.Map<unknown>();
    version.set('name', name);
    version.set('savedAt', '2026-12-01T10:00:00.000Z');
    version.set('content', new Uint8Array([1, 2, 3]));
    doc.getMap('versions').set(id, version);
  });
  return Y.encodeStateAsUpdate(doc, before);
}

describe('versions a write adds', () => {
  it('names a saved version, a restore (the app saves "Before restoring …" first), and nothing for other edits', () => {
    const doc = new Y.Doc();
    expect(versionWrites(saveVersion(doc, 'v1', 'Quarter 3 report'))).toEqual([{ kind: 'saved', name: 'Quarter 3 report' }]);
    expect(versionWrites(saveVersion(doc, 'v2', 'Before restoring Quarter 3 report'))).toEqual([{ kind: 'restored', name: 'Quarter 3 report' }]);
    const before = Y.encodeStateVector(doc);
    doc.getMap('boxes').set('b1', 'A box');
    (doc.getMap('versions').get('v1') as Y.Map<unknown>).set('name', 'Renamed');
    expect(versionWrites(Y.encodeStateAsUpdate(doc, before))).toEqual([]);
    expect(versionWrites(new Uint8Array([1, 2, 3]))).toEqual([]);
  });
});
