// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ModelContent } from '../domain/model';
import { mapsOf } from '../document/layout';
import { projectDocument } from '../document/project';
import { documentUpdateFor } from '../document/seed';
import { clearUnsavedCopy, readUnsavedCopy, writeUnsavedCopy } from './unsavedCopy';

const content: ModelContent = {
  title: 'T',
  boxes: [{ id: 'b1', level: 'outcomes', label: 'Reduced reoffending — ŵ 👍', x: 1580, y: 110 }],
  links: [],
  conditions: [],
};

afterEach(() => localStorage.clear());

describe('unsaved copy', () => {
  it('keeps the unsaved updates byte for byte, so applying them gives the work back', () => {
    const update = documentUpdateFor(content);
    expect(writeUnsavedCopy('m1', update, 1234)).toBe(true);
    const copy = readUnsavedCopy('m1');
    expect(copy?.savedAt).toBe(1234);
    expect(copy?.update).toEqual(update);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, copy!.update);
    expect(projectDocument(mapsOf(doc))).toEqual(content);
  });

  it('is gone once cleared, and other models are not touched', () => {
    writeUnsavedCopy('m1', new Uint8Array([1, 2]));
    writeUnsavedCopy('m2', new Uint8Array([3]));
    clearUnsavedCopy('m1');
    expect(readUnsavedCopy('m1')).toBeUndefined();
    expect(readUnsavedCopy('m2')?.update).toEqual(new Uint8Array([3]));
  });

  it('ignores a damaged entry', () => {
    localStorage.setItem('outcome-chains:unsaved:m1', '{not json');
    expect(readUnsavedCopy('m1')).toBeUndefined();
    localStorage.setItem('outcome-chains:unsaved:m1', '{"savedAt":1,"update":"%%%"}');
    expect(readUnsavedCopy('m1')).toBeUndefined();
  });
});
