/**
 * A box's rating at each saved version and now, with the direction of travel of each step against the
 * one before (PRODUCT.md §12): what the Progress tab draws as a strip of rating shapes, and says in
 * words for a screen reader.
 */
import { CONFIDENCE_DIRECTION_WORDS, confidenceDirectionOf, directionOf, DIRECTION_WORDS, type ConfidenceDirection, type Direction } from './direction';
import type { Box, ModelContent, Rating } from './model';
import { PROGRESS_WORDS } from './progress';

/** What a rating history needs of a saved version; a full version (with note, who saved it…) fits. */
export interface VersionForHistory {
  readonly id: string;
  readonly name: string;
  /** ISO date and time. */
  readonly savedAt: string;
  readonly content: ModelContent;
}

export interface RatingStep {
  /** The version's id; undefined for now. */
  readonly versionId?: string;
  /** The version's name, or "now". */
  readonly name: string;
  /** When the version was saved; undefined for now. */
  readonly savedAt?: string;
  /** Whether the box is in the model at this step (a box may be added after a version, or removed and restored). */
  readonly inModel: boolean;
  readonly rating?: Rating;
  /** Against the step before; undefined for the first step, and where the box is not rated at this step. */
  readonly direction?: Direction;
  /** Against the step before, when the box is rated at both. */
  readonly confidence?: ConfidenceDirection;
}

export interface RatingHistory {
  readonly boxId: string;
  /** Oldest first; the last step is now. */
  readonly steps: readonly RatingStep[];
}

export const NOW_STEP_NAME = 'now';

/** Versions in the order they were saved; versions saved at the same moment keep the order given. */
function oldestFirst(versions: readonly VersionForHistory[]): VersionForHistory[] {
  return [...versions].sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
}

/** Where a box stands at one step: in the model or not, and its rating if it has one. */
interface BoxState {
  readonly inModel: boolean;
  readonly rating?: Rating | undefined;
}

const NOT_IN_MODEL: BoxState = { inModel: false };

function stateOf(box: Box | undefined): BoxState {
  return box ? { inModel: true, rating: box.rating } : NOT_IN_MODEL;
}

/** One step per version, oldest first, then now (the last state). */
function stepsFor(states: readonly BoxState[], versions: readonly VersionForHistory[]): RatingStep[] {
  const steps: RatingStep[] = [];
  let previous: Rating | undefined;
  for (let i = 0; i < states.length; i++) {
    const { inModel, rating } = states[i]!;
    const version = versions[i];
    const direction = i === 0 ? undefined : directionOf(previous, rating);
    const confidence = confidenceDirectionOf(previous, rating);
    steps.push({
      ...(version ? { versionId: version.id, name: version.name, savedAt: version.savedAt } : { name: NOW_STEP_NAME }),
      inModel,
      ...(rating ? { rating } : {}),
      ...(direction ? { direction } : {}),
      ...(confidence ? { confidence } : {}),
    });
    previous = rating;
  }
  return steps;
}

/** One box's history across the versions (in any order: they are put in the order saved) and now. */
export function ratingHistory(versions: readonly VersionForHistory[], present: ModelContent, boxId: string): RatingHistory {
  const ordered = oldestFirst(versions);
  const states = [...ordered.map((version) => version.content.boxes.find((box) => box.id === boxId)), present.boxes.find((box) => box.id === boxId)].map(stateOf);
  return { boxId, steps: stepsFor(states, ordered) };
}

/**
 * The history of every box in the present model that is rated now or at any version, by box id: one
 * map per version, so the cost is linear in the versions' size.
 */
export function ratingHistories(versions: readonly VersionForHistory[], present: ModelContent): Map<string, RatingHistory> {
  const ordered = oldestFirst(versions);
  const ratedBoxes = ordered.map((version) => {
    const rated = new Map<string, Box>();
    for (const box of version.content.boxes) if (box.rating) rated.set(box.id, box);
    return rated;
  });
  const presentInVersion = ordered.map((version) => new Set(version.content.boxes.map((box) => box.id)));
  const histories = new Map<string, RatingHistory>();
  for (const box of present.boxes) {
    if (!box.rating && !ratedBoxes.some((rated) => rated.has(box.id))) continue;
    // A box in a version but unrated there is told apart from one not in it at all.
    const states = ordered.map((_, i): BoxState => {
      const rated = ratedBoxes[i]!.get(box.id);
      return rated ? stateOf(rated) : { inModel: presentInVersion[i]!.has(box.id) };
    });
    histories.set(box.id, { boxId: box.id, steps: stepsFor([...states, stateOf(box)], ordered) });
  }
  return histories;
}

/** "Q1: At risk; Q2: On track (improved); now: On track (no change)": a history as one line for a screen reader. */
export function ratingHistoryInWords(history: RatingHistory): string {
  const first = history.steps.findIndex((step) => step.inModel);
  return history.steps
    .slice(Math.max(first, 0))
    .map((step) => {
      const state = !step.inModel ? 'not in the model' : step.rating ? PROGRESS_WORDS[step.rating.progress] : 'not rated';
      // A change of confidence is said apart from the direction of progress; the same confidence goes unsaid.
      const moved = [step.direction && DIRECTION_WORDS[step.direction].toLowerCase(), step.confidence && step.confidence !== 'same' && CONFIDENCE_DIRECTION_WORDS[step.confidence].toLowerCase()].filter(Boolean);
      return `${step.name}: ${state}${moved.length ? ` (${moved.join('; ')})` : ''}`;
    })
    .join('; ');
}
