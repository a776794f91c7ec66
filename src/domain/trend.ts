/**
 * A measure's trend (PRODUCT.md §17), computed from its figures and never stored: the latest and
 * previous values, which way that moved by the measure's polarity, for how many periods in a row,
 * against the same period a year before, against the period's own target, and since the first
 * figure. Words and shapes are measureWords.ts's; this is the arithmetic only.
 */
import type { Indicator, MeasuredValue } from './model';
import { comparePeriods, parsePeriod, periodsPerYear } from './periods';

export const MEASURE_DIRECTIONS = ['improving', 'maintaining', 'worsening'] as const;
export type MeasureDirection = (typeof MEASURE_DIRECTIONS)[number];

export const TARGET_STANDINGS = ['met', 'near', 'not-met', 'no-target'] as const;
export type TargetStanding = (typeof TARGET_STANDINGS)[number];

/** A target counts as nearly met within this share of it. */
export const NEAR_TARGET_SHARE = 0.1;

export interface MeasuredPoint {
  readonly period: string;
  readonly actual: number;
}

export interface MeasureTrend {
  /** The newest figure; undefined when the measure has none. */
  readonly latest?: MeasuredPoint;
  /** The figure before it (gaps are passed over). */
  readonly previous?: MeasuredPoint;
  /** Latest against previous; undefined with fewer than two figures or no polarity. */
  readonly direction?: MeasureDirection;
  /** How many moves in a row, back from the latest, went the way the latest did (0 with no direction). */
  readonly run: number;
  /** For quarterly and monthly measures: the latest against the same period a year before, when there is a figure for it. */
  readonly yearBefore?: { readonly point: MeasuredPoint; readonly direction?: MeasureDirection };
  /** The latest figure against its own period's target. */
  readonly againstTarget: TargetStanding;
  /** The latest period's target, when it has one. */
  readonly target?: number;
  /** The first figure and the change from it to the latest, with two figures or more. */
  readonly sinceFirst?: { readonly first: MeasuredPoint; readonly change: number };
}

/** A measure's values in time order; the file and the document keep them so, but a caller may not. */
export function valuesInOrder(indicator: Indicator): readonly MeasuredValue[] {
  const values = indicator.values ?? [];
  for (let i = 1; i < values.length; i++) {
    if (comparePeriods((values[i - 1] as MeasuredValue).period, (values[i] as MeasuredValue).period, indicator.frequency) > 0) {
      return [...values].sort((a, b) => comparePeriods(a.period, b.period, indicator.frequency));
    }
  }
  return values;
}

/** The figures of a measure, in time order, gaps left out. */
export function measuredPoints(indicator: Indicator): MeasuredPoint[] {
  const points: MeasuredPoint[] = [];
  for (const value of valuesInOrder(indicator)) if (value.actual !== undefined) points.push({ period: value.period, actual: value.actual });
  return points;
}

/** Which way a move from `from` to `to` went for a measure; undefined when it has no polarity. */
export function directionOfChange(indicator: Indicator, from: number, to: number): MeasureDirection | undefined {
  const polarity = indicator.polarity;
  if (polarity !== 'higher-is-better' && polarity !== 'lower-is-better') return undefined;
  const change = to - from;
  if (Math.abs(change) <= (indicator.tolerance ?? 0)) return 'maintaining';
  return (change > 0) === (polarity === 'higher-is-better') ? 'improving' : 'worsening';
}

/** An actual against a target, by the measure's polarity (with none, met means within its tolerance). */
export function standingAgainst(indicator: Indicator, actual: number, target: number | undefined): TargetStanding {
  if (target === undefined) return 'no-target';
  const met =
    indicator.polarity === 'higher-is-better'
      ? actual >= target
      : indicator.polarity === 'lower-is-better'
        ? actual <= target
        : Math.abs(actual - target) <= (indicator.tolerance ?? 0);
  if (met) return 'met';
  return Math.abs(actual - target) <= Math.abs(target) * NEAR_TARGET_SHARE ? 'near' : 'not-met';
}

function yearBeforeOf(indicator: Indicator, latest: MeasuredPoint, points: readonly MeasuredPoint[]): MeasureTrend['yearBefore'] {
  const period = parsePeriod(latest.period, indicator.frequency);
  if (!period) return undefined;
  const step = periodsPerYear(period.kind);
  if (step === 1) return undefined;
  const wanted = period.index - step;
  const point = points.find((candidate) => {
    const other = parsePeriod(candidate.period, indicator.frequency);
    return other?.kind === period.kind && other.index === wanted;
  });
  if (!point) return undefined;
  const direction = directionOfChange(indicator, point.actual, latest.actual);
  return direction ? { point, direction } : { point };
}

// An indicator is replaced, never changed, by every edit: the object itself keys its trend, so a
// model's unchanged measures are not worked out again for each keystroke, panel or rule.
const trends = new WeakMap<Indicator, MeasureTrend>();

export function trendOf(indicator: Indicator): MeasureTrend {
  let trend = trends.get(indicator);
  if (!trend) trends.set(indicator, (trend = computeTrend(indicator)));
  return trend;
}

function computeTrend(indicator: Indicator): MeasureTrend {
  const points = measuredPoints(indicator);
  const latest = points[points.length - 1];
  if (!latest) return { run: 0, againstTarget: 'no-target' };
  const target = valuesInOrder(indicator).find((value) => value.period === latest.period)?.target;
  const previous = points[points.length - 2];
  const direction = previous && directionOfChange(indicator, previous.actual, latest.actual);
  let run = 0;
  if (direction) {
    for (let i = points.length - 1; i > 0; i--) {
      if (directionOfChange(indicator, (points[i - 1] as MeasuredPoint).actual, (points[i] as MeasuredPoint).actual) !== direction) break;
      run++;
    }
  }
  const first = points[0] as MeasuredPoint;
  const yearBefore = yearBeforeOf(indicator, latest, points);
  return {
    latest,
    ...(previous ? { previous } : {}),
    ...(direction ? { direction } : {}),
    run,
    ...(yearBefore ? { yearBefore } : {}),
    againstTarget: standingAgainst(indicator, latest.actual, target),
    ...(target !== undefined ? { target } : {}),
    ...(previous ? { sinceFirst: { first, change: latest.actual - first.actual } } : {}),
  };
}

/** Whether an indicator carries figures: what makes it a measure rather than indicator text alone. */
export function isMeasure(indicator: Indicator): boolean {
  return Boolean(indicator.values?.length);
}

/** A box's headline measure: its first indicator with figures. */
export function headlineMeasure(indicators: readonly Indicator[] | undefined): Indicator | undefined {
  return indicators?.find(isMeasure);
}
