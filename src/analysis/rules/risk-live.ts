import { KEY_CONDITIONS } from '../passages';
import { conditionName } from '../conditionWording';
import { flag, type Rule } from '../rule';
import { capitalised } from '../wording';

/** A risk marked live: it is happening or likely, and not yet managed. */
export const riskLive: Rule = {
  kind: 'risk-live',
  check(context) {
    return context.model.conditions
      .filter((condition) => condition.kind === 'risk' && condition.status === 'live')
      .map((condition) =>
        flag({
          key: `risk-live:${condition.id}`,
          kind: 'risk-live',
          severity: 'gap',
          message: `${capitalised(conditionName(condition))} is marked live: it is not yet managed.`,
          passage: KEY_CONDITIONS,
          conditionIds: [condition.id],
          action: { type: 'review-condition', conditionId: condition.id },
        }),
      );
  },
};
