import type { CSSProperties } from 'react';
import type { Progress, Rating } from '../domain/model';
import { PROGRESS_WORDS } from '../domain/progress';
import { PROGRESS_STYLES, UNRATED_STYLE } from '../export/theme';

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

/** The pill on a box's top edge: the rating's shape and word, or "Not rated" in grey. */
export function ProgressBadge({ rating }: { rating: Rating | undefined }) {
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
    </span>
  );
}

/** The box's own colours for its rating, or the plain dashed look of an unrated box. */
export function progressBoxStyle(rating: Rating | undefined): CSSProperties {
  if (!rating) return { background: UNRATED_STYLE.fill, borderColor: UNRATED_STYLE.border, borderStyle: 'dashed' };
  const style = PROGRESS_STYLES[rating.progress];
  return { background: style.fill, borderColor: style.border, borderWidth: 2.5 };
}
