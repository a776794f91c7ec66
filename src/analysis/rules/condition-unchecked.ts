import { KEY_CONDITIONS } from '../passages';
import { conditionName } from '../conditionWording';
import { NO_IDS, type Rule } from '../rule';
import type { Flag } from '../types';
import { capitalised } from '../wording';

const QUESTION = { assumption: 'does it hold for this partnership?', risk: 'is it managed?' } as const;

/**
 * An assumption or risk nobody has looked at yet. One flag per condition, so that each can be
 * reviewed on its own; the panel groups them under one heading. Conditions keep the model's own
 * order (Table 1 first), which the user sees in the conditions list.
 */
export const conditionUnchecked: Rule = {
  kind: 'condition-unchecked',
  check(context) {
    return context.model.conditions
      .filter((condition) => condition.status === 'unchecked')
      .map(
        (condition): Flag => ({
          key: `condition-unchecked:${condition.id}`,
          kind: 'condition-unchecked',
          severity: 'notice',
          message: `${capitalised(conditionName(condition))} has not been checked yet: ${QUESTION[condition.kind]}`,
          passage: KEY_CONDITIONS,
          boxIds: NO_IDS,
          linkIds: NO_IDS,
          conditionIds: [condition.id],
          action: { type: 'review-condition', conditionId: condition.id },
        }),
      );
  },
};
