/**
 * A generated model whose first boxes each carry a measure of twelve annual periods (issue 22's
 * "board report with 50 native charts"): actuals that wander, a target each period, one gap.
 */
import type { ModelContent } from '../src/domain/model';
import { seededRandom } from './prng';

export function withMeasures(model: ModelContent, measures: number, periods = 12): ModelContent {
  const random = seededRandom(22);
  let made = 0;
  const boxes = model.boxes.map((box) => {
    if (made >= measures) return box;
    made++;
    const values = Array.from({ length: periods }, (_, index) => {
      const period = `${2014 + index}/${String((15 + index) % 100).padStart(2, '0')}`;
      const actual = Math.round(40 + index * 2 + random() * 10);
      return index === 4 ? { period, target: 50 + index } : { period, actual, target: 50 + index, status: 'final' as const };
    });
    return {
      ...box,
      indicators: [...(box.indicators ?? []), { id: `measure-${made}`, text: `Measure ${made} of ${box.label}`, unit: 'families', polarity: 'higher-is-better' as const, frequency: 'annual' as const, values }],
    };
  });
  if (made < measures) throw new Error(`The model has ${model.boxes.length} boxes; ${measures} measures need as many.`);
  return { ...model, boxes };
}
