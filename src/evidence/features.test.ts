import { describe, expect, it } from 'vitest';
import { isLevelId } from '../domain/levels';
import { featureById, FEATURES, featuresAt } from './features';

describe('the evidence library', () => {
  it('holds the 32 features of EVIDENCE.md, each id once', () => {
    expect(FEATURES).toHaveLength(32);
    expect(new Set(FEATURES.map((feature) => feature.id)).size).toBe(32);
    expect(new Set(FEATURES.map((feature) => feature.name)).size).toBe(32);
  });

  it.each(FEATURES.map((feature) => [feature.id, feature] as const))('%s has a level, a name, a section and a quote', (id, feature) => {
    expect(isLevelId(feature.level)).toBe(true);
    expect(feature.name.trim()).not.toBe('');
    expect(feature.section.trim()).not.toBe('');
    expect(feature.quote.trim()).not.toBe('');
    expect(featureById(id)).toBe(feature);
  });

  it('has features at every level, in level order', () => {
    const levels = FEATURES.map((feature) => feature.level);
    for (const level of new Set(levels)) expect(featuresAt(level).length).toBeGreaterThan(0);
    expect(levels).toEqual([...levels].sort((a, b) => levels.indexOf(a) - levels.indexOf(b)));
    expect(new Set(levels).size).toBe(7);
  });
});
