/**
 * A measure's chart and sparkline, drawn from chartGeometry.ts. Loaded lazily (LazyCharts.tsx):
 * d3 comes with this module only, outside the page's first JavaScript.
 */
import { memo, useId } from 'react';
import { CHART_BOX, measureChartGeometry, SPARKLINE_BOX, type ChartBox, type MeasureChartGeometry } from '../../domain/chartGeometry';
import type { Indicator } from '../../domain/model';
import { measureDetails, measureSummary } from '../../domain/measureWords';
import { trendOf } from '../../domain/trend';

const ACTUAL_COLOUR = '#1d4f91';
const TARGET_COLOUR = '#4b5258';
const AXIS_COLOUR = '#6b7580';

// An indicator is replaced, never changed, by an edit: the object keys its drawing, so that the
// Progress tab drawn again, or a keystroke elsewhere, does not work its geometry out again.
const charts = new WeakMap<Indicator, MeasureChartGeometry>();
const sparklines = new WeakMap<Indicator, MeasureChartGeometry>();
const descriptions = new WeakMap<Indicator, string>();

function geometryOf(known: WeakMap<Indicator, MeasureChartGeometry>, indicator: Indicator, box: ChartBox): MeasureChartGeometry {
  let geometry = known.get(indicator);
  if (!geometry) known.set(indicator, (geometry = measureChartGeometry(indicator, box)));
  return geometry;
}

function descriptionOf(indicator: Indicator): string {
  let description = descriptions.get(indicator);
  if (description === undefined) {
    const trend = trendOf(indicator);
    descriptions.set(indicator, (description = [`${measureSummary(indicator, trend)}.`, ...measureDetails(indicator, trend)].join(' ')));
  }
  return description;
}

/**
 * The chart: actual as a line with points, target dashed, gaps as gaps, the latest value labelled;
 * its title is the measure and its description the trend in words.
 */
export const MeasureChart = memo(function MeasureChart({ indicator }: { indicator: Indicator }) {
  const id = useId();
  const geometry = geometryOf(charts, indicator, CHART_BOX);
  const description = descriptionOf(indicator);
  const { plot } = geometry;
  return (
    <svg className="measure-chart" viewBox={`0 0 ${geometry.width} ${geometry.height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
      <title id={`${id}-title`}>{`Chart of ${indicator.text.trim() || 'the measure'}`}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g className="measure-chart__axes" fontSize="9" fill={AXIS_COLOUR}>
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={AXIS_COLOUR} />
        {geometry.yTicks.map((tick, index) => (
          // By place, not text: a figure typed moves the ticks' text, and their elements stay.
          <g key={index}>
            <line x1={plot.left} x2={plot.right} y1={tick.at} y2={tick.at} stroke="#e3e6ea" />
            <text x={plot.left - 4} y={tick.at + 3} textAnchor="end">
              {tick.text}
            </text>
          </g>
        ))}
        {geometry.xTicks.map((tick, index) => (
          <text key={index} x={tick.at} y={plot.bottom + 13} textAnchor={tick.at >= plot.right - 1 ? 'end' : tick.at <= plot.left + 1 ? 'start' : 'middle'}>
            {tick.text}
          </text>
        ))}
      </g>
      {geometry.targetPath ? <path className="measure-chart__target" d={geometry.targetPath} fill="none" stroke={TARGET_COLOUR} strokeWidth="1.5" strokeDasharray="5 4" /> : null}
      {geometry.actualPath ? <path className="measure-chart__actual" d={geometry.actualPath} fill="none" stroke={ACTUAL_COLOUR} strokeWidth="2" /> : null}
      {geometry.actualPoints.map((point) => (
        <circle key={point.period} className="measure-chart__point" cx={point.x} cy={point.y} r="3" fill={ACTUAL_COLOUR} />
      ))}
      {geometry.latestLabel ? (
        <text className="measure-chart__latest" x={geometry.latestLabel.x} y={geometry.latestLabel.y} textAnchor={geometry.latestLabel.anchor} fontSize="10" fontWeight="700" fill={ACTUAL_COLOUR}>
          {geometry.latestLabel.text}
        </text>
      ) : null}
      <g className="measure-chart__key" fontSize="9" fill={AXIS_COLOUR} transform={`translate(${plot.left}, 10)`}>
        <line x1="0" x2="14" y1="-3" y2="-3" stroke={ACTUAL_COLOUR} strokeWidth="2" />
        <text x="18" y="0">Actual</text>
        {geometry.targetPath ? (
          <>
            <line x1="60" x2="74" y1="-3" y2="-3" stroke={TARGET_COLOUR} strokeWidth="1.5" strokeDasharray="4 3" />
            <text x="78" y="0">Target</text>
          </>
        ) : null}
      </g>
    </svg>
  );
});

/** The small line for the Progress tab, one path a series; the words beside it say what it shows. */
export const Sparkline = memo(function Sparkline({ indicator }: { indicator: Indicator }) {
  const geometry = geometryOf(sparklines, indicator, SPARKLINE_BOX);
  const latest = geometry.actualPoints[geometry.actualPoints.length - 1];
  return (
    // Its strokes and fills are measures.css's: the tab draws hundreds, and fewer attributes draw sooner.
    <svg className="sparkline" viewBox={`0 0 ${geometry.width} ${geometry.height}`} aria-hidden="true">
      {geometry.targetPath ? <path className="sparkline__target" d={geometry.targetPath} /> : null}
      {geometry.actualPath ? <path className="sparkline__actual" d={geometry.actualPath} /> : null}
      {latest ? <circle className="sparkline__latest" cx={latest.x} cy={latest.y} r="2" /> : null}
    </svg>
  );
});
