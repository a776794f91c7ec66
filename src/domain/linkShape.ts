import { levelIndex, type LevelId } from './levels';
import type { Box, Link } from './model';

/**
 * How a link runs across the levels. `linear` goes to the next level; the others are what the
 * briefing calls "not just linear": a jump forward, a step back, or a link within one level.
 */
export type LinkShape = 'linear' | 'skip' | 'feedback' | 'same-level';

export const LINK_SHAPES: readonly LinkShape[] = ['linear', 'skip', 'feedback', 'same-level'];

export function shapeBetween(from: LevelId, to: LevelId): LinkShape {
  const step = levelIndex(to) - levelIndex(from);
  if (step === 1) return 'linear';
  if (step > 1) return 'skip';
  if (step < 0) return 'feedback';
  return 'same-level';
}

/** The shape of a link, or undefined when one of its boxes is missing. */
export function linkShape(link: Link, boxesById: ReadonlyMap<string, Box>): LinkShape | undefined {
  const source = boxesById.get(link.source);
  const target = boxesById.get(link.target);
  if (!source || !target) return undefined;
  return shapeBetween(source.level, target.level);
}

export function indexBoxes(boxes: readonly Box[]): Map<string, Box> {
  return new Map(boxes.map((box) => [box.id, box]));
}
