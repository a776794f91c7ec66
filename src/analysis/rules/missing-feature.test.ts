import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../evidence/features';
import { analyse } from '../analyse';
import { box, modelOf, ofKind } from '../testModel';

describe('missing-feature', () => {
  it('flags every feature when no box stands for one, in the evidence library’s order', () => {
    const flags = ofKind(analyse(modelOf({})), 'missing-feature');
    expect(flags.map((flag) => flag.featureId)).toEqual(FEATURES.map((feature) => feature.id));
    expect(flags.every((flag) => flag.severity === 'gap')).toBe(true);
  });

  it('does not flag a feature a box stands for', () => {
    const flags = ofKind(analyse(modelOf({ boxes: [box('b1', 'reactions', { feature: 'trust-between-partners' })] })), 'missing-feature');
    expect(flags).toHaveLength(FEATURES.length - 1);
    expect(flags.some((flag) => flag.featureId === 'trust-between-partners')).toBe(false);
  });

  it('says what is missing, quotes the briefing, and offers to add it at its level', () => {
    const [trust] = ofKind(analyse(modelOf({})), 'missing-feature').filter((flag) => flag.featureId === 'trust-between-partners');
    expect(trust).toMatchObject({
      key: 'missing-feature:trust-between-partners',
      message: 'No box stands for “Trust between partners”, a feature of effective partnership at the Reactions level.',
      passage: { quote: 'improved trust between partners', section: 'Evaluating partnership effectiveness' },
      levelId: 'reactions',
      action: { type: 'add-feature', featureId: 'trust-between-partners', level: 'reactions' },
    });
  });

  it('passes on the note when the briefing’s words are the risk the feature guards against', () => {
    const [ownership] = ofKind(analyse(modelOf({})), 'missing-feature').filter((flag) => flag.featureId === 'ownership');
    expect(ownership?.passage).toEqual({ quote: 'Lack of ownership amongst partners', section: 'Table 1 risks', note: 'the risk' });
  });
});
