/**
 * Where routes cross, so that a crossing is never read as a junction: of two right-angled routes,
 * the horizontal line hops over the vertical one, drawn as a small arc by `routePath`. Where a
 * right-angled route crosses a curve to the next lane, the straight line hops over the curve: those
 * hops are found by `curveHops.ts` (a 1,000-box model with links between far-apart boxes has over
 * 100,000 such crossings, so it looks only at what can be drawn) and tidied here with the others.
 */
import * as tracks from './tracks';
import { ROUTING, type Point } from './types';

/** Taken from its module once, as in `curveHops.ts`: a sort calls it tens of thousands of times. */
const { compare } = tracks;

/**
 * Each route's hops: points on its horizontal segments where another route's vertical segment
 * crosses. A sweep down the drawing: the vertical segments that span the height of a horizontal one
 * are kept sorted by x, so each horizontal segment meets only those it crosses. Kept in typed arrays,
 * as a 1,000-box model has thousands of segments and the sweep runs on every change.
 */
export function findHops(routes: readonly (readonly Point[])[]): Point[][] {
  let count = 0;
  for (const points of routes) count += Math.max(0, points.length - 1);
  // Events by height: a vertical segment starts (kind 0), a horizontal one is met (1), a vertical one ends (2).
  const y = new Float64Array(2 * count);
  const kind = new Uint8Array(2 * count);
  const x = new Float64Array(2 * count);
  const to = new Float64Array(2 * count);
  const owner = new Int32Array(2 * count);
  let events = 0;
  const add = (atY: number, eventKind: number, atX: number, toX: number, route: number) => {
    y[events] = atY;
    kind[events] = eventKind;
    x[events] = atX;
    to[events] = toX;
    owner[events] = route;
    events++;
  };
  routes.forEach((points, route) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      if (a.x === b.x && a.y !== b.y) {
        const lo = Math.min(a.y, b.y) + 0.5;
        const hi = Math.max(a.y, b.y) - 0.5;
        if (lo >= hi) continue;
        add(lo, 0, a.x, a.x, route);
        add(hi, 2, a.x, a.x, route);
      } else if (a.y === b.y && a.x !== b.x) {
        add(a.y, 1, Math.min(a.x, b.x), Math.max(a.x, b.x), route);
      }
    }
  });
  // At one height, a vertical segment that ends there is gone and one that starts there not yet come: crossings are strictly inside.
  const order = new Uint32Array(events);
  for (let i = 0; i < events; i++) order[i] = i;
  order.sort((a, b) => compare(y[a]!, y[b]!) || kind[b]! - kind[a]!);
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
  const hops: Point[][] = routes.map(() => []);
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
      const mine = hops[route]!;
      const end = to[e]! - room;
      for (let k = firstAtLeast(x[e]! + room); k < active && activeX[k]! <= end; k++) {
        // Lines packed closer than a hop's width are hopped over as one (tidyHops keeps that when curves add theirs).
        if (activeRoute[k] === route || activeX[k]! - lastHop < width) continue;
        mine.push({ x: activeX[k]!, y: y[e]! });
        lastHop = activeX[k]!;
      }
    }
  }
  return hops;
}

/** Distances along a segment of the hops on it, and which hop each is: used again by every call (routing tidies every route's hops). */
let alongScratch = new Float64Array(64);
let hopScratch = new Int32Array(64);

/**
 * A route's hops in order along it, each clear of the segment's ends (room for the corners), and
 * none closer to the one before than a hop's width: lines packed closer are hopped over as one.
 */
export function tidyHops(points: readonly Point[], hops: readonly Point[]): Point[] {
  if (!hops.length) return [];
  const room = ROUTING.hopRadius + 1;
  const width = 2 * ROUTING.hopRadius + 1;
  if (alongScratch.length < hops.length) {
    alongScratch = new Float64Array(2 * hops.length);
    hopScratch = new Int32Array(2 * hops.length);
  }
  const kept: Point[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const vertical = a.x === b.x;
    const length = vertical ? Math.abs(b.y - a.y) : Math.abs(b.x - a.x);
    // The hops on this segment by distance along it (an insertion sort: a segment has few).
    let count = 0;
    for (let h = 0; h < hops.length; h++) {
      const hop = hops[h]!;
      const on = vertical ? hop.x === a.x && hop.y > Math.min(a.y, b.y) && hop.y < Math.max(a.y, b.y) : hop.y === a.y && hop.x > Math.min(a.x, b.x) && hop.x < Math.max(a.x, b.x);
      if (!on) continue;
      const at = vertical ? Math.abs(hop.y - a.y) : Math.abs(hop.x - a.x);
      let k = count++;
      while (k > 0 && alongScratch[k - 1]! > at) {
        alongScratch[k] = alongScratch[k - 1]!;
        hopScratch[k] = hopScratch[k - 1]!;
        k--;
      }
      alongScratch[k] = at;
      hopScratch[k] = h;
    }
    let last = -Infinity;
    for (let k = 0; k < count; k++) {
      const at = alongScratch[k]!;
      if (at < room || at > length - room || at - last < width) continue;
      kept.push(hops[hopScratch[k]!]!);
      last = at;
    }
  }
  return kept;
}
