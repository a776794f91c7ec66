/** The column → level (or type → level) mapping the preview shows and the user can change. */
import type { LevelId } from '../domain/levels';

export interface LevelChoice {
  /** Stable key: a column's index, or a Kumu type's words. */
  readonly key: string;
  /** What the user sees: “Column B: Activities”, “Type: Activity (4 elements)”. */
  readonly label: string;
  /** What was recognised; null when nothing was (left out unless the user chooses a level). */
  readonly guess: LevelId | null;
}

export type LevelMapping = Readonly<Record<string, LevelId | null>>;

export function guessedMapping(choices: readonly LevelChoice[]): LevelMapping {
  return Object.fromEntries(choices.map((choice) => [choice.key, choice.guess]));
}
