import { isStartingLevel, OUTCOMES_LEVEL } from '../context';
import { leadsToInOrder } from '../graph';
import { WHAT_NEEDS_TO_BE_IN_PLACE } from '../passages';
import { boxFlag, type Rule } from '../rule';
import type { Flag } from '../types';
import { capitalised } from '../wording';

/**
 * An input or activity from which no chain of forward links reaches any final outcome. It applies
 * even when the model has no final outcomes yet (then nothing can reach one); a box with no links at
 * all is left to `isolated-box`, which already says so.
 */
export const deadEnd: Rule = {
  kind: 'dead-end',
  check(context) {
    const { boxes, boxLevel, linkCount, boxesInReadingOrder } = context;
    const hasOutcomes = context.boxesPerLevel[OUTCOMES_LEVEL]! > 0;
    // Forward links always lead to a later level, so reading order is an order to walk them in.
    const leadsToAnOutcome = leadsToInOrder(context.graph, boxesInReadingOrder, context.linkIsForward, (box) => boxLevel[box] === OUTCOMES_LEVEL);
    const flags: Flag[] = [];
    for (let position = 0; position < boxesInReadingOrder.length; position++) {
      const number = boxesInReadingOrder[position]!;
      if (!isStartingLevel(boxLevel[number]!) || leadsToAnOutcome[number] || linkCount[number] === 0) continue;
      const box = boxes[number]!;
      const named = context.nameWithLevelOf(number);
      const message = hasOutcomes
        ? `No chain of links runs forward from ${named} to a final outcome.`
        : `${capitalised(named)} cannot lead to a final outcome yet: the model has no final outcomes.`;
      flags.push(boxFlag('dead-end', 'notice', box, message, WHAT_NEEDS_TO_BE_IN_PLACE));
    }
    return flags;
  },
};
