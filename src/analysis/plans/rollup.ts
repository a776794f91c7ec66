/**
 * The roll-up (PRODUCT.md §18): how a model's final outcomes are rated, said in words ("3 on track,
 * 1 at risk") for a box that opens the model, the dashboard and the board report. A pure function
 * over digests, so it never opens a document.
 */
import type { Progress } from '../../domain/model';
import { NO_PROGRESS, type ModelDigest, type ProgressCounts } from './digest';

export interface RollUp {
  readonly total: number;
  readonly counts: ProgressCounts;
  readonly unrated: number;
}

/** Best first, as the example reads: "3 on track, 1 at risk". */
export const ROLL_UP_ORDER: readonly Progress[] = ['achieved', 'on-track', 'at-risk', 'off-track'];

const LOWER_WORDS: Readonly<Record<Progress, string>> = { achieved: 'achieved', 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track' };

export function rollUp(digest: ModelDigest): RollUp {
  const counts: Record<Progress, number> = { ...NO_PROGRESS };
  let unrated = 0;
  for (const outcome of digest.finalOutcomes) {
    if (outcome.progress) counts[outcome.progress]++;
    else unrated++;
  }
  return { total: digest.finalOutcomes.length, counts, unrated };
}

/** "3 on track, 1 at risk, 1 not rated"; "No final outcomes yet" when there are none. */
export function rollUpWords(rollup: RollUp): string {
  if (!rollup.total) return 'No final outcomes yet';
  const parts: string[] = [];
  for (const progress of ROLL_UP_ORDER) {
    const count = rollup.counts[progress];
    if (count) parts.push(`${count} ${LOWER_WORDS[progress]}`);
  }
  if (rollup.unrated) parts.push(`${rollup.unrated} not rated`);
  return parts.join(', ');
}

/** "Final outcomes: 3 on track, 1 at risk": the sentence a box that opens the model says. */
export function rollUpSentence(digest: ModelDigest): string {
  const rollup = rollUp(digest);
  return rollup.total ? `Final outcomes: ${rollUpWords(rollup)}` : `${digest.title || 'The model'} has no final outcomes yet`;
}

export interface PlanTotals {
  readonly models: number;
  readonly ratings: ProgressCounts;
  readonly unrated: number;
  readonly finalOutcomes: RollUp;
  readonly direction: { readonly improved: number; readonly noChange: number; readonly worse: number };
  readonly measures: ModelDigest['measures'];
  readonly flags: ModelDigest['flags'];
  readonly openComments: number;
}

/** The dashboard's summary row: every model's figures added up. */
export function planTotals(digests: readonly ModelDigest[]): PlanTotals {
  const ratings: Record<Progress, number> = { ...NO_PROGRESS };
  const outcomeCounts: Record<Progress, number> = { ...NO_PROGRESS };
  let unrated = 0;
  let outcomes = 0;
  let outcomesUnrated = 0;
  const direction = { improved: 0, noChange: 0, worse: 0 };
  const measures = { improving: 0, maintaining: 0, worsening: 0 };
  const flags = { gaps: 0, notices: 0 };
  let openComments = 0;
  for (const digest of digests) {
    for (const progress of ROLL_UP_ORDER) ratings[progress] += digest.ratings[progress];
    unrated += digest.unrated;
    const rollup = rollUp(digest);
    outcomes += rollup.total;
    outcomesUnrated += rollup.unrated;
    for (const progress of ROLL_UP_ORDER) outcomeCounts[progress] += rollup.counts[progress];
    if (digest.direction) {
      direction.improved += digest.direction.improved;
      direction.noChange += digest.direction.noChange;
      direction.worse += digest.direction.worse;
    }
    measures.improving += digest.measures.improving;
    measures.maintaining += digest.measures.maintaining;
    measures.worsening += digest.measures.worsening;
    flags.gaps += digest.flags.gaps;
    flags.notices += digest.flags.notices;
    openComments += digest.openComments;
  }
  return { models: digests.length, ratings, unrated, finalOutcomes: { total: outcomes, counts: outcomeCounts, unrated: outcomesUnrated }, direction, measures, flags, openComments };
}
