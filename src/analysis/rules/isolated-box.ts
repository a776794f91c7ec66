import { isStartingLevel, OUTCOMES_LEVEL } from '../context';
import { HOW_FEATURES_CONTRIBUTE } from '../passages';
import { boxFlag, type Rule } from '../rule';
import type { Flag } from '../types';
import { capitalised } from '../wording';

function whatToLink(level: number): string {
  if (level === OUTCOMES_LEVEL) return 'Link the work that should bring it about to it.';
  if (isStartingLevel(level)) return 'Link it to what it should lead to.';
  return 'Link it to what brings it about and to what it leads to.';
}

/** A box with no links at all, in or out. */
export const isolatedBox: Rule = {
  kind: 'isolated-box',
  check(context) {
    const { boxesInReadingOrder } = context;
    const flags: Flag[] = [];
    for (let position = 0; position < boxesInReadingOrder.length; position++) {
      const number = boxesInReadingOrder[position]!;
      if (context.linkCount[number] !== 0) continue;
      const box = context.boxes[number]!;
      const message = `${capitalised(context.nameWithLevelOf(number))} is not linked to any other box. ${whatToLink(context.boxLevel[number]!)}`;
      flags.push(boxFlag('isolated-box', 'notice', box, message, HOW_FEATURES_CONTRIBUTE));
    }
    return flags;
  },
};
