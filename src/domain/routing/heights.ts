/**
 * The height at which a link crosses lanes: the cheapest height free in every lane crossed (a gap
 * between boxes, or above or below them all), clear of the lines given out before it.
 */
import type { Layout } from './layout';
import type { Plan } from './plan';
import { SortedValues, intersect, type Interval } from './tracks';
import { ROUTING } from './types';

/** Horizontal lines given out so far, per slot (slot 2c is channel c, slot 2k + 1 is lane k). */
export interface Occupancy {
  readonly slots: SortedValues[];
  /**
   * Where a search from a height over a run of slots last found room: every height it passed was
   * taken then and is taken still (lines are only ever added), so the next search starts there. In a
   * margin holding hundreds of lines this saves walking past all of them for each new one.
   */
  readonly resume: Map<number, Map<number, number>>;
}

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
export function chooseHeight(plan: Plan, layout: Layout, occupancy: Occupancy): void {
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
  for (let slot = slots[0]; slot <= slots[1]; slot++) occupancy.slots[slot]!.add(plan.h);
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
  // By run of slots and direction, then by the height searched from: numbers, not a string made on each search.
  const run = (slots[0] * 64 + slots[1]) * 2 + (direction > 0 ? 1 : 0);
  const resume = occupancy.resume.get(run) ?? occupancy.resume.set(run, new Map()).get(run)!;
  let h = resume.get(first) ?? first;
  for (let jumps = 0; jumps < 10_000; jumps++) {
    if (h < corridor.lo - 1e-9 || h > corridor.hi + 1e-9) return null;
    const blocker = blockerAt(occupancy, slots, h);
    if (blocker === null) {
      resume.set(first, h);
      return h;
    }
    h = direction > 0 ? Math.max(h + 1e-3, blocker + step) : Math.min(h - 1e-3, blocker - step);
  }
  return null;
}

function blockerAt(occupancy: Occupancy, slots: readonly [number, number], y: number): number | null {
  for (let slot = slots[0]; slot <= slots[1]; slot++) {
    const near = occupancy.slots[slot]!.near(y, ROUTING.trackSpacing);
    if (near !== null) return near;
  }
  return null;
}

/** An empty record of horizontal lines for a layout's slots. */
export function emptyOccupancy(layout: Layout): Occupancy {
  return { slots: Array.from({ length: 2 * layout.lanes.length + 1 }, () => new SortedValues()), resume: new Map() };
}
