import { isStartingLevel, OUTCOMES_LEVEL } from '../context';
import { reachableInOrder } from '../graph';
import { PROCESSES_LINKED_TO_OUTCOMES } from '../passages';
import { boxFlag, type Rule } from '../rule';
import type { Flag } from '../types';

/**
 * A final outcome that no chain of forward (linear or skip) links reaches from an input or an
 * activity. Not raised when the model has no outcomes; a box with no links at all is left to
 * `isolated-box`, which already says so.
 */
export const unreachedOutcome: Rule = {
  kind: 'unreached-outcome',
  check(context) {
    const { boxes, boxLevel, linkCount, boxesInReadingOrder } = context;
    if (context.boxesPerLevel[OUTCOMES_LEVEL] === 0) return [];
    // Forward links always lead to a later level, so reading order is an order to walk them in.
    const reached = reachableInOrder(context.graph, boxesInReadingOrder, context.linkIsForward, (box) => isStartingLevel(boxLevel[box]!));
    const flags: Flag[] = [];
    for (let position = 0; position < boxesInReadingOrder.length; position++) {
      const number = boxesInReadingOrder[position]!;
      if (boxLevel[number] !== OUTCOMES_LEVEL || reached[number] || linkCount[number] === 0) continue;
      const box = boxes[number]!;
      const message = `No chain of links runs forward from an input or activity to the final outcome ${context.nameOf(number)}, so the model does not yet show how the partnership's work leads to it.`;
      flags.push(boxFlag('unreached-outcome', 'gap', box, message, PROCESSES_LINKED_TO_OUTCOMES));
    }
    return flags;
  },
};
