/**
 * Where routes cross, so that a crossing is never read as a junction: of two right-angled routes,
 * the horizontal line hops over the vertical one, drawn as a small arc by `routePath`. Where a
 * right-angled route crosses a curve to the next lane, the straight line hops over the curve: those
 * hops are found by `curveHops.ts` (a 1,000-box model with links between far-apart boxes has over
 * 100,000 such crossings, so it looks only at what can be drawn) and tidied here with the others.
 */
import { orderByKey } from './numericOrder';
import { ROUTING, type Point } from './types';

/**
 * The hops found in one routing, before they are tidied: kept flat (x, y and whose route), in arrays
 * that grow as needed and serve one routing after another. A 1,000-box model finds about ten
 * thousand, half of them dropped by the tidying; as objects each would be garbage soon after.
 */
export class FoundHops {
  count = 0;
  x = new Float64Array(4096);
  y = new Float64Array(4096);
  route = new Int32Array(4096);

  clear(): void {
    this.count = 0;
  }

  add(route: number, x: number, y: number): void {
    if (this.count === this.x.length) this.grow();
    const i = this.count++;
    this.x[i] = x;
    this.y[i] = y;
    this.route[i] = route;
  }

  /**
   * The hops grouped by route: those of route r are byRoute[first[r]..first[r + 1]) (indices into
   * x, y), in the order they were found.
   */
  byRoute(routes: number): { first: Int32Array; byRoute: Int32Array } {
    const first = new Int32Array(routes + 1);
    for (let i = 0; i < this.count; i++) first[this.route[i]! + 1]!++;
    for (let r = 0; r < routes; r++) first[r + 1]! += first[r]!;
    const next = first.slice(0, routes);
    const byRoute = new Int32Array(this.count);
    for (let i = 0; i < this.count; i++) byRoute[next[this.route[i]!]!++] = i;
    return { first, byRoute };
  }

  private grow(): void {
    const size = 2 * this.x.length;
    const x = new Float64Array(size);
    const y = new Float64Array(size);
    const route = new Int32Array(size);
    x.set(this.x);
    y.set(this.y);
    route.set(this.route);
    this.x = x;
    this.y = y;
    this.route = route;
  }
}

/**
 * Adds to `found` where routes cross: points on a route's horizontal segments where another route's
 * vertical segment crosses. A sweep down the drawing: the vertical segments that span the height of
 * a horizontal one are kept sorted by x, so each horizontal segment meets only those it crosses. Kept
 * in typed arrays, as a 1,000-box model has thousands of segments and the sweep runs on every change.
 */
export function findHops(routes: readonly (readonly Point[])[], found: FoundHops): void {
  let count = 0;
  for (const points of routes) count += Math.max(0, points.length - 1);
  // Events by height: a vertical segment starts (kind 0), a horizontal one is met (1), a vertical one ends (2).
  const y = new Float64Array(2 * count);
  const kind = new Uint8Array(2 * count);
  const x = new Float64Array(2 * count);
  const to = new Float64Array(2 * count);
  const owner = new Int32Array(2 * count);
  let events = 0;
  for (let route = 0; route < routes.length; route++) {
    const points = routes[route]!;
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      if (a.x === b.x && a.y !== b.y) {
        const lo = Math.min(a.y, b.y) + 0.5;
        const hi = Math.max(a.y, b.y) - 0.5;
        if (lo >= hi) continue;
        y[events] = lo;
        kind[events] = 0;
        x[events] = to[events] = a.x;
        owner[events++] = route;
        y[events] = hi;
        kind[events] = 2;
        x[events] = to[events] = a.x;
        owner[events++] = route;
      } else if (a.y === b.y && a.x !== b.x) {
        y[events] = a.y;
        kind[events] = 1;
        x[events] = Math.min(a.x, b.x);
        to[events] = Math.max(a.x, b.x);
        owner[events++] = route;
      }
    }
  }
  // At one height, a vertical segment that ends there is gone and one that starts there not yet come:
  // crossings are strictly inside. The key orders by height to 1/1024 (finer than any drawing), then ends, lines, starts.
  const key = new Float64Array(events);
  for (let i = 0; i < events; i++) key[i] = Math.floor(y[i]! * 1024) * 4 + (2 - kind[i]!);
  const order = new Uint32Array(events);
  orderByKey(key, 0, events, order, { grain: 1 });
  const activeX = new Float64Array(events);
  const activeRoute = new Int32Array(events);
  let active = 0;
  const firstAtLeast = (value: number): number => {
    let lo = 0;
    let hi = active;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (activeX[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // A hop needs room for itself and the corners beside it; lines closer than a hop's width are hopped over as one.
  const room = ROUTING.hopRadius + 1;
  const width = 2 * ROUTING.hopRadius + 1;
  for (let n = 0; n < events; n++) {
    const e = order[n]!;
    const eventKind = kind[e]!;
    if (eventKind === 0) {
      const at = firstAtLeast(x[e]!);
      activeX.copyWithin(at + 1, at, active);
      activeRoute.copyWithin(at + 1, at, active);
      activeX[at] = x[e]!;
      activeRoute[at] = owner[e]!;
      active++;
    } else if (eventKind === 2) {
      let at = firstAtLeast(x[e]!);
      while (at < active && activeRoute[at] !== owner[e]) at++;
      if (at < active) {
        activeX.copyWithin(at, at + 1, active);
        activeRoute.copyWithin(at, at + 1, active);
        active--;
      }
    } else {
      let lastHop = -Infinity;
      const route = owner[e]!;
      const end = to[e]! - room;
      for (let k = firstAtLeast(x[e]! + room); k < active && activeX[k]! <= end; k++) {
        // Lines packed closer than a hop's width are hopped over as one (tidyHops keeps that when curves add theirs).
        if (activeRoute[k] === route || activeX[k]! - lastHop < width) continue;
        found.add(route, activeX[k]!, y[e]!);
        lastHop = activeX[k]!;
      }
    }
  }
}

/** Distances along a segment of the hops on it, and which hop each is: used again by every call (routing tidies every route's hops). */
let alongScratch = new Float64Array(64);
let hopScratch = new Int32Array(64);
let orderScratch = new Uint32Array(64);

/**
 * A route's hops (found.x/y at hops[begin..end)) in order along it, each clear of the segment's ends
 * (room for the corners), and none closer to the one before than a hop's width: lines packed closer
 * are hopped over as one. Only the hops kept become points.
 */
export function tidyHops(points: readonly Point[], found: FoundHops, hops: Int32Array, begin: number, end: number): Point[] {
  if (begin === end) return [];
  const room = ROUTING.hopRadius + 1;
  const width = 2 * ROUTING.hopRadius + 1;
  if (alongScratch.length < end - begin) {
    alongScratch = new Float64Array(2 * (end - begin));
    hopScratch = new Int32Array(2 * (end - begin));
    orderScratch = new Uint32Array(2 * (end - begin));
  }
  const { x: hopX, y: hopY } = found;
  const kept: Point[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const vertical = a.x === b.x;
    const length = vertical ? Math.abs(b.y - a.y) : Math.abs(b.x - a.x);
    const lo = vertical ? Math.min(a.y, b.y) : Math.min(a.x, b.x);
    const hi = vertical ? Math.max(a.y, b.y) : Math.max(a.x, b.x);
    // The hops on this segment, then in order of distance along it: a level line across a crowded
    // gap can carry hundreds, which an insertion sort would compare pairwise.
    let count = 0;
    for (let h = begin; h < end; h++) {
      const hop = hops[h]!;
      const across = vertical ? hopX[hop]! : hopY[hop]!;
      const along = vertical ? hopY[hop]! : hopX[hop]!;
      if (across !== (vertical ? a.x : a.y) || along <= lo || along >= hi) continue;
      alongScratch[count] = vertical ? Math.abs(along - a.y) : Math.abs(along - a.x);
      hopScratch[count++] = hop;
    }
    orderByKey(alongScratch, 0, count, orderScratch);
    let last = -Infinity;
    for (let k = 0; k < count; k++) {
      const at = alongScratch[orderScratch[k]!]!;
      if (at < room || at > length - room || at - last < width) continue;
      const hop = hopScratch[orderScratch[k]!]!;
      kept.push({ x: hopX[hop]!, y: hopY[hop]! });
      last = at;
    }
  }
  return kept;
}
