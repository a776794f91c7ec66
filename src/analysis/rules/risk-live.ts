import { KEY_CONDITIONS } from '../passages';
import { conditionName } from '../conditionWording';
import { NO_IDS, type Rule } from '../rule';
import type { Flag } from '../types';
import { capitalised } from '../wording';

/** A risk marked live: it is happening or likely, and not yet managed. */
export const riskLive: Rule = {
  kind: 'risk-live',
  check(context) {
    return context.model.conditions
      .filter((condition) => condition.kind === 'risk' && condition.status === 'live')
      .map(
        (condition): Flag => ({
          key: `risk-live:${condition.id}`,
          kind: 'risk-live',
          severity: 'gap',
          message: `${capitalised(conditionName(condition))} is marked live: it is not yet managed.`,
          passage: KEY_CONDITIONS,
          boxIds: NO_IDS,
          linkIds: NO_IDS,
          conditionIds: [condition.id],
          action: { type: 'review-condition', conditionId: condition.id },
        }),
      );
  },
};
