import { isStartingLevel, OUTCOMES_LEVEL } from '../context';
import { HOW_FEATURES_CONTRIBUTE } from '../passages';
import { flag, type Rule } from '../rule';
import { boxWithLevel, capitalised } from '../wording';

function whatToLink(level: number): string {
  if (level === OUTCOMES_LEVEL) return 'Link the work that should bring it about to it.';
  if (isStartingLevel(level)) return 'Link it to what it should lead to.';
  return 'Link it to what brings it about and to what it leads to.';
}

/** A box with no links at all, in or out. */
export const isolatedBox: Rule = {
  kind: 'isolated-box',
  check(context) {
    const flags = [];
    for (const number of context.boxesInReadingOrder) {
      if (context.linkCount[number] !== 0) continue;
      const box = context.boxes[number]!;
      flags.push(
        flag({
          key: `isolated-box:${box.id}`,
          kind: 'isolated-box',
          severity: 'notice',
          message: `${capitalised(boxWithLevel(box))} is not linked to any other box. ${whatToLink(context.boxLevel[number]!)}`,
          passage: HOW_FEATURES_CONTRIBUTE,
          boxIds: [box.id],
          levelId: box.level,
          action: { type: 'select', boxIds: [box.id], linkIds: [] },
        }),
      );
    }
    return flags;
  },
};
