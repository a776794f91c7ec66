import type { CSSProperties } from 'react';
import type { Progress, Rating } from '../domain/model';
import { PROGRESS_WORDS } from '../domain/progress';
import { DIRECTION_SHAPES, PROGRESS_STYLES, UNRATED_STYLE } from '../export/theme';
import { DIRECTION_WORDS, type Direction } from '../domain/direction';

/** A rating's shape, the same path the exports draw. */
export function ProgressShape({ progress, size }: { progress: Progress; size: number }) {
  const style = PROGRESS_STYLES[progress];
  return (
    <svg className="progress-shape" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" data-progress={progress}>
      <path d={style.shape} fill={style.border} />
      {style.mark ? <path d={style.mark} fill="none" stroke="#ffffff" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" /> : null}
    </svg>
  );
}

/** A direction of travel's arrow (its word is said beside it, or in the box's name). */
export function DirectionShape({ direction, size, colour }: { direction: Direction; size: number; colour: string }) {
  return (
    <svg className="direction-shape" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" data-direction={direction}>
      <path d={DIRECTION_SHAPES[direction]} fill={colour} />
    </svg>
  );
}

/**
 * The pill on a box's top edge: the rating's shape and word, or "Not rated" in grey; with the
 * direction of travel's arrow since the latest saved version, when there is one.
 */
export function ProgressBadge({ rating, direction }: { rating: Rating | undefined; direction?: Direction | null }) {
  if (!rating) {
    return (
      <span className="progress-badge progress-badge--unrated" style={{ color: UNRATED_STYLE.text, borderColor: UNRATED_STYLE.border }}>
        {UNRATED_STYLE.word}
      </span>
    );
  }
  const style = PROGRESS_STYLES[rating.progress];
  return (
    <span className="progress-badge" style={{ color: style.text, borderColor: style.border, background: style.fill }}>
      <ProgressShape progress={rating.progress} size={12} />
      {PROGRESS_WORDS[rating.progress]}
      {direction ? (
        <span className="progress-badge__direction" title={DIRECTION_WORDS[direction]}>
          <DirectionShape direction={direction} size={11} colour={style.text} />
        </span>
      ) : null}
    </span>
  );
}

/** The box's own colours for its rating, or the plain dashed look of an unrated box. */
export function progressBoxStyle(rating: Rating | undefined): CSSProperties {
  if (!rating) return { background: UNRATED_STYLE.fill, borderColor: UNRATED_STYLE.border, borderStyle: 'dashed' };
  const style = PROGRESS_STYLES[rating.progress];
  return { background: style.fill, borderColor: style.border, borderWidth: 2.5 };
}
