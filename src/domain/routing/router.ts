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
import { findCurveCrossings, findHops, tidyHops } from './hops';
import { freeIntervals, intersect, leftEdgeTracks, SortedValues, type Interval } from './tracks';
import { ROUTING, type Point, type Route, type RouteBox, type RouteLane, type RouteLink, type RouteVia, type RoutingInput } from './types';

type Side = 'left' | 'right';

/** A link that is not direct, as it is being planned. */
interface Plan {
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

/** The lanes' columns and free heights: what a drag changes only for the lanes it touches. */
export interface Layout {
  readonly lanes: readonly RouteLane[];
  readonly top: number;
  readonly boxesByLane: readonly (readonly RouteBox[])[];
  readonly columns: readonly RouteLane[];
  readonly free: readonly (readonly Interval[])[];
  /** Where runs of neighbouring lanes are all free, filled in as routes ask (key: first lane × 64 + last). */
  readonly corridors: Map<number, readonly Interval[]>;
}

/** Everything routed, and what a drag needs to re-route a few links cheaply. */
export interface Routing {
  readonly routes: ReadonlyMap<string, Route>;
  readonly layout: Layout;
}

function laneOf(boxes: readonly RouteBox[], lane: RouteLane, top: number) {
  let left = lane.left;
  let right = lane.right;
  for (const box of boxes) {
    left = Math.min(left, box.x);
    right = Math.max(right, box.x + box.width);
  }
  const free = freeIntervals(
    boxes.map((box) => ({ lo: box.y, hi: box.y + box.height })),
    top,
    ROUTING.clearance,
  );
  return { column: { left, right }, free };
}

export function buildLayout(lanes: readonly RouteLane[], boxes: readonly RouteBox[], top: number): Layout {
  const boxesByLane: RouteBox[][] = lanes.map(() => []);
  for (const box of boxes) boxesByLane[clampLane(box.lane, lanes.length)]!.push(box);
  const built = boxesByLane.map((inLane, index) => laneOf(inLane, lanes[index]!, top));
  return { lanes, top, boxesByLane, columns: built.map((lane) => lane.column), free: built.map((lane) => lane.free), corridors: new Map() };
}

/** The layout with some boxes moved: only the lanes they left or entered are worked out again. */
export function moveInLayout(layout: Layout, moved: ReadonlyMap<string, RouteBox>): Layout {
  const touched = new Set<number>();
  const boxesByLane = layout.boxesByLane.map((inLane, lane) => {
    if (!inLane.some((box) => moved.has(box.id))) return inLane;
    touched.add(lane);
    return inLane.filter((box) => !moved.has(box.id));
  });
  for (const box of moved.values()) {
    const lane = clampLane(box.lane, layout.lanes.length);
    touched.add(lane);
    boxesByLane[lane] = [...boxesByLane[lane]!, box];
  }
  const columns = [...layout.columns];
  const free = [...layout.free];
  for (const lane of touched) {
    const built = laneOf(boxesByLane[lane]!, layout.lanes[lane]!, layout.top);
    columns[lane] = built.column;
    free[lane] = built.free;
  }
  return { ...layout, boxesByLane, columns, free, corridors: new Map() };
}

function clampLane(lane: number, count: number): number {
  return Math.max(0, Math.min(count - 1, Math.round(lane)));
}

/** The x-range of a channel: channel c lies left of lane c's column (c = lane count: right of the last). */
function channelBounds(layout: Layout, channel: number): { lo: number; hi: number; outer: -1 | 0 | 1 } {
  const { columns } = layout;
  if (channel <= 0) return { lo: columns[0]!.left - ROUTING.outerChannel, hi: columns[0]!.left, outer: -1 };
  if (channel >= columns.length) {
    const right = columns[columns.length - 1]!.right;
    return { lo: right, hi: right + ROUTING.outerChannel, outer: 1 };
  }
  return { lo: columns[channel - 1]!.right, hi: columns[channel]!.left, outer: 0 };
}

/** The x of each of `count` tracks in a channel: spread about its middle, closer together when many. */
function trackPositions(layout: Layout, channel: number, count: number): number[] {
  const { lo, hi, outer } = channelBounds(layout, channel);
  const spacing = ROUTING.trackSpacing;
  // Outside the first and last columns there is room: tracks go outwards from the column.
  if (outer === -1) return Array.from({ length: count }, (_, track) => hi - ROUTING.channelInset - track * spacing);
  if (outer === 1) return Array.from({ length: count }, (_, track) => lo + ROUTING.channelInset + track * spacing);
  const middle = (lo + hi) / 2;
  const inset = Math.min(ROUTING.channelInset, (hi - lo) / 4);
  // More tracks than fit at their spacing inside the inset: the whole gap is used, the tracks closer together.
  const crowded = (count - 1) * spacing > hi - lo - 2 * inset;
  const room = Math.max(0, crowded ? hi - lo - 4 : hi - lo - 2 * inset);
  const step = count > 1 ? Math.min(spacing, room / (count - 1)) : 0;
  return Array.from({ length: count }, (_, track) => middle + (track - (count - 1) / 2) * step);
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
function classify(links: readonly RouteLink[], boxes: ReadonlyMap<string, RouteBox>): Plan[] {
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

/**
 * Spreads the ends on each side of each box along that side, in the order of the other boxes'
 * heights, so that lines leaving one side neither overlap nor cross each other there. While boxes
 * are dragged, the ends on boxes that stay keep where the settled routes have them.
 */
function assignPorts(plans: readonly Plan[], pinned?: ReadonlyMap<string, Route>, moving?: ReadonlySet<string>): void {
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
  order.sort((a, b) => key[a]! - key[b]! || other[a]! - other[b]! || a - b);
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

/** Horizontal lines given out so far, per slot (slot 2c is channel c, slot 2k + 1 is lane k). */
type Occupancy = SortedValues[];

function slotsOf(plan: Plan): [number, number] {
  const a = 2 * plan.exitChannel;
  const b = 2 * plan.entryChannel;
  return a < b ? [a, b] : [b, a];
}

/** The free heights across the crossed lanes, worked out once per layout for each run of lanes. */
function corridorsFor(layout: Layout, crossed: readonly [number, number]): readonly Interval[] {
  const key = crossed[0] * 64 + crossed[1];
  const known = layout.corridors.get(key);
  if (known) return known;
  let free: readonly Interval[] = layout.free[crossed[0]]!;
  for (let lane = crossed[0] + 1; lane <= crossed[1] && free.length; lane++) free = intersect(free, layout.free[lane]!);
  layout.corridors.set(key, free);
  return free;
}

/** The first corridor whose bottom is at or below y. */
function firstEndingAtOrBelow(corridors: readonly Interval[], y: number): number {
  let lo = 0;
  let hi = corridors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (corridors[mid]!.hi < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NARROW = 40;

/**
 * The height at which a plan crosses its lanes: the cheapest free, clear height, looking at the
 * corridors outwards from the heights between its two ends (and at the margins, for feedback).
 */
function chooseHeight(plan: Plan, layout: Layout, occupancy: Occupancy): void {
  const corridors = corridorsFor(layout, plan.crossed!);
  const slots = slotsOf(plan);
  const { ys, yt } = plan;
  const rangeLo = Math.min(ys, yt);
  const rangeHi = Math.max(ys, yt);
  let bestH = NaN;
  let bestCost = Infinity;
  let bestMargin = true;
  const range = rangeHi - rangeLo;
  const tryHeight = (first: number, corridor: Interval, extra: number, margin: boolean) => {
    const h = clearHeight(first, corridor, occupancy, slots);
    if (h === null) return;
    const cost = Math.abs(ys - h) + Math.abs(h - yt) + (h === ys ? 0 : ROUTING.bendCost) + (h === yt ? 0 : ROUTING.bendCost) + extra;
    if (cost < bestCost) {
      bestH = h;
      bestCost = cost;
      bestMargin = margin;
    }
  };
  const twoBends = range + 2 * ROUTING.bendCost;
  /** Looks at one corridor; true when it, and every one further out that way, cannot be cheaper. */
  const consider = (index: number): boolean => {
    const corridor = corridors[index];
    if (!corridor) return true;
    const margin = index === corridors.length - 1 || corridor.lo <= layout.top;
    const extra = plan.feedback && !margin ? ROUTING.feedbackBetweenCost : 0;
    const distance = corridor.lo > rangeHi ? corridor.lo - rangeHi : corridor.hi < rangeLo ? rangeLo - corridor.hi : 0;
    const ysInside = ys >= corridor.lo && ys <= corridor.hi;
    const ytInside = yt >= corridor.lo && yt <= corridor.hi;
    // The least this corridor, and any further out, could cost: the corridors at the ends' own heights were looked at first.
    const least = ysInside || ytInside ? range + ROUTING.bendCost : Math.max(twoBends, range + 2 * distance + 2 * ROUTING.bendCost);
    if (least >= bestCost) return !ysInside && !ytInside;
    if (least + extra >= bestCost) return false;
    if (ysInside) tryHeight(ys, corridor, extra, margin);
    if (ytInside) tryHeight(yt, corridor, extra, margin);
    if (!ysInside && !ytInside) tryHeight(nearestHeight(corridor, rangeLo, rangeHi), corridor, extra, margin);
    return false;
  };
  if (plan.feedback) {
    consider(corridors.length - 1);
    consider(0);
  }
  const atYs = firstEndingAtOrBelow(corridors, ys);
  const atYt = firstEndingAtOrBelow(corridors, yt);
  consider(atYs);
  if (atYt !== atYs) consider(atYt);
  // Then outwards from the corridors about the two ends' heights, until none further can be cheaper.
  let up = Math.min(atYs, atYt) - 1;
  let down = Math.min(atYs, atYt);
  let upDone = false;
  let downDone = false;
  while (!upDone || !downDone) {
    if (!downDone) downDone = down >= corridors.length || consider(down++);
    if (!upDone) upDone = up < 0 || consider(up--);
  }
  // Every lane's free heights end in the margin below all boxes, so a height is always found.
  plan.h = Number.isNaN(bestH) ? rangeHi : bestH;
  plan.via = bestMargin ? 'margin' : 'corridor';
  for (let slot = slots[0]; slot <= slots[1]; slot++) occupancy[slot]!.add(plan.h);
}

/** Where in a corridor a plan whose ends are not in it would best cross: as near their heights as it allows, in the middle of a narrow one. */
function nearestHeight(corridor: Interval, rangeLo: number, rangeHi: number): number {
  const centre = corridor.hi - corridor.lo <= NARROW ? (corridor.lo + corridor.hi) / 2 : null;
  const lo = Math.max(corridor.lo, rangeLo);
  const hi = Math.min(corridor.hi, rangeHi);
  if (lo <= hi) return centre === null ? lo : Math.max(lo, Math.min(hi, centre));
  return centre ?? (corridor.hi < rangeLo ? corridor.hi : corridor.lo);
}

/**
 * The nearest height to `first` within the corridor that no line already given out runs close to:
 * searching down and up, each time jumping past the line in the way.
 */
function clearHeight(first: number, corridor: Interval, occupancy: Occupancy, slots: readonly [number, number]): number | null {
  const down = searchClear(first, 1, corridor, occupancy, slots);
  if (down === first) return down;
  const up = searchClear(first, -1, corridor, occupancy, slots);
  if (down === null) return up;
  if (up === null) return down;
  return Math.abs(up - first) < Math.abs(down - first) ? up : down;
}

function searchClear(first: number, direction: 1 | -1, corridor: Interval, occupancy: Occupancy, slots: readonly [number, number]): number | null {
  const step = ROUTING.trackSpacing;
  let h = first;
  for (let jumps = 0; jumps < 10_000; jumps++) {
    if (h < corridor.lo - 1e-9 || h > corridor.hi + 1e-9) return null;
    const blocker = blockerAt(occupancy, slots, h);
    if (blocker === null) return h;
    h = direction > 0 ? Math.max(h + 1e-3, blocker + step) : Math.min(h - 1e-3, blocker - step);
  }
  return null;
}

function blockerAt(occupancy: Occupancy, slots: readonly [number, number], y: number): number | null {
  for (let slot = slots[0]; slot <= slots[1]; slot++) {
    const near = occupancy[slot]!.near(y, ROUTING.trackSpacing);
    if (near !== null) return near;
  }
  return null;
}

function sideX(box: RouteBox, side: Side): number {
  return side === 'left' ? box.x : box.x + box.width;
}

/** The plan's points, without repeats or straight-through corners. */
function pointsOf(plan: Plan): Point[] {
  const start = { x: sideX(plan.source, plan.exitSide), y: plan.ys };
  const end = { x: sideX(plan.target, plan.entrySide), y: plan.yt };
  const raw: Point[] = plan.crossed
    ? [start, { x: plan.exitX, y: plan.ys }, { x: plan.exitX, y: plan.h }, { x: plan.entryX, y: plan.h }, { x: plan.entryX, y: plan.yt }, end]
    : [start, { x: plan.exitX, y: plan.ys }, { x: plan.exitX, y: plan.yt }, end];
  if (plan.crossed && plan.h === plan.ys) raw.splice(1, 2);
  else if (plan.crossed && plan.h === plan.yt) raw.splice(raw.length - 3, 2);
  return simplify(raw);
}

export function simplify(points: readonly Point[]): Point[] {
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

/** Moves the port of a line that lies along another route's line at one height (boxes facing each other across a gap). */
function separateStubs(plans: readonly Plan[], points: Point[][]): void {
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
    order.sort((a, b) => y[a]! - y[b]! || lo[a]! - lo[b]!);
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
  for (const plan of all) {
    if (!plan.direct) plans.push(plan);
    else routes.set(plan.link.id, { via: 'direct', points: directEnds(plan), hops: NO_HOPS });
  }
  const occupancy: Occupancy = Array.from({ length: 2 * layout.lanes.length + 1 }, () => new SortedValues());
  // Short links first: they take the heights nearest their boxes; long ones go round them.
  const order = plans.filter((plan) => plan.crossed).sort((a, b) => span(a) - span(b) || Math.abs(a.ys - a.yt) - Math.abs(b.ys - b.yt));
  for (const plan of order) chooseHeight(plan, layout, occupancy);
  assignTracks(plans, layout);
  const points = plans.map(pointsOf);
  separateStubs(plans, points);
  const hops = options.hops ? findHops(points) : null;
  const overCurves = options.hops ? findCurveCrossings(points, all.filter((plan) => plan.direct).map((plan) => directEnds(plan))) : null;
  plans.forEach((plan, index) => {
    const found = hops && overCurves ? tidyHops(points[index]!, [...hops[index]!, ...overCurves[index]!]) : NO_HOPS;
    routes.set(plan.link.id, { via: plan.via, points: points[index]!, hops: found.length ? found : NO_HOPS });
  });
  return routes;
}

const NO_HOPS: readonly Point[] = [];

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
