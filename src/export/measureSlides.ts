/**
 * The PowerPoint slides of the measures (PRODUCT.md §17, issue 22), as plain data like slidePlan.ts:
 * a slide per measure, after the pathway slides, each with a native line chart (pptx.ts draws it
 * through pptxgenjs' addChart: its data in an embedded workbook PowerPoint's Edit Data opens), the
 * target as a dashed series, the trend in words beside it, and the figures in the speaker notes.
 */
import { FREQUENCY_WORDS, measureDetails, measureSummary, POLARITY_WORDS } from '../domain/measureWords';
import type { Indicator, ModelContent } from '../domain/model';
import { periodWords } from '../domain/periods';
import { valuesInOrder } from '../domain/trend';
import { measureLines, measuresOf } from './measureText';
import { outlineModel } from './outline';
import { SLIDE_HEIGHT, SLIDE_WIDTH, type PlannedSlide, type SlideShape } from './slidePlan';
import { PAGE_STYLE } from './theme';

/** A line chart on a slide: the actual solid with points, the target (when any period has one) dashed. */
export interface SlideLineChart {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly title: string;
  readonly categories: readonly string[];
  /** A missing figure is null: drawn as a gap. */
  readonly actual: readonly (number | null)[];
  readonly target?: readonly (number | null)[];
  readonly unit?: string;
  readonly altText: string;
}

export const MEASURE_CHART_COLOURS = { actual: '1F4E79', target: '595959' } as const;

const MARGIN = 0.3;
const TITLE_HEIGHT = 0.6;
const WORDS_WIDTH = 4.1;
const colour = (css: string) => css.replace('#', '').toUpperCase();

function text(name: string, x: number, y: number, w: number, h: number, value: string, size: number, bold = false): SlideShape {
  return { kind: 'rect', name, x, y, w, h, fill: colour(PAGE_STYLE.background), text: { text: value, size, colour: colour(bold ? PAGE_STYLE.text : PAGE_STYLE.mutedText), bold, valign: 'top' } };
}

function facts(indicator: Indicator): string {
  return [indicator.unit ? `Unit: ${indicator.unit}` : '', indicator.polarity ? POLARITY_WORDS[indicator.polarity] : '', indicator.frequency ? FREQUENCY_WORDS[indicator.frequency] : '', indicator.source?.trim() ? `Source: ${indicator.source.trim()}` : '']
    .filter(Boolean)
    .join('. ');
}

export function planMeasureSlides(model: ModelContent): PlannedSlide[] {
  return measuresOf(outlineModel(model)).map(({ boxLabel, indicator }) => {
    const name = indicator.text.trim() || 'Measure';
    const values = valuesInOrder(indicator);
    const summary = `${measureSummary(indicator)}.`;
    const details = measureDetails(indicator);
    const top = MARGIN + TITLE_HEIGHT + 0.1;
    const chartWidth = SLIDE_WIDTH - 2 * MARGIN - WORDS_WIDTH - 0.2;
    const hasTarget = values.some((value) => value.target !== undefined);
    const chart: SlideLineChart = {
      name: `Chart: ${name}`,
      x: MARGIN,
      y: top,
      w: chartWidth,
      h: SLIDE_HEIGHT - top - MARGIN,
      title: name,
      categories: values.map((value) => periodWords(value.period)),
      actual: values.map((value) => value.actual ?? null),
      ...(hasTarget ? { target: values.map((value) => value.target ?? null) } : {}),
      ...(indicator.unit ? { unit: indicator.unit } : {}),
      altText: `Line chart of ${name} by period, the actual as a solid line with points${hasTarget ? ', the target dashed' : ''}. ${[summary, ...details].join(' ')} The speaker notes give every figure.`,
    };
    const wordsLeft = SLIDE_WIDTH - MARGIN - WORDS_WIDTH;
    const title = `Measure: ${name}`;
    return {
      title,
      shapes: [
        text('Title', MARGIN, MARGIN - 0.05, SLIDE_WIDTH - 2 * MARGIN, TITLE_HEIGHT, title, 22, true),
        text('Box', wordsLeft, top, WORDS_WIDTH, 0.7, boxLabel, 14, true),
        text('Trend in words', wordsLeft, top + 0.8, WORDS_WIDTH, 2.2, [summary, ...details].join('\n'), 14),
        text('How it is counted', wordsLeft, top + 3.1, WORDS_WIDTH, 1.2, facts(indicator), 12),
      ],
      charts: [chart],
      notes: [`${boxLabel}: ${name}.`, summary, ...details, 'The figures:', ...measureLines(indicator).periods.map((line) => `- ${line}`)].join('\n'),
    };
  });
}
