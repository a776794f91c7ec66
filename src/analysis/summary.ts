import type { ModelContent } from '../domain/model';
import { FEATURES } from '../evidence/features';
import { featuresPresent } from '../evidence/library';
import type { Flag, FlagKind } from './types';
import { counted } from './wording';

const NON_LINEAR_KINDS: ReadonlySet<FlagKind> = new Set(['skip-link', 'feedback-link', 'same-level-link']);

export interface FlagSummary {
  /** Evidence features at least one box stands for. */
  readonly featuresPresent: number;
  readonly featuresTotal: number;
  readonly nonLinearLinks: number;
  /** Non-linear links whose note says why. */
  readonly acknowledgedLinks: number;
  readonly gaps: number;
  readonly notices: number;
  readonly infos: number;
  /** e.g. "27 of 32 evidence features · 3 non-linear links · 2 gaps" */
  readonly text: string;
}

/** The counts behind the one-line summary above the flags panel. */
export function summariseFlags(model: ModelContent, flags: readonly Flag[]): FlagSummary {
  const present = featuresPresent(model);
  let nonLinearLinks = 0;
  let acknowledgedLinks = 0;
  const bySeverity = { gap: 0, notice: 0, info: 0 };
  for (const flag of flags) {
    bySeverity[flag.severity] += 1;
    if (!NON_LINEAR_KINDS.has(flag.kind)) continue;
    nonLinearLinks += 1;
    if (flag.acknowledged) acknowledgedLinks += 1;
  }
  const featuresTotal = FEATURES.length;
  const text = [
    `${present.size} of ${counted(featuresTotal, 'evidence feature')}`,
    counted(nonLinearLinks, 'non-linear link'),
    counted(bySeverity.gap, 'gap'),
  ].join(' · ');
  return {
    featuresPresent: present.size,
    featuresTotal,
    nonLinearLinks,
    acknowledgedLinks,
    gaps: bySeverity.gap,
    notices: bySeverity.notice,
    infos: bySeverity.info,
    text,
  };
}
