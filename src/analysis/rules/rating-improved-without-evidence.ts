import { directionOf } from '../../domain/direction';
import { isIsoDate, ukLongDate } from '../../domain/isoDate';
import type { Box, ModelContent } from '../../domain/model';
import { PROGRESS_WORDS } from '../../domain/progress';
import { quoted } from '../../domain/quoted';
import { HAS_EVIDENCE, RATED } from '../context';
import { MEANINGFUL_PERFORMANCE_MANAGEMENT } from '../passages';
import { boxFlag, type Rule } from '../rule';
import type { Flag } from '../types';
import { capitalised } from '../wording';

// A saved version never changes and the editor re-analyses on every edit against the same one: its
// boxes are mapped by id once.
const boxesOfVersion = new WeakMap<ModelContent, ReadonlyMap<string, Box>>();

function boxesById(content: ModelContent): ReadonlyMap<string, Box> {
  let boxes = boxesOfVersion.get(content);
  if (boxes === undefined) {
    boxes = new Map(content.boxes.map((box) => [box.id, box]));
    boxesOfVersion.set(content, boxes);
  }
  return boxes;
}

/**
 * A box whose progress improved since the previous saved version, with no evidence entry dated on or
 * after the day that version was saved. Evidence carries a day, not a time, so an entry dated the
 * same day as the save counts as after it: a partnership that saves its version in the morning and
 * records that afternoon's findings is not flagged. The day is the one written in `savedAt` (UTC for
 * a time ending in Z): the analysis reads no clock and no time zone. A box with no evidence at all is
 * left to rating-without-evidence, so one box is not flagged twice for one lack; a newly rated box
 * has not improved. Nothing is judged without a previous version.
 */
export const ratingImprovedWithoutEvidence: Rule = {
  kind: 'rating-improved-without-evidence',
  check(context) {
    const previous = context.previous;
    if (previous === undefined) return [];
    const savedDay = previous.savedAt.slice(0, 10);
    if (!isIsoDate(savedDay)) return [];
    const earlier = boxesById(previous.content);
    const since = `${previous.name === undefined ? 'the previous version' : `the version ${quoted(previous.name, '(with no name)')}`} (${ukLongDate(savedDay)})`;
    const { boxesInReadingOrder, boxProgress, boxes } = context;
    const flags: Flag[] = [];
    for (let position = 0; position < boxesInReadingOrder.length; position++) {
      const number = boxesInReadingOrder[position]!;
      if ((boxProgress[number]! & (RATED | HAS_EVIDENCE)) !== (RATED | HAS_EVIDENCE)) continue;
      const box = boxes[number]!;
      const was = earlier.get(box.id)?.rating;
      if (directionOf(was, box.rating) !== 'improved') continue;
      // ISO dates compare as text in date order.
      if (box.evidence!.some((entry) => entry.date >= savedDay)) continue;
      const message = `${capitalised(context.nameWithLevelOf(number))} has improved from ${PROGRESS_WORDS[was!.progress]} to ${PROGRESS_WORDS[box.rating!.progress]} since ${since}, but no evidence is dated since then. Add what the improvement rests on.`;
      flags.push(boxFlag('rating-improved-without-evidence', 'notice', box, message, MEANINGFUL_PERFORMANCE_MANAGEMENT, { type: 'add-evidence', boxId: box.id }));
    }
    return flags;
  },
};
