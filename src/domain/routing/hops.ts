/**
 * Where routes cross, so that a crossing is never read as a junction: the horizontal line of the
 * two hops over the vertical one with a small arc (drawn by `routePath`).
 */
import { ROUTING, type Point } from './types';

/**
 * Each route's hops: points on its horizontal segments where another route's vertical segment
 * crosses. A sweep down the drawing: the vertical segments that span the height of a horizontal one
 * are kept sorted by x, so each horizontal segment meets only those it crosses.
 */
export function findHops(routes: readonly (readonly Point[])[]): Point[][] {
  // Events by height: a vertical segment starts (0), a horizontal one is met (1), a vertical one ends (2).
  const events: { y: number; kind: 0 | 1 | 2; route: number; x: number; lo: number; hi: number }[] = [];
  routes.forEach((points, route) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      if (a.x === b.x && a.y !== b.y) {
        const lo = Math.min(a.y, b.y) + 0.5;
        const hi = Math.max(a.y, b.y) - 0.5;
        if (lo >= hi) continue;
        events.push({ y: lo, kind: 0, route, x: a.x, lo, hi });
        events.push({ y: hi, kind: 2, route, x: a.x, lo, hi });
      } else if (a.y === b.y && a.x !== b.x) {
        events.push({ y: a.y, kind: 1, route, x: a.x, lo: Math.min(a.x, b.x), hi: Math.max(a.x, b.x) });
      }
    }
  });
  // At one height, a vertical segment that ends there is gone and one that starts there not yet come: crossings are strictly inside.
  events.sort((a, b) => a.y - b.y || b.kind - a.kind);
  const active: { x: number; route: number }[] = [];
  const hops: Point[][] = routes.map(() => []);
  // A hop needs room for itself and the corners beside it.
  const room = ROUTING.hopRadius + 1;
  for (const event of events) {
    if (event.kind === 0) active.splice(firstAtLeast(active, event.x), 0, { x: event.x, route: event.route });
    else if (event.kind === 2) {
      let index = firstAtLeast(active, event.x);
      while (index < active.length && active[index]!.route !== event.route) index++;
      if (index < active.length) active.splice(index, 1);
    } else {
      let lastHop = -Infinity;
      const mine = hops[event.route]!;
      for (let k = firstAtLeast(active, event.lo + room); k < active.length && active[k]!.x <= event.hi - room; k++) {
        const vertical = active[k]!;
        // Lines packed closer than a hop's width are hopped over as one.
        if (vertical.route === event.route || vertical.x - lastHop < 2 * ROUTING.hopRadius + 1) continue;
        mine.push({ x: vertical.x, y: event.y });
        lastHop = vertical.x;
      }
    }
  }
  return hops;
}

function firstAtLeast(values: readonly { x: number }[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]!.x < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
