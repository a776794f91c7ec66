import { describe, expect, it } from 'vitest';
import { detailInWords, marksForChanges } from './changeMarks';
import { diffModels } from '../domain/diff';
import type { Box, Link, ModelContent, Rating } from '../domain/model';

const rating = (progress: Rating['progress']): Rating => ({ progress, confidence: 'medium', date: '2026-06-01' });
const box = (id: string, label: string, extra: Partial<Box> = {}): Box => ({ id, level: 'activities', label, x: 260, y: 0, ...extra });
const model = (boxes: Box[], links: Link[] = []): ModelContent => ({ title: 'Model', boxes, links, conditions: [] });

const before = model(
  [box('kept', 'Kept'), box('relabelled', 'Pooled budget'), box('gone', 'Gone'), box('rated', 'Joint training', { rating: rating('at-risk') }), box('evidenced', 'Case reviews')],
  [
    { id: 'l1', source: 'kept', target: 'gone' },
    { id: 'l2', source: 'kept', target: 'rated' },
    { id: 'l3', source: 'kept', target: 'relabelled', note: 'Why' },
  ],
);
const after = model(
  [
    box('kept', 'Kept', { y: 400 }),
    box('relabelled', 'Pooled budget 2026'),
    box('rated', 'Joint training', { rating: rating('on-track') }),
    box('evidenced', 'Case reviews', { evidence: [{ id: 'e1', date: '2026-10-01', kind: 'data', summary: 'Survey of partners' }] }),
    box('added', 'New'),
  ],
  [
    { id: 'l2', source: 'kept', target: 'rated' },
    { id: 'l3', source: 'kept', target: 'relabelled', note: 'Because' },
    { id: 'l4', source: 'added', target: 'kept' },
  ],
);

describe('marksForChanges', () => {
  const marks = marksForChanges(diffModels(before, after));

  it('marks boxes new, changed or removed, and leaves unchanged and merely moved boxes unmarked', () => {
    expect(Object.fromEntries([...marks.boxes].map(([id, mark]) => [id, mark.mark]))).toEqual({
      added: 'new',
      gone: 'removed',
      relabelled: 'changed',
      rated: 'changed',
      evidenced: 'changed',
    });
  });

  it('marks links new, removed, or changed when their note changed', () => {
    expect(Object.fromEntries([...marks.links].map(([id, mark]) => [id, mark.mark]))).toEqual({ l1: 'removed', l3: 'changed', l4: 'new' });
  });

  it('gives each changed box and link its before → after lines', () => {
    expect(marks.boxes.get('relabelled')!.details.map(detailInWords)).toEqual(['Label: Pooled budget → Pooled budget 2026']);
    expect(marks.boxes.get('rated')!.details.map(detailInWords)).toEqual(['Progress: At risk → On track']);
    expect(marks.boxes.get('evidenced')!.details.map(detailInWords)).toEqual(['Evidence: none → 1 October 2026: Survey of partners']);
    expect(marks.links.get('l3')!.details.map(detailInWords)).toEqual(['Note: Why → Because']);
    expect(marks.boxes.get('added')!.details).toEqual([]);
  });

  it('gathers every line of a box changed in several ways', () => {
    const several = model([box('relabelled', 'Pooled budget 2026', { level: 'inputs', owner: 'Council', feature: 'leadership', rating: rating('off-track') })]);
    const details = marksForChanges(diffModels(model([box('relabelled', 'Pooled budget')]), several)).boxes.get('relabelled')!.details;
    expect(details.map(detailInWords)).toEqual([
      'Label: Pooled budget → Pooled budget 2026',
      'Level: Activities → Inputs',
      'Evidence feature: none → Strong, reflective and responsive leadership',
      'Owner: none → Council',
      'Rating: Not rated → Off track, confidence Medium',
    ]);
  });

  it('says which field of an indicator or evidence entry changed, values in full', () => {
    const tracked = (target: string, kind: 'data' | 'feedback') =>
      model([box('b', 'B', { indicators: [{ id: 'i1', text: 'Staff trained', target }], evidence: [{ id: 'e1', date: '2026-05-01', kind, summary: 'Return' }] })]);
    const details = marksForChanges(diffModels(tracked('100', 'data'), tracked('150', 'feedback'))).boxes.get('b')!.details;
    expect(details.map(detailInWords)).toEqual(['Target of indicator “Staff trained”: 100 → 150', 'Kind of evidence “Return”: Data → Feedback']);
  });

  it('marks nothing when nothing changed', () => {
    const none = marksForChanges(diffModels(before, before));
    expect(none.boxes.size + none.links.size).toBe(0);
  });
});
