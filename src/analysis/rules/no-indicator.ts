import { PRACTICE_LEVEL } from '../context';
import { MEANINGFUL_PERFORMANCE_MANAGEMENT } from '../passages';
import { boxFlag, type Rule } from '../rule';
import type { Flag } from '../types';
import { capitalised } from '../wording';

/**
 * A practice change or final outcome with no indicator: nothing says how the partnership will know it
 * is happening. Earlier levels are left alone — they are the partnership's own work and its first
 * effects, which a partnership tracks as it goes rather than measures against a target.
 */
export const noIndicator: Rule = {
  kind: 'no-indicator',
  check(context) {
    const { boxesInReadingOrder, boxes } = context;
    const flags: Flag[] = [];
    // Reading order runs level by level, so the practice-change boxes start after every earlier level's.
    let firstPracticeBox = 0;
    for (let level = 0; level < PRACTICE_LEVEL; level++) firstPracticeBox += context.boxesPerLevel[level]!;
    for (let position = firstPracticeBox; position < boxesInReadingOrder.length; position++) {
      const number = boxesInReadingOrder[position]!;
      const box = boxes[number]!;
      if (box.indicators?.length) continue;
      const message = `${capitalised(context.nameWithLevelOf(number))} has no indicator: nothing says how the partnership will know it is happening. Say what will be measured to show it, and where the figure comes from.`;
      flags.push(boxFlag('no-indicator', 'notice', box, message, MEANINGFUL_PERFORMANCE_MANAGEMENT, { type: 'add-indicator', boxId: box.id }));
    }
    return flags;
  },
};
