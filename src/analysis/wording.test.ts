import { describe, expect, it } from 'vitest';
import { box } from './testModel';
import { boxName, counted, listInWords, quoted } from './wording';

describe('wording', () => {
  it('quotes a label on one line and shortens a long one', () => {
    expect(boxName(box('b', 'inputs', { label: '  Pooled\n budget ' }))).toBe('“Pooled budget”');
    expect(boxName(box('b', 'inputs', { label: 'x'.repeat(100) }))).toBe(`“${'x'.repeat(59)}…”`);
    expect(boxName(box('b', 'inputs', { label: ' ' }))).toBe('an untitled box');
    expect(quoted('y'.repeat(100), '')).toBe(`“${'y'.repeat(100)}”`);
    // 58 letters then an emoji (two UTF-16 units) across the cut: the emoji goes whole.
    expect(quoted(`${'z'.repeat(58)}🙂 and more`, '', 60)).toBe(`“${'z'.repeat(58)}…”`);
  });

  it('lists and counts in plain English', () => {
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B'])).toBe('A and B');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
    expect(counted(1, 'gap')).toBe('1 gap');
    expect(counted(2000, 'gap')).toBe('2,000 gaps');
    expect(counted(0, 'more box', 'more boxes')).toBe('0 more boxes');
  });
});
