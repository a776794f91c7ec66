import { PROGRESS_WORDS } from '../../domain/progress';
import { HAS_EVIDENCE, RATED } from '../context';
import { LITTLE_EVIDENCE_OF_OUTCOMES } from '../passages';
import { boxFlag, rememberedPerBox, type Rule } from '../rule';
import type { Flag } from '../types';
import { capitalised } from '../wording';

const flagFor = rememberedPerBox((context, number) => {
  const box = context.boxes[number]!;
  const message = `${capitalised(context.nameWithLevelOf(number))} is rated ${PROGRESS_WORDS[box.rating!.progress]} but has no evidence behind the rating. Add what the rating rests on.`;
  return boxFlag('rating-without-evidence', 'notice', box, message, LITTLE_EVIDENCE_OF_OUTCOMES, { type: 'add-evidence', boxId: box.id });
});

/** A box rated on progress with no evidence entry behind the rating, at any level. */
export const ratingWithoutEvidence: Rule = {
  kind: 'rating-without-evidence',
  check(context) {
    const { boxesInReadingOrder, boxProgress } = context;
    const flags: Flag[] = [];
    for (let position = 0; position < boxesInReadingOrder.length; position++) {
      const number = boxesInReadingOrder[position]!;
      if ((boxProgress[number]! & (RATED | HAS_EVIDENCE)) === RATED) flags.push(flagFor(context, number));
    }
    return flags;
  },
};
