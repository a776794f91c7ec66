import { describe, expect, it } from 'vitest';
import {
  BOX_CHARS_PER_LINE,
  BOX_GAP_Y,
  BOX_LINE_HEIGHT,
  BOX_WIDTH,
  boxXFor,
  estimateBoxHeight,
  LANE_HEADER_HEIGHT,
  LANE_MIN_HEIGHT,
  LANE_WIDTH,
  laneHeightFor,
  laneLeft,
  levelAtX,
  nextFreeY,
  totalLanesWidth,
  wrapText,
} from './lanes';
import { LEVEL_IDS } from './levels';
import type { Box } from './model';

describe('lane geometry', () => {
  it('puts the lanes side by side, left to right in level order', () => {
    LEVEL_IDS.forEach((level, index) => expect(laneLeft(level)).toBe(index * LANE_WIDTH));
    expect(totalLanesWidth()).toBe(LEVEL_IDS.length * LANE_WIDTH);
  });

  it('stands every box in the middle of its own lane, wholly inside it', () => {
    for (const level of LEVEL_IDS) {
      const x = boxXFor(level);
      expect(x).toBeGreaterThan(laneLeft(level));
      expect(x + BOX_WIDTH).toBeLessThan(laneLeft(level) + LANE_WIDTH);
      expect(x - laneLeft(level)).toBe(laneLeft(level) + LANE_WIDTH - (x + BOX_WIDTH));
      expect(levelAtX(x + BOX_WIDTH / 2)).toBe(level);
    }
  });
});

describe('levelAtX', () => {
  it('changes level exactly at each lane edge', () => {
    LEVEL_IDS.forEach((level, index) => {
      expect(levelAtX(index * LANE_WIDTH)).toBe(level);
      expect(levelAtX(index * LANE_WIDTH + LANE_WIDTH - 0.001)).toBe(level);
      if (index > 0) expect(levelAtX(index * LANE_WIDTH - 0.001)).toBe(LEVEL_IDS[index - 1]);
    });
  });

  it('clamps to the outer lanes', () => {
    expect(levelAtX(-0.001)).toBe('inputs');
    expect(levelAtX(-5_000)).toBe('inputs');
    expect(levelAtX(-Infinity)).toBe('inputs');
    expect(levelAtX(totalLanesWidth())).toBe('outcomes');
    expect(levelAtX(1e9)).toBe('outcomes');
    expect(levelAtX(Infinity)).toBe('outcomes');
  });
});

describe('wrapText', () => {
  it('keeps a short label on one line', () => {
    expect(wrapText('Pooled budget')).toEqual(['Pooled budget']);
    expect(wrapText('x'.repeat(BOX_CHARS_PER_LINE))).toEqual(['x'.repeat(BOX_CHARS_PER_LINE)]);
  });

  it('breaks at spaces, never past the line width', () => {
    expect(wrapText('Joint case reviews with probation and health', 20)).toEqual(['Joint case reviews', 'with probation and', 'health']);
    expect(wrapText('one  two\tthree', 9)).toEqual(['one two', 'three']);
  });

  it('cuts a word longer than a line, keeping every character in order', () => {
    const long = 'a'.repeat(70);
    expect(wrapText(long, 28)).toEqual(['a'.repeat(28), 'a'.repeat(28), 'a'.repeat(14)]);
    expect(wrapText(`Hi ${'x'.repeat(30)} there`, 28)).toEqual(['Hi', 'x'.repeat(28), 'xx there']);
  });

  it('keeps every non-space character, in order, on lines no longer than the width (many labels)', () => {
    const words = ['a', 'partnership', 'supercalifragilisticexpialidocious-and-more-besides', 'of', 'trust', '', 'x'.repeat(57)];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 200; run++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => words[Math.floor(random() * words.length)]).join(random() < 0.2 ? '\n' : ' ');
      const width = 5 + Math.floor(random() * 30);
      const lines = wrapText(text, width);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });

  it('keeps line breaks the user typed, but not a trailing one, and gives one empty line for no text', () => {
    expect(wrapText('Budget\nStaff time')).toEqual(['Budget', 'Staff time']);
    expect(wrapText('Budget\n\nStaff')).toEqual(['Budget', '', 'Staff']);
    expect(wrapText('Budget\n')).toEqual(['Budget']);
    expect(wrapText('')).toEqual(['']);
    expect(wrapText('   ')).toEqual(['']);
  });
});

describe('estimateBoxHeight', () => {
  it('grows by one line height for each extra line of text', () => {
    const one = estimateBoxHeight('Pooled budget');
    expect(estimateBoxHeight('')).toBe(one);
    const two = estimateBoxHeight('Pooled budget from all four partners, agreed yearly');
    expect(wrapText('Pooled budget from all four partners, agreed yearly')).toHaveLength(2);
    expect(two).toBe(one + BOX_LINE_HEIGHT);
    const long = estimateBoxHeight('word '.repeat(30));
    expect(long).toBe(one + (wrapText('word '.repeat(30)).length - 1) * BOX_LINE_HEIGHT);
    expect(long).toBeGreaterThan(two);
  });

  it('never shrinks as a label gets longer', () => {
    let label = '';
    let previous = estimateBoxHeight(label);
    for (let i = 0; i < 60; i++) {
      label += i % 7 === 0 ? 'x'.repeat(31) : ` w${i}`;
      const height = estimateBoxHeight(label);
      expect(height).toBeGreaterThanOrEqual(previous);
      previous = height;
    }
  });
});

describe('nextFreeY and laneHeightFor', () => {
  const box = (id: string, level: Box['level'], y: number, label = 'Box'): Box => ({ id, level, label, x: boxXFor(level), y });

  it('starts an empty lane just under its heading', () => {
    expect(nextFreeY([], 'inputs')).toBe(LANE_HEADER_HEIGHT);
    expect(nextFreeY([box('a', 'activities', 900)], 'inputs')).toBe(LANE_HEADER_HEIGHT);
  });

  it('goes below the lowest box of that lane, whatever the order of the list', () => {
    const tall = 'A label long enough to wrap onto a second line and a third one too';
    const boxes = [box('low', 'inputs', 400, tall), box('high', 'inputs', 110), box('other', 'outcomes', 2000)];
    expect(nextFreeY(boxes, 'inputs')).toBe(400 + estimateBoxHeight(tall) + BOX_GAP_Y);
  });

  it('makes the lanes tall enough for the lowest box and never shorter than the minimum', () => {
    expect(laneHeightFor([])).toBe(LANE_MIN_HEIGHT);
    expect(laneHeightFor([box('a', 'inputs', 110)])).toBe(LANE_MIN_HEIGHT);
    const deep = box('deep', 'practice', 3000);
    expect(laneHeightFor([deep])).toBeGreaterThan(3000 + estimateBoxHeight(deep.label));
  });
});
