/**
 * The router fed from a model: each box where the layout puts it (`boxFrame`, the one size the
 * canvas holds its boxes to and every export draws), in its level's lane. Routes are derived, never
 * stored; a model's routes are worked out once and kept while its boxes and links are the same.
 */
import { BOX_GAP_Y, BOX_WIDTH, boxXFor, estimateBoxHeight, LANE_HEADER_HEIGHT } from '../lanes';
import { LEVELS, levelIndex } from '../levels';
import type { Box, Link } from '../model';
import { rerouteMoving, routeAll, type Routing } from './router';
import { routeExtent } from './routeDrawing';
import type { Route, RouteBox, RouteLane, RoutingInput } from './types';

export interface Frame {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where a box is drawn and how big: its place in the model, the layout's width and its label's height. */
export function boxFrame(box: Box): Frame {
  return { x: box.x, y: box.y, width: BOX_WIDTH, height: estimateBoxHeight(box.label) };
}

/** Each lane's column: where its boxes stand across. */
export const MODEL_LANES: readonly RouteLane[] = LEVELS.map((level) => ({ left: boxXFor(level.id), right: boxXFor(level.id) + BOX_WIDTH }));

/** Routes keep below the lane headings: no higher than half a box gap above the highest box. */
export function routingTop(frames: Iterable<Frame>): number {
  let top = LANE_HEADER_HEIGHT;
  for (const frame of frames) top = Math.min(top, frame.y);
  return top - BOX_GAP_Y / 2;
}

export function routeBox(box: Box, frame: Frame = boxFrame(box)): RouteBox {
  return { id: box.id, lane: levelIndex(box.level), x: frame.x, y: frame.y, width: frame.width, height: frame.height };
}

export function routingInput(boxes: readonly Box[], links: readonly Link[], frameOf: (box: Box) => Frame = boxFrame): RoutingInput {
  const routeBoxes = boxes.map((box) => routeBox(box, frameOf(box)));
  return { lanes: MODEL_LANES, boxes: routeBoxes, links, top: routingTop(routeBoxes) };
}

const remembered = new WeakMap<readonly Box[], WeakMap<readonly Link[], Routing>>();

/** Every link of a model routed, each box at its layout frame; the same arrays give the same answer without routing again. */
export function routeModel(model: { readonly boxes: readonly Box[]; readonly links: readonly Link[] }): Routing {
  const byLinks = remembered.get(model.boxes) ?? remembered.set(model.boxes, new WeakMap()).get(model.boxes)!;
  const known = byLinks.get(model.links);
  if (known) return known;
  const routing = routeAll(routingInput(model.boxes, model.links));
  byLinks.set(model.links, routing);
  return routing;
}

/** The routes with some boxes elsewhere (being dragged): only their links are routed again. */
export function routesWhileMoving(settled: Routing, input: RoutingInput, moved: readonly RouteBox[]): ReadonlyMap<string, Route> {
  if (!moved.length) return settled.routes;
  const boxes = new Map(input.boxes.map((box) => [box.id, box]));
  const rerouted = rerouteMoving(settled, moved, input.links, boxes);
  const routes = new Map(settled.routes);
  for (const [id, route] of rerouted) routes.set(id, route);
  return routes;
}

/** The lowest point any of the routes reaches (a margin below the boxes), or -Infinity when there are none: lanes are drawn down to it. */
export function routesBottom(routes: Iterable<Route>): number {
  let bottom = -Infinity;
  for (const route of routes) for (const point of routeExtent(route)) bottom = Math.max(bottom, point.y);
  return bottom;
}

/** Whether two routes draw the same line (so a drawing made from one need not be made again). */
export function sameRoute(a: Route | null | undefined, b: Route | null | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.via !== b.via || a.points.length !== b.points.length || a.hops.length !== b.hops.length) return false;
  for (let i = 0; i < a.points.length; i++) if (a.points[i]!.x !== b.points[i]!.x || a.points[i]!.y !== b.points[i]!.y) return false;
  for (let i = 0; i < a.hops.length; i++) if (a.hops[i]!.x !== b.hops[i]!.x || a.hops[i]!.y !== b.hops[i]!.y) return false;
  return true;
}

/** Whether two lists of boxes stand in the same places at the same sizes. */
export function sameRouteBoxes(a: readonly RouteBox[], b: readonly RouteBox[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const q = b[i]!;
    if (p.id !== q.id || p.lane !== q.lane || p.x !== q.x || p.y !== q.y || p.width !== q.width || p.height !== q.height) return false;
  }
  return true;
}
