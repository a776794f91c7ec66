import { KEY_CONDITIONS } from '../passages';
import { conditionName } from '../conditionWording';
import { NO_IDS, type Rule } from '../rule';
import type { Flag } from '../types';
import { capitalised } from '../wording';

/** An assumption marked at risk: the model's logic rests on something that may not hold. */
export const assumptionAtRisk: Rule = {
  kind: 'assumption-at-risk',
  check(context) {
    return context.model.conditions
      .filter((condition) => condition.kind === 'assumption' && condition.status === 'at-risk')
      .map(
        (condition): Flag => ({
          key: `assumption-at-risk:${condition.id}`,
          kind: 'assumption-at-risk',
          severity: 'gap',
          message: `${capitalised(conditionName(condition))} is marked at risk: the outcomes depend on it, so plan what to do if it does not hold.`,
          passage: KEY_CONDITIONS,
          boxIds: NO_IDS,
          linkIds: NO_IDS,
          conditionIds: [condition.id],
          action: { type: 'review-condition', conditionId: condition.id },
        }),
      );
  },
};
