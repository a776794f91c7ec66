/**
 * The bookkeeping of channel routing: free stretches of a lane, where several lanes are free at once,
 * and tracks given out in a channel by the left-edge method (Hashimoto and Stevens, 1971): segments
 * taken in order of their top end, each on the first track whose last segment ended far enough above.
 */

/**
 * -1, 0 or 1 as a is below, at or above b: a sort's comparator that returns this, rather than a
 * difference of two fractional numbers, makes no new number object on each of its many calls.
 */
export function compare(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A stretch of y (or x) from `lo` to `hi`; `hi` may be Infinity (below every box). */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/**
 * The stretches of [from, ∞) left free by the taken ones, each taken stretch grown by `clearance`
 * on both sides so that a line never grazes a box.
 */
export function freeIntervals(taken: readonly Interval[], from: number, clearance: number): Interval[] {
  const sorted = [...taken].sort((a, b) => compare(a.lo, b.lo));
  const free: Interval[] = [];
  let cursor = from;
  for (const { lo, hi } of sorted) {
    const start = lo - clearance;
    if (start >= cursor) free.push({ lo: cursor, hi: start });
    cursor = Math.max(cursor, hi + clearance);
  }
  free.push({ lo: cursor, hi: Infinity });
  return free;
}

/** Where both lists of sorted, disjoint stretches are free. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const both: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const lo = Math.max(x.lo, y.lo);
    const hi = Math.min(x.hi, y.hi);
    if (lo <= hi) both.push({ lo, hi });
    if (x.hi < y.hi) i++;
    else j++;
  }
  return both;
}

/**
 * The left-edge method: each segment's track (0 upwards), in the order given, and how many tracks
 * there are. Two segments share a track only when one ends `gap` or more before the other begins.
 */
export function leftEdgeTracks(segments: readonly Interval[], gap: number): { tracks: number[]; count: number } {
  const order = segments.map((_, index) => index).sort((a, b) => compare(segments[a]!.lo, segments[b]!.lo) || compare(segments[a]!.hi, segments[b]!.hi));
  const lastEnd: number[] = [];
  const tracks = new Array<number>(segments.length).fill(0);
  for (const index of order) {
    const { lo, hi } = segments[index]!;
    // A loop, not findIndex: a closure made for each segment of every channel is garbage at once.
    let track = 0;
    while (track < lastEnd.length && lastEnd[track]! + gap > lo) track++;
    if (track === lastEnd.length) lastEnd.push(hi);
    else lastEnd[track] = hi;
    tracks[index] = track;
  }
  return { tracks, count: lastEnd.length };
}

/** Sorted numbers, with insertion and a "nothing within `distance` of y" test, both by binary search. */
export class SortedValues {
  private readonly values: number[] = [];

  private firstAtLeast(y: number): number {
    let lo = 0;
    let hi = this.values.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.values[mid]! < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  add(y: number): void {
    this.values.splice(this.firstAtLeast(y), 0, y);
  }

  /** A value lying strictly within `distance` of y, or null when there is none. */
  near(y: number, distance: number): number | null {
    const index = this.firstAtLeast(y - distance + 1e-6);
    const next = this.values[index];
    return next !== undefined && next < y + distance - 1e-6 ? next : null;
  }
}
