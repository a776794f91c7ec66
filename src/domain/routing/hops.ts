/**
 * Where routes cross, so that a crossing is never read as a junction: of two right-angled routes,
 * the horizontal line hops over the vertical one; where a right-angled route crosses the curve of a
 * link to the next lane, the right-angled one hops (the curve is drawn as it is). Drawn as a small
 * arc by `routePath`.
 */
import { directCurve } from './routeDrawing';
import { ROUTING, type Point } from './types';

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
  order.sort((a, b) => y[a]! - y[b]! || kind[b]! - kind[a]!);
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

/** Points along a direct link's curve, close enough together to find where a straight line crosses it. */
const CURVE_STEPS = 16;

function curvePolyline(start: Point, end: Point): Float64Array {
  const { control1: c1, control2: c2 } = directCurve(start, end);
  const points = new Float64Array(2 * (CURVE_STEPS + 1));
  for (let i = 0; i <= CURVE_STEPS; i++) {
    const t = i / CURVE_STEPS;
    const u = 1 - t;
    points[2 * i] = u * u * u * start.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * end.x;
    points[2 * i + 1] = u * u * u * start.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * end.y;
  }
  return points;
}

const BIN = 64;

/**
 * Where each right-angled route crosses a direct link's curve: points on the right-angled route's
 * segments (horizontal or vertical). Curves are kept in bins of x, so a segment meets only those near it.
 */
export function findCurveCrossings(routes: readonly (readonly Point[])[], curves: readonly (readonly [Point, Point])[]): Point[][] {
  const polylines = curves.map(([start, end]) => curvePolyline(start, end));
  const boxes = curves.map(([start, end], index) => {
    const line = polylines[index]!;
    let left = Infinity;
    let right = -Infinity;
    for (let i = 0; i < line.length; i += 2) {
      left = Math.min(left, line[i]!);
      right = Math.max(right, line[i]!);
    }
    return { left, right, top: Math.min(start.y, end.y), bottom: Math.max(start.y, end.y) };
  });
  const bins = new Map<number, number[]>();
  boxes.forEach((box, index) => {
    for (let bin = Math.floor(box.left / BIN); bin <= Math.floor(box.right / BIN); bin++) (bins.get(bin) ?? bins.set(bin, []).get(bin)!).push(index);
  });
  return routes.map((points) => {
    const found: Point[] = [];
    const seen = new Set<number>();
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const vertical = a.x === b.x;
      const lo = vertical ? Math.min(a.y, b.y) : Math.min(a.x, b.x);
      const hi = vertical ? Math.max(a.y, b.y) : Math.max(a.x, b.x);
      seen.clear();
      for (let bin = Math.floor((vertical ? a.x : lo) / BIN); bin <= Math.floor((vertical ? a.x : hi) / BIN); bin++) {
        for (const index of bins.get(bin) ?? []) {
          if (seen.has(index)) continue;
          seen.add(index);
          const box = boxes[index]!;
          if (vertical ? a.x <= box.left || a.x >= box.right || hi <= box.top || lo >= box.bottom : a.y <= box.top || a.y >= box.bottom || hi <= box.left || lo >= box.right) continue;
          const line = polylines[index]!;
          for (let k = 0; k + 3 < line.length; k += 2) {
            const x1 = line[k]!;
            const y1 = line[k + 1]!;
            const x2 = line[k + 2]!;
            const y2 = line[k + 3]!;
            if (vertical) {
              if ((x1 - a.x) * (x2 - a.x) > 0 || x1 === x2) continue;
              const y = y1 + ((a.x - x1) / (x2 - x1)) * (y2 - y1);
              if (y > lo && y < hi) found.push({ x: a.x, y });
            } else {
              if ((y1 - a.y) * (y2 - a.y) > 0 || y1 === y2) continue;
              const x = x1 + ((a.y - y1) / (y2 - y1)) * (x2 - x1);
              if (x > lo && x < hi) found.push({ x, y: a.y });
            }
          }
        }
      }
    }
    return found;
  });
}

/**
 * A route's hops in order along it, each clear of the segment's ends (room for the corners), and
 * none closer to the one before than a hop's width: lines packed closer are hopped over as one.
 */
export function tidyHops(points: readonly Point[], hops: readonly Point[]): Point[] {
  if (!hops.length) return [];
  const room = ROUTING.hopRadius + 1;
  const width = 2 * ROUTING.hopRadius + 1;
  const kept: Point[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const vertical = a.x === b.x;
    const along = (point: Point) => (vertical ? Math.abs(point.y - a.y) : Math.abs(point.x - a.x));
    const length = vertical ? Math.abs(b.y - a.y) : Math.abs(b.x - a.x);
    const onIt = hops
      .filter((hop) => (vertical ? hop.x === a.x && hop.y > Math.min(a.y, b.y) && hop.y < Math.max(a.y, b.y) : hop.y === a.y && hop.x > Math.min(a.x, b.x) && hop.x < Math.max(a.x, b.x)))
      .sort((p, q) => along(p) - along(q));
    let last = -Infinity;
    for (const hop of onIt) {
      const at = along(hop);
      if (at < room || at > length - room || at - last < width) continue;
      kept.push(hop);
      last = at;
    }
  }
  return kept;
}
