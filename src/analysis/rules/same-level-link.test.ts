import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { box, link, modelOf, ofKind, straightChain } from '../testModel';

const sameLevel = (parts: Parameters<typeof modelOf>[0]) => ofKind(analyse(modelOf(parts)), 'same-level-link');
const boxes = [box('t', 'reactions'), box('c', 'reactions', { y: 100 }), box('l', 'learning')];

describe('same-level-link', () => {
  it('raises nothing when no link stays within a level', () => {
    expect(sameLevel(straightChain())).toEqual([]);
    expect(sameLevel({ boxes, links: [link('l1', 't', 'l')] })).toEqual([]);
  });

  it('flags a link within a level as info', () => {
    const flags = sameLevel({ boxes, links: [link('l1', 't', 'c')] });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      key: 'same-level-link:l1',
      severity: 'info',
      acknowledged: false,
      action: { type: 'explain-link', linkId: 'l1' },
      message: 'The link from “t” to “c” stays within the Reactions level. Add a note to the link if one leads to the other.',
    });
  });

  it('shows a same-level link with a note as acknowledged', () => {
    expect(sameLevel({ boxes, links: [link('l1', 't', 'c', 'Trust grows confidence')] })[0]).toMatchObject({
      severity: 'info',
      acknowledged: true,
      message: 'The link from “t” to “c” stays within the Reactions level; its note says why.',
    });
  });
});
