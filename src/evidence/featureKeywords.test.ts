import { describe, expect, it } from 'vitest';
import { FEATURE_KEYWORDS, GENERIC_WORDS } from './featureKeywords';
import { FEATURES } from './features';
import { stems } from './words';

const generic = new Set(GENERIC_WORDS.flatMap((word) => stems(word)));

describe('the keyword table', () => {
  it('has an entry for every feature and for nothing else', () => {
    expect(Object.keys(FEATURE_KEYWORDS).sort()).toEqual(FEATURES.map((feature) => feature.id).sort());
  });

  it.each(Object.entries(FEATURE_KEYWORDS))('%s: every term has words, and no term is one common word', (_id, keywords) => {
    expect(keywords.core.length).toBeGreaterThan(0);
    for (const term of [...keywords.core, ...keywords.related]) {
      const termStems = stems(term);
      expect(termStems.length, `"${term}" is only stop words`).toBeGreaterThan(0);
      if (termStems.length === 1) expect(generic.has(termStems[0] as string), `"${term}" is a common word`).toBe(false);
    }
  });
});
