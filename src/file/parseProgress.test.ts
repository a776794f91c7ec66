import { describe, expect, it } from 'vitest';
import type { ModelContent } from '../domain/model';
import { parseModelDocument, parseModelFile } from './parse';
import { serialiseModel } from './serialise';

function fileWith(box: Record<string, unknown>): Record<string, unknown> {
  return {
    format: 'outcome-chains/logic-model',
    formatVersion: 2,
    title: 'Progress',
    boxes: [{ id: 'b1', level: 'inputs', label: 'Budget', x: 20, y: 110 }, { id: 'out', level: 'outcomes', label: 'Less reoffending', x: 1580, y: 110, ...box }],
    links: [],
    conditions: [],
  };
}

function errorOf(box: Record<string, unknown>): string {
  const result = parseModelDocument(fileWith(box));
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

function outcomeOf(box: Record<string, unknown>): ModelContent['boxes'][number] {
  const result = parseModelDocument(fileWith(box));
  if (!result.ok) throw new Error(result.error);
  return result.model.boxes[1]!;
}

const PROGRESS = {
  indicators: [
    { id: 'i1', text: 'Proven reoffending rate', source: 'Justice analytical services', baseline: '28%', target: '24%', due: '2027-03-31' },
    { id: 'i2', text: 'People completing orders' },
  ],
  evidence: [
    { id: 'e1', date: '2025-06-01', kind: 'data', summary: 'Rate fell to 26%', source: 'https://example.org/report', by: 'Ann' },
    { id: 'e2', date: '2026-02-10', kind: 'feedback', summary: 'Service users say <b>"quicker"</b>' },
  ],
  rating: { progress: 'on-track', confidence: 'medium', date: '2026-03-01', by: 'Board' },
};

describe('version 2: progress and evidence on a box', () => {
  it('reads indicators in order, evidence newest first, and the rating; the file round-trips', () => {
    const box = outcomeOf(PROGRESS);
    expect(box.indicators).toEqual(PROGRESS.indicators);
    expect(box.evidence?.map((entry) => entry.id)).toEqual(['e2', 'e1']);
    expect(box.evidence?.[0]?.summary).toBe('Service users say <b>"quicker"</b>');
    expect(box.rating).toEqual(PROGRESS.rating);
    const parsed = parseModelDocument(fileWith(PROGRESS));
    if (!parsed.ok) throw new Error(parsed.error);
    const again = parseModelFile(serialiseModel(parsed.model));
    expect(again).toEqual(parsed);
  });

  it('leaves out empty lists and gives missing item ids', () => {
    const box = outcomeOf({ indicators: [], evidence: [{ date: '2026-01-01', kind: 'other', summary: 'Noted' }] });
    expect('indicators' in box).toBe(false);
    expect(box.evidence?.[0]?.id).toMatch(/^ev-/);
  });

  it('refuses a bad indicator, naming the box, the indicator and the field', () => {
    expect(errorOf({ indicators: 'none' })).toBe('Box 2 "out": "indicators" must be a list, but it is text "none".');
    expect(errorOf({ indicators: [{ id: 'i1' }] })).toBe('Box 2 "out", indicator 1 has no "text".');
    expect(errorOf({ indicators: [{ text: 'A' }, { text: 5 }] })).toBe('Box 2 "out", indicator 2: "text" must be text, but it is number 5.');
    expect(errorOf({ indicators: [{ text: 'A', due: '31/03/2027' }] })).toBe(
      'Box 2 "out", indicator 1: "due" must be a date written YYYY-MM-DD, but it is text "31/03/2027".',
    );
    expect(errorOf({ indicators: [{ id: 'i', text: 'A' }, { id: 'i', text: 'B' }] })).toBe(
      'Box 2 "out", indicator 2 has the id "i", which another indicator of the model has; each needs its own id.',
    );
  });

  it('refuses an indicator or entry id that another box already uses: ids are unique in the model', () => {
    const doc = fileWith({ indicators: [{ id: 'shared', text: 'B' }] });
    (doc.boxes as Record<string, unknown>[])[0]!.indicators = [{ id: 'shared', text: 'A' }];
    const result = parseModelDocument(doc);
    expect(result).toEqual({ ok: false, error: 'Box 2 "out", indicator 1 has the id "shared", which another indicator of the model has; each needs its own id.' });
  });

  it('refuses a bad evidence entry, naming the box, the entry and the field', () => {
    expect(errorOf({ evidence: [{ kind: 'data', summary: 'x' }] })).toBe('Box 2 "out", evidence entry 1 has no "date".');
    expect(errorOf({ evidence: [{ date: '2026-02-30', kind: 'data', summary: 'x' }] })).toBe(
      'Box 2 "out", evidence entry 1: "date" must be a date written YYYY-MM-DD, but it is text "2026-02-30".',
    );
    expect(errorOf({ evidence: [{ date: '2026-02-01', kind: 'rumour', summary: 'x' }] })).toBe(
      'Box 2 "out", evidence entry 1: "kind" must be one of data, feedback, observation, document, other, but it is text "rumour".',
    );
    expect(errorOf({ evidence: [{ date: '2026-02-01', kind: 'data' }] })).toBe('Box 2 "out", evidence entry 1 has no "summary".');
    expect(errorOf({ evidence: [7] })).toBe('Box 2 "out", evidence entry 1 must be an object, but it is number 7.');
  });

  it('refuses a bad rating, naming the box and the field', () => {
    expect(errorOf({ rating: 'green' })).toBe('Box 2 "out", rating must be an object, but it is text "green".');
    expect(errorOf({ rating: { progress: 'green', confidence: 'low', date: '2026-01-01' } })).toBe(
      'Box 2 "out", rating: "progress" must be one of off-track, at-risk, on-track, achieved, but it is text "green".',
    );
    expect(errorOf({ rating: { progress: 'achieved', date: '2026-01-01' } })).toBe('Box 2 "out", rating has no "confidence".');
    expect(errorOf({ rating: { progress: 'achieved', confidence: 'high' } })).toBe('Box 2 "out", rating has no "date".');
  });

  it('refuses prototype keys inside progress data', () => {
    const text = JSON.stringify(fileWith({ rating: { progress: 'achieved', confidence: 'high', date: '2026-01-01' } }));
    const hostile = text.replace('"progress":"achieved"', '"__proto__":{"polluted":true},"progress":"achieved"');
    const result = parseModelFile(hostile);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
