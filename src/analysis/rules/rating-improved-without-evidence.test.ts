import { describe, expect, it } from 'vitest';
import type { Box, EvidenceEntry, Rating } from '../../domain/model';
import { analyse, analyseMemo } from '../analyse';
import { box, modelOf, ofKind } from '../testModel';
import type { PreviousVersion } from '../types';

const rating = (progress: Rating['progress']): Rating => ({ progress, confidence: 'medium', date: '2026-06-01' });
const entry = (date: string): EvidenceEntry => ({ id: `e-${date}`, date, kind: 'data', summary: 'Quarterly return' });
const rated = (progress: Rating['progress'], evidence: EvidenceEntry[] = [entry('2026-01-15')]): Box => box('j', 'activities', { label: 'Joint training', rating: rating(progress), evidence });

/** The version saved on 3 September 2026, when "Joint training" was at risk. */
const q2: PreviousVersion = { name: 'Q2 board', savedAt: '2026-09-03T10:15:00Z', content: modelOf({ boxes: [rated('at-risk')] }) };
const improvedFlags = (now: Box, previous: PreviousVersion | 'none' = q2) =>
  ofKind(analyse(modelOf({ boxes: [now] }), '2026-10-01', previous === 'none' ? undefined : previous), 'rating-improved-without-evidence');

describe('rating-improved-without-evidence', () => {
  it('flags a box whose progress improved with no evidence dated since the previous version', () => {
    const flags = improvedFlags(rated('on-track', [entry('2026-09-02'), entry('2026-01-15')]));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      key: 'rating-improved-without-evidence:j',
      severity: 'notice',
      boxIds: ['j'],
      action: { type: 'add-evidence', boxId: 'j' },
      message:
        '“Joint training” (Activities) has improved from At risk to On track since the version “Q2 board” (3 September 2026), but no evidence is dated since then. Add what the improvement rests on.',
    });
  });

  it('quotes the briefing on meaningful performance management, word for word', () => {
    const [flag] = improvedFlags(rated('achieved'));
    expect(flag!.passage).toEqual({
      quote:
        'Ensure performance management systems are meaningful and tailored to the work of the partnership and information is shared with and of value to all partners.',
      section: 'Policy and practice implications: improving partnership effectiveness',
    });
  });

  it('says “the previous version” when the version has no name given', () => {
    const [flag] = improvedFlags(rated('on-track'), { savedAt: q2.savedAt, content: q2.content });
    expect(flag!.message).toContain('since the previous version (3 September 2026)');
  });

  it('leaves alone an improvement with evidence dated on or after the day the version was saved', () => {
    expect(improvedFlags(rated('on-track', [entry('2026-09-03')]))).toEqual([]);
    expect(improvedFlags(rated('on-track', [entry('2026-09-20'), entry('2026-01-15')]))).toEqual([]);
    // The log is kept newest first, but an entry out of order still counts.
    expect(improvedFlags(rated('on-track', [entry('2026-01-15'), entry('2026-09-20')]))).toEqual([]);
  });

  it('raises nothing without a previous version', () => {
    expect(improvedFlags(rated('on-track'), 'none')).toEqual([]);
    expect(ofKind(analyse(modelOf({ boxes: [rated('on-track')] }), '2026-10-01'), 'rating-improved-without-evidence')).toEqual([]);
  });

  it('leaves alone progress that got worse, stayed the same, or is newly rated', () => {
    expect(improvedFlags(rated('off-track'))).toEqual([]);
    expect(improvedFlags(rated('at-risk'))).toEqual([]);
    const unratedBefore: PreviousVersion = { savedAt: q2.savedAt, content: modelOf({ boxes: [box('j', 'activities')] }) };
    expect(improvedFlags(rated('on-track'), unratedBefore)).toEqual([]);
    const absentBefore: PreviousVersion = { savedAt: q2.savedAt, content: modelOf({}) };
    expect(improvedFlags(rated('on-track'), absentBefore)).toEqual([]);
  });

  it('leaves a box with no evidence at all to rating-without-evidence', () => {
    const flags = analyse(modelOf({ boxes: [rated('on-track', [])] }), '2026-10-01', q2);
    expect(ofKind(flags, 'rating-improved-without-evidence')).toEqual([]);
    expect(ofKind(flags, 'rating-without-evidence')).toHaveLength(1);
  });

  it('is remembered per model and per previous version object', () => {
    const model = modelOf({ boxes: [rated('on-track')] });
    const first = analyseMemo(model, '2026-10-01', q2);
    expect(analyseMemo(model, '2026-10-01', q2)).toBe(first);
    expect(ofKind(first, 'rating-improved-without-evidence')).toHaveLength(1);
    expect(ofKind(analyseMemo(model, '2026-10-01'), 'rating-improved-without-evidence')).toEqual([]);
    const later: PreviousVersion = { ...q2, savedAt: '2026-12-01T09:00:00Z', content: modelOf({ boxes: [rated('on-track')] }) };
    expect(ofKind(analyseMemo(model, '2026-10-01', later), 'rating-improved-without-evidence')).toEqual([]);
  });
});
