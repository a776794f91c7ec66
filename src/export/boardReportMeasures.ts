/**
 * The board report's Measures section (PRODUCT.md §17, issue 22): per measure, the trend in words,
 * a native Word line chart (docx's ChartRun: its data sits in an embedded workbook, so Word's "Edit
 * Data" opens it) with alt text, and the table of its periods. The chart draws the actual as a line
 * with points, the target dashed, missing figures as gaps and the latest value labelled, as the
 * app's own chart does. Word's paragraph and table pieces come from boardReport.ts, passed in, so
 * the report keeps one look.
 */
import { Paragraph, type Table } from 'docx';
import { ChartRun, type ChartSeries } from 'docx/charts';
import { measureDetails, measureSummary, formatMeasureValue, FREQUENCY_WORDS, POLARITY_WORDS, VALUE_STATUS_WORDS } from '../domain/measureWords';
import type { Indicator } from '../domain/model';
import { periodWords } from '../domain/periods';
import { valuesInOrder } from '../domain/trend';
import { measuresOf, type MeasureEntry } from './measureText';
import type { ModelOutline } from './outline';
import { xmlCharactersOnly } from './xml';

export interface WordParts {
  heading(value: string, level: 1 | 2): Paragraph;
  text(value: string): Paragraph;
  table(columns: readonly { heading: string; percent: number }[], rows: readonly (readonly Paragraph[])[][], textWidth: number): Table;
}

/** The chart's colours: dark blue for the actual, grey for the target (dashed, so it never rests on colour alone). */
const ACTUAL_COLOUR = '1F4E79';
const TARGET_COLOUR = '595959';
/** 6 by 3.2 inches, within the portrait page's 6.27-inch text width. */
const CHART_SIZE = { width: 576, height: 307 };

function measureName(indicator: Indicator): string {
  return indicator.text.trim() || 'Measure';
}

/** How the measure is counted, in words: "Unit: families. Higher is better. Annual." */
function measureFacts(indicator: Indicator): string {
  return [
    indicator.unit ? `Unit: ${indicator.unit}.` : '',
    indicator.polarity ? `${POLARITY_WORDS[indicator.polarity]}.` : '',
    indicator.frequency ? `${FREQUENCY_WORDS[indicator.frequency]}.` : '',
    indicator.tolerance ? `A change of ${formatMeasureValue(indicator.tolerance, indicator.unit)} or less counts as maintaining.` : '',
    indicator.source?.trim() ? `Source: ${indicator.source.trim()}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The native line chart of one measure. */
export function measureChart(entry: MeasureEntry): ChartRun {
  const { indicator } = entry;
  const values = valuesInOrder(indicator);
  const actuals = values.map((value) => value.actual ?? null);
  const lastMeasured = actuals.reduce<number>((last, actual, index) => (actual === null ? last : index), -1);
  const series: ChartSeries[] = [
    {
      name: 'Actual',
      values: actuals,
      color: ACTUAL_COLOUR,
      markers: { shape: 'circle', size: 6 },
      line: { color: ACTUAL_COLOUR, width: 2.25 },
      pointLabels: actuals.map((_, index) => (index === lastMeasured ? { value: true, position: 'above' } : undefined)),
    },
  ];
  if (values.some((value) => value.target !== undefined)) {
    series.push({ name: 'Target', values: values.map((value) => value.target ?? null), color: TARGET_COLOUR, markers: { shape: 'dash', size: 7 }, line: { color: TARGET_COLOUR, width: 1.5, dash: 'dash' } });
  }
  const name = xmlCharactersOnly(measureName(indicator));
  return new ChartRun({
    type: 'line',
    title: { text: name, font: { size: 12, bold: true } },
    categories: values.map((value) => periodWords(value.period)),
    series,
    emptyValues: 'gap',
    legend: { position: 'bottom' },
    ...(indicator.unit ? { valueAxis: { title: xmlCharactersOnly(indicator.unit) } } : {}),
    transformation: CHART_SIZE,
    altText: {
      name: xmlCharactersOnly(`Chart: ${measureName(indicator)}`),
      title: xmlCharactersOnly(`${entry.boxLabel}: ${measureName(indicator)}`),
      description: xmlCharactersOnly(
        `Line chart of ${measureName(indicator)} by period, the actual as a solid line with points${series.length > 1 ? ', the target dashed' : ''}. ` +
          [`${measureSummary(indicator)}.`, ...measureDetails(indicator)].join(' ') +
          ' The figures are in the table below the chart.',
      ),
    },
  });
}

function periodRows(indicator: Indicator, parts: WordParts): Paragraph[][][] {
  const figure = (value: number | undefined) => (value === undefined ? [parts.text('No figure')] : [parts.text(formatMeasureValue(value, indicator.unit))]);
  return valuesInOrder(indicator).map((value) => [
    [parts.text(periodWords(value.period))],
    figure(value.actual),
    value.target === undefined ? [] : figure(value.target),
    value.status ? [parts.text(VALUE_STATUS_WORDS[value.status])] : [],
    value.note?.trim() ? [parts.text(value.note)] : [],
  ]);
}

const PERIOD_COLUMNS = [
  { heading: 'Period', percent: 16 },
  { heading: 'Actual', percent: 16 },
  { heading: 'Target', percent: 16 },
  { heading: 'Status', percent: 14 },
  { heading: 'Note', percent: 38 },
];

/** The Measures section, or nothing when no indicator has figures. */
export function measuresSection(outline: ModelOutline, parts: WordParts, textWidth: number): (Paragraph | Table)[] {
  const measures = measuresOf(outline);
  if (!measures.length) return [];
  const out: (Paragraph | Table)[] = [
    parts.heading('Measures', 1),
    parts.text(
      `The figures recorded for ${measures.length === 1 ? 'one measure' : `${measures.length} measures`}, period by period: for each, its trend in words, a chart of the actual against the target (the target dashed; a missing figure is a gap, never a zero), and the table of its periods. The charts are Word charts: choose one and Edit Data to see or change its figures.`,
    ),
  ];
  for (const entry of measures) {
    const { indicator } = entry;
    out.push(parts.heading(`${entry.boxLabel}: ${measureName(indicator)}`, 2));
    out.push(parts.text(`${measureSummary(indicator)}.`));
    for (const detail of measureDetails(indicator)) out.push(parts.text(detail));
    const facts = measureFacts(indicator);
    if (facts) out.push(parts.text(facts));
    out.push(new Paragraph({ children: [measureChart(entry)] }));
    out.push(parts.table(PERIOD_COLUMNS, periodRows(indicator, parts), textWidth));
  }
  return out;
}
