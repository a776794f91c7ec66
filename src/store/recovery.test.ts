import { describe, expect, it } from 'vitest';
import type { Model } from '../domain/model';
import { toModelDocument } from '../file/serialise';
import { decideRecovery } from './recovery';

const stored: Model = {
  id: 'm1',
  title: 'Reducing reoffending',
  createdAt: 1,
  updatedAt: 2,
  boxes: [{ id: 'b1', level: 'inputs', label: 'Pooled budget', x: 20, y: 110 }],
  links: [],
  conditions: [],
};
const edited: Model = { ...stored, boxes: [{ ...stored.boxes[0]!, label: 'Pooled budget for two years' }] };

describe('decideRecovery', () => {
  it('drops a copy that the stored model already holds (the last write did finish)', () => {
    expect(decideRecovery(stored, 4, { baseRevision: 3, document: toModelDocument(stored) })).toEqual({ action: 'discard' });
  });

  it('restores work made on top of the stored revision', () => {
    const decision = decideRecovery(stored, 3, { baseRevision: 3, document: toModelDocument(edited) });
    expect(decision.action).toBe('restore');
    expect(decision.action === 'restore' && decision.content.boxes[0]?.label).toBe('Pooled budget for two years');
  });

  it('keeps work as a copy when the model was saved elsewhere since', () => {
    expect(decideRecovery(stored, 5, { baseRevision: 3, document: toModelDocument(edited) }).action).toBe('copy');
  });

  it('drops a copy that is not a valid model file', () => {
    expect(decideRecovery(stored, 3, { baseRevision: 3, document: { format: 'something else' } })).toEqual({ action: 'discard' });
  });
});
