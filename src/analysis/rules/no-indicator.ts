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
    const { boxesInReadingOrder, boxLevel, boxes } = context;
    const flags: Flag[] = [];
    for (let position = 0; position < boxesInReadingOrder.length; position++) {
      const number = boxesInReadingOrder[position]!;
      if (boxLevel[number]! < PRACTICE_LEVEL) continue;
      const box = boxes[number]!;
      if (box.indicators?.length) continue;
      const message = `${capitalised(context.nameWithLevelOf(number))} has no indicator: nothing says how the partnership will know it is happening. Say what will be measured to show it, and where the figure comes from.`;
      flags.push(boxFlag('no-indicator', 'notice', box, message, MEANINGFUL_PERFORMANCE_MANAGEMENT, { type: 'add-indicator', boxId: box.id }));
    }
    return flags;
  },
};
