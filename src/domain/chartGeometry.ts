/**
 * Where a measure's chart draws what (PRODUCT.md §17): the actual as a line with points, broken at
 * each gap; the target as its own series, drawn dashed; the latest value labelled; the axes' ticks.
 * Plain numbers and SVG path text from the indicator alone, so that the page and the exports draw
 * the same chart. It uses d3-scale and d3-shape, so only code loaded with a chart may import it.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Indicator } from './model';
import { formatMeasureValue, formatNumber } from './measureWords';
import { parsePeriod, periodLabel, periodWords, shiftPeriod } from './periods';
import { valuesInOrder } from './trend';

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  /** Room left for the axes' labels around the plot. */
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  /** How many period labels the x axis shows at most. */
  readonly xLabels?: number;
}

export const CHART_BOX: ChartBox = { width: 320, height: 180, margin: { top: 22, right: 16, bottom: 28, left: 44 }, xLabels: 5 };
export const SPARKLINE_BOX: ChartBox = { width: 96, height: 24, margin: { top: 3, right: 3, bottom: 3, left: 3 }, xLabels: 0 };

export interface ChartPoint {
  readonly period: string;
  readonly value: number;
  readonly x: number;
  readonly y: number;
}

export interface AxisTick {
  readonly text: string;
  /** x for the period axis, y for the value axis. */
  readonly at: number;
}

export interface MeasureChartGeometry {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** Every period from the first to the last, the ones with no entry too, in time order. */
  readonly periods: readonly string[];
  /** SVG path data; each gap starts a new piece (an "M"). Empty with no figures. */
  readonly actualPath: string;
  readonly actualPoints: readonly ChartPoint[];
  /** The target series, drawn dashed; broken where a period has no target. */
  readonly targetPath: string;
  readonly targetPoints: readonly ChartPoint[];
  /** The latest actual's label, placed beside its point and inside the chart. */
  readonly latestLabel?: { readonly text: string; readonly x: number; readonly y: number; readonly anchor: 'start' | 'middle' | 'end' };
  readonly xTicks: readonly AxisTick[];
  readonly yTicks: readonly AxisTick[];
}

interface Slot {
  readonly period: string;
  readonly actual?: number;
  readonly target?: number;
}

/** More slots than this and a measure's periods are charted as listed, without filling the missing ones. */
const MAX_SLOTS = 1200;

/** The measure's periods from first to last, a period with no entry being a slot with no figures. */
function slotsOf(indicator: Indicator): Slot[] {
  const values = valuesInOrder(indicator);
  const first = values[0] && parsePeriod(values[0].period, indicator.frequency);
  const last = values[values.length - 1] && parsePeriod((values[values.length - 1] as Slot).period, indicator.frequency);
  const readable = values.every((value) => parsePeriod(value.period, indicator.frequency)?.kind === first?.kind);
  if (!first || !last || !readable || last.index - first.index >= MAX_SLOTS) return values.map(({ period, actual, target }) => ({ period, actual, target }));
  const byPeriod = new Map(values.map((value) => [value.period, value]));
  const slots: Slot[] = [];
  for (let index = first.index; index <= last.index; index++) {
    const period = periodLabel(shiftPeriod(first, index - first.index));
    const value = byPeriod.get(period);
    slots.push({ period, actual: value?.actual, target: value?.target });
  }
  return slots;
}

/** The value axis's range: every actual and target, a little room around them, rounded to ticks. */
function valueDomain(slots: readonly Slot[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const slot of slots) {
    for (const value of [slot.actual, slot.target]) {
      if (value === undefined) continue;
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
  }
  if (low === Infinity) return [0, 1];
  if (low === high) return low === 0 ? [0, 1] : [Math.min(0, low * 2), Math.max(0, high * 2)];
  const room = (high - low) * 0.1;
  // A measure of counts or shares that never went negative keeps its axis above zero.
  return [low >= 0 ? Math.max(0, low - room) : low - room, high + room];
}

function pointsOf(slots: readonly Slot[], key: 'actual' | 'target', x: (index: number) => number, y: (value: number) => number): ChartPoint[] {
  const points: ChartPoint[] = [];
  slots.forEach((slot, index) => {
    const value = slot[key];
    if (value !== undefined) points.push({ period: slot.period, value, x: x(index), y: y(value) });
  });
  return points;
}

/** The period labels along the bottom: evenly spaced, the last always shown. */
function periodTicks(slots: readonly Slot[], x: (index: number) => number, most: number): AxisTick[] {
  if (most <= 0 || !slots.length) return [];
  const step = Math.max(1, Math.ceil(slots.length / most));
  const ticks: AxisTick[] = [];
  for (let index = slots.length - 1; index >= 0; index -= step) ticks.unshift({ text: periodWords((slots[index] as Slot).period), at: x(index) });
  return ticks;
}

export function measureChartGeometry(indicator: Indicator, box: ChartBox = CHART_BOX): MeasureChartGeometry {
  const slots = slotsOf(indicator);
  const plot = { left: box.margin.left, right: box.width - box.margin.right, top: box.margin.top, bottom: box.height - box.margin.bottom };
  const xScale = scaleLinear()
    .domain([0, Math.max(slots.length - 1, 1)])
    .range(slots.length > 1 ? [plot.left, plot.right] : [(plot.left + plot.right) / 2, plot.right]);
  const yScale = scaleLinear().domain(valueDomain(slots)).range([plot.bottom, plot.top]).nice(4);
  const x = (index: number) => round(xScale(index));
  const y = (value: number) => round(yScale(value));
  // One generator for both series: only which figure it reads changes.
  let key: 'actual' | 'target' = 'actual';
  const drawLine = line<Slot>()
    .defined((slot) => slot[key] !== undefined)
    .x((_, index) => x(index))
    .y((slot) => y(slot[key] as number));
  const pathOf = (series: 'actual' | 'target') => {
    key = series;
    return drawLine(slots) ?? '';
  };
  const actualPoints = pointsOf(slots, 'actual', x, y);
  const latest = actualPoints[actualPoints.length - 1];
  return {
    width: box.width,
    height: box.height,
    plot,
    periods: slots.map((slot) => slot.period),
    actualPath: actualPoints.length ? pathOf('actual') : '',
    actualPoints,
    targetPath: slots.some((slot) => slot.target !== undefined) ? pathOf('target') : '',
    targetPoints: pointsOf(slots, 'target', x, y),
    ...(latest ? { latestLabel: labelFor(latest, formatMeasureValue(latest.value, indicator.unit), plot) } : {}),
    xTicks: periodTicks(slots, x, box.xLabels ?? 0),
    yTicks: (box.xLabels ?? 0) > 0 ? yScale.ticks(4).map((value) => ({ text: formatNumber(value), at: y(value) })) : [],
  };
}

/** Above the point, or below it near the top; ending at it near the right edge so it stays inside. */
function labelFor(point: ChartPoint, text: string, plot: MeasureChartGeometry['plot']): NonNullable<MeasureChartGeometry['latestLabel']> {
  const anchor = point.x > plot.right - 30 ? 'end' : point.x < plot.left + 30 ? 'start' : 'middle';
  const y = point.y - 8 < plot.top - 6 ? point.y + 16 : point.y - 8;
  return { text, x: anchor === 'end' ? point.x + 4 : point.x, y, anchor };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
