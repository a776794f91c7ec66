/**
 * What changed since a saved version, as the board report and the text versions write it (PRODUCT.md
 * §12, issue 15): a heading naming the version and its date, the counts line, each change in words
 * under its group's title, and each box's rating at that version with the direction of travel since.
 * Pure: the same words as the compare view's "What changed" list, from the same diff.
 */
import { changeCountsInWords, changeInWords, groupChanges, NOT_RATED_WORD } from '../analysis/changeWords';
import { diffModels } from '../domain/diff';
import { directionOf, DIRECTION_WORDS } from '../domain/direction';
import { isoDateOf, ukLongDate } from '../domain/isoDate';
import type { Box, ModelContent, Rating } from '../domain/model';
import { PROGRESS_WORDS } from '../domain/progress';

/** The saved version an export compares the model with. */
export interface CompareWith {
  readonly name: string;
  /** When it was saved: an ISO date-time, as a version records it. */
  readonly savedAt: string;
  readonly content: ModelContent;
}

export interface ChangeGroupInWords {
  readonly title: string;
  readonly lines: readonly string[];
}

/** A box's rating at the compared version and the direction of travel since, in words. */
export interface PreviousRating {
  /** "At risk", "Not rated", or "New box" when the version did not have the box. */
  readonly previous: string;
  /** "Improved", "No change", "Worse", "Newly rated", or "—" when the box is not rated now. */
  readonly direction: string;
}

export interface ChangesForExport {
  /** What changed since Q2 board (3 September 2026) */
  readonly heading: string;
  /** The version's name, for a column heading or a label. */
  readonly versionName: string;
  /** "5 changes: Boxes 2, Links 1, Progress 1, Evidence 1", or "No changes". */
  readonly counts: string;
  readonly groups: readonly ChangeGroupInWords[];
  previousOf(box: Box): PreviousRating;
}

export const NOT_RATED_NOW = '—';
export const NEW_BOX_WORDS = 'New box';

/** The day a version was saved, as a UK reader writes it, in this computer's time zone (as the Versions tab shows it). */
export function savedOnWords(savedAt: string): string {
  const moment = new Date(savedAt);
  return Number.isNaN(moment.getTime()) ? savedAt : ukLongDate(isoDateOf(moment));
}

export function changesForExport(model: ModelContent, compareWith: CompareWith): ChangesForExport {
  const changes = diffModels(compareWith.content, model);
  const earlier = new Map(compareWith.content.boxes.map((box) => [box.id, box]));
  const versionName = compareWith.name.trim().replace(/\s+/g, ' ') || 'an unnamed version';
  return {
    heading: `What changed since ${versionName} (${savedOnWords(compareWith.savedAt)})`,
    versionName,
    counts: changeCountsInWords(changes),
    groups: groupChanges(changes).map((group) => ({ title: group.title, lines: group.changes.map(changeInWords) })),
    previousOf(box) {
      const before = earlier.get(box.id);
      const rating: Rating | undefined = before?.rating;
      const direction = directionOf(rating, box.rating);
      return {
        previous: !before ? NEW_BOX_WORDS : rating ? PROGRESS_WORDS[rating.progress] : NOT_RATED_WORD,
        direction: direction ? DIRECTION_WORDS[direction] : NOT_RATED_NOW,
      };
    },
  };
}
