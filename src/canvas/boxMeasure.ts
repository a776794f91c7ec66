/**
 * What a box shows of its headline measure (its first indicator with figures) while progress is
 * shown: the trend in the box's shorter words and the direction for its shape. The canvas does not
 * redraw a box for a change of its indicators alone (flowElements.ts), so the node carries these.
 */
import type { Box } from '../domain/model';
import { measureHeadline } from '../domain/measureWords';
import { headlineMeasure, trendOf, type MeasureDirection } from '../domain/trend';

export interface BoxMeasure {
  /** "Families housed: 22, improving; target 40 not met". */
  readonly words: string;
  readonly direction?: MeasureDirection;
}

// A box's indicators are replaced, never changed, so the list itself keys what was worked out from it.
const known = new WeakMap<readonly object[], BoxMeasure | null>();

export function boxMeasureOf(box: Box): BoxMeasure | null {
  const indicators = box.indicators;
  if (!indicators?.length) return null;
  let measure = known.get(indicators);
  if (measure === undefined) {
    const headline = headlineMeasure(indicators);
    const trend = headline && trendOf(headline);
    measure = headline && trend ? { words: measureHeadline(headline, trend), ...(trend.direction ? { direction: trend.direction } : {}) } : null;
    known.set(indicators, measure);
  }
  return measure;
}

export function sameBoxMeasure(a: BoxMeasure | null, b: BoxMeasure | null): boolean {
  return a === b || (a !== null && b !== null && a.words === b.words && a.direction === b.direction);
}
