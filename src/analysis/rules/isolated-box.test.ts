import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { box, link, modelOf, ofKind } from '../testModel';

const isolated = (parts: Parameters<typeof modelOf>[0]) => ofKind(analyse(modelOf(parts)), 'isolated-box');

describe('isolated-box', () => {
  it('flags boxes with no links, and only those', () => {
    const flags = isolated({
      boxes: [box('a', 'activities'), box('e', 'engagement'), box('lone', 'reactions'), box('o', 'outcomes')],
      links: [link('l1', 'a', 'e')],
    });
    expect(flags.map((flag) => flag.key)).toEqual(['isolated-box:lone', 'isolated-box:o']);
    expect(flags[0]).toMatchObject({ severity: 'notice', boxIds: ['lone'], levelId: 'reactions' });
  });

  it('counts a link either way: a box that is only a target is not isolated', () => {
    expect(isolated({ boxes: [box('a', 'activities'), box('e', 'engagement')], links: [link('l1', 'a', 'e')] })).toEqual([]);
  });

  it('says what to link, by level', () => {
    const flags = isolated({ boxes: [box('i', 'inputs'), box('r', 'reactions'), box('o', 'outcomes', { label: '' })] });
    expect(flags.map((flag) => flag.message)).toEqual([
      '“i” (Inputs) is not linked to any other box. Link it to what it should lead to.',
      '“r” (Reactions) is not linked to any other box. Link it to what brings it about and to what it leads to.',
      'An untitled box (Final outcomes) is not linked to any other box. Link the work that should bring it about to it.',
    ]);
  });
});
