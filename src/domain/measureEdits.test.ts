import { describe, expect, it } from 'vitest';
import { addBox } from './edits';
import type { ModelContent } from './model';
import { addPeriod, readFigure, removePeriod, setPeriodValue, setPeriodValues, updateMeasure } from './measureEdits';
import { addIndicator } from './progressEdits';

function model(): ModelContent {
  let out: ModelContent = { title: 'T', boxes: [], links: [], conditions: [] };
  out = addBox(out, { id: 'b1', level: 'outcomes', label: 'Outcome', y: 0 });
  return addIndicator(out, 'b1', { id: 'i1', text: 'Families housed' });
}
const indicator = (m: ModelContent) => m.boxes[0]!.indicators![0]!;

describe('editing a measure', () => {
  it('describes it, and clears a field with an empty value', () => {
    let m = updateMeasure(model(), 'b1', 'i1', { unit: ' families ', polarity: 'higher-is-better', frequency: 'quarterly', tolerance: 2 });
    expect(indicator(m)).toEqual({ id: 'i1', text: 'Families housed', unit: 'families', polarity: 'higher-is-better', frequency: 'quarterly', tolerance: 2 });
    m = updateMeasure(m, 'b1', 'i1', { unit: '', polarity: '', tolerance: null });
    expect(indicator(m)).toEqual({ id: 'i1', text: 'Families housed', frequency: 'quarterly' });
    expect(updateMeasure(m, 'b1', 'i1', { tolerance: -1 })).toBe(m);
    expect(updateMeasure(m, 'b1', 'i1', { polarity: 'sideways' as never })).toBe(m);
  });

  it('keeps the frequency its figures are in', () => {
    const m = setPeriodValue(model(), 'b1', 'i1', '2025/26', { actual: 3 });
    expect(indicator(m).frequency).toBe('annual');
    expect(updateMeasure(m, 'b1', 'i1', { frequency: 'monthly' })).toBe(m);
  });

  it('puts each period in its place in time and refuses one of another kind', () => {
    let m = setPeriodValue(model(), 'b1', 'i1', '2025/26', { actual: 22 });
    m = setPeriodValue(m, 'b1', 'i1', '2023/24', { actual: 14 });
    m = addPeriod(m, 'b1', 'i1', '2024-25');
    expect(indicator(m).values!.map((value) => value.period)).toEqual(['2023/24', '2024/25', '2025/26']);
    expect(setPeriodValue(m, 'b1', 'i1', '2025 Q1', { actual: 1 })).toBe(m);
    expect(setPeriodValue(m, 'b1', 'i1', 'soon', { actual: 1 })).toBe(m);
    expect(addPeriod(m, 'b1', 'i1', '2025/26')).toBe(m);
  });

  it('changes one figure, clears it to a gap, and returns the same model when nothing changes', () => {
    let m = setPeriodValue(model(), 'b1', 'i1', '2025/26', { actual: 22, target: 40, status: 'provisional', note: 'n' });
    expect(setPeriodValue(m, 'b1', 'i1', '2025/26', { actual: 22 })).toBe(m);
    m = setPeriodValue(m, 'b1', 'i1', '2025/26', { actual: null, status: '', note: '' });
    expect(indicator(m).values).toEqual([{ period: '2025/26', target: 40 }]);
    expect(setPeriodValue(m, 'b1', 'i1', '2025/26', { actual: Number.NaN })).toEqual(m);
  });

  it('sets many periods as one edit, and removes a period', () => {
    let m = setPeriodValues(model(), 'b1', 'i1', [
      { period: '2024/25', patch: { actual: 1 } },
      { period: '2025/26', patch: { actual: 2 } },
    ]);
    expect(indicator(m).values).toEqual([{ period: '2024/25', actual: 1 }, { period: '2025/26', actual: 2 }]);
    m = removePeriod(m, 'b1', 'i1', '2024/25');
    m = removePeriod(m, 'b1', 'i1', '2025/26');
    expect(indicator(m)).not.toHaveProperty('values');
  });
});

describe('a cell read as a figure', () => {
  it.each([
    ['22', 22],
    [' 1,234.5 ', 1234.5],
    ['-3', -3],
    ['−3', -3],
    ['45%', 45],
    ['£12', 12],
    ['(12)', -12],
    ['.5', 0.5],
    ['0', 0],
  ])('%j is %d', (text, value) => {
    expect(readFigure(text)).toEqual({ ok: true, value });
  });

  it('reads an empty cell as a gap, never a zero', () => {
    expect(readFigure('')).toEqual({ ok: true });
    expect(readFigure('   ')).toEqual({ ok: true });
  });

  it.each(['14 families', 'n/a', 'N/A', '-', '1.2.3', 'twelve', '12abc', '1e5x'])('refuses %j', (text) => {
    expect(readFigure(text)).toEqual({ ok: false });
  });
});
