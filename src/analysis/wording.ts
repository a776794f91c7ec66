/** Small pieces of plain English shared by the rules' messages. */
import { levelName, LEVEL_IDS } from '../domain/levels';
import type { Box } from '../domain/model';
import { quoted } from '../domain/quoted';

export { quoted };

// Long enough to recognise a box, short enough that a loop of several boxes stays readable.
const LONGEST_LABEL = 60;

interface BoxWords {
  /** e.g. “Joint training” */
  readonly name: string;
  /** e.g. “Joint training” (Activities) */
  readonly nameWithLevel: string;
}

// Boxes are immutable and an edit replaces only the boxes it changes, so how messages name a box can
// be remembered across analyses: the analysis after an edit words only the changed boxes afresh.
const wordsForBoxes = new WeakMap<Box, BoxWords>();

function wordsFor(box: Box): BoxWords {
  let words = wordsForBoxes.get(box);
  if (words === undefined) {
    const name = quoted(box.label, 'an untitled box', LONGEST_LABEL);
    words = { name, nameWithLevel: `${name} (${levelName(box.level)})` };
    wordsForBoxes.set(box, words);
  }
  return words;
}

/** A box's label in quotation marks, shortened if long. */
export function boxName(box: Box): string {
  return wordsFor(box).name;
}

/** A box's name with its level, e.g. “Joint training” (Activities). */
export function boxNameWithLevel(box: Box): string {
  return wordsFor(box).nameWithLevel;
}

/** The name of the level at a position, 0 for inputs. */
export function levelNameAt(position: number): string {
  return levelName(LEVEL_IDS[position]!);
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

/** "1 gap", "3 gaps". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}

export function hasNote(note: string | undefined): boolean {
  return note !== undefined && note.trim() !== '';
}

/** For messages that begin with a box's name, which may be "an untitled box". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
