/**
 * Links that go around boxes (PRODUCT.md §20): boxes and links in, one list of points per link out.
 * The lanes give the structure, as in channel routing: the gaps between lanes' columns are vertical
 * channels, and the free heights in each lane (between boxes, above or below them all) are the
 * horizontal corridors. A link to the next lane stays a direct curve; a skip link leaves its box's
 * right side into the gap after its lane, runs at a height free in every lane it crosses, and comes
 * down the gap before its target's lane into the target's left side; a feedback link does the same
 * backwards (left side out, right side in) and prefers the margins above or below the boxes; a link
 * within a lane runs in the gap beside it. Tracks in each channel are given out by the left-edge
 * method; heights in the corridors nearest first, each clear of those given before. Background:
 * Wybrow, Marriott and Stuckey, "Orthogonal connector routing" (GD 2009).
 */
import { chooseHeight, emptyOccupancy } from './heights';
import { addCurveHops } from './curveHops';
import { FoundHops, findHops, tidyHops } from './hops';
import { buildLayout, moveInLayout, trackPositions, type Layout } from './layout';
import { classify, pointsOf, type Plan } from './plan';
import { assignPorts, separateStubs } from './ports';
import { compare, leftEdgeTracks, type Interval } from './tracks';
import { ROUTING, type Point, type Route, type RouteBox, type RouteLink, type RoutingInput } from './types';


/** Everything routed, and what a drag needs to re-route a few links cheaply. */
export interface Routing {
  readonly routes: ReadonlyMap<string, Route>;
  readonly layout: Layout;
}

/** The vertical stretches each plan needs in each channel, tracked by the left-edge method. */
function assignTracks(plans: readonly Plan[], layout: Layout): void {
  const byChannel = new Map<number, { plan: Plan; end: 'exit' | 'entry'; span: Interval }[]>();
  const need = (channel: number, plan: Plan, end: 'exit' | 'entry', a: number, b: number) => {
    const list = byChannel.get(channel) ?? byChannel.set(channel, []).get(channel)!;
    list.push({ plan, end, span: { lo: Math.min(a, b), hi: Math.max(a, b) } });
  };
  for (const plan of plans) {
    if (!plan.crossed) need(plan.exitChannel, plan, 'exit', plan.ys, plan.yt);
    else {
      need(plan.exitChannel, plan, 'exit', plan.ys, plan.h);
      need(plan.entryChannel, plan, 'entry', plan.h, plan.yt);
    }
  }
  for (const [channel, list] of byChannel) {
    const { tracks, count } = leftEdgeTracks(
      list.map((item) => item.span),
      ROUTING.trackSpacing,
    );
    const xs = trackPositions(layout, channel, count);
    list.forEach((item, index) => {
      const x = xs[tracks[index]!]!;
      if (item.end === 'exit') {
        item.plan.exitX = x;
        if (!item.plan.crossed) item.plan.entryX = x;
      } else item.plan.entryX = x;
    });
  }
}

function indexBoxes(boxes: readonly RouteBox[]): Map<string, RouteBox> {
  return new Map(boxes.map((box) => [box.id, box]));
}

function routeLinks(
  layout: Layout,
  boxes: ReadonlyMap<string, RouteBox>,
  links: readonly RouteLink[],
  options: { hops: boolean; pinned?: ReadonlyMap<string, Route>; moving?: ReadonlySet<string> },
): Map<string, Route> {
  const all = classify(links, boxes);
  assignPorts(all, options.pinned, options.moving);
  const routes = new Map<string, Route>();
  const plans: Plan[] = [];
  const curves: [Point, Point][] = [];
  for (const plan of all) {
    if (!plan.direct) plans.push(plan);
    else {
      const ends = directEnds(plan);
      curves.push(ends);
      routes.set(plan.link.id, { via: 'direct', points: ends, hops: NO_HOPS });
    }
  }
  const occupancy = emptyOccupancy(layout);
  // Short links first: they take the heights nearest their boxes; long ones go round them.
  const order = plans.filter((plan) => plan.crossed).sort((a, b) => span(a) - span(b) || compare(Math.abs(a.ys - a.yt), Math.abs(b.ys - b.yt)));
  for (const plan of order) chooseHeight(plan, layout, occupancy);
  assignTracks(plans, layout);
  const points = plans.map(pointsOf);
  separateStubs(plans, points);
  let grouped: ReturnType<FoundHops['byRoute']> | null = null;
  if (options.hops) {
    found.clear();
    findHops(points, found);
    addCurveHops(points, curves, found);
    grouped = found.byRoute(points.length);
  }
  plans.forEach((plan, index) => {
    const kept = grouped ? tidyHops(points[index]!, found, grouped.byRoute, grouped.first[index]!, grouped.first[index + 1]!) : NO_HOPS;
    routes.set(plan.link.id, { via: plan.via, points: points[index]!, hops: kept.length ? kept : NO_HOPS });
  });
  return routes;
}

const NO_HOPS: readonly Point[] = [];
/** Used again by each routing: see `FoundHops`. */
const found = new FoundHops();

function directEnds(plan: Plan): [Point, Point] {
  return [
    { x: plan.source.x + plan.source.width, y: plan.ys },
    { x: plan.target.x, y: plan.yt },
  ];
}

function span(plan: Plan): number {
  return plan.crossed ? plan.crossed[1] - plan.crossed[0] : -1;
}

/** Routes every link of the input. */
export function routeAll(input: RoutingInput): Routing {
  const layout = buildLayout(input.lanes, input.boxes, input.top);
  return { routes: routeLinks(layout, indexBoxes(input.boxes), input.links, { hops: true }), layout };
}

/**
 * While boxes are dragged: only the links of the moving boxes are routed again, against the
 * settled layout with those boxes where they are now; the other routes stay as they were (they
 * settle when the boxes are dropped). Their ends on boxes that are not moving stay put.
 */
export function rerouteMoving(settled: Routing, moved: readonly RouteBox[], links: readonly RouteLink[], boxes: ReadonlyMap<string, RouteBox>): Map<string, Route> {
  const movedById = new Map(moved.map((box) => [box.id, box]));
  const layout = moveInLayout(settled.layout, movedById);
  const touching = links.filter((link) => movedById.has(link.source) || movedById.has(link.target));
  const lookup: ReadonlyMap<string, RouteBox> = { get: (id: string) => movedById.get(id) ?? boxes.get(id) } as ReadonlyMap<string, RouteBox>;
  return routeLinks(layout, lookup, touching, { hops: false, pinned: settled.routes, moving: new Set(movedById.keys()) });
}
