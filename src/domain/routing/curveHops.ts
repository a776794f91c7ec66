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
import { addPieces, curveOf, steepEnough, tAtHeight, tAtX, xAt, yAt, type Curve, type Piece } from './curvePieces';
import { compare } from './tracks';
import { ROUTING, type Point } from './types';

interface Group {
  lo: number;
  hi: number;
  readonly curves: number[];
  readonly upright: number[];
  readonly level: number[];
}

/** In one strip of a group, the level-hoppable stretches of curves by height: sorted by their tops, with the lowest bottom so far and whose it is. */
interface Strip {
  readonly top: Float64Array;
  readonly reach: Float64Array;
  readonly reacher: Int32Array;
}

const HOP_WIDTH = 2 * ROUTING.hopRadius + 1;

/** Whether a hop at `at` keeps clear of the curve's ends, the ports on its boxes' sides. */
function clearOfEnds(curve: Curve, at: Point): boolean {
  const room = ROUTING.hopRadius + 1;
  return Math.hypot(at.x - curve.start.x, at.y - curve.start.y) >= room && Math.hypot(at.x - curve.end.x, at.y - curve.end.y) >= room;
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

/** The strips of a group, each holding the level-hoppable stretches of its curves' pieces within it. */
function stripsOf(group: Group, curves: readonly Curve[], pieces: readonly Piece[]): { strips: Strip[]; width: number } {
  const count = Math.max(1, Math.ceil((group.hi - group.lo) / HOP_WIDTH));
  const width = (group.hi - group.lo) / count;
  const lists: number[][] = Array.from({ length: count }, () => []);
  for (const piece of pieces) {
    const curve = curves[piece.curve]!;
    const first = Math.max(0, Math.floor((piece.xLo - group.lo) / width));
    const last = Math.min(count - 1, Math.floor((piece.xHi - group.lo) / width));
    for (let s = first; s <= last; s++) {
      const lo = Math.max(piece.xLo, group.lo + s * width);
      const hi = Math.min(piece.xHi, group.lo + (s + 1) * width);
      if (hi < lo) continue;
      const ta = tAtX(curve, lo, piece.t0, piece.t1);
      const tb = tAtX(curve, hi, piece.t0, piece.t1);
      const ya = yAt(curve, Number.isNaN(ta) ? piece.t0 : ta);
      const yb = yAt(curve, Number.isNaN(tb) ? piece.t1 : tb);
      lists[s]!.push(Math.min(ya, yb), Math.max(ya, yb), piece.curve);
    }
  }
  const strips = lists.map((list) => {
    const n = list.length / 3;
    const order = Array.from({ length: n }, (_, i) => i).sort((p, q) => compare(list[3 * p]!, list[3 * q]!));
    const top = new Float64Array(n);
    const reach = new Float64Array(n);
    const reacher = new Int32Array(n);
    let best = -Infinity;
    let bestCurve = -1;
    order.forEach((item, k) => {
      top[k] = list[3 * item]!;
      if (list[3 * item + 1]! > best) {
        best = list[3 * item + 1]!;
        bestCurve = list[3 * item + 2]!;
      }
      reach[k] = best;
      reacher[k] = bestCurve;
    });
    return { top, reach, reacher };
  });
  return { strips, width };
}

/** A curve crossing height y strictly within the strip, or -1: of the stretches starting above y, the one reaching lowest. */
function curveAcross(strip: Strip, y: number): number {
  let lo = 0;
  let hi = strip.top.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (strip.top[mid]! < y) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && strip.reach[lo - 1]! > y ? strip.reacher[lo - 1]! : -1;
}

/**
 * Adds to each route's hops (`hops[r]`, points on route r's own segments) where it crosses one of
 * the curves, each given by its two ends. `tidyHops` then orders them and merges those too close.
 */
export function addCurveHops(routes: readonly (readonly Point[])[], curveEnds: readonly (readonly [Point, Point])[], hops: Point[][]): void {
  if (!curveEnds.length || !routes.length) return;
  const curves = curveEnds.map(([start, end]) => curveOf(start, end));
  const groups = groupCurves(curves);
  // The routes' straight segments, flat: at (x of an upright one, y of a level one), from, to, route.
  let count = 0;
  for (const points of routes) count += Math.max(0, points.length - 1);
  const at = new Float64Array(count);
  const from = new Float64Array(count);
  const to = new Float64Array(count);
  const owner = new Int32Array(count);
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
  routes.forEach((points, route) => {
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
  });
  for (const group of groups) {
    const uprightPieces: Piece[] = [];
    const levelPieces: Piece[] = [];
    for (const index of group.curves) addPieces(curves[index]!, index, uprightPieces, levelPieces);
    if (group.level.length) hopLevelLines(group, curves, levelPieces, { at, from, to, owner }, hops);
    if (group.upright.length) hopUprightLines(group, curves, uprightPieces, { at, from, to, owner }, hops);
  }
}

interface Segments {
  readonly at: Float64Array;
  readonly from: Float64Array;
  readonly to: Float64Array;
  readonly owner: Int32Array;
}

/** Each level line through the group: in each strip it spans, a hop where some curve crosses it there. */
function hopLevelLines(group: Group, curves: readonly Curve[], pieces: readonly Piece[], segments: Segments, hops: Point[][]): void {
  const { at, from, to, owner } = segments;
  const { strips, width } = stripsOf(group, curves, pieces);
  for (const segment of group.level) {
    const y = at[segment]!;
    const first = Math.max(0, Math.floor((from[segment]! - group.lo) / width));
    const last = Math.min(strips.length - 1, Math.floor((to[segment]! - group.lo) / width));
    for (let s = first; s <= last; s++) {
      const index = curveAcross(strips[s]!, y);
      if (index < 0) continue;
      const curve = curves[index]!;
      const t = tAtHeight(curve, y);
      const point = { x: xAt(curve, t), y };
      if (point.x > from[segment]! && point.x < to[segment]! && clearOfEnds(curve, point) && steepEnough(curve, t, false)) hops[owner[segment]!]!.push(point);
    }
  }
}

/**
 * Each upright line in the group against the pieces of curves that cross upright lines steeply, strip
 * by strip of the group (those pieces lie mostly near the gap's sides, the lines near its middle):
 * in each, a sweep down by top end, a pair met when the later of the two begins.
 */
function hopUprightLines(group: Group, curves: readonly Curve[], pieces: readonly Piece[], segments: Segments, hops: Point[][]): void {
  const { at, from, to, owner } = segments;
  const hop = (piece: Piece, segment: number) => {
    const x = at[segment]!;
    if (x < piece.xLo || x > piece.xHi) return;
    const curve = curves[piece.curve]!;
    const t = tAtX(curve, x, piece.t0, piece.t1);
    if (Number.isNaN(t)) return;
    const point = { x, y: yAt(curve, t) };
    if (point.y > from[segment]! && point.y < to[segment]! && clearOfEnds(curve, point) && steepEnough(curve, t, true)) hops[owner[segment]!]!.push(point);
  };
  const count = Math.max(1, Math.ceil((group.hi - group.lo) / HOP_WIDTH));
  const width = (group.hi - group.lo) / count;
  const stripOf = (x: number) => Math.max(0, Math.min(count - 1, Math.floor((x - group.lo) / width)));
  const piecesIn: Piece[][] = Array.from({ length: count }, () => []);
  const linesIn: number[][] = Array.from({ length: count }, () => []);
  for (const piece of [...pieces].sort((p, q) => compare(p.yLo, q.yLo))) for (let k = stripOf(piece.xLo); k <= stripOf(piece.xHi); k++) piecesIn[k]!.push(piece);
  for (const segment of group.upright.sort((p, q) => compare(from[p]!, from[q]!))) linesIn[stripOf(at[segment]!)]!.push(segment);
  for (let strip = 0; strip < count; strip++) {
    const down = piecesIn[strip]!;
    const lines = linesIn[strip]!;
    if (!down.length || !lines.length) continue;
    const livePieces: Piece[] = [];
    const liveLines: number[] = [];
    let i = 0;
    let j = 0;
    while (i < down.length || j < lines.length) {
      if (j >= lines.length || (i < down.length && down[i]!.yLo <= from[lines[j]!]!)) {
        const piece = down[i++]!;
        for (let k = 0; k < liveLines.length; ) {
          const segment = liveLines[k]!;
          if (to[segment]! < piece.yLo) {
            liveLines[k] = liveLines[liveLines.length - 1]!;
            liveLines.pop();
          } else hop(piece, liveLines[k++]!);
        }
        livePieces.push(piece);
      } else {
        const segment = lines[j++]!;
        for (let k = 0; k < livePieces.length; ) {
          if (livePieces[k]!.yHi < from[segment]!) {
            livePieces[k] = livePieces[livePieces.length - 1]!;
            livePieces.pop();
          } else hop(livePieces[k++]!, segment);
        }
        liveLines.push(segment);
      }
    }
  }
}
