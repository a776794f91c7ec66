/**
 * Every rule, once, in the order their flags are listed within a severity: first what the model
 * lacks, then how its chains hang together, then its links, then its conditions, then how each box's
 * progress is known (indicators and measures, then ratings and the evidence and figures behind them,
 * then how fresh it is).
 */
import type { Rule } from './rule';
import { assumptionAtRisk } from './rules/assumption-at-risk';
import { conditionUnchecked } from './rules/condition-unchecked';
import { deadEnd } from './rules/dead-end';
import { evidenceStale } from './rules/evidence-stale';
import { emptyLevel } from './rules/empty-level';
import { feedbackLink } from './rules/feedback-link';
import { isolatedBox } from './rules/isolated-box';
import { loop } from './rules/loop';
import { measureOverdue } from './rules/measure-overdue';
import { measuresCrowdTheModel } from './rules/measures-crowd-the-model';
import { missingFeature } from './rules/missing-feature';
import { noIndicator } from './rules/no-indicator';
import { ratingContradictsMeasure } from './rules/rating-contradicts-measure';
import { ratingImprovedWithoutEvidence } from './rules/rating-improved-without-evidence';
import { ratingWithoutEvidence } from './rules/rating-without-evidence';
import { riskLive } from './rules/risk-live';
import { sameLevelLink } from './rules/same-level-link';
import { skipLink } from './rules/skip-link';
import { unreachedOutcome } from './rules/unreached-outcome';

export const RULES: readonly Rule[] = [
  missingFeature,
  emptyLevel,
  unreachedOutcome,
  deadEnd,
  isolatedBox,
  skipLink,
  feedbackLink,
  sameLevelLink,
  loop,
  conditionUnchecked,
  assumptionAtRisk,
  riskLive,
  noIndicator,
  measuresCrowdTheModel,
  measureOverdue,
  ratingWithoutEvidence,
  ratingImprovedWithoutEvidence,
  ratingContradictsMeasure,
  evidenceStale,
];
