import { describe, expect, it } from 'vitest';
import { isLevelId, LEVEL_IDS, LEVELS, levelById, levelIndex, levelName } from './levels';

/** EVIDENCE.md, "Levels": id, name, plain question — in order, left to right. */
const EVIDENCE_LEVELS = [
  ['inputs', 'Inputs', 'What we invest'],
  ['activities', 'Activities', 'What we do'],
  ['engagement', 'Engagement', 'Who with'],
  ['reactions', 'Reactions', 'How they feel'],
  ['learning', 'Knowledge, skills and attitudes', 'What they learn and gain'],
  ['practice', 'Practice change', 'What they do differently'],
  ['outcomes', 'Final outcomes', 'What difference it makes'],
] as const;

describe('levels', () => {
  it('are the seven ids of EVIDENCE.md, in order', () => {
    expect(LEVEL_IDS).toEqual(EVIDENCE_LEVELS.map(([id]) => id));
    expect(LEVELS.map((level) => level.id)).toEqual([...LEVEL_IDS]);
  });

  it('carry the names and plain questions of EVIDENCE.md', () => {
    expect(LEVELS.map((level) => [level.id, level.name, level.question])).toEqual(EVIDENCE_LEVELS.map((row) => [...row]));
    for (const level of LEVELS) expect(level.belongs.length).toBeGreaterThan(0);
  });

  it('index, name and look up each level', () => {
    EVIDENCE_LEVELS.forEach(([id, name, question], index) => {
      expect(levelIndex(id)).toBe(index);
      expect(levelName(id)).toBe(name);
      expect(levelById(id)).toMatchObject({ id, name, question });
    });
  });

  it('recognise only the seven ids as level ids', () => {
    for (const id of LEVEL_IDS) expect(isLevelId(id)).toBe(true);
    for (const value of ['Inputs', 'outcome', '', ' inputs', 'toString', '__proto__', 0, null, undefined, {}, ['inputs']]) {
      expect(isLevelId(value)).toBe(false);
    }
  });
});
