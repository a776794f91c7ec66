/**
 * A measure's trend in words (PRODUCT.md §17), said once for the panel, the canvas, the chart's
 * description and every export: "Families housed: 22 in 2024/25, improving for two periods; target
 * 40 not met". Never colour alone: each direction also has a shape (drawn from export/theme.ts; the
 * glyphs here are for plain text).
 */
import type { Frequency, Indicator, Polarity, ValueStatus } from './model';
import { periodWords } from './periods';
import { trendOf, type MeasureDirection, type MeasureTrend, type TargetStanding } from './trend';

export const MEASURE_DIRECTION_WORDS: Readonly<Record<MeasureDirection, string>> = {
  improving: 'Improving',
  maintaining: 'Maintaining',
  worsening: 'Worsening',
};

/** For plain text, where no drawn shape can go: up for better, level, down for worse. */
export const MEASURE_DIRECTION_GLYPHS: Readonly<Record<MeasureDirection, string>> = {
  improving: '▲',
  maintaining: '►',
  worsening: '▼',
};

export const TARGET_STANDING_WORDS: Readonly<Record<TargetStanding, string>> = {
  met: 'Target met',
  near: 'Target nearly met',
  'not-met': 'Target not met',
  'no-target': 'No target',
};

export const POLARITY_WORDS: Readonly<Record<Polarity, string>> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
  none: 'Neither',
};

export const FREQUENCY_WORDS: Readonly<Record<Frequency, string>> = {
  annual: 'Annual',
  quarterly: 'Quarterly',
  monthly: 'Monthly',
};

export const VALUE_STATUS_WORDS: Readonly<Record<ValueStatus, string>> = {
  provisional: 'Provisional',
  final: 'Final',
  revised: 'Revised',
};

const NUMBER_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A number as a board paper writes it: thousands separated, at most two decimals. */
export function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}

/** A figure with its unit: "45%", "£12k", "22 families". */
export function formatMeasureValue(value: number, unit: string | undefined): string {
  const number = formatNumber(value);
  if (!unit) return number;
  if (unit === '%') return `${number}%`;
  if (/^[£$€]/.test(unit)) return value < 0 ? `-${unit[0]}${formatNumber(-value)}${unit.slice(1)}` : `${unit[0]}${number}${unit.slice(1)}`;
  return `${number} ${unit}`;
}

function countWord(count: number): string {
  return COUNT_WORDS[count] ?? formatNumber(count);
}

function directionPhrase(trend: MeasureTrend): string {
  if (!trend.direction) return '';
  const word = MEASURE_DIRECTION_WORDS[trend.direction].toLowerCase();
  return trend.run >= 2 ? `${word} for ${countWord(trend.run)} periods` : word;
}

/** "up 8 on 2023/24" for a measure with no polarity, which has no better way to move. */
function changePhrase(indicator: Indicator, trend: MeasureTrend): string {
  if (trend.direction || !trend.previous || !trend.latest) return '';
  const change = trend.latest.actual - trend.previous.actual;
  const on = periodWords(trend.previous.period);
  if (change === 0) return `unchanged on ${on}`;
  return `${change > 0 ? 'up' : 'down'} ${formatMeasureValue(Math.abs(change), indicator.unit)} on ${on}`;
}

function targetPhrase(indicator: Indicator, trend: MeasureTrend): string {
  if (trend.target === undefined || trend.againstTarget === 'no-target') return '';
  const standing = trend.againstTarget === 'met' ? 'met' : trend.againstTarget === 'near' ? 'nearly met' : 'not met';
  return `target ${formatMeasureValue(trend.target, indicator.unit)} ${standing}`;
}

function sentence(indicator: Indicator, trend: MeasureTrend, withPeriod: boolean): string {
  const name = indicator.text.trim() || 'Measure';
  if (!trend.latest) return `${name}: no figures yet`;
  let out = `${name}: ${formatMeasureValue(trend.latest.actual, indicator.unit)}`;
  if (withPeriod) out += ` in ${periodWords(trend.latest.period)}`;
  const movement = directionPhrase(trend) || changePhrase(indicator, trend);
  if (movement) out += `, ${movement}`;
  const target = targetPhrase(indicator, trend);
  if (target) out += `; ${target}`;
  return out;
}

/** The sentence a chart's description and a table give: "Families housed: 22 in 2024/25, improving for two periods; target 40 not met". */
export function measureSummary(indicator: Indicator, trend?: MeasureTrend): string {
  return trend && trend !== trendOf(indicator) ? sentence(indicator, trend, true) : remembered(summaries, indicator, true);
}

/** The shorter words on a box: "Families housed: 22, improving; target 40 not met". */
export function measureHeadline(indicator: Indicator, trend?: MeasureTrend): string {
  return trend && trend !== trendOf(indicator) ? sentence(indicator, trend, false) : remembered(headlines, indicator, false);
}

// Said once per indicator object (an edit replaces it), as its trend is (trend.ts).
const summaries = new WeakMap<Indicator, string>();
const headlines = new WeakMap<Indicator, string>();

function remembered(known: WeakMap<Indicator, string>, indicator: Indicator, withPeriod: boolean): string {
  let words = known.get(indicator);
  if (words === undefined) known.set(indicator, (words = sentence(indicator, trendOf(indicator), withPeriod)));
  return words;
}

/**
 * What the summary leaves out, for the chart's long description and the reports: the same period a
 * year before, and the change since the first figure.
 */
export function measureDetails(indicator: Indicator, trend: MeasureTrend = trendOf(indicator)): string[] {
  const details: string[] = [];
  if (trend.yearBefore) {
    const { point, direction } = trend.yearBefore;
    const was = `${formatMeasureValue(point.actual, indicator.unit)} in ${periodWords(point.period)}`;
    details.push(direction ? `A year before: ${was} (${MEASURE_DIRECTION_WORDS[direction].toLowerCase()} since).` : `A year before: ${was}.`);
  }
  if (trend.sinceFirst && trend.latest) {
    const { first, change } = trend.sinceFirst;
    const amount = formatMeasureValue(Math.abs(change), indicator.unit);
    const since = periodWords(first.period);
    details.push(change === 0 ? `The same as in ${since}.` : `${change > 0 ? 'Up' : 'Down'} ${amount} since ${since} (${formatMeasureValue(first.actual, indicator.unit)}).`);
  }
  return details;
}
