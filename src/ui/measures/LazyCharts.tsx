/**
 * The measures' charts as the panels use them, loaded only when a measure is shown: the chart module
 * (and d3 with it) is fetched once; meanwhile an empty frame of its size holds its place.
 */
import { lazy, Suspense } from 'react';
import type { Indicator } from '../../domain/model';

const chartModule = () => import('./MeasureChart');
const LazyMeasureChart = lazy(() => chartModule().then((module) => ({ default: module.MeasureChart })));
const LazySparklineDrawing = lazy(() => chartModule().then((module) => ({ default: module.Sparkline })));

/** The chart, with an empty frame of its size until the drawing code has loaded. */
export function MeasureChart({ indicator }: { indicator: Indicator }) {
  return (
    <Suspense fallback={<div className="measure-chart measure-chart--loading" />}>
      <LazyMeasureChart indicator={indicator} />
    </Suspense>
  );
}

export function Sparkline({ indicator }: { indicator: Indicator }) {
  return (
    <Suspense fallback={<span className="sparkline" />}>
      <LazySparklineDrawing indicator={indicator} />
    </Suspense>
  );
}
