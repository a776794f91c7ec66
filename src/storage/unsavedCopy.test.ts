// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Model } from '../domain/model';
import { parseModelDocument } from '../file/parse';
import { clearUnsavedCopy, readUnsavedCopy, writeUnsavedCopy } from './unsavedCopy';

const model: Model = {
  id: 'm1',
  title: 'T',
  createdAt: 1,
  updatedAt: 2,
  boxes: [{ id: 'b1', level: 'outcomes', label: 'Reduced reoffending', x: 1580, y: 110 }],
  links: [],
  conditions: [],
};

afterEach(() => localStorage.clear());

describe('unsaved copy', () => {
  it('writes a model file document that reads back through the one parse path', () => {
    expect(writeUnsavedCopy(model, 7, 1234)).toBe(true);
    const copy = readUnsavedCopy('m1');
    expect(copy).toMatchObject({ baseRevision: 7, savedAt: 1234 });
    const parsed = parseModelDocument(copy?.document);
    expect(parsed.ok && parsed.model.boxes[0]?.label).toBe('Reduced reoffending');
  });

  it('is gone once cleared, and other models are not touched', () => {
    writeUnsavedCopy(model, 1);
    writeUnsavedCopy({ ...model, id: 'm2' }, 1);
    clearUnsavedCopy('m1');
    expect(readUnsavedCopy('m1')).toBeUndefined();
    expect(readUnsavedCopy('m2')).toBeDefined();
  });

  it('ignores a damaged entry', () => {
    localStorage.setItem('outcome-chains:unsaved:m1', '{not json');
    expect(readUnsavedCopy('m1')).toBeUndefined();
  });
});
