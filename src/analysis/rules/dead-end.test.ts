import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { box, link, modelOf, ofKind, straightChain } from '../testModel';

const deadEnds = (parts: Parameters<typeof modelOf>[0]) => ofKind(analyse(modelOf(parts)), 'dead-end');

describe('dead-end', () => {
  it('raises nothing when inputs and activities lead forward to an outcome', () => {
    expect(deadEnds(straightChain())).toEqual([]);
  });

  it('flags an input or activity whose chain stops before the outcomes', () => {
    const { boxes, links } = straightChain();
    const flags = deadEnds({
      boxes: [...boxes, box('i2', 'inputs', { y: 100 }), box('a2', 'activities', { y: 100 })],
      links: [...links, link('m1', 'i2', 'a2')],
    });
    expect(flags.map((flag) => flag.key)).toEqual(['dead-end:i2', 'dead-end:a2']);
    expect(flags[0]).toMatchObject({ severity: 'notice', boxIds: ['i2'], action: { type: 'select', boxIds: ['i2'], linkIds: [] } });
    expect(flags[0]?.message).toBe('No chain of links runs forward from “i2” (Inputs) to a final outcome.');
  });

  it('does not count a route that needs a feedback link', () => {
    // a → p → (back to) e → o reaches o only by stepping back from practice to engagement.
    const flags = deadEnds({
      boxes: [box('a', 'activities'), box('p', 'practice'), box('e', 'engagement'), box('o', 'outcomes')],
      links: [link('l1', 'a', 'p'), link('l2', 'p', 'e'), link('l3', 'e', 'o')],
    });
    expect(flags.map((flag) => flag.key)).toEqual(['dead-end:a']);
  });

  it('applies when the model has no final outcomes, and says why', () => {
    const flags = deadEnds({ boxes: [box('i', 'inputs'), box('a', 'activities')], links: [link('l1', 'i', 'a')] });
    expect(flags.map((flag) => flag.key)).toEqual(['dead-end:i', 'dead-end:a']);
    expect(flags[0]?.message).toBe('“i” (Inputs) cannot lead to a final outcome yet: the model has no final outcomes.');
  });

  it('leaves a box with no links to isolated-box, and ignores levels after activities', () => {
    expect(
      deadEnds({ boxes: [box('i', 'inputs'), box('e', 'engagement'), box('r', 'reactions')], links: [link('l1', 'e', 'r')] }),
    ).toEqual([]);
  });
});
