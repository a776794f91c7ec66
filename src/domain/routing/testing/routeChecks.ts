/**
 * What every routing must hold, as checks the tests run on real data: no line through a box other
 * than its two ends, no two routes along one track, every route from its source's side to its
 * target's side. Each returns the faults found, in words, so a failing test says which link.
 */
import { directCurve } from '../routeDrawing';
import type { Point, Route, RouteBox, RoutingInput } from '../types';

const EPSILON = 0.5;

function inside(point: Point, box: RouteBox): boolean {
  return point.x > box.x + EPSILON && point.x < box.x + box.width - EPSILON && point.y > box.y + EPSILON && point.y < box.y + box.height - EPSILON;
}

/** Points along a route, close enough together that none can skip over a box. */
export function sampleRoute(route: Route, step = 2): Point[] {
  const { points } = route;
  const samples: Point[] = [];
  if (route.via === 'direct') {
    const start = points[0]!;
    const end = points[points.length - 1]!;
    const { control1: c1, control2: c2 } = directCurve(start, end);
    const count = Math.max(8, Math.ceil(Math.hypot(end.x - start.x, end.y - start.y) / step));
    for (let i = 0; i <= count; i++) {
      const t = i / count;
      const u = 1 - t;
      samples.push({
        x: u * u * u * start.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * end.x,
        y: u * u * u * start.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * end.y,
      });
    }
    return samples;
  }
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const count = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step));
    for (let k = 0; k <= count; k++) samples.push({ x: a.x + ((b.x - a.x) * k) / count, y: a.y + ((b.y - a.y) * k) / count });
  }
  return samples;
}

/** Routes that pass through a box other than their own two. */
export function linesThroughBoxes(input: RoutingInput, routes: ReadonlyMap<string, Route>): string[] {
  const faults: string[] = [];
  const links = new Map(input.links.map((link) => [link.id, link]));
  // Boxes by cells of a grid, so each sample is checked against the few boxes near it.
  const cells = new Map<string, RouteBox[]>();
  const cell = (x: number, y: number) => `${Math.floor(x / 100)},${Math.floor(y / 100)}`;
  for (const box of input.boxes) {
    for (let x = Math.floor(box.x / 100); x <= Math.floor((box.x + box.width) / 100); x++) {
      for (let y = Math.floor(box.y / 100); y <= Math.floor((box.y + box.height) / 100); y++) (cells.get(`${x},${y}`) ?? cells.set(`${x},${y}`, []).get(`${x},${y}`)!).push(box);
    }
  }
  for (const [id, route] of routes) {
    const link = links.get(id)!;
    const hit = new Set<string>();
    for (const point of sampleRoute(route)) {
      for (const box of cells.get(cell(point.x, point.y)) ?? []) {
        if (box.id === link.source || box.id === link.target || hit.has(box.id)) continue;
        if (inside(point, box)) hit.add(box.id);
      }
    }
    for (const box of hit) faults.push(`${id} (${route.via}) passes through ${box}`);
  }
  return faults;
}

/** Pairs of routes that run along the same line for a stretch (a shared track). */
export function sharedTracks(routes: ReadonlyMap<string, Route>): string[] {
  const segments: { id: string; horizontal: boolean; at: number; lo: number; hi: number }[] = [];
  for (const [id, route] of routes) {
    if (route.via === 'direct') continue;
    for (let i = 0; i + 1 < route.points.length; i++) {
      const a = route.points[i]!;
      const b = route.points[i + 1]!;
      if (a.y === b.y) segments.push({ id, horizontal: true, at: a.y, lo: Math.min(a.x, b.x), hi: Math.max(a.x, b.x) });
      else segments.push({ id, horizontal: false, at: a.x, lo: Math.min(a.y, b.y), hi: Math.max(a.y, b.y) });
    }
  }
  segments.sort((a, b) => Number(a.horizontal) - Number(b.horizontal) || a.at - b.at || a.lo - b.lo);
  const faults: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const a = segments[i]!;
    for (let j = i + 1; j < segments.length; j++) {
      const b = segments[j]!;
      if (b.horizontal !== a.horizontal || Math.abs(b.at - a.at) > 0.01) break;
      if (a.id !== b.id && Math.min(a.hi, b.hi) - Math.max(a.lo, b.lo) > EPSILON) faults.push(`${a.id} and ${b.id} share a ${a.horizontal ? 'horizontal' : 'vertical'} track at ${a.at}`);
    }
  }
  return faults;
}

/** Routes that do not start on a side of their source box and end on a side of their target. */
export function endsOffSides(input: RoutingInput, routes: ReadonlyMap<string, Route>): string[] {
  const boxes = new Map(input.boxes.map((box) => [box.id, box]));
  const onSide = (point: Point, box: RouteBox) =>
    (Math.abs(point.x - box.x) < 0.01 || Math.abs(point.x - (box.x + box.width)) < 0.01) && point.y >= box.y && point.y <= box.y + box.height;
  const faults: string[] = [];
  for (const link of input.links) {
    const route = routes.get(link.id);
    if (!route) continue;
    if (!onSide(route.points[0]!, boxes.get(link.source)!)) faults.push(`${link.id} does not start on a side of ${link.source}`);
    if (!onSide(route.points[route.points.length - 1]!, boxes.get(link.target)!)) faults.push(`${link.id} does not end on a side of ${link.target}`);
  }
  return faults;
}
