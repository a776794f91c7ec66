/**
 * A direct link's curve as the hops need it: its height is a smoothstep between its ends' heights
 * (its control points are level with its ends), its x a cubic in t, solved by Cardano's formula; and
 * cut into pieces along which x and y each move one way and the curve crosses an upright line, or a
 * level one, steeply enough to be hopped over (or not) all along.
 */
import { directCurve } from './routeDrawing';
import type { Point } from './types';

/**
 * The sine of the least angle at which a curve crossing a straight line gets a hop (30°). A curve
 * crossing more nearly along the line would run through the hop's arc near its foot, which reads as
 * a junction as much as the bare crossing does: a tall curve's steep middle crossing an upright line,
 * or a curve's level ends crossing a level line.
 */
export const LEAST_SINE = 0.5;

export interface Curve {
  readonly start: Point;
  readonly end: Point;
  /** x(t) = start.x + a t + b t² + c t³ (c is never 0: a direct curve's pull is at least 40). */
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly xLo: number;
  readonly xHi: number;
}

export function curveOf(start: Point, end: Point): Curve {
  const { control1, control2 } = directCurve(start, end);
  return {
    start,
    end,
    a: 3 * (control1.x - start.x),
    b: 3 * (control2.x - 2 * control1.x + start.x),
    c: end.x - 3 * control2.x + 3 * control1.x - start.x,
    // The curve lies within its control points.
    xLo: Math.min(start.x, end.x, control1.x, control2.x),
    xHi: Math.max(start.x, end.x, control1.x, control2.x),
  };
}

export const xAt = (curve: Curve, t: number) => curve.start.x + t * (curve.a + t * (curve.b + t * curve.c));
export const yAt = (curve: Curve, t: number) => curve.start.y + (curve.end.y - curve.start.y) * t * t * (3 - 2 * t);
const dxAt = (curve: Curve, t: number) => curve.a + t * (2 * curve.b + 3 * curve.c * t);
const dyAt = (curve: Curve, t: number) => (curve.end.y - curve.start.y) * 6 * t * (1 - t);

/** The t at which the curve is at height y (strictly between its ends' heights): the inverse of the smoothstep 3t² − 2t³. */
export function tAtHeight(curve: Curve, y: number): number {
  const share = (y - curve.start.y) / (curve.end.y - curve.start.y);
  return 0.5 - Math.sin(Math.asin(Math.max(-1, Math.min(1, 1 - 2 * share))) / 3);
}

/** The t in [from, to] at which the curve is at x, or NaN: x(t) = x solved by Cardano's formula (no closures: it runs thousands of times a routing). */
export function tAtX(curve: Curve, x: number, from = 0, to = 1): number {
  const { a, b, c } = curve;
  const shift = b / c / 3;
  // t = u − shift gives u³ + p u + q = 0.
  const p = a / c - (b / c) * shift;
  const q = 2 * shift * shift * shift - shift * (a / c) + (curve.start.x - x) / c;
  const disc = (q * q) / 4 + (p * p * p) / 27;
  const radius = disc >= 0 ? 0 : 2 * Math.sqrt(-p / 3);
  const angle = disc >= 0 ? 0 : Math.acos(Math.max(-1, Math.min(1, (3 * q) / (p * radius)))) / 3;
  for (let k = 0; k < (disc >= 0 ? 1 : 3); k++) {
    let t = disc >= 0 ? Math.cbrt(-q / 2 + Math.sqrt(disc)) + Math.cbrt(-q / 2 - Math.sqrt(disc)) - shift : radius * Math.cos(angle - (2 * Math.PI * k) / 3) - shift;
    // One Newton step against rounding.
    const slope = dxAt(curve, t);
    if (slope !== 0) t -= (xAt(curve, t) - x) / slope;
    if (t >= from - 1e-9 && t <= to + 1e-9) return Math.max(from, Math.min(to, t));
  }
  return NaN;
}

/** Whether the curve at t crosses an upright (or level) line at LEAST_SINE or more. */
export function steepEnough(curve: Curve, t: number, upright: boolean): boolean {
  let dx = dxAt(curve, t);
  let dy = dyAt(curve, t);
  // A level curve across a 40-wide gap stands still halfway: its direction there is its chord's.
  if (Math.abs(dx) + Math.abs(dy) < 1e-9) {
    dx = curve.end.x - curve.start.x;
    dy = curve.end.y - curve.start.y;
  }
  const across = upright ? dx : dy;
  return across * across >= LEAST_SINE * LEAST_SINE * (dx * dx + dy * dy);
}

/** A piece may be hopped over by upright lines (UPRIGHT), by level ones (LEVEL), or both. */
export const UPRIGHT = 1;
export const LEVEL = 2;

/**
 * Stretches of curves along which x and y each move one way, each hoppable all along by upright or
 * by level lines: kept flat, in arrays that grow as needed and serve one routing after another (a
 * routing of 1,000 boxes cuts ten thousand pieces, which as objects would each be garbage soon after).
 */
export class Pieces {
  count = 0;
  curve = new Int32Array(1024);
  t0 = new Float64Array(1024);
  t1 = new Float64Array(1024);
  xLo = new Float64Array(1024);
  xHi = new Float64Array(1024);
  yLo = new Float64Array(1024);
  yHi = new Float64Array(1024);
  kind = new Uint8Array(1024);

  add(curve: number, t0: number, t1: number, xLo: number, xHi: number, yLo: number, yHi: number, kind: number): void {
    if (this.count === this.curve.length) this.grow();
    const i = this.count++;
    this.curve[i] = curve;
    this.t0[i] = t0;
    this.t1[i] = t1;
    this.xLo[i] = xLo;
    this.xHi[i] = xHi;
    this.yLo[i] = yLo;
    this.yHi[i] = yHi;
    this.kind[i] = kind;
  }

  private grow(): void {
    const size = 2 * this.curve.length;
    const more = <T extends Float64Array | Int32Array | Uint8Array>(old: T, made: T): T => (made.set(old), made);
    this.curve = more(this.curve, new Int32Array(size));
    this.t0 = more(this.t0, new Float64Array(size));
    this.t1 = more(this.t1, new Float64Array(size));
    this.xLo = more(this.xLo, new Float64Array(size));
    this.xHi = more(this.xHi, new Float64Array(size));
    this.yLo = more(this.yLo, new Float64Array(size));
    this.yHi = more(this.yHi, new Float64Array(size));
    this.kind = more(this.kind, new Uint8Array(size));
  }
}

/** Roots of k2 t² + k1 t + k0, added to `into` from `count` on; the new count. */
function quadraticRoots(k2: number, k1: number, k0: number, into: Float64Array, count: number): number {
  if (Math.abs(k2) < 1e-12) {
    if (Math.abs(k1) > 1e-12) into[count++] = -k0 / k1;
    return count;
  }
  const disc = k1 * k1 - 4 * k2 * k0;
  if (disc < 0) return count;
  const root = Math.sqrt(disc);
  into[count++] = (-k1 - root) / (2 * k2);
  into[count++] = (-k1 + root) / (2 * k2);
  return count;
}

const cuts = new Float64Array(12);
const COT = Math.sqrt(1 / (LEAST_SINE * LEAST_SINE) - 1);

/**
 * The curve's pieces that upright lines or level lines may hop over, added to `pieces`. They are cut where x turns (x′ = 0) and where the angle to either kind of line passes
 * LEAST_SINE (cot · x′ = ±y′ or x′ = ±cot · y′): each a quadratic in t.
 */
export function addPieces(curve: Curve, index: number, pieces: Pieces): void {
  const dy6 = 6 * (curve.end.y - curve.start.y);
  // x′ = x2 t² + x1 t + x0; y′ = −dy6 t² + dy6 t.
  const x2 = 3 * curve.c;
  const x1 = 2 * curve.b;
  const x0 = curve.a;
  let count = 0;
  cuts[count++] = 0;
  cuts[count++] = 1;
  count = quadraticRoots(x2, x1, x0, cuts, count);
  for (let sign = -1; sign <= 1; sign += 2) {
    count = quadraticRoots(COT * x2 + sign * dy6, COT * x1 - sign * dy6, COT * x0, cuts, count);
    count = quadraticRoots(x2 + sign * COT * dy6, x1 - sign * COT * dy6, x0, cuts, count);
  }
  const ts = cuts.subarray(0, count).sort();
  let t0 = 0;
  for (let i = 0; i < count; i++) {
    const t1 = ts[i]!;
    if (t1 <= t0 + 1e-9 || t1 > 1) continue;
    const middle = (t0 + t1) / 2;
    const xa = xAt(curve, t0);
    const xb = xAt(curve, t1);
    const ya = yAt(curve, t0);
    const yb = yAt(curve, t1);
    const kind = (steepEnough(curve, middle, true) ? UPRIGHT : 0) | (steepEnough(curve, middle, false) ? LEVEL : 0);
    if (kind) pieces.add(index, t0, t1, Math.min(xa, xb), Math.max(xa, xb), Math.min(ya, yb), Math.max(ya, yb), kind);
    t0 = t1;
  }
}
