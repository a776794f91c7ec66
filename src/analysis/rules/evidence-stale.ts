import { monthsBefore, ukLongDate } from '../../domain/isoDate';
import { latestEvidence, PROGRESS_WORDS } from '../../domain/progress';
import { HAS_EVIDENCE, RATED } from '../context';
import { EVALUATION_FOR_IMPROVEMENT } from '../passages';
import { boxFlag, rememberedPerBox, type Rule } from '../rule';
import type { Flag } from '../types';
import { capitalised } from '../wording';

/** How old the newest evidence behind a rating may be before the rating is worth looking at again. */
const STALE_AFTER_MONTHS = 12;

// Whether a box is stale depends on today; what its flag says does not, so the flag is remembered per box.
const flagFor = rememberedPerBox((context, number) => {
  const box = context.boxes[number]!;
  const message = `${capitalised(context.nameWithLevelOf(number))} is rated ${PROGRESS_WORDS[box.rating!.progress]}, but its newest evidence is from ${ukLongDate(latestEvidence(box)!.date)}, over a year ago. Add what has been found since.`;
  return boxFlag('evidence-stale', 'info', box, message, EVALUATION_FOR_IMPROVEMENT, { type: 'add-evidence', boxId: box.id });
});

/**
 * A rated box whose newest evidence is over 12 months older than today: evidence dated exactly 12
 * months before today is not yet stale. A rated box with no evidence at all is left to
 * rating-without-evidence, so one box is not flagged twice for one lack. Nothing is judged without
 * a date for today.
 */
export const evidenceStale: Rule = {
  kind: 'evidence-stale',
  check(context) {
    if (context.today === undefined) return [];
    // ISO dates compare as text in date order: one string per analysis, none per box.
    const oldestFresh = monthsBefore(context.today, STALE_AFTER_MONTHS);
    const { boxesInReadingOrder, boxProgress, boxes } = context;
    const flags: Flag[] = [];
    for (let position = 0; position < boxesInReadingOrder.length; position++) {
      const number = boxesInReadingOrder[position]!;
      if ((boxProgress[number]! & (RATED | HAS_EVIDENCE)) !== (RATED | HAS_EVIDENCE)) continue;
      if (latestEvidence(boxes[number]!)!.date < oldestFresh) flags.push(flagFor(context, number));
    }
    return flags;
  },
};
