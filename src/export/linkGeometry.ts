import type { LinkShape } from '../domain/linkShape';

/** Where a box stands in the drawing (canvas units). */
export interface Frame {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A link as one cubic Bézier curve: start, two control points, end. */
export interface LinkCurve {
  readonly start: Point;
  readonly control1: Point;
  readonly control2: Point;
  readonly end: Point;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** How far a same-level link bulges out to the right of its lane's boxes. */
const SAME_LEVEL_BULGE = 36;

/**
 * The curve a link is drawn along. Forward links (linear, skip) leave the right side of the source
 * and enter the left side of the target. Feedback links leave the bottom of the source and curve
 * back underneath into the bottom of the target, so a step back reads as a return, not a crossing.
 * Same-level links bulge out to the right between the two boxes of one lane.
 */
export function linkCurve(shape: LinkShape, source: Frame, target: Frame): LinkCurve {
  if (shape === 'feedback') return feedbackCurve(source, target);
  if (shape === 'same-level') return sameLevelCurve(source, target);
  const start = { x: source.x + source.width, y: source.y + source.height / 2 };
  const end = { x: target.x, y: target.y + target.height / 2 };
  const pull = Math.max(40, Math.abs(end.x - start.x) / 2);
  return { start, control1: { x: start.x + pull, y: start.y }, control2: { x: end.x - pull, y: end.y }, end };
}

function feedbackCurve(source: Frame, target: Frame): LinkCurve {
  const start = { x: source.x + source.width / 2, y: source.y + source.height };
  const end = { x: target.x + target.width / 2, y: target.y + target.height };
  const depth = Math.min(120, 40 + Math.abs(end.x - start.x) * 0.08);
  const below = Math.max(start.y, end.y) + depth;
  return { start, control1: { x: start.x, y: below }, control2: { x: end.x, y: below }, end };
}

function sameLevelCurve(source: Frame, target: Frame): LinkCurve {
  const sourceRight = source.x + source.width;
  const targetRight = target.x + target.width;
  const sourceMiddle = source.y + source.height / 2;
  const targetMiddle = target.y + target.height / 2;
  if (source === target || (sourceRight === targetRight && sourceMiddle === targetMiddle)) {
    // A box linked to itself: a small loop on its right side.
    return {
      start: { x: sourceRight, y: sourceMiddle - 8 },
      control1: { x: sourceRight + SAME_LEVEL_BULGE, y: sourceMiddle - 32 },
      control2: { x: sourceRight + SAME_LEVEL_BULGE, y: sourceMiddle + 32 },
      end: { x: sourceRight, y: sourceMiddle + 8 },
    };
  }
  const bulge = Math.max(sourceRight, targetRight) + SAME_LEVEL_BULGE;
  return {
    start: { x: sourceRight, y: sourceMiddle },
    control1: { x: bulge, y: sourceMiddle },
    control2: { x: bulge, y: targetMiddle },
    end: { x: targetRight, y: targetMiddle },
  };
}

/** The curve's point halfway along its parameter, where a link's badge goes. */
export function curveMidpoint(curve: LinkCurve): Point {
  return {
    x: (curve.start.x + 3 * curve.control1.x + 3 * curve.control2.x + curve.end.x) / 8,
    y: (curve.start.y + 3 * curve.control1.y + 3 * curve.control2.y + curve.end.y) / 8,
  };
}

/** The curve always lies inside the box around its four points, which is all the layout needs. */
export function curvePoints(curve: LinkCurve): readonly Point[] {
  return [curve.start, curve.control1, curve.control2, curve.end];
}
