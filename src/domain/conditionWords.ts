/** How a condition's status is said in board papers, exports and change lists. */
import type { ConditionStatus } from './model';

export const CONDITION_STATUS_WORDS: Readonly<Record<ConditionStatus, string>> = {
  holds: 'Holds',
  'at-risk': 'At risk',
  unchecked: 'Not yet checked',
  managed: 'Managed',
  live: 'Live',
};
