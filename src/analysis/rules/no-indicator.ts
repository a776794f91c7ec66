import { HAS_INDICATORS, PRACTICE_LEVEL } from '../context';
import { MEANINGFUL_PERFORMANCE_MANAGEMENT } from '../passages';
import { boxFlag, rememberedPerBox, type Rule } from '../rule';
import type { Flag } from '../types';
import { capitalised } from '../wording';

const flagFor = rememberedPerBox((context, number) => {
  const box = context.boxes[number]!;
  const message = `${capitalised(context.nameWithLevelOf(number))} has no indicator: nothing says how the partnership will know it is happening. Say what will be measured to show it, and where the figure comes from.`;
  return boxFlag('no-indicator', 'notice', box, message, MEANINGFUL_PERFORMANCE_MANAGEMENT, { type: 'add-indicator', boxId: box.id });
});

/**
 * A practice change or final outcome with no indicator: nothing says how the partnership will know it
 * is happening. Earlier levels are left alone — they are the partnership's own work and its first
 * effects, which a partnership tracks as it goes rather than measures against a target.
 */
export const noIndicator: Rule = {
  kind: 'no-indicator',
  check(context) {
    const { boxesInReadingOrder, boxProgress } = context;
    const flags: Flag[] = [];
    // Reading order runs level by level, so the practice-change boxes start after every earlier level's.
    let firstPracticeBox = 0;
    for (let level = 0; level < PRACTICE_LEVEL; level++) firstPracticeBox += context.boxesPerLevel[level]!;
    for (let position = firstPracticeBox; position < boxesInReadingOrder.length; position++) {
      const number = boxesInReadingOrder[position]!;
      if (!(boxProgress[number]! & HAS_INDICATORS)) flags.push(flagFor(context, number));
    }
    return flags;
  },
};
