import { describe, expect, it } from 'vitest';
import type { Indicator, MeasuredValue } from './model';
import { headlineMeasure, trendOf } from './trend';

function measure(values: MeasuredValue[], extra: Partial<Indicator> = {}): Indicator {
  return { id: 'i1', text: 'Families housed', unit: 'families', polarity: 'higher-is-better', frequency: 'annual', values, ...extra };
}
const v = (period: string, actual?: number, target?: number): MeasuredValue => ({ period, ...(actual !== undefined ? { actual } : {}), ...(target !== undefined ? { target } : {}) });

describe('a measure\'s trend', () => {
  it('has no direction with no figures or one figure', () => {
    expect(trendOf(measure([]))).toEqual({ run: 0, againstTarget: 'no-target' });
    const one = trendOf(measure([v('2025/26', 14, 30)]));
    expect(one.latest).toEqual({ period: '2025/26', actual: 14 });
    expect(one.direction).toBeUndefined();
    expect(one.run).toBe(0);
    expect(one.againstTarget).toBe('not-met');
    expect(one.sinceFirst).toBeUndefined();
  });

  it.each([
    ['higher-is-better', 10, 12, 'improving'],
    ['higher-is-better', 12, 10, 'worsening'],
    ['higher-is-better', 12, 12, 'maintaining'],
    ['lower-is-better', 12, 10, 'improving'],
    ['lower-is-better', 10, 12, 'worsening'],
    ['none', 10, 12, undefined],
  ] as const)('%s: %d then %d is %s', (polarity, from, to, direction) => {
    expect(trendOf(measure([v('2024/25', from), v('2025/26', to)], { polarity })).direction).toBe(direction);
  });

  it('has no direction without a polarity', () => {
    const { polarity: _p, ...rest } = measure([v('2024/25', 1), v('2025/26', 2)]);
    expect(trendOf(rest).direction).toBeUndefined();
  });

  it('counts a change within the tolerance as maintaining', () => {
    expect(trendOf(measure([v('2024/25', 20), v('2025/26', 21)], { tolerance: 1 })).direction).toBe('maintaining');
    expect(trendOf(measure([v('2024/25', 20), v('2025/26', 22)], { tolerance: 1 })).direction).toBe('improving');
  });

  it('passes over gaps: an empty actual is not a zero', () => {
    const trend = trendOf(measure([v('2022/23', 10), v('2023/24', 12), v('2024/25', undefined, 30), v('2025/26', 15)]));
    expect(trend.previous).toEqual({ period: '2023/24', actual: 12 });
    expect(trend.direction).toBe('improving');
    expect(trend.run).toBe(2);
  });

  it('counts the run back from the latest, stopping at the first move another way', () => {
    expect(trendOf(measure([v('2021/22', 30), v('2022/23', 10), v('2023/24', 12), v('2024/25', 14), v('2025/26', 22)])).run).toBe(3);
    expect(trendOf(measure([v('2023/24', 12), v('2024/25', 12), v('2025/26', 12)])).run).toBe(2);
    expect(trendOf(measure([v('2023/24', 14), v('2024/25', 12), v('2025/26', 10)], { polarity: 'lower-is-better' })).run).toBe(2);
  });

  it.each([
    ['higher-is-better', 40, 40, 'met'],
    ['higher-is-better', 41, 40, 'met'],
    ['higher-is-better', 36, 40, 'near'],
    ['higher-is-better', 35, 40, 'not-met'],
    ['lower-is-better', 9, 10, 'met'],
    ['lower-is-better', 11, 10, 'near'],
    ['lower-is-better', 12, 10, 'not-met'],
    ['none', 10, 10, 'met'],
  ] as const)('%s: %d against target %d is %s', (polarity, actual, target, standing) => {
    expect(trendOf(measure([v('2025/26', actual, target)], { polarity })).againstTarget).toBe(standing);
  });

  it('takes the target of the latest figure\'s own period, not another', () => {
    const trend = trendOf(measure([v('2024/25', 20, 20), v('2025/26', 22)]));
    expect(trend.againstTarget).toBe('no-target');
  });

  it('gives the change since the first figure', () => {
    expect(trendOf(measure([v('2023/24', 14), v('2024/25', 18), v('2025/26', 22)])).sinceFirst).toEqual({ first: { period: '2023/24', actual: 14 }, change: 8 });
  });

  it('compares quarterly and monthly figures with the same period a year before', () => {
    const quarterly = measure([v('2024/25 Q2', 10), v('2024/25 Q3', 20), v('2025/26 Q1', 11), v('2025/26 Q2', 12)], { frequency: 'quarterly' });
    expect(trendOf(quarterly).yearBefore).toEqual({ point: { period: '2024/25 Q2', actual: 10 }, direction: 'improving' });
    const monthly = measure([v('2024-11', 30), v('2025-11', 20)], { frequency: 'monthly', polarity: 'lower-is-better' });
    expect(trendOf(monthly).yearBefore).toEqual({ point: { period: '2024-11', actual: 30 }, direction: 'improving' });
    expect(trendOf(measure([v('2024/25', 1), v('2025/26', 2)])).yearBefore).toBeUndefined();
    expect(trendOf(measure([v('2025/26 Q1', 11), v('2025/26 Q2', 12)], { frequency: 'quarterly' })).yearBefore).toBeUndefined();
  });

  it('sorts figures given out of order', () => {
    expect(trendOf(measure([v('2025/26', 22), v('2024/25', 14)])).direction).toBe('improving');
  });

  it('takes a box\'s first indicator with figures as its headline', () => {
    const text: Indicator = { id: 'a', text: 'Words only' };
    const figures = measure([v('2025/26', 1)]);
    expect(headlineMeasure([text, figures])).toBe(figures);
    expect(headlineMeasure([text])).toBeUndefined();
  });
});
