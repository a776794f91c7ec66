import { describe, expect, it } from 'vitest';
import { LEVEL_IDS, type LevelId } from './levels';
import type { Box, Link } from './model';
import { indexBoxes, LINK_SHAPES, linkShape, shapeBetween } from './linkShape';

describe('shapeBetween', () => {
  it('calls a step to the next level linear', () => {
    for (let i = 0; i + 1 < LEVEL_IDS.length; i++) expect(shapeBetween(LEVEL_IDS[i] as LevelId, LEVEL_IDS[i + 1] as LevelId)).toBe('linear');
  });

  it('calls a jump over one or more levels a skip', () => {
    expect(shapeBetween('inputs', 'engagement')).toBe('skip');
    expect(shapeBetween('activities', 'outcomes')).toBe('skip');
    expect(shapeBetween('inputs', 'outcomes')).toBe('skip');
  });

  it("calls any step back feedback, including the briefing's practice → activities", () => {
    expect(shapeBetween('practice', 'activities')).toBe('feedback');
    expect(shapeBetween('practice', 'learning')).toBe('feedback');
    expect(shapeBetween('outcomes', 'inputs')).toBe('feedback');
  });

  it('calls a link within one level same-level', () => {
    for (const level of LEVEL_IDS) expect(shapeBetween(level, level)).toBe('same-level');
  });

  it('gives every ordered pair of levels exactly one of the four shapes', () => {
    const counts = new Map<string, number>();
    for (const from of LEVEL_IDS) for (const to of LEVEL_IDS) {
      const shape = shapeBetween(from, to);
      expect(LINK_SHAPES).toContain(shape);
      counts.set(shape, (counts.get(shape) ?? 0) + 1);
    }
    // 7 levels: 6 linear, 15 skip (forward by 2+), 21 feedback, 7 same-level.
    expect(Object.fromEntries(counts)).toEqual({ linear: 6, skip: 15, feedback: 21, 'same-level': 7 });
  });
});

describe('linkShape', () => {
  const boxes: Box[] = [
    { id: 'in', level: 'inputs', label: 'Budget', x: 20, y: 110 },
    { id: 'act', level: 'activities', label: 'Joint reviews', x: 280, y: 110 },
    { id: 'act2', level: 'activities', label: 'Training', x: 280, y: 194 },
    { id: 'prac', level: 'practice', label: 'Working across agencies', x: 1320, y: 110 },
  ];
  const byId = indexBoxes(boxes);
  const link = (source: string, target: string): Link => ({ id: `${source}-${target}`, source, target });

  it('derives the shape from the levels of the boxes at either end', () => {
    expect(linkShape(link('in', 'act'), byId)).toBe('linear');
    expect(linkShape(link('in', 'prac'), byId)).toBe('skip');
    expect(linkShape(link('prac', 'act'), byId)).toBe('feedback');
    expect(linkShape(link('act', 'act2'), byId)).toBe('same-level');
  });

  it('is undefined when either box is missing', () => {
    expect(linkShape(link('in', 'gone'), byId)).toBeUndefined();
    expect(linkShape(link('gone', 'act'), byId)).toBeUndefined();
  });

  it('indexes boxes by id', () => {
    expect([...byId.keys()]).toEqual(['in', 'act', 'act2', 'prac']);
    expect(byId.get('prac')).toBe(boxes[3]);
  });
});
