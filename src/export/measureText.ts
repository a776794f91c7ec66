/**
 * A measure's figures in words for the text exports and the speaker notes (issue 22): its trend
 * sentence, and a line per period ("2024/25: actual 22 families, target 40 families (Provisional).
 * Two hostels opened"). A missing figure is said as "no figure", never a zero.
 */
import { formatMeasureValue, measureDetails, measureSummary, VALUE_STATUS_WORDS } from '../domain/measureWords';
import type { Indicator, MeasuredValue } from '../domain/model';
import { periodWords } from '../domain/periods';
import { isMeasure, valuesInOrder } from '../domain/trend';
import type { Escape, ModelOutline } from './outline';

const asIs: Escape = (text) => text;

export function figureWords(value: number | undefined, unit: string | undefined): string {
  return value === undefined ? 'no figure' : formatMeasureValue(value, unit);
}

export function periodLine(indicator: Indicator, value: MeasuredValue, escape: Escape = asIs): string {
  const figures = [`actual ${figureWords(value.actual, indicator.unit)}`, ...(value.target === undefined ? [] : [`target ${figureWords(value.target, indicator.unit)}`])];
  const status = value.status ? ` (${VALUE_STATUS_WORDS[value.status]})` : '';
  const note = value.note?.trim() ? `. ${escape(value.note.trim())}` : '';
  return `${escape(periodWords(value.period))}: ${escape(figures.join(', '))}${status}${note}`;
}

/** The trend sentence and its details, then a line per period in time order. */
export function measureLines(indicator: Indicator, escape: Escape = asIs): { readonly trend: string; readonly periods: readonly string[] } {
  return {
    trend: escape([`${measureSummary(indicator)}.`, ...measureDetails(indicator)].join(' ')),
    periods: valuesInOrder(indicator).map((value) => periodLine(indicator, value, escape)),
  };
}

export interface MeasureEntry {
  readonly boxLabel: string;
  readonly indicator: Indicator;
}

/** Every measure of the model, box by box in reading order (the outline's), each box's in its own order. */
export function measuresOf(outline: ModelOutline): MeasureEntry[] {
  return outline.levels.flatMap(({ boxes }) => boxes.flatMap(({ box, label }) => (box.indicators ?? []).filter(isMeasure).map((indicator) => ({ boxLabel: label, indicator }))));
}
