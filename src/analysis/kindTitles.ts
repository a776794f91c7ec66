import type { FlagKind } from './types';

/** A heading for each kind of flag, for grouping flags in a panel. */
export const FLAG_KIND_TITLES: Readonly<Record<FlagKind, string>> = {
  'missing-feature': 'Evidence features not in the model',
  'empty-level': 'Empty levels',
  'unreached-outcome': 'Final outcomes nothing leads to',
  'dead-end': 'Inputs and activities that lead to no outcome',
  'isolated-box': 'Boxes with no links',
  'skip-link': 'Links that skip levels',
  'feedback-link': 'Links back to an earlier level',
  'same-level-link': 'Links within a level',
  loop: 'Loops',
  'condition-unchecked': 'Assumptions and risks not yet checked',
  'assumption-at-risk': 'Assumptions at risk',
  'risk-live': 'Live risks',
  'no-indicator': 'Changes and outcomes with no indicator',
  'rating-without-evidence': 'Ratings with no evidence behind them',
  'rating-improved-without-evidence': 'Ratings improved with no evidence since the previous version',
  'evidence-stale': 'Ratings whose newest evidence is over a year old',
  'measure-overdue': 'Measures with no figure for the latest period',
  'rating-contradicts-measure': 'Ratings the figures do not bear out',
  'measures-crowd-the-model': 'More measures on inputs and activities than on outcomes',
};
