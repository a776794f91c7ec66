import { describe, expect, it } from 'vitest';
import { comparePeriods, latestEndedPeriod, normalisePeriod, parsePeriod, periodLabel, periodStart, periodWords, proposeNextPeriod, shiftPeriod } from './periods';

describe('periods as UK public bodies write them', () => {
  it.each([
    ['2025/26', '2025/26'],
    ['2025-26', '2025/26'],
    ['2025–26', '2025/26'],
    ['FY 2025/2026', '2025/26'],
    ['1999/00', '1999/00'],
    ['2025', '2025'],
    ['2025/26 Q1', '2025/26 Q1'],
    ['Q3 2025/26', '2025/26 Q3'],
    ['2025-26 q4', '2025/26 Q4'],
    ['2025 Q2', '2025 Q2'],
    ['Q1 2026', '2026 Q1'],
    ['2025-04', '2025-04'],
    ['2025-4', '2025-04'],
    ['April 2025', '2025-04'],
    ['Sept 2025', '2025-09'],
    ['dec 2025', '2025-12'],
  ])('reads %s as %s', (written, label) => {
    expect(normalisePeriod(written)).toBe(label);
  });

  it.each(['2025/27', '2025/26 Q5', 'n/a', '', '14 families', '2025-13', 'Smarch 2025', '25/26'])('refuses %j', (written) => {
    expect(normalisePeriod(written)).toBeUndefined();
  });

  it('reads "2011-12" as a financial year for annual measures and as December 2011 otherwise', () => {
    expect(normalisePeriod('2011-12', 'annual')).toBe('2011/12');
    expect(normalisePeriod('2011-12', 'quarterly')).toBe('2011/12');
    expect(normalisePeriod('2011-12', 'monthly')).toBe('2011-12');
    expect(normalisePeriod('2011-12')).toBe('2011-12');
    expect(parsePeriod('2011-12')?.kind).toBe('month');
  });

  it('steps quarters and months across a year end', () => {
    const q4 = parsePeriod('2025/26 Q4')!;
    expect(periodLabel(shiftPeriod(q4, 1))).toBe('2026/27 Q1');
    expect(periodLabel(shiftPeriod(q4, -4))).toBe('2024/25 Q4');
    expect(periodLabel(shiftPeriod(parsePeriod('2025 Q4')!, 1))).toBe('2026 Q1');
    expect(periodLabel(shiftPeriod(parsePeriod('2025-12')!, 1))).toBe('2026-01');
    expect(periodLabel(shiftPeriod(parsePeriod('2025/26')!, 1))).toBe('2026/27');
  });

  it('knows when each period starts: a financial quarter 1 is April to June', () => {
    expect(periodStart(parsePeriod('2025/26 Q1')!)).toBe('2025-04-01');
    expect(periodStart(parsePeriod('2025/26 Q4')!)).toBe('2026-01-01');
    expect(periodStart(parsePeriod('2025/26')!)).toBe('2025-04-01');
    expect(periodStart(parsePeriod('2025 Q3')!)).toBe('2025-07-01');
    expect(periodStart(parsePeriod('2025-11')!)).toBe('2025-11-01');
  });

  it.each([
    ['financial-year', '2026-12-06', '2025/26'],
    ['financial-year', '2026-03-31', '2024/25'],
    ['financial-year', '2026-04-01', '2025/26'],
    ['calendar-year', '2026-12-06', '2025'],
    ['financial-quarter', '2026-12-06', '2026/27 Q2'],
    ['financial-quarter', '2026-02-10', '2025/26 Q3'],
    ['financial-quarter', '2026-04-01', '2025/26 Q4'],
    ['calendar-quarter', '2026-01-15', '2025 Q4'],
    ['month', '2026-01-15', '2025-12'],
  ] as const)('the latest %s ended by %s is %s', (kind, today, label) => {
    expect(periodLabel(latestEndedPeriod(kind, today))).toBe(label);
  });

  it('proposes the period after the latest, or the latest ended for a new measure', () => {
    expect(proposeNextPeriod(['2023/24', '2025/26', '2024/25'], 'annual', '2026-12-06')).toBe('2026/27');
    expect(proposeNextPeriod([], 'annual', '2026-12-06')).toBe('2025/26');
    expect(proposeNextPeriod([], 'annual', '2026-12-06', 'calendar')).toBe('2025');
    expect(proposeNextPeriod([], 'quarterly', '2026-12-06')).toBe('2026/27 Q2');
    expect(proposeNextPeriod([], 'monthly', '2026-12-06')).toBe('2026-11');
    expect(proposeNextPeriod(['2025/26 Q4'], 'quarterly', '2026-12-06')).toBe('2026/27 Q1');
    expect(proposeNextPeriod([], undefined, '2026-12-06')).toBe('2025/26');
  });

  it('sorts in time order and says months by name', () => {
    expect(['2025/26 Q2', '2024/25 Q4', '2025/26 Q1'].sort((a, b) => comparePeriods(a, b))).toEqual(['2024/25 Q4', '2025/26 Q1', '2025/26 Q2']);
    expect(periodWords('2025-04')).toBe('Apr 2025');
    expect(periodWords('2025/26 Q1')).toBe('2025/26 Q1');
  });
});
