import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { box, link, modelOf, ofKind, straightChain } from '../testModel';

const unreached = (parts: Parameters<typeof modelOf>[0]) => ofKind(analyse(modelOf(parts)), 'unreached-outcome');

describe('unreached-outcome', () => {
  it('raises nothing when a forward chain runs from an input to the outcome', () => {
    expect(unreached(straightChain())).toEqual([]);
  });

  it('counts a skip link as forward', () => {
    expect(unreached({ boxes: [box('a', 'activities'), box('o', 'outcomes')], links: [link('l1', 'a', 'o')] })).toEqual([]);
  });

  it('flags an outcome reached only from a level after activities', () => {
    const flags = unreached({ boxes: [box('p', 'practice'), box('o', 'outcomes'), box('a', 'activities')], links: [link('l1', 'p', 'o')] });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      key: 'unreached-outcome:o',
      severity: 'gap',
      boxIds: ['o'],
      levelId: 'outcomes',
      message:
        "No chain of links runs forward from an input or activity to the final outcome “o”, so the model does not yet show how the partnership's work leads to it.",
    });
  });

  it('does not follow a feedback link: the chain must run forward all the way', () => {
    // a → p → (back to) e → o reaches o only by stepping back from practice to engagement.
    const flags = unreached({
      boxes: [box('a', 'activities'), box('p', 'practice'), box('e', 'engagement'), box('o', 'outcomes')],
      links: [link('l1', 'a', 'p'), link('l2', 'p', 'e'), link('l3', 'e', 'o')],
    });
    expect(flags.map((flag) => flag.key)).toEqual(['unreached-outcome:o']);
  });

  it('leaves an outcome with no links to isolated-box', () => {
    expect(unreached({ boxes: [box('a', 'activities'), box('o', 'outcomes')] })).toEqual([]);
  });

  it('flags a linked outcome when the model has no inputs or activities at all', () => {
    const flags = unreached({ boxes: [box('p', 'practice'), box('o', 'outcomes')], links: [link('l1', 'p', 'o')] });
    expect(flags.map((flag) => flag.key)).toEqual(['unreached-outcome:o']);
  });
});
