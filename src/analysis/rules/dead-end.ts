import { markReachable } from '../graph';
import { boxesAtLevels, isStartingLevel, OUTCOMES_LEVEL } from '../context';
import { WHAT_NEEDS_TO_BE_IN_PLACE } from '../passages';
import { flag, type Rule } from '../rule';
import { boxWithLevel, capitalised } from '../wording';

/**
 * An input or activity from which no chain of forward links reaches any final outcome. It applies
 * even when the model has no final outcomes yet (then nothing can reach one); a box with no links at
 * all is left to `isolated-box`, which already says so.
 */
export const deadEnd: Rule = {
  kind: 'dead-end',
  check(context) {
    const { boxes, boxLevel, linkCount } = context;
    const hasOutcomes = context.boxesPerLevel[OUTCOMES_LEVEL]! > 0;
    const outcomeBoxes = boxesAtLevels(context, (level) => level === OUTCOMES_LEVEL);
    const leadsToAnOutcome = markReachable(context.forwardReversed, outcomeBoxes);
    const flags = [];
    for (const number of context.boxesInReadingOrder) {
      if (!isStartingLevel(boxLevel[number]!) || leadsToAnOutcome[number] || linkCount[number] === 0) continue;
      const box = boxes[number]!;
      flags.push(
        flag({
          key: `dead-end:${box.id}`,
          kind: 'dead-end',
          severity: 'notice',
          message: hasOutcomes
            ? `No chain of links runs forward from ${boxWithLevel(box)} to a final outcome.`
            : `${capitalised(boxWithLevel(box))} cannot lead to a final outcome yet: the model has no final outcomes.`,
          passage: WHAT_NEEDS_TO_BE_IN_PLACE,
          boxIds: [box.id],
          levelId: box.level,
          action: { type: 'select', boxIds: [box.id], linkIds: [] },
        }),
      );
    }
    return flags;
  },
};
