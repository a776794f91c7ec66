/**
 * The measures' charts as the panels use them, loaded only when a measure is shown: the chart module
 * (and d3 with it) is fetched once; meanwhile an empty frame of its size holds its place. Once it is
 * here, a chart or sparkline is drawn at once, without a Suspense boundary for each of the Progress
 * tab's hundreds of rows.
 */
import { lazy, Suspense } from 'react';
import type { Indicator } from '../../domain/model';
import { LoadProblemBoundary } from '../LoadProblemBoundary';

type ChartModule = typeof import('./MeasureChart');
let loaded: ChartModule | null = null;
let loading: Promise<ChartModule> | null = null;

function chartModule(): Promise<ChartModule> {
  return (loading ??= import('./MeasureChart').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));
}

const LazyMeasureChart = lazy(() => chartModule().then((module) => ({ default: module.MeasureChart })));
const LazySparklineDrawing = lazy(() => chartModule().then((module) => ({ default: module.Sparkline })));

/** The chart, with an empty frame of its size until the drawing code has loaded. */
export function MeasureChart({ indicator }: { indicator: Indicator }) {
  if (loaded) return <loaded.MeasureChart indicator={indicator} />;
  return (
    <LoadProblemBoundary what="The chart">
      <Suspense fallback={<div className="measure-chart measure-chart--loading" />}>
        <LazyMeasureChart indicator={indicator} />
      </Suspense>
    </LoadProblemBoundary>
  );
}

export function Sparkline({ indicator }: { indicator: Indicator }) {
  if (loaded) return <loaded.Sparkline indicator={indicator} />;
  return (
    <LoadProblemBoundary what="The sparkline">
      <Suspense fallback={<span className="sparkline" />}>
        <LazySparklineDrawing indicator={indicator} />
      </Suspense>
    </LoadProblemBoundary>
  );
}
