/** The words cells say for the model's coded values, and reading them back (any case). */
import { LEVELS, type LevelId } from '../domain/levels';
import type { ConditionStatus } from '../domain/model';
import { CONFIDENCE_WORDS, EVIDENCE_KIND_WORDS, PROGRESS_WORDS } from '../domain/progress';
import { CONDITION_STATUS_WORDS as CONDITION_STATUS_LABELS } from '../domain/conditionWords';
import { FREQUENCY_WORDS, POLARITY_WORDS, VALUE_STATUS_WORDS } from '../domain/measureWords';

export const KIND_WORDS = { assumption: 'Assumption', risk: 'Risk' } as const;

function reverse<K extends string>(words: Readonly<Record<K, string>>): (text: string) => K | undefined {
  const byWord = new Map<string, K>();
  for (const [key, word] of Object.entries(words) as [K, string][]) {
    byWord.set(word.toLowerCase(), key);
    byWord.set(key.toLowerCase(), key);
  }
  return (text) => byWord.get(text.trim().toLowerCase());
}

export const LEVEL_WORDS = Object.fromEntries(LEVELS.map((level) => [level.id, level.name])) as Readonly<Record<LevelId, string>>;
export const levelFromWord = reverse(LEVEL_WORDS);
export const progressFromWord = reverse(PROGRESS_WORDS);
export const confidenceFromWord = reverse(CONFIDENCE_WORDS);
export const evidenceKindFromWord = reverse(EVIDENCE_KIND_WORDS);
export const conditionKindFromWord = reverse(KIND_WORDS);
export const STATUS_WORDS: Readonly<Record<ConditionStatus, string>> = CONDITION_STATUS_LABELS;
export const statusFromWord = reverse(STATUS_WORDS);
export const polarityFromWord = reverse(POLARITY_WORDS);
export const frequencyFromWord = reverse(FREQUENCY_WORDS);
export const valueStatusFromWord = reverse(VALUE_STATUS_WORDS);
