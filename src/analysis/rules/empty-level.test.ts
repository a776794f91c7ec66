import { describe, expect, it } from 'vitest';
import { LEVEL_IDS } from '../../domain/levels';
import { analyse } from '../analyse';
import { box, modelOf, ofKind, straightChain } from '../testModel';

describe('empty-level', () => {
  it('flags every level of an empty model, left to right', () => {
    const flags = ofKind(analyse(modelOf({})), 'empty-level');
    expect(flags.map((flag) => flag.levelId)).toEqual([...LEVEL_IDS]);
    expect(flags.every((flag) => flag.severity === 'gap')).toBe(true);
  });

  it('flags only the levels with no box', () => {
    const flags = ofKind(analyse(modelOf({ boxes: [box('a', 'inputs'), box('b', 'learning')] })), 'empty-level');
    expect(flags.map((flag) => flag.levelId)).toEqual(['activities', 'engagement', 'reactions', 'practice', 'outcomes']);
  });

  it('raises nothing when every level has a box', () => {
    expect(ofKind(analyse(modelOf(straightChain())), 'empty-level')).toEqual([]);
  });

  it('names the level and its question, and offers to add a box there', () => {
    const [reactions] = ofKind(analyse(modelOf({})), 'empty-level').filter((flag) => flag.levelId === 'reactions');
    expect(reactions).toMatchObject({
      key: 'empty-level:reactions',
      message: 'The Reactions level has no boxes yet: nothing in the model answers “How they feel”.',
      action: { type: 'add-box', level: 'reactions' },
    });
    expect(reactions?.passage.section).toBe('Summary points');
  });
});
