import { describe, expect, it } from 'vitest';
import type { Indicator } from './model';
import { formatMeasureValue, measureDetails, measureHeadline, measureSummary } from './measureWords';

const housed: Indicator = {
  id: 'i1',
  text: 'Families housed',
  polarity: 'higher-is-better',
  frequency: 'annual',
  values: [
    { period: '2022/23', actual: 14, target: 20 },
    { period: '2023/24', actual: 18, target: 30 },
    { period: '2024/25', actual: 22, target: 40 },
  ],
};

describe('a measure in words', () => {
  it('says the latest figure, the trend with its run, and the target', () => {
    expect(measureSummary(housed)).toBe('Families housed: 22 in 2024/25, improving for two periods; target 40 not met');
    expect(measureHeadline(housed)).toBe('Families housed: 22, improving for two periods; target 40 not met');
  });

  it('says a measure with no figures, one figure, and no polarity plainly', () => {
    expect(measureSummary({ id: 'x', text: 'Waiting time', values: [] })).toBe('Waiting time: no figures yet');
    expect(measureSummary({ id: 'x', text: 'Waiting time', unit: 'days', values: [{ period: '2025-04', actual: 12 }] })).toBe('Waiting time: 12 days in Apr 2025');
    expect(measureSummary({ id: 'x', text: 'Referrals', polarity: 'none', values: [{ period: '2024/25', actual: 10 }, { period: '2025/26', actual: 7 }] })).toBe('Referrals: 7 in 2025/26, down 3 on 2024/25');
  });

  it('writes units as a board paper does', () => {
    expect(formatMeasureValue(45.5, '%')).toBe('45.5%');
    expect(formatMeasureValue(1200, '£k')).toBe('£1,200k');
    expect(formatMeasureValue(-3, '£')).toBe('-£3');
    expect(formatMeasureValue(22, 'families')).toBe('22 families');
    expect(formatMeasureValue(1 / 3, undefined)).toBe('0.33');
  });

  it('adds the year before and the change since the first figure', () => {
    expect(measureDetails(housed)).toEqual(['Up 8 since 2022/23 (14).']);
    const quarterly: Indicator = { id: 'q', text: 'Visits', polarity: 'higher-is-better', frequency: 'quarterly', values: [{ period: '2024/25 Q2', actual: 10 }, { period: '2025/26 Q2', actual: 12 }] };
    expect(measureDetails(quarterly)).toEqual(['A year before: 10 in 2024/25 Q2 (improving since).', 'Up 2 since 2024/25 Q2 (10).']);
  });
});
