/** Where each link meets its boxes' sides, and the rare lines of two routes that meet along one height. */
import { pointsOf, sideX, type Plan } from './plan';
import { compare } from './tracks';
import type { Point, Route, RouteBox } from './types';

/**
 * Spreads the ends on each side of each box along that side, in the order of the other boxes'
 * heights, so that lines leaving one side neither overlap nor cross each other there. While boxes
 * are dragged, the ends on boxes that stay keep where the settled routes have them.
 */
export function assignPorts(plans: readonly Plan[], pinned?: ReadonlyMap<string, Route>, moving?: ReadonlySet<string>): void {
  const count = plans.length * 2;
  // End 2p is plan p's start, 2p + 1 its end; the key is the box and side it sits on.
  const key = new Float64Array(count);
  const other = new Float64Array(count);
  const boxNumbers = new Map<RouteBox, number>();
  const numberOf = (box: RouteBox) => boxNumbers.get(box) ?? (boxNumbers.set(box, boxNumbers.size), boxNumbers.size - 1);
  plans.forEach((plan, p) => {
    key[2 * p] = numberOf(plan.source) * 2 + (plan.exitSide === 'right' ? 1 : 0);
    other[2 * p] = plan.target.y + plan.target.height / 2;
    key[2 * p + 1] = numberOf(plan.target) * 2 + (plan.entrySide === 'right' ? 1 : 0);
    other[2 * p + 1] = plan.source.y + plan.source.height / 2;
  });
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((a, b) => compare(key[a]!, key[b]!) || compare(other[a]!, other[b]!) || a - b);
  for (let first = 0; first < count; ) {
    let last = first;
    while (last + 1 < count && key[order[last + 1]!] === key[order[first]!]) last++;
    const sideCount = last - first + 1;
    for (let index = 0; index < sideCount; index++) {
      const end = order[first + index]!;
      const plan = plans[end >> 1]!;
      const atStart = (end & 1) === 0;
      const box = atStart ? plan.source : plan.target;
      const side = atStart ? plan.exitSide : plan.entrySide;
      const inset = Math.min(8, box.height / 4);
      const spread = box.y + inset + ((box.height - 2 * inset) * (index + 1)) / (sideCount + 1);
      let y = spread;
      if (pinned && moving && !moving.has(box.id)) {
        const points = pinned.get(plan.link.id)?.points;
        const kept = points ? (atStart ? points[0] : points[points.length - 1]) : undefined;
        if (kept && Math.abs(kept.x - sideX(box, side)) < 0.5 && kept.y >= box.y && kept.y <= box.y + box.height) y = kept.y;
      }
      if (atStart) plan.ys = y;
      else plan.yt = y;
    }
    first = last + 1;
  }
}


/** Moves the port of a line that lies along another route's line at one height (boxes facing each other across a gap). */
export function separateStubs(plans: readonly Plan[], points: Point[][]): void {
  for (let round = 0; round < 3; round++) {
    let count = 0;
    for (const route of points) count += route.length - 1;
    const y = new Float64Array(count);
    const lo = new Float64Array(count);
    const hi = new Float64Array(count);
    const owner = new Int32Array(count);
    const segment = new Int32Array(count);
    let n = 0;
    points.forEach((route, plan) => {
      for (let i = 0; i + 1 < route.length; i++) {
        const a = route[i]!;
        const b = route[i + 1]!;
        if (a.y !== b.y) continue;
        y[n] = a.y;
        lo[n] = Math.min(a.x, b.x);
        hi[n] = Math.max(a.x, b.x);
        owner[n] = plan;
        segment[n] = i;
        n++;
      }
    });
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => compare(y[a]!, y[b]!) || compare(lo[a]!, lo[b]!));
    let moved = false;
    for (let i = 0; i < n; i++) {
      const a = order[i]!;
      for (let j = i + 1; j < n && Math.abs(y[order[j]!]! - y[a]!) < 0.5; j++) {
        const b = order[j]!;
        if (owner[a] === owner[b] || Math.min(hi[a]!, hi[b]!) - Math.max(lo[a]!, lo[b]!) <= 0.5) continue;
        // Move whichever has a free stub: its port slides along its box's side.
        for (const mover of [b, a]) {
          const plan = plans[owner[mover]!]!;
          const last = points[owner[mover]!]!.length - 2;
          const atStart = segment[mover] === 0 && (!plan.crossed || plan.h !== plan.ys);
          const atEnd = segment[mover] === last && (!plan.crossed || plan.h !== plan.yt);
          if (!atStart && !atEnd) continue;
          const box = atStart ? plan.source : plan.target;
          const at = atStart ? plan.ys : plan.yt;
          const nudged = at + 3 <= box.y + box.height - 2 ? at + 3 : at - 3;
          if (atStart) plan.ys = nudged;
          else plan.yt = nudged;
          points[owner[mover]!] = pointsOf(plan);
          moved = true;
          break;
        }
      }
    }
    if (!moved) return;
  }
}

