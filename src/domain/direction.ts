/**
 * Direction of travel (PRODUCT.md §12): how a box's progress moved against the previous version, as UK
 * council performance reports pair each rating with an arrow. Progress is ordered
 * off track < at risk < on track < achieved; confidence is said apart from it. Words only here: the
 * UI draws the shapes, and every shape comes with these words.
 */
import type { Box, Confidence, ModelContent, Progress, Rating } from './model';

export const DIRECTIONS = ['improved', 'no-change', 'worse', 'newly-rated'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const CONFIDENCE_DIRECTIONS = ['higher', 'same', 'lower'] as const;
export type ConfidenceDirection = (typeof CONFIDENCE_DIRECTIONS)[number];

const PROGRESS_RANK: Readonly<Record<Progress, number>> = { 'off-track': 0, 'at-risk': 1, 'on-track': 2, achieved: 3 };
const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

/** 0 for off track up to 3 for achieved. */
export function progressRank(progress: Progress): number {
  return PROGRESS_RANK[progress];
}

/** How progress moved from one rating to the next; undefined when the box is not rated now. */
export function directionOf(previous: Rating | undefined, current: Rating | undefined): Direction | undefined {
  if (!current) return undefined;
  if (!previous) return 'newly-rated';
  const step = PROGRESS_RANK[current.progress] - PROGRESS_RANK[previous.progress];
  return step > 0 ? 'improved' : step < 0 ? 'worse' : 'no-change';
}

/** How confidence moved; undefined unless the box is rated both times (a new rating has no earlier confidence). */
export function confidenceDirectionOf(previous: Rating | undefined, current: Rating | undefined): ConfidenceDirection | undefined {
  if (!previous || !current) return undefined;
  const step = CONFIDENCE_RANK[current.confidence] - CONFIDENCE_RANK[previous.confidence];
  return step > 0 ? 'higher' : step < 0 ? 'lower' : 'same';
}

/** The short word beside a direction shape, e.g. on the rating badge or in a table column. */
export const DIRECTION_WORDS: Readonly<Record<Direction, string>> = {
  improved: 'Improved',
  'no-change': 'No change',
  worse: 'Worse',
  'newly-rated': 'Newly rated',
};

/** A sentence for a screen reader or a key, with no symbols in it. */
export const DIRECTION_DESCRIPTIONS: Readonly<Record<Direction, string>> = {
  improved: 'Progress improved since the previous version',
  'no-change': 'Progress is the same as in the previous version',
  worse: 'Progress got worse since the previous version',
  'newly-rated': 'Not rated in the previous version',
};

export const CONFIDENCE_DIRECTION_WORDS: Readonly<Record<ConfidenceDirection, string>> = {
  higher: 'Higher confidence',
  same: 'Same confidence',
  lower: 'Lower confidence',
};

export const CONFIDENCE_DIRECTION_DESCRIPTIONS: Readonly<Record<ConfidenceDirection, string>> = {
  higher: 'Confidence is higher than in the previous version',
  same: 'Confidence is the same as in the previous version',
  lower: 'Confidence is lower than in the previous version',
};

/** A rated box's direction of travel against one earlier version. */
export interface BoxDirection {
  /** Its rating in the earlier version; undefined when it was not rated there (or not there). */
  readonly previous?: Rating;
  readonly current: Rating;
  readonly direction: Direction;
  /** Undefined when newly rated. */
  readonly confidence?: ConfidenceDirection;
}

/**
 * Every box rated in `present`, by id, with its direction against `previous`: what the canvas's
 * rating badges and the board report's "Previous" and "Direction" columns show.
 */
export function directionsSince(previous: ModelContent, present: ModelContent): Map<string, BoxDirection> {
  const earlier = new Map<string, Box>();
  for (const box of previous.boxes) if (box.rating) earlier.set(box.id, box);
  const directions = new Map<string, BoxDirection>();
  for (const box of present.boxes) {
    const current = box.rating;
    if (!current) continue;
    const was = earlier.get(box.id)?.rating;
    const confidence = confidenceDirectionOf(was, current);
    directions.set(box.id, { ...(was ? { previous: was } : {}), current, direction: directionOf(was, current)!, ...(confidence ? { confidence } : {}) });
  }
  return directions;
}
