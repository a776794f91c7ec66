import { describe, expect, it } from 'vitest';
import type { Box } from '../domain/model';
import { boxMeasureOf, sameBoxMeasure } from './boxMeasure';

const box = (indicators: Box['indicators']): Box => ({ id: 'b', level: 'outcomes', label: 'Families in stable homes', x: 0, y: 0, indicators });

describe('a box’s headline measure on the canvas', () => {
  it('is its first indicator with figures, in the box’s shorter words with its direction', () => {
    const measure = boxMeasureOf(
      box([
        { id: 'i0', text: 'Stories collected' },
        {
          id: 'i1',
          text: 'Families housed',
          polarity: 'higher-is-better',
          values: [{ period: '2022/23', actual: 12 }, { period: '2023/24', actual: 18 }, { period: '2024/25', actual: 22, target: 40 }],
        },
      ]),
    );
    expect(measure).toEqual({ words: 'Families housed: 22, improving for two periods; target 40 not met', direction: 'improving' });
  });

  it('is nothing for a box without figures', () => {
    expect(boxMeasureOf(box(undefined))).toBeNull();
    expect(boxMeasureOf(box([{ id: 'i0', text: 'Stories collected' }]))).toBeNull();
  });

  it('is worked out once per list of indicators, and compared by what it says', () => {
    const indicators = [{ id: 'i1', text: 'Waiting days', polarity: 'lower-is-better' as const, values: [{ period: '2024/25', actual: 30 }, { period: '2025/26', actual: 25 }] }];
    const first = boxMeasureOf(box(indicators));
    expect(boxMeasureOf(box(indicators))).toBe(first);
    const again = boxMeasureOf(box([...indicators]));
    expect(again).not.toBe(first);
    expect(sameBoxMeasure(first, again)).toBe(true);
    expect(sameBoxMeasure(first, null)).toBe(false);
  });
});
