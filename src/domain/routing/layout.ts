/**
 * The lanes as the router sees them: each lane's column (where its boxes stand across) and its free
 * heights; the channels between columns and where their tracks stand.
 */
import { freeIntervals, type Interval } from './tracks';
import { ROUTING, type RouteBox, type RouteLane } from './types';

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
export function channelBounds(layout: Layout, channel: number): { lo: number; hi: number; outer: -1 | 0 | 1 } {
  const { columns } = layout;
  if (channel <= 0) return { lo: columns[0]!.left - ROUTING.outerChannel, hi: columns[0]!.left, outer: -1 };
  if (channel >= columns.length) {
    const right = columns[columns.length - 1]!.right;
    return { lo: right, hi: right + ROUTING.outerChannel, outer: 1 };
  }
  return { lo: columns[channel - 1]!.right, hi: columns[channel]!.left, outer: 0 };
}

/** The x of each of `count` tracks in a channel: spread about its middle, closer together when many. */
export function trackPositions(layout: Layout, channel: number, count: number): number[] {
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

