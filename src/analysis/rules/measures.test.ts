import { describe, expect, it } from 'vitest';
import type { Indicator, MeasuredValue } from '../../domain/model';
import { analyse } from '../analyse';
import { box, modelOf, ofKind } from '../testModel';

const TODAY = '2026-12-06';
const v = (period: string, actual?: number, target?: number): MeasuredValue => ({ period, ...(actual !== undefined ? { actual } : {}), ...(target !== undefined ? { target } : {}) });
const measure = (id: string, values: MeasuredValue[], extra: Partial<Indicator> = {}): Indicator => ({ id, text: `Measure ${id}`, polarity: 'higher-is-better', frequency: 'annual', values, ...extra });
const onTrack = { progress: 'on-track', confidence: 'high', date: '2026-11-01' } as const;
const flagsOf = (kind: Parameters<typeof ofKind>[1], boxes: Parameters<typeof modelOf>[0]['boxes']) => ofKind(analyse(modelOf({ boxes }), TODAY), kind);

describe('measure-overdue', () => {
  it('flags a measure with figures but none for the latest period that has ended', () => {
    const flags = flagsOf('measure-overdue', [box('b', 'outcomes', { indicators: [measure('m', [v('2023/24', 1), v('2024/25', 2)])] })]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      key: 'measure-overdue:b:m',
      severity: 'notice',
      boxIds: ['b'],
      message: '“b” (Final outcomes): the measure “Measure m” has no figure for 2025/26, the latest financial year that has ended. Enter it, or say in its note why it is not in yet.',
      passage: { quote: expect.stringMatching(/^Ensure performance management systems are meaningful/) },
    });
  });

  it('counts a period entered with no actual (a gap) as missing, and knows quarters and months', () => {
    expect(flagsOf('measure-overdue', [box('b', 'outcomes', { indicators: [measure('m', [v('2024/25', 2), v('2025/26', undefined, 40)])] })])).toHaveLength(1);
    const quarterly = measure('q', [v('2026/27 Q1', 5)], { frequency: 'quarterly' });
    expect(flagsOf('measure-overdue', [box('b', 'outcomes', { indicators: [quarterly] })])[0]?.message).toMatch(/no figure for 2026\/27 Q2, the latest quarter/);
    const monthly = measure('n', [v('2026-10', 5)], { frequency: 'monthly' });
    expect(flagsOf('measure-overdue', [box('b', 'outcomes', { indicators: [monthly] })])[0]?.message).toMatch(/no figure for Nov 2026, the latest month/);
  });

  it('leaves alone a measure that is up to date, one that starts later, one with no figures, and every measure without today', () => {
    const upToDate = measure('a', [v('2024/25', 1), v('2025/26', 2)]);
    const later = measure('b', [v('2026/27', undefined, 30), v('2027/28', undefined, 40)]);
    const textOnly: Indicator = { id: 'c', text: 'Words only' };
    expect(flagsOf('measure-overdue', [box('b', 'outcomes', { indicators: [upToDate, later, textOnly] })])).toEqual([]);
    expect(ofKind(analyse(modelOf({ boxes: [box('b', 'outcomes', { indicators: [measure('m', [v('2020/21', 1)])] })] })), 'measure-overdue')).toEqual([]);
  });
});

describe('rating-contradicts-measure', () => {
  it('flags On track while the headline measure worsened two periods running', () => {
    const worsening = measure('m', [v('2023/24', 30), v('2024/25', 25), v('2025/26', 22)]);
    const flags = flagsOf('rating-contradicts-measure', [box('b', 'practice', { rating: onTrack, indicators: [worsening] })]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      key: 'rating-contradicts-measure:b',
      severity: 'notice',
      message: '“b” (Practice change) is rated On track, but its measure “Measure m” has worsened 2 periods running (22 in 2025/26). Look at the rating again, or add evidence that says why the figures do not tell the whole story.',
    });
  });

  it('flags Achieved while the latest figure missed its own target, but not a near miss', () => {
    const achieved = { ...onTrack, progress: 'achieved' } as const;
    const missed = flagsOf('rating-contradicts-measure', [box('b', 'outcomes', { rating: achieved, indicators: [measure('m', [v('2025/26', 22, 40)], { unit: 'families' })] })]);
    expect(missed[0]?.message).toBe('“b” (Final outcomes) is rated Achieved, but its measure “Measure m” missed its target for 2025/26 (22 families in 2025/26, against 40 families). Look at the rating again, or add evidence that says why the figures do not tell the whole story.');
    expect(flagsOf('rating-contradicts-measure', [box('b', 'outcomes', { rating: achieved, indicators: [measure('m', [v('2025/26', 37, 40)])] })])).toEqual([]);
  });

  it('leaves alone lower ratings, one worse period, and boxes whose headline measure bears the rating out', () => {
    const worsening = measure('m', [v('2023/24', 30), v('2024/25', 25), v('2025/26', 22)]);
    const atRisk = { ...onTrack, progress: 'at-risk' } as const;
    expect(flagsOf('rating-contradicts-measure', [box('b', 'practice', { rating: atRisk, indicators: [worsening] })])).toEqual([]);
    expect(flagsOf('rating-contradicts-measure', [box('c', 'practice', { rating: onTrack, indicators: [measure('m', [v('2024/25', 25), v('2025/26', 22)])] })])).toEqual([]);
    const lowerIsBetter = measure('m', [v('2023/24', 30), v('2024/25', 25), v('2025/26', 22)], { polarity: 'lower-is-better' });
    expect(flagsOf('rating-contradicts-measure', [box('d', 'practice', { rating: onTrack, indicators: [lowerIsBetter] })])).toEqual([]);
  });
});

describe('measures-crowd-the-model', () => {
  const withMeasures = (id: string, level: Parameters<typeof box>[1], count: number) =>
    box(id, level, { indicators: Array.from({ length: count }, (_, i) => measure(`${id}-${i}`, [v('2025/26', i)])) });

  it('flags a model with more measures on inputs and activities than on outcomes, pointing at the early boxes', () => {
    const flags = flagsOf('measures-crowd-the-model', [withMeasures('in', 'inputs', 2), withMeasures('act', 'activities', 1), withMeasures('out', 'outcomes', 2)]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      severity: 'notice',
      boxIds: ['in', 'act'],
      message: "The model has 3 measures on its inputs and activities and 2 on the outcomes they serve: its figures say more about the partnership's effort than the difference it makes. Measure an outcome or a change in practice, or drop an input measure nobody uses.",
      passage: { quote: 'Work of the partnership dominated by performance management reporting requirements', section: 'Table 1 risks', note: 'the risk' },
    });
  });

  it('counts only indicators with figures, and leaves a balanced model alone', () => {
    const textOnly = box('words', 'inputs', { indicators: [{ id: 'w', text: 'Words' }, { id: 'x', text: 'More words' }] });
    expect(flagsOf('measures-crowd-the-model', [textOnly, withMeasures('out', 'practice', 1)])).toEqual([]);
    expect(flagsOf('measures-crowd-the-model', [withMeasures('in', 'inputs', 1), withMeasures('out', 'engagement', 1)])).toEqual([]);
    expect(flagsOf('measures-crowd-the-model', [withMeasures('in', 'inputs', 1)])[0]?.message).toMatch(/1 measure on its inputs and activities and none on/);
  });
});
