import { memo, useMemo } from 'react';
import type { BoxMeasure } from '../../canvas/boxMeasure';
import type { Indicator } from '../../domain/model';
import { measureSummary, MEASURE_DIRECTION_WORDS } from '../../domain/measureWords';
import { trendOf, type MeasureDirection } from '../../domain/trend';
import { MEASURE_DIRECTION_SHAPES } from '../../export/theme';
import './measures.css';

/** A measure's direction as a shape (up, level, down); its word is always said beside it. */
export function MeasureDirectionShape({ direction, size = 12 }: { direction: MeasureDirection; size?: number }) {
  return (
    <svg className={`measure-direction measure-direction--${direction}`} width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" data-direction={direction}>
      <path d={MEASURE_DIRECTION_SHAPES[direction]} fill="currentColor" />
    </svg>
  );
}

/** Words about a measure led by its direction's shape: "▲ Families housed: 22 in 2024/25, improving…". */
export function DirectionAndWords({ direction, words }: { direction: MeasureDirection | undefined; words: string }) {
  return (
    <span className="measure-words">
      {direction ? (
        <span className="measure-words__shape" title={MEASURE_DIRECTION_WORDS[direction]}>
          <MeasureDirectionShape direction={direction} />
        </span>
      ) : null}
      <span>{words}</span>
    </span>
  );
}

/** A measure's trend in words, with its direction's shape. */
export const MeasureTrendWords = memo(function MeasureTrendWords({ indicator }: { indicator: Indicator }) {
  const { words, direction } = useMemo(() => {
    const trend = trendOf(indicator);
    return { words: measureSummary(indicator, trend), direction: trend.direction };
  }, [indicator]);
  return <DirectionAndWords direction={direction} words={words} />;
});

/** With Show progress on: a box's headline measure (its first with figures) in words on the canvas. */
export function BoxMeasureWords({ measure }: { measure: BoxMeasure }) {
  return (
    <div className="box-node__measure">
      <DirectionAndWords direction={measure.direction} words={measure.words} />
    </div>
  );
}
