import { PROGRESS_WORDS } from '../../domain/progress';
import { LITTLE_EVIDENCE_OF_OUTCOMES } from '../passages';
import { boxFlag, type Rule } from '../rule';
import type { Flag } from '../types';
import { capitalised } from '../wording';

/** A box rated on progress with no evidence entry behind the rating, at any level. */
export const ratingWithoutEvidence: Rule = {
  kind: 'rating-without-evidence',
  check(context) {
    const { boxesInReadingOrder, boxes } = context;
    const flags: Flag[] = [];
    for (let position = 0; position < boxesInReadingOrder.length; position++) {
      const number = boxesInReadingOrder[position]!;
      const box = boxes[number]!;
      if (!box.rating || box.evidence?.length) continue;
      const message = `${capitalised(context.nameWithLevelOf(number))} is rated ${PROGRESS_WORDS[box.rating.progress]} but has no evidence behind the rating. Add what the rating rests on.`;
      flags.push(boxFlag('rating-without-evidence', 'notice', box, message, LITTLE_EVIDENCE_OF_OUTCOMES, { type: 'add-evidence', boxId: box.id }));
    }
    return flags;
  },
};
