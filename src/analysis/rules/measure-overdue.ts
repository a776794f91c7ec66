import type { Box, Indicator } from '../../domain/model';
import { frequencyOfKind, latestEndedPeriod, parsePeriod, periodLabel, periodWords, type PeriodKind } from '../../domain/periods';
import { HAS_INDICATORS, type AnalysisContext } from '../context';
import { MEANINGFUL_PERFORMANCE_MANAGEMENT } from '../passages';
import { boxFlag, type Rule } from '../rule';
import type { Flag } from '../types';
import { capitalised } from '../wording';

const PERIOD_NOUNS: Readonly<Record<PeriodKind, string>> = {
  'financial-year': 'financial year',
  'calendar-year': 'year',
  'financial-quarter': 'quarter',
  'calendar-quarter': 'quarter',
  month: 'month',
};

/**
 * The period a measure lacks its figure for, if it does: the latest of its kind that has ended by
 * today, when the measure had begun by then (its first period is not later) and gives no actual for it.
 */
function overduePeriod(indicator: Indicator, latestEnded: (kind: PeriodKind) => number): { label: string; kind: PeriodKind } | undefined {
  const values = indicator.values;
  if (!values?.length) return undefined;
  const first = parsePeriod(values[0]!.period, indicator.frequency);
  if (!first || frequencyOfKind(first.kind) !== (indicator.frequency ?? frequencyOfKind(first.kind))) return undefined;
  const wanted = latestEnded(first.kind);
  if (first.index > wanted) return undefined;
  // Values are kept in time order: look back from the newest.
  for (let i = values.length - 1; i >= 0; i--) {
    const period = parsePeriod(values[i]!.period, indicator.frequency);
    if (!period || period.index < wanted) break;
    if (period.index === wanted) {
      if (values[i]!.actual !== undefined) return undefined;
      break;
    }
  }
  return { label: periodLabel({ kind: first.kind, index: wanted }), kind: first.kind };
}

/**
 * A box's overdue flags, remembered per box object and today: boxes are immutable, so an analysis
 * after an edit reads the periods of only the boxes the edit replaced.
 */
const remembered = new WeakMap<Box, { readonly today: string; readonly flags: readonly Flag[] }>();

function flagsOfBox(context: AnalysisContext, number: number, today: string, latestEnded: (kind: PeriodKind) => number): readonly Flag[] {
  const box = context.boxes[number]!;
  const known = remembered.get(box);
  if (known?.today === today) return known.flags;
  const flags: Flag[] = [];
  for (const indicator of box.indicators!) {
    const overdue = overduePeriod(indicator, latestEnded);
    if (!overdue) continue;
    const message = `${capitalised(context.nameWithLevelOf(number))}: the measure “${indicator.text}” has no figure for ${periodWords(overdue.label)}, the latest ${PERIOD_NOUNS[overdue.kind]} that has ended. Enter it, or say in its note why it is not in yet.`;
    const flag = boxFlag('measure-overdue', 'notice', box, message, MEANINGFUL_PERFORMANCE_MANAGEMENT);
    flags.push({ ...flag, key: `measure-overdue:${box.id}:${indicator.id}` });
  }
  remembered.set(box, { today, flags });
  return flags;
}

/**
 * A measure with figures but none for the latest period that has ended, by its frequency and
 * today's date: the board would be shown an old number as if it were the latest. A measure that
 * starts later, or has no figures at all, is left alone. Nothing is judged without a date for today.
 */
export const measureOverdue: Rule = {
  kind: 'measure-overdue',
  check(context) {
    const today = context.today;
    if (today === undefined) return [];
    const ended = new Map<PeriodKind, number>();
    const latestEnded = (kind: PeriodKind) => {
      let index = ended.get(kind);
      if (index === undefined) ended.set(kind, (index = latestEndedPeriod(kind, today).index));
      return index;
    };
    const { boxesInReadingOrder, boxProgress } = context;
    const flags: Flag[] = [];
    for (let position = 0; position < boxesInReadingOrder.length; position++) {
      const number = boxesInReadingOrder[position]!;
      if (!(boxProgress[number]! & HAS_INDICATORS)) continue;
      const boxFlags = flagsOfBox(context, number, today, latestEnded);
      for (let i = 0; i < boxFlags.length; i++) flags.push(boxFlags[i]!);
    }
    return flags;
  },
};
