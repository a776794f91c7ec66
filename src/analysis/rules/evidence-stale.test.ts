import { describe, expect, it } from 'vitest';
import type { EvidenceEntry } from '../../domain/model';
import { analyse } from '../analyse';
import { box, modelOf, ofKind } from '../testModel';

const TODAY = '2026-03-15';
const rating = { progress: 'on-track', confidence: 'high', date: '2026-03-01' } as const;
const entry = (id: string, date: string): EvidenceEntry => ({ id, date, kind: 'data', summary: `Figures of ${date}` });
/** A rated box whose evidence log is given newest first, as the model keeps it. */
const rated = (id: string, ...dates: string[]) => box(id, 'learning', { rating, evidence: dates.map((date, i) => entry(`${id}-e${i}`, date)) });
const staleOn = (today: string | undefined, boxes: Parameters<typeof modelOf>[0]['boxes']) => ofKind(analyse(modelOf({ boxes }), today), 'evidence-stale');
const stale = (boxes: Parameters<typeof modelOf>[0]['boxes']) => staleOn(TODAY, boxes);

describe('evidence-stale', () => {
  it('flags a rated box whose newest evidence is over 12 months older than today', () => {
    const flags = stale([rated('old', '2025-03-14', '2024-01-01')]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      key: 'evidence-stale:old',
      severity: 'info',
      boxIds: ['old'],
      action: { type: 'add-evidence', boxId: 'old' },
      message: '“old” (Knowledge, skills and attitudes) is rated On track, but its newest evidence is from 14 March 2025, over a year ago. Add what has been found since.',
    });
  });

  it('does not flag evidence exactly 12 months old, or newer', () => {
    expect(stale([rated('year', '2025-03-15'), rated('recent', '2026-02-01', '2020-01-01')])).toEqual([]);
  });

  it('counts months by the calendar: on 29 February, evidence from 28 February a year before is not stale', () => {
    expect(staleOn('2024-02-29', [rated('leap', '2023-02-28')])).toEqual([]);
    expect(staleOn('2024-02-29', [rated('leap', '2023-02-27')]).map((flag) => flag.key)).toEqual(['evidence-stale:leap']);
  });

  it('leaves alone an unrated box with old evidence, and a rated box with none (rating-without-evidence flags that)', () => {
    const unrated = box('unrated', 'practice', { evidence: [entry('e', '2019-05-01')] });
    const bare = box('bare', 'practice', { rating });
    expect(stale([unrated, bare])).toEqual([]);
  });

  it('judges nothing by age when no date for today is given', () => {
    expect(staleOn(undefined, [rated('old', '2019-01-01')])).toEqual([]);
  });
});
