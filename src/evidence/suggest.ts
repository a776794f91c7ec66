/**
 * Which evidence features a box might stand for, from the words of its label and notes. Only a
 * suggestion for the user to accept: nothing here tags a box.
 */
import { FEATURE_KEYWORDS } from './featureKeywords';
import { FEATURES, type Feature } from './features';
import { stems } from './words';

export interface FeatureSuggestion {
  readonly feature: Feature;
  readonly score: number;
  /** The keyword-table terms the text matched, as written there. */
  readonly matched: string[];
}

export interface SuggestOptions {
  /** At most this many suggestions (default 3). */
  readonly limit?: number;
  /** Leave out features scoring below this (default 1: one matching related word). */
  readonly minScore?: number;
}

interface Term {
  readonly text: string;
  readonly stems: readonly string[];
  readonly weight: number;
}

const CORE_WEIGHT = 2;
const RELATED_WEIGHT = 1;

function termsOf(words: readonly string[], weight: number): Term[] {
  return words.map((text) => {
    const termStems = stems(text);
    // A phrase weighs by its length, so "information sharing" outweighs a lone "information".
    return { text, stems: termStems, weight: weight * termStems.length };
  });
}

let termsByFeature: ReadonlyMap<Feature, readonly Term[]> | undefined;

/** Built on first use: the table is small, but stemming it need not slow the app's start. */
function featureTerms(): ReadonlyMap<Feature, readonly Term[]> {
  termsByFeature ??= new Map(
    FEATURES.map((feature) => {
      const keywords = FEATURE_KEYWORDS[feature.id];
      const terms = keywords ? [...termsOf(keywords.core, CORE_WEIGHT), ...termsOf(keywords.related, RELATED_WEIGHT)] : [];
      return [feature, terms.filter((term) => term.stems.length > 0)];
    }),
  );
  return termsByFeature;
}

function occursIn(phrase: readonly string[], words: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/** Features the text may describe, best first; an empty list when nothing matches meaningfully. */
export function suggestFeatures(text: string, options: SuggestOptions = {}): FeatureSuggestion[] {
  const limit = options.limit ?? 3;
  const minScore = options.minScore ?? RELATED_WEIGHT;
  const words = stems(text);
  if (!words.length || limit <= 0) return [];
  const suggestions: FeatureSuggestion[] = [];
  for (const [feature, terms] of featureTerms()) {
    let score = 0;
    const matched: string[] = [];
    const seen = new Set<string>();
    for (const term of terms) {
      const key = term.stems.join(' ');
      // Forms of one term that stem alike ("service user", "service users") count once.
      if (seen.has(key) || !occursIn(term.stems, words)) continue;
      seen.add(key);
      score += term.weight;
      matched.push(term.text);
    }
    if (score >= minScore) suggestions.push({ feature, score, matched });
  }
  // Ties keep the library's order (by level, left to right), as sort is stable.
  suggestions.sort((a, b) => b.score - a.score);
  return suggestions.slice(0, limit);
}
