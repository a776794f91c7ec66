/** A link as it is being routed: its ends' boxes, sides and channels, and what the router decides for it. */
import type { Point, RouteBox, RouteLink, RouteVia } from './types';

export type Side = 'left' | 'right';

/** A link as it is being planned. */
export interface Plan {
  readonly link: RouteLink;
  readonly source: RouteBox;
  readonly target: RouteBox;
  readonly exitSide: Side;
  readonly entrySide: Side;
  readonly exitChannel: number;
  readonly entryChannel: number;
  /** The lanes the link runs across (inclusive), or null when it stays in one channel. */
  readonly crossed: readonly [number, number] | null;
  readonly feedback: boolean;
  /** A link to the next lane: drawn as a curve between its two ports, not planned further. */
  readonly direct: boolean;
  ys: number;
  yt: number;
  h: number;
  via: RouteVia;
  exitX: number;
  entryX: number;
}

function newPlan(
  link: RouteLink,
  source: RouteBox,
  target: RouteBox,
  exitSide: Side,
  entrySide: Side,
  exitChannel: number,
  entryChannel: number,
  crossed: readonly [number, number] | null,
  feedback: boolean,
  direct = false,
): Plan {
  return { link, source, target, exitSide, entrySide, exitChannel, entryChannel, crossed, feedback, direct, ys: 0, yt: 0, h: 0, via: direct ? 'direct' : 'channel', exitX: 0, entryX: 0 };
}

/** Sorts each link into direct or planned, with the sides and channels its ends use; links with a box missing are left out. */
export function classify(links: readonly RouteLink[], boxes: ReadonlyMap<string, RouteBox>): Plan[] {
  const plans: Plan[] = [];
  for (const link of links) {
    const source = boxes.get(link.source);
    const target = boxes.get(link.target);
    if (!source || !target || source === target) continue;
    const step = target.lane - source.lane;
    if (step === 1) plans.push(newPlan(link, source, target, 'right', 'left', source.lane + 1, target.lane, null, false, true));
    else if (step > 1) plans.push(newPlan(link, source, target, 'right', 'left', source.lane + 1, target.lane, [source.lane + 1, target.lane - 1], false));
    else if (step < 0) plans.push(newPlan(link, source, target, 'left', 'right', source.lane, target.lane + 1, step < -1 ? [target.lane + 1, source.lane - 1] : null, true));
    else plans.push(newPlan(link, source, target, 'right', 'right', source.lane + 1, source.lane + 1, null, false));
  }
  return plans;
}

export function sideX(box: RouteBox, side: Side): number {
  return side === 'left' ? box.x : box.x + box.width;
}

/** The plan's points, without repeats or straight-through corners. */
export function pointsOf(plan: Plan): Point[] {
  const start = { x: sideX(plan.source, plan.exitSide), y: plan.ys };
  const end = { x: sideX(plan.target, plan.entrySide), y: plan.yt };
  const raw: Point[] = plan.crossed
    ? [start, { x: plan.exitX, y: plan.ys }, { x: plan.exitX, y: plan.h }, { x: plan.entryX, y: plan.h }, { x: plan.entryX, y: plan.yt }, end]
    : [start, { x: plan.exitX, y: plan.ys }, { x: plan.exitX, y: plan.yt }, end];
  if (plan.crossed && plan.h === plan.ys) raw.splice(1, 2);
  else if (plan.crossed && plan.h === plan.yt) raw.splice(raw.length - 3, 2);
  return simplify(raw);
}

function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const point of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - point.x) < 1e-6 && Math.abs(last.y - point.y) < 1e-6) continue;
    const before = out[out.length - 2];
    if (before && last && ((before.x === last.x && last.x === point.x) || (before.y === last.y && last.y === point.y))) out[out.length - 1] = point;
    else out.push(point);
  }
  return out;
}

