/**
 * Where right-angled routes cross the curves of links to the next lane, hopped as their crossings with
 * each other are (`hops.ts`). A direct link's curve lies within the gap between its two lanes, so
 * curves are grouped by the stretch of x they span (one group to a gap, in a model) and each group
 * meets only the straight lines in or through it. Only the pieces of a curve that cross a line steeply
 * enough are looked at (`curvePieces.ts`): a tall curve's middle crosses upright lines too nearly
 * along them, so an upright line meets only curves whose ends are near its height (a sweep down the
 * group). A level line through a gap crossed by many curves is hopped at most once per hop's width
 * (the width in which crossings are hopped as one anyway): the gap is cut into strips that wide, and
 * in each strip a lookup by height finds whether some curve crosses the line there, and which.
 */
import { addPieces, curveOf, LEVEL, Pieces, steepEnough, tAtHeight, tAtX, UPRIGHT, xAt, yAt, type Curve } from './curvePieces';
import type { FoundHops } from './hops';
import { orderByKey } from './numericOrder';
import { compare } from './tracks';
import { ROUTING, type Point } from './types';

interface Group {
  lo: number;
  hi: number;
  readonly curves: number[];
  readonly upright: number[];
  readonly level: number[];
}

interface Segments {
  readonly at: Float64Array;
  readonly from: Float64Array;
  readonly to: Float64Array;
  readonly owner: Int32Array;
}

const HOP_WIDTH = 2 * ROUTING.hopRadius + 1;
/** How far a hop keeps from a curve's ends, squared. */
const ROOM_SQUARED = (ROUTING.hopRadius + 1) ** 2;

/** Used again by each routing: see `Pieces`. */
const pieces = new Pieces();
let scratch = { top: new Float64Array(1024), bottom: new Float64Array(1024), curve: new Int32Array(1024), order: new Uint32Array(1024), reach: new Float64Array(1024), reacher: new Int32Array(1024) };

function scratchFor(size: number): typeof scratch {
  if (scratch.top.length < size) {
    const n = Math.max(size, 2 * scratch.top.length);
    scratch = { top: new Float64Array(n), bottom: new Float64Array(n), curve: new Int32Array(n), order: new Uint32Array(n), reach: new Float64Array(n), reacher: new Int32Array(n) };
  }
  return scratch;
}

/** Whether a hop at (x, y) keeps clear of the curve's ends, the ports on its boxes' sides. */
function clearOfEnds(curve: Curve, x: number, y: number): boolean {
  // Squares, not Math.hypot: this runs thousands of times a routing and hypot makes a number object each time.
  const sx = x - curve.start.x;
  const sy = y - curve.start.y;
  const ex = x - curve.end.x;
  const ey = y - curve.end.y;
  return sx * sx + sy * sy >= ROOM_SQUARED && ex * ex + ey * ey >= ROOM_SQUARED;
}

function groupCurves(curves: readonly Curve[]): Group[] {
  const byLeft = curves.map((_, index) => index).sort((p, q) => compare(curves[p]!.xLo, curves[q]!.xLo));
  const groups: Group[] = [];
  for (const index of byLeft) {
    const curve = curves[index]!;
    const last = groups[groups.length - 1];
    if (last && curve.xLo < last.hi) {
      last.hi = Math.max(last.hi, curve.xHi);
      last.curves.push(index);
    } else groups.push({ lo: curve.xLo, hi: curve.xHi, curves: [index], upright: [], level: [] });
  }
  return groups;
}

/** A group cut into strips no wider than a hop's width. */
function stripsAcross(group: Group): { count: number; width: number; of: (x: number) => number } {
  const count = Math.max(1, Math.ceil((group.hi - group.lo) / HOP_WIDTH));
  const width = (group.hi - group.lo) / count;
  return { count, width, of: (x) => Math.max(0, Math.min(count - 1, Math.floor((x - group.lo) / width))) };
}

/**
 * Adds to each route's hops (`hops[r]`, points on route r's own segments) where it crosses one of
 * the curves, each given by its two ends. `tidyHops` then orders them and merges those too close.
 */
export function addCurveHops(routes: readonly (readonly Point[])[], curveEnds: readonly (readonly [Point, Point])[], found: FoundHops): void {
  if (!curveEnds.length || !routes.length) return;
  const curves = curveEnds.map(([start, end]) => curveOf(start, end));
  const groups = groupCurves(curves);
  // The routes' straight segments, flat: at (x of an upright one, y of a level one), from, to, route.
  let count = 0;
  for (const points of routes) count += Math.max(0, points.length - 1);
  const segments: Segments = { at: new Float64Array(count), from: new Float64Array(count), to: new Float64Array(count), owner: new Int32Array(count) };
  const { at, from, to, owner } = segments;
  const firstGroupEndingAfter = (x: number) => {
    let lo = 0;
    let hi = groups.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (groups[mid]!.hi <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let n = 0;
  for (let route = 0; route < routes.length; route++) {
    const points = routes[route]!;
    for (let i = 0; i + 1 < points.length; i++) {
      const p = points[i]!;
      const q = points[i + 1]!;
      const upright = p.x === q.x;
      if (upright === (p.y === q.y)) continue;
      at[n] = upright ? p.x : p.y;
      from[n] = upright ? Math.min(p.y, q.y) : Math.min(p.x, q.x);
      to[n] = upright ? Math.max(p.y, q.y) : Math.max(p.x, q.x);
      owner[n] = route;
      const lo = upright ? p.x : from[n]!;
      const hi = upright ? p.x : to[n]!;
      for (let g = firstGroupEndingAfter(lo); g < groups.length && groups[g]!.lo < hi + (upright ? 1 : 0); g++) {
        const group = groups[g]!;
        if (!upright) group.level.push(n);
        else if (p.x > group.lo && p.x < group.hi) group.upright.push(n);
      }
      n++;
    }
  }
  for (const group of groups) {
    if (!group.level.length && !group.upright.length) continue;
    pieces.count = 0;
    for (const index of group.curves) addPieces(curves[index]!, index, pieces);
    if (group.level.length) hopLevelLines(group, curves, segments, found);
    if (group.upright.length) hopUprightLines(group, curves, segments, found);
  }
}

/**
 * Each level line through the group: in each strip it spans, one hop where some curve crosses it
 * there. Per strip, the stretches of height over which a curve's level-hoppable pieces lie within
 * it, sorted by top with the lowest bottom so far (and whose): a curve crosses height y in the strip
 * when, of the stretches with tops above y, the one reaching lowest reaches below it.
 */
function hopLevelLines(group: Group, curves: readonly Curve[], segments: Segments, found: FoundHops): void {
  const { at, from, to, owner } = segments;
  const strips = stripsAcross(group);
  // Where each strip's stretches begin in the flat arrays (counted first, then filled).
  const starts = new Int32Array(strips.count + 1);
  for (let i = 0; i < pieces.count; i++) if (pieces.kind[i]! & LEVEL) for (let s = strips.of(pieces.xLo[i]!); s <= strips.of(pieces.xHi[i]!); s++) starts[s + 1]!++;
  for (let s = 0; s < strips.count; s++) starts[s + 1]! += starts[s]!;
  const { top, bottom, curve: whose, order, reach, reacher } = scratchFor(starts[strips.count]!);
  const filled = starts.slice(0, strips.count);
  for (let i = 0; i < pieces.count; i++) {
    if (!(pieces.kind[i]! & LEVEL)) continue;
    const curve = curves[pieces.curve[i]!]!;
    const t0 = pieces.t0[i]!;
    const t1 = pieces.t1[i]!;
    // x moves one way along the piece: its ends are its leftmost and rightmost points, and it crosses each strip's edge once.
    const rising = xAt(curve, t1) >= xAt(curve, t0);
    const first = strips.of(pieces.xLo[i]!);
    const last = strips.of(pieces.xHi[i]!);
    let y = yAt(curve, rising ? t0 : t1);
    for (let s = first; s <= last; s++) {
      const t = s === last ? (rising ? t1 : t0) : tAtX(curve, group.lo + (s + 1) * strips.width, t0, t1);
      const next = Number.isNaN(t) ? y : yAt(curve, t);
      const k = filled[s]!++;
      // A little wider than exact, so that a line at the height where two pieces meet is found in one of them.
      top[k] = Math.min(y, next) - 1e-6;
      bottom[k] = Math.max(y, next) + 1e-6;
      whose[k] = pieces.curve[i]!;
      y = next;
    }
  }
  for (let s = 0; s < strips.count; s++) {
    const begin = starts[s]!;
    const end = starts[s + 1]!;
    // Tops rounded as sorted, so that the binary search below reads them in order.
    orderByKey(top, begin, end, order, { roundKeys: true });
    let best = -Infinity;
    let bestCurve = -1;
    for (let k = begin; k < end; k++) {
      const item = order[k]!;
      if (bottom[item]! > best) {
        best = bottom[item]!;
        bestCurve = whose[item]!;
      }
      reach[k] = best;
      reacher[k] = bestCurve;
    }
  }
  for (const segment of group.level) {
    const y = at[segment]!;
    for (let s = strips.of(from[segment]!); s <= strips.of(to[segment]!); s++) {
      // The last stretch of the strip whose top is above y.
      let lo = starts[s]!;
      let hi = starts[s + 1]!;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (top[order[mid]!]! < y) lo = mid + 1;
        else hi = mid;
      }
      if (lo === starts[s]! || reach[lo - 1]! <= y) continue;
      const curve = curves[reacher[lo - 1]!]!;
      const t = tAtHeight(curve, y);
      const x = xAt(curve, t);
      if (x > from[segment]! && x < to[segment]! && clearOfEnds(curve, x, y) && steepEnough(curve, t, false)) found.add(owner[segment]!, x, y);
    }
  }
}

/**
 * Each upright line in the group against the pieces of curves that cross upright lines steeply, strip
 * by strip of the group (those pieces lie mostly near the gap's sides, the lines near its middle):
 * in each, a sweep down by top end, a pair met when the later of the two begins.
 */
function hopUprightLines(group: Group, curves: readonly Curve[], segments: Segments, found: FoundHops): void {
  const { at, from, to, owner } = segments;
  const hop = (piece: number, segment: number) => {
    const x = at[segment]!;
    if (x < pieces.xLo[piece]! || x > pieces.xHi[piece]!) return;
    const curve = curves[pieces.curve[piece]!]!;
    const t = tAtX(curve, x, pieces.t0[piece]!, pieces.t1[piece]!);
    if (Number.isNaN(t)) return;
    const y = yAt(curve, t);
    if (y > from[segment]! && y < to[segment]! && clearOfEnds(curve, x, y) && steepEnough(curve, t, true)) found.add(owner[segment]!, x, y);
  };
  const strips = stripsAcross(group);
  const piecesIn: number[][] = Array.from({ length: strips.count }, () => []);
  const linesIn: number[][] = Array.from({ length: strips.count }, () => []);
  // The pieces upright lines may hop, by top (to 1/1024: a pair that overlaps by less is not drawn apart anyway).
  const { top: tops, curve: which, order: down } = scratchFor(pieces.count);
  let count = 0;
  for (let i = 0; i < pieces.count; i++) {
    if (!(pieces.kind[i]! & UPRIGHT)) continue;
    tops[count] = pieces.yLo[i]!;
    which[count++] = i;
  }
  orderByKey(tops, 0, count, down);
  for (let k = 0; k < count; k++) {
    const piece = which[down[k]!]!;
    for (let s = strips.of(pieces.xLo[piece]!); s <= strips.of(pieces.xHi[piece]!); s++) piecesIn[s]!.push(piece);
  }
  for (const segment of group.upright.sort((p, q) => compare(from[p]!, from[q]!))) linesIn[strips.of(at[segment]!)]!.push(segment);
  const livePieces: number[] = [];
  const liveLines: number[] = [];
  for (let strip = 0; strip < strips.count; strip++) {
    const inStrip = piecesIn[strip]!;
    const lines = linesIn[strip]!;
    if (!inStrip.length || !lines.length) continue;
    livePieces.length = 0;
    liveLines.length = 0;
    let i = 0;
    let j = 0;
    while (i < inStrip.length || j < lines.length) {
      if (j >= lines.length || (i < inStrip.length && pieces.yLo[inStrip[i]!]! <= from[lines[j]!]!)) {
        const piece = inStrip[i++]!;
        for (let k = 0; k < liveLines.length; ) {
          const segment = liveLines[k]!;
          if (to[segment]! < pieces.yLo[piece]!) {
            liveLines[k] = liveLines[liveLines.length - 1]!;
            liveLines.pop();
          } else hop(piece, liveLines[k++]!);
        }
        livePieces.push(piece);
      } else {
        const segment = lines[j++]!;
        for (let k = 0; k < livePieces.length; ) {
          if (pieces.yHi[livePieces[k]!]! < from[segment]!) {
            livePieces[k] = livePieces[livePieces.length - 1]!;
            livePieces.pop();
          } else hop(livePieces[k++]!, segment);
        }
        liveLines.push(segment);
      }
    }
  }
}
