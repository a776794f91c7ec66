import { describe, expect, it } from 'vitest';
import { addBox } from '../domain/edits';
import type { ModelContent } from '../domain/model';
import { featureById, FEATURES } from './features';
import { boxForFeature, featureCitation, featuresPresent, searchFeatures } from './library';

const empty: ModelContent = { title: 'Empty', boxes: [], links: [], conditions: [] };

describe('evidence library helpers', () => {
  it('cites a feature by section and quote', () => {
    expect(featureCitation(featureById('clear-rationale')!)).toBe('Briefing, "Table 1": “There is a clear need and rationale for the partnership”');
    expect(featureCitation(featureById('ownership')!)).toBe('Briefing, "Table 1 risks": “Lack of ownership amongst partners” (the risk)');
  });

  it('searches names, quotes, sections and level names', () => {
    expect(searchFeatures('')).toEqual(FEATURES);
    expect(searchFeatures('third sector').map((feature) => feature.id)).toContain('third-sector-engaged');
    expect(searchFeatures('REOFF').map((feature) => feature.id)).toEqual(['multidisciplinary-access']);
    expect(searchFeatures('table 1 timeframes').map((feature) => feature.id)).toEqual(['realistic-timeframes']);
    expect(searchFeatures('final outcomes').map((feature) => feature.level)).toContain('outcomes');
    expect(searchFeatures('practice change').every((feature) => feature.level === 'practice')).toBe(true);
    expect(searchFeatures('xyzzy')).toEqual([]);
  });

  it('lists the features a model has, ignoring untagged boxes and unknown ids', () => {
    let model = addBox(empty, boxForFeature(featureById('leadership')!, 'b1'));
    model = addBox(model, { id: 'b2', level: 'inputs', label: 'Untagged' });
    model = addBox(model, { id: 'b3', level: 'inputs', label: 'Odd', feature: 'not-a-feature' });
    expect(featuresPresent(model)).toEqual(new Set(['leadership']));
  });

  it('makes a box for a missing feature in its own lane, citing the briefing', () => {
    const feature = featureById('trust-between-partners')!;
    const box = addBox(empty, boxForFeature(feature, 'new')).boxes[0];
    expect(box).toMatchObject({ id: 'new', level: 'reactions', label: 'Trust between partners', feature: 'trust-between-partners', notes: featureCitation(feature) });
  });
});
