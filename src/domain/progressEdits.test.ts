import { describe, expect, it } from 'vitest';
import type { ModelContent } from './model';
import {
  addEvidence,
  addIndicator,
  clearRating,
  moveIndicator,
  rateBox,
  removeEvidence,
  removeIndicator,
  updateEvidence,
  updateIndicator,
} from './progressEdits';

const MODEL: ModelContent = {
  title: 'T',
  boxes: [
    { id: 'a', level: 'inputs', label: 'A', x: 0, y: 0 },
    { id: 'b', level: 'outcomes', label: 'B', x: 0, y: 0 },
  ],
  links: [],
  conditions: [],
};

const boxB = (model: ModelContent) => model.boxes[1]!;

describe('indicators', () => {
  it('are added, edited, reordered and deleted; the list is left out when empty', () => {
    let model = addIndicator(MODEL, 'b', { id: 'i1', text: 'Rate', due: 'not a date', source: '' });
    expect(boxB(model).indicators).toEqual([{ id: 'i1', text: 'Rate' }]);
    model = addIndicator(model, 'b', { id: 'i2', text: 'Count', baseline: '10' });
    model = updateIndicator(model, 'b', 'i1', { target: '20%', due: '2027-01-31' });
    expect(boxB(model).indicators?.[0]).toEqual({ id: 'i1', text: 'Rate', target: '20%', due: '2027-01-31' });
    expect(updateIndicator(model, 'b', 'i1', { due: '31/01/2027' })).toBe(model);
    model = updateIndicator(model, 'b', 'i1', { due: '' });
    expect(boxB(model).indicators?.[0]).toEqual({ id: 'i1', text: 'Rate', target: '20%' });
    model = moveIndicator(model, 'b', 'i2', 0);
    expect(boxB(model).indicators?.map((i) => i.id)).toEqual(['i2', 'i1']);
    expect(moveIndicator(model, 'b', 'i2', -5)).toBe(model);
    model = removeIndicator(removeIndicator(model, 'b', 'i1'), 'b', 'i2');
    expect('indicators' in boxB(model)).toBe(false);
    expect(model.boxes[0]).toBe(MODEL.boxes[0]);
  });

  it('an edit that changes nothing returns the same model', () => {
    const model = addIndicator(MODEL, 'b', { id: 'i1', text: 'Rate' });
    expect(updateIndicator(model, 'b', 'i1', { text: 'Rate' })).toBe(model);
    expect(removeIndicator(model, 'b', 'nope')).toBe(model);
    expect(updateIndicator(model, 'nope', 'i1', { text: 'x' })).toBe(model);
  });
});

describe('evidence', () => {
  it('is kept newest first; an entry of the same date goes above; a date change re-sorts', () => {
    let model = addEvidence(MODEL, 'b', { id: 'e1', date: '2026-01-10', kind: 'data', summary: 'First' });
    model = addEvidence(model, 'b', { id: 'e2', date: '2025-05-01', kind: 'document', summary: 'Older' });
    model = addEvidence(model, 'b', { id: 'e3', date: '2026-01-10', kind: 'feedback', summary: 'Same day', by: 'Sam' });
    expect(boxB(model).evidence?.map((e) => e.id)).toEqual(['e3', 'e1', 'e2']);
    model = updateEvidence(model, 'b', 'e2', { date: '2026-11-30', summary: 'Now newest' });
    expect(boxB(model).evidence?.map((e) => e.id)).toEqual(['e2', 'e3', 'e1']);
    expect(updateEvidence(model, 'b', 'e2', { kind: 'rumour' as never })).toBe(model);
    expect(updateEvidence(model, 'b', 'e2', { date: '' })).toBe(model);
    model = removeEvidence(model, 'b', 'e2');
    expect(boxB(model).evidence?.map((e) => e.id)).toEqual(['e3', 'e1']);
  });

  it('refuses an entry with no real date or an unknown kind', () => {
    expect(() => addEvidence(MODEL, 'b', { id: 'e', date: '2026-02-30', kind: 'data', summary: 'x' })).toThrow(/date/);
    expect(() => addEvidence(MODEL, 'b', { id: 'e', date: '2026-02-01', kind: 'gossip' as never, summary: 'x' })).toThrow(/kind/);
  });
});

describe('rating', () => {
  it('is set whole, changed in part, and cleared in one step', () => {
    expect(rateBox(MODEL, 'b', { progress: 'on-track' })).toBe(MODEL);
    let model = rateBox(MODEL, 'b', { progress: 'on-track', confidence: 'low', date: '2026-12-01', by: 'Ann' });
    expect(boxB(model).rating).toEqual({ progress: 'on-track', confidence: 'low', date: '2026-12-01', by: 'Ann' });
    model = rateBox(model, 'b', { progress: 'achieved', by: '' });
    expect(boxB(model).rating).toEqual({ progress: 'achieved', confidence: 'low', date: '2026-12-01' });
    expect(rateBox(model, 'b', { progress: 'achieved' })).toBe(model);
    expect(rateBox(model, 'b', { confidence: 'certain' as never })).toBe(model);
    model = clearRating(model, 'b');
    expect('rating' in boxB(model)).toBe(false);
    expect(clearRating(model, 'b')).toBe(model);
  });
});
