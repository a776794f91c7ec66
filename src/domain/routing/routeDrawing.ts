/**
 * A route as drawing commands, the same for every drawing (canvas, SVG and the images and PDF drawn
 * from it, PowerPoint's freeform lines): a direct link as one curve; any other as straight lines
 * with rounded corners, and a small arc where it hops over a line it crosses.
 */
import { ROUTING, type Point, type Route } from './types';

export type DrawCommand =
  | { readonly kind: 'move'; readonly to: Point }
  | { readonly kind: 'line'; readonly to: Point }
  | { readonly kind: 'quad'; readonly control: Point; readonly to: Point }
  | { readonly kind: 'cubic'; readonly control1: Point; readonly control2: Point; readonly to: Point };

/** A quarter circle as a cubic curve: the control points' distance, in radii. */
const QUARTER = 0.5523;

/** The curve of a link to the next lane: level out of the source, level into the target. */
export function directCurve(start: Point, end: Point): { control1: Point; control2: Point } {
  const pull = Math.max(40, Math.abs(end.x - start.x) / 2);
  return { control1: { x: start.x + pull, y: start.y }, control2: { x: end.x - pull, y: end.y } };
}

const along = (p: Point, d: Point, by: number): Point => ({ x: p.x + d.x * by, y: p.y + d.y * by });

function direction(a: Point, b: Point): { d: Point; length: number } {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  return { d: length ? { x: (b.x - a.x) / length, y: (b.y - a.y) / length } : { x: 0, y: 0 }, length };
}

export function drawCommands(route: Route): DrawCommand[] {
  const { points } = route;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return [];
  if (route.via === 'direct') {
    const { control1, control2 } = directCurve(first, last);
    return [
      { kind: 'move', to: first },
      { kind: 'cubic', control1, control2, to: last },
    ];
  }
  const segments = points.slice(1).map((point, index) => {
    const from = points[index]!;
    const { d, length } = direction(from, point);
    // Hops on this segment, as distances from its start, in order.
    const vertical = from.x === point.x;
    const hops = route.hops
      .filter((hop) =>
        vertical
          ? Math.abs(hop.x - from.x) < 0.01 && hop.y > Math.min(from.y, point.y) && hop.y < Math.max(from.y, point.y)
          : Math.abs(hop.y - from.y) < 0.01 && hop.x > Math.min(from.x, point.x) && hop.x < Math.max(from.x, point.x),
      )
      .map((hop) => (vertical ? Math.abs(hop.y - from.y) : Math.abs(hop.x - from.x)))
      .sort((a, b) => a - b);
    return { from, to: point, d, length, hops };
  });
  const hopRadius = ROUTING.hopRadius;
  // Each corner's radius: no more than half of either side, and clear of any hop near it.
  const radii = points.map((_, index) => {
    const before = segments[index - 1];
    const after = segments[index];
    if (!before || !after) return 0;
    const nearBefore = before.hops.length ? before.length - before.hops[before.hops.length - 1]! - hopRadius : Infinity;
    const nearAfter = after.hops.length ? after.hops[0]! - hopRadius : Infinity;
    return Math.max(0, Math.min(ROUTING.cornerRadius, before.length / 2, after.length / 2, nearBefore, nearAfter));
  });
  const commands: DrawCommand[] = [{ kind: 'move', to: first }];
  segments.forEach((segment, index) => {
    const { d } = segment;
    // Hops bulge upwards on a horizontal line, to the right on a vertical one.
    const n = d.x === 0 ? { x: 1, y: 0 } : { x: 0, y: -1 };
    for (const at of segment.hops) {
      const centre = along(segment.from, d, at);
      const a = along(centre, d, -hopRadius);
      const top = along(centre, n, hopRadius);
      const b = along(centre, d, hopRadius);
      commands.push({ kind: 'line', to: a });
      commands.push({ kind: 'cubic', control1: along(a, n, QUARTER * hopRadius), control2: along(top, d, -QUARTER * hopRadius), to: top });
      commands.push({ kind: 'cubic', control1: along(top, d, QUARTER * hopRadius), control2: along(b, n, QUARTER * hopRadius), to: b });
    }
    const radius = radii[index + 1] ?? 0;
    const next = segments[index + 1];
    commands.push({ kind: 'line', to: along(segment.to, d, -radius) });
    if (next && radius > 0) commands.push({ kind: 'quad', control: segment.to, to: along(segment.to, next.d, radius) });
  });
  return commands;
}

const fmt = (value: number) => String(Math.round(value * 100) / 100);

/** The route as SVG path data. */
export function routePath(route: Route): string {
  return drawCommands(route)
    .map((command) => {
      if (command.kind === 'move') return `M ${fmt(command.to.x)} ${fmt(command.to.y)}`;
      if (command.kind === 'line') return `L ${fmt(command.to.x)} ${fmt(command.to.y)}`;
      if (command.kind === 'quad') return `Q ${fmt(command.control.x)} ${fmt(command.control.y)} ${fmt(command.to.x)} ${fmt(command.to.y)}`;
      return `C ${fmt(command.control1.x)} ${fmt(command.control1.y)} ${fmt(command.control2.x)} ${fmt(command.control2.y)} ${fmt(command.to.x)} ${fmt(command.to.y)}`;
    })
    .join(' ');
}

/** Halfway along the route, where a link's badge or change tag goes. */
export function routeMidpoint(route: Route): Point {
  const { points } = route;
  const first = points[0] ?? { x: 0, y: 0 };
  const last = points[points.length - 1] ?? first;
  if (route.via === 'direct') {
    const { control1, control2 } = directCurve(first, last);
    return { x: (first.x + 3 * control1.x + 3 * control2.x + last.x) / 8, y: (first.y + 3 * control1.y + 3 * control2.y + last.y) / 8 };
  }
  let total = 0;
  for (let i = 0; i + 1 < points.length; i++) total += direction(points[i]!, points[i + 1]!).length;
  let left = total / 2;
  for (let i = 0; i + 1 < points.length; i++) {
    const { d, length } = direction(points[i]!, points[i + 1]!);
    if (left <= length) return along(points[i]!, d, left);
    left -= length;
  }
  return last;
}

/** Every point the drawing may reach (the curve lies within its control points), for sizing a picture. */
export function routeExtent(route: Route): Point[] {
  if (route.via !== 'direct') return [...route.points];
  const first = route.points[0]!;
  const last = route.points[route.points.length - 1]!;
  const { control1, control2 } = directCurve(first, last);
  return [first, control1, control2, last];
}
