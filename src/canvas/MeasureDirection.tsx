/**
 * A measure's direction as a shape with its words: drawn on a box (its headline measure, with Show
 * progress on) and, through src/ui/measures, in the panels. Never colour alone.
 */
import type { BoxMeasure } from './boxMeasure';
import { MEASURE_DIRECTION_WORDS } from '../domain/measureWords';
import type { MeasureDirection } from '../domain/trend';
import { MEASURE_DIRECTION_SHAPES } from '../export/theme';
import './measureDirection.css';

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

/** With Show progress on: a box's headline measure (its first with figures) in words on the canvas. */
export function BoxMeasureWords({ measure }: { measure: BoxMeasure }) {
  return (
    <div className="box-node__measure">
      <DirectionAndWords direction={measure.direction} words={measure.words} />
    </div>
  );
}
