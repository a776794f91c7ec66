import { describe, expect, it } from 'vitest';
import { table1Conditions } from '../evidence/table1';
import { analyse } from './analyse';
import { summariseFlags } from './summary';
import { box, link, modelOf } from './testModel';

describe('summariseFlags', () => {
  it('counts features present, non-linear links and gaps for the summary line', () => {
    const model = modelOf({
      boxes: [
        box('a', 'activities', { feature: 'leadership' }),
        box('a2', 'activities', { y: 100, feature: 'leadership' }),
        box('r', 'reactions', { feature: 'trust-between-partners' }),
        box('x', 'reactions', { y: 100, feature: 'not-a-feature' }),
      ],
      links: [link('l1', 'a', 'r', 'Because'), link('l2', 'r', 'a2'), link('l3', 'r', 'x')],
      conditions: table1Conditions(),
    });
    const flags = analyse(model);
    const summary = summariseFlags(model, flags);
    expect(summary).toMatchObject({ featuresPresent: 2, featuresTotal: 32, nonLinearLinks: 3, acknowledgedLinks: 1 });
    // 30 missing features and 5 empty levels.
    expect(summary.gaps).toBe(35);
    expect(summary.gaps + summary.notices + summary.infos).toBe(flags.length);
    expect(summary.text).toBe('2 of 32 evidence features · 3 non-linear links · 35 gaps');
  });

  it('uses the singular for one', () => {
    const model = modelOf({
      boxes: [box('a', 'activities'), box('r', 'reactions')],
      links: [link('l1', 'a', 'r')],
      conditions: [{ id: 'r1', kind: 'risk', text: 'Lack of ownership amongst partners', status: 'live' }],
    });
    const flags = analyse(model).filter((flag) => flag.kind === 'skip-link' || flag.kind === 'risk-live');
    expect(summariseFlags(model, flags).text).toBe('0 of 32 evidence features · 1 non-linear link · 1 gap');
  });
});
