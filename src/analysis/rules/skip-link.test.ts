import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { box, link, modelOf, ofKind, straightChain } from '../testModel';

const skips = (parts: Parameters<typeof modelOf>[0]) => ofKind(analyse(modelOf(parts)), 'skip-link');
const boxes = [box('a', 'activities'), box('e', 'engagement'), box('r', 'reactions'), box('o', 'outcomes')];

describe('skip-link', () => {
  it('raises nothing for links to the next level', () => {
    expect(skips(straightChain())).toEqual([]);
  });

  it('flags a link that jumps forward over levels, naming the levels skipped', () => {
    const flags = skips({ boxes, links: [link('l1', 'a', 'r'), link('l2', 'a', 'e')] });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      key: 'skip-link:l1',
      severity: 'notice',
      acknowledged: false,
      linkIds: ['l1'],
      boxIds: [],
      action: { type: 'explain-link', linkId: 'l1' },
      message:
        'The link from “a” (Activities) to “r” (Reactions) jumps over Engagement. Add a note to the link saying how one leads to the other without the steps in between.',
    });
    expect(flags[0]?.passage.quote).toMatch(/^The relationship between partnership features in Diagram 1 and outcomes is not just linear\./);
  });

  it('lists every level skipped', () => {
    const [flag] = skips({ boxes, links: [link('l1', 'a', 'o')] });
    expect(flag?.message).toContain('jumps over Engagement, Reactions, Knowledge, skills and attitudes and Practice change.');
  });

  it('shows a link whose note says why as acknowledged, at info', () => {
    const [flag] = skips({ boxes, links: [link('l1', 'a', 'r', 'Joint training builds trust directly')] });
    expect(flag).toMatchObject({
      severity: 'info',
      acknowledged: true,
      action: { type: 'select', boxIds: [], linkIds: ['l1'] },
      message: 'The link from “a” (Activities) to “r” (Reactions) jumps over Engagement; its note says why.',
    });
  });

  it('does not count a note of only spaces as saying why', () => {
    expect(skips({ boxes, links: [link('l1', 'a', 'r', '   ')] })[0]).toMatchObject({ severity: 'notice', acknowledged: false });
  });
});
