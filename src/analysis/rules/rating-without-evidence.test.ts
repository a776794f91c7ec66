import { describe, expect, it } from 'vitest';
import type { Rating } from '../../domain/model';
import { analyse } from '../analyse';
import { box, modelOf, ofKind } from '../testModel';

const unbacked = (parts: Parameters<typeof modelOf>[0]) => ofKind(analyse(modelOf(parts), '2026-03-01'), 'rating-without-evidence');
const rating = (progress: Rating['progress']): Rating => ({ progress, confidence: 'medium', date: '2026-01-10' });
const evidence = [{ id: 'e1', date: '2026-01-05', kind: 'feedback' as const, summary: 'Staff survey' }];

describe('rating-without-evidence', () => {
  it('flags a rated box with no evidence entry, at any level, saying how it is rated', () => {
    const flags = unbacked({ boxes: [box('o', 'outcomes', { rating: rating('achieved') }), box('a', 'activities', { rating: rating('at-risk') })] });
    expect(flags.map((flag) => flag.key)).toEqual(['rating-without-evidence:a', 'rating-without-evidence:o']);
    expect(flags[0]).toMatchObject({
      severity: 'notice',
      boxIds: ['a'],
      action: { type: 'add-evidence', boxId: 'a' },
      message: '“a” (Activities) is rated At risk but has no evidence behind the rating. Add what the rating rests on.',
    });
  });

  it('leaves alone a rated box with evidence, and an unrated box without', () => {
    expect(unbacked({ boxes: [box('a', 'activities', { rating: rating('on-track'), evidence }), box('b', 'practice')] })).toEqual([]);
  });

  it('is the only flag about the rating of a box with no evidence, however long ago it was rated', () => {
    const flags = analyse(modelOf({ boxes: [box('a', 'activities', { rating: { ...rating('on-track'), date: '2019-01-01' } })] }), '2026-03-01');
    expect(ofKind(flags, 'rating-without-evidence')).toHaveLength(1);
    expect(ofKind(flags, 'evidence-stale')).toEqual([]);
  });
});
