import { markReachable } from '../graph';
import { boxesAtLevels, isStartingLevel, OUTCOMES_LEVEL } from '../context';
import { PROCESSES_LINKED_TO_OUTCOMES } from '../passages';
import { flag, type Rule } from '../rule';
import { boxName } from '../wording';

/**
 * A final outcome that no chain of forward (linear or skip) links reaches from an input or an
 * activity. A box with no links at all is left to `isolated-box`, which already says so.
 */
export const unreachedOutcome: Rule = {
  kind: 'unreached-outcome',
  check(context) {
    const { boxes, boxLevel, linkCount } = context;
    if (context.boxesPerLevel[OUTCOMES_LEVEL] === 0) return [];
    const reached = markReachable(context.forward, boxesAtLevels(context, isStartingLevel));
    const flags = [];
    for (const number of context.boxesInReadingOrder) {
      if (boxLevel[number] !== OUTCOMES_LEVEL || reached[number] || linkCount[number] === 0) continue;
      const box = boxes[number]!;
      flags.push(
        flag({
          key: `unreached-outcome:${box.id}`,
          kind: 'unreached-outcome',
          severity: 'gap',
          message: `No chain of links runs forward from an input or activity to the final outcome ${boxName(box)}, so the model does not yet show how the partnership's work leads to it.`,
          passage: PROCESSES_LINKED_TO_OUTCOMES,
          boxIds: [box.id],
          levelId: box.level,
          action: { type: 'select', boxIds: [box.id], linkIds: [] },
        }),
      );
    }
    return flags;
  },
};
