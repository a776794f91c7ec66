/**
 * Reporting periods of a measure (PRODUCT.md §17), as UK public bodies write them: financial years
 * "2025/26" (April to March) unless the partnership chooses calendar years "2025"; quarters
 * "2025/26 Q1" (April to June) or "2025 Q1" (January to March); months "2025-04". A period is
 * read leniently ("2025-26", "FY 2025/2026", "Q1 2025/26", "April 2025") and always written one way,
 * so that two partners typing the same period in different ways give one period, not two.
 */
import type { Frequency } from './model';
import { isIsoDate } from './isoDate';

export const PERIOD_KINDS = ['financial-year', 'calendar-year', 'financial-quarter', 'calendar-quarter', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
/** Which years a measure counts in: UK financial years unless the partnership chooses calendar years. */
export type YearBasis = 'financial' | 'calendar';

/** A period read: its kind and its place in time (consecutive periods of a kind are consecutive numbers). */
export interface Period {
  readonly kind: PeriodKind;
  readonly index: number;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_BY_NAME = new Map<string, number>();
MONTH_NAMES.forEach((name, index) => {
  MONTH_BY_NAME.set(name.toLowerCase(), index);
  MONTH_BY_NAME.set(name.slice(0, 3).toLowerCase(), index);
});
MONTH_BY_NAME.set('sept', 8);

const FINANCIAL_YEAR = /^(?:fy\s*)?(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})$/i;
const CALENDAR_YEAR = /^(?:cy\s*)?(\d{4})$/i;
const QUARTER_AFTER = /^(.+?)\s*,?\s*q([1-4])$/i;
const QUARTER_BEFORE = /^q([1-4])\s*,?\s*(.+)$/i;
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;
const NAMED_MONTH = /^([a-z]+)\.?\s+(\d{4})$/i;

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** The start year of a financial year written "2025/26", or undefined when the halves do not follow. */
function financialYearStart(text: string): number | undefined {
  const match = FINANCIAL_YEAR.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] as string;
  const follows = end.length === 2 ? Number(end) === (start + 1) % 100 : Number(end) === start + 1;
  return follows ? start : undefined;
}

function readYearPart(text: string): { kind: 'financial' | 'calendar'; year: number } | undefined {
  const financial = financialYearStart(text);
  if (financial !== undefined) return { kind: 'financial', year: financial };
  const calendar = CALENDAR_YEAR.exec(text);
  return calendar ? { kind: 'calendar', year: Number(calendar[1]) } : undefined;
}

function readQuarter(text: string): Period | undefined {
  const after = QUARTER_AFTER.exec(text);
  const before = after ? undefined : QUARTER_BEFORE.exec(text);
  const yearText = after ? after[1] : before?.[2];
  const quarter = Number(after ? after[2] : before?.[1]);
  if (yearText === undefined) return undefined;
  const year = readYearPart(yearText.trim());
  if (!year) return undefined;
  return { kind: year.kind === 'financial' ? 'financial-quarter' : 'calendar-quarter', index: year.year * 4 + quarter - 1 };
}

function readMonth(text: string): Period | undefined {
  const iso = ISO_MONTH.exec(text);
  const named = iso ? undefined : NAMED_MONTH.exec(text);
  const year = Number(iso ? iso[1] : named?.[2]);
  const month = iso ? Number(iso[2]) - 1 : MONTH_BY_NAME.get((named?.[1] ?? '').toLowerCase());
  if (month === undefined || !Number.isInteger(year) || month < 0 || month > 11) return undefined;
  return { kind: 'month', index: year * 12 + month };
}

/**
 * A period from text as a person or a spreadsheet writes it, or undefined when it is none.
 * "2011-12" could be a financial year or December 2011: it is the year for an annual or quarterly
 * measure (`frequency`) and the month otherwise, which is how the model writes months.
 */
export function parsePeriod(text: string, frequency?: Frequency): Period | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (!trimmed) return undefined;
  if (frequency !== 'annual' && frequency !== 'quarterly') {
    const month = ISO_MONTH.test(trimmed) ? readMonth(trimmed) : undefined;
    if (month) return month;
  }
  const quarter = readQuarter(trimmed);
  if (quarter) return quarter;
  const financial = financialYearStart(trimmed);
  if (financial !== undefined) return { kind: 'financial-year', index: financial };
  const calendar = CALENDAR_YEAR.exec(trimmed);
  if (calendar) return { kind: 'calendar-year', index: Number(calendar[1]) };
  return readMonth(trimmed);
}

function financialYearLabel(start: number): string {
  return `${start}/${pad2((start + 1) % 100)}`;
}

/** The one way a period is written in the model: "2025/26", "2025", "2025/26 Q1", "2025 Q1", "2025-04". */
export function periodLabel(period: Period): string {
  const { kind, index } = period;
  switch (kind) {
    case 'financial-year':
      return financialYearLabel(index);
    case 'calendar-year':
      return String(index);
    case 'financial-quarter':
      return `${financialYearLabel(Math.floor(index / 4))} Q${(index % 4) + 1}`;
    case 'calendar-quarter':
      return `${Math.floor(index / 4)} Q${(index % 4) + 1}`;
    case 'month':
      return `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}`;
  }
}

/** The period as written in the model from any way of writing it, or undefined when it is not one. */
export function normalisePeriod(text: string, frequency?: Frequency): string | undefined {
  const period = parsePeriod(text, frequency);
  return period && periodLabel(period);
}

/** How a period reads in a sentence or a chart's axis: months by name ("Apr 2025"), the rest as written. */
export function periodWords(label: string): string {
  const period = parsePeriod(label);
  if (period?.kind !== 'month') return label;
  return `${(MONTH_NAMES[period.index % 12] as string).slice(0, 3)} ${Math.floor(period.index / 12)}`;
}

/** The frequency a kind of period belongs to. */
export function frequencyOfKind(kind: PeriodKind): Frequency {
  if (kind === 'month') return 'monthly';
  return kind === 'financial-quarter' || kind === 'calendar-quarter' ? 'quarterly' : 'annual';
}

export function kindFor(frequency: Frequency, basis: YearBasis): PeriodKind {
  if (frequency === 'monthly') return 'month';
  if (frequency === 'quarterly') return basis === 'financial' ? 'financial-quarter' : 'calendar-quarter';
  return basis === 'financial' ? 'financial-year' : 'calendar-year';
}

export function basisOfKind(kind: PeriodKind): YearBasis {
  return kind === 'calendar-year' || kind === 'calendar-quarter' ? 'calendar' : 'financial';
}

/** How many periods of this kind make a year: what "the same period a year before" steps back by. */
export function periodsPerYear(kind: PeriodKind): number {
  return kind === 'month' ? 12 : kind === 'financial-quarter' || kind === 'calendar-quarter' ? 4 : 1;
}

export function shiftPeriod(period: Period, by: number): Period {
  return { kind: period.kind, index: period.index + by };
}

/** The first month of a period, counted from year 0 (so April 2025 is 2025 × 12 + 3). */
function firstMonth(period: Period): number {
  switch (period.kind) {
    case 'financial-year':
      return period.index * 12 + 3;
    case 'calendar-year':
      return period.index * 12;
    case 'financial-quarter':
      return Math.floor(period.index / 4) * 12 + 3 + (period.index % 4) * 3;
    case 'calendar-quarter':
      return period.index * 3;
    case 'month':
      return period.index;
  }
}

/** The period of a kind that holds a calendar month (counted as firstMonth counts). */
function periodHoldingMonth(kind: PeriodKind, month: number): Period {
  const year = Math.floor(month / 12);
  const inYear = month % 12;
  switch (kind) {
    case 'financial-year':
      return { kind, index: inYear >= 3 ? year : year - 1 };
    case 'calendar-year':
      return { kind, index: year };
    case 'financial-quarter': {
      const start = inYear >= 3 ? year : year - 1;
      return { kind, index: start * 4 + Math.floor(((inYear + 9) % 12) / 3) };
    }
    case 'calendar-quarter':
      return { kind, index: Math.floor(month / 3) };
    case 'month':
      return { kind, index: month };
  }
}

/**
 * The latest period of a kind that has ended by `today` (an ISO date): the one before the period
 * today falls in. What a measure's newest figure is expected for.
 */
export function latestEndedPeriod(kind: PeriodKind, today: string): Period {
  if (!isIsoDate(today)) throw new Error(`Not a date: ${today}`);
  const month = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1;
  return shiftPeriod(periodHoldingMonth(kind, month), -1);
}

/** The first day of a period, as an ISO date. */
export function periodStart(period: Period): string {
  const month = firstMonth(period);
  return `${Math.floor(month / 12)}-${pad2((month % 12) + 1)}-01`;
}

/**
 * The period to propose next for a measure: the one after its latest, or, for a measure with no
 * figures yet, the latest that has ended by today in the measure's frequency and year basis.
 */
export function proposeNextPeriod(labels: readonly string[], frequency: Frequency | undefined, today: string, basis: YearBasis = 'financial'): string {
  let latest: Period | undefined;
  for (const label of labels) {
    const period = parsePeriod(label, frequency);
    if (period && (!latest || period.index > latest.index)) latest = period;
  }
  if (latest) return periodLabel(shiftPeriod(latest, 1));
  return periodLabel(latestEndedPeriod(kindFor(frequency ?? 'annual', basis), today));
}

/** Sorts period labels in time order (periods of one measure are of one kind). Unreadable ones go last. */
export function comparePeriods(a: string, b: string, frequency?: Frequency): number {
  const pa = parsePeriod(a, frequency);
  const pb = parsePeriod(b, frequency);
  if (pa && pb) return pa.index - pb.index || a.localeCompare(b);
  if (pa) return -1;
  if (pb) return 1;
  return a.localeCompare(b);
}
