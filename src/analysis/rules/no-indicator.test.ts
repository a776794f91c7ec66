import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { box, modelOf, ofKind } from '../testModel';

const noIndicator = (parts: Parameters<typeof modelOf>[0]) => ofKind(analyse(modelOf(parts)), 'no-indicator');
const measured = { indicators: [{ id: 'i1', text: 'Share of cases reviewed jointly' }] };

describe('no-indicator', () => {
  it('flags practice-change and final-outcome boxes with no indicator, in reading order', () => {
    const flags = noIndicator({ boxes: [box('o', 'outcomes'), box('l', 'learning'), box('p', 'practice'), box('i', 'inputs')] });
    expect(flags.map((flag) => flag.key)).toEqual(['no-indicator:p', 'no-indicator:o']);
    expect(flags[0]).toMatchObject({
      severity: 'notice',
      boxIds: ['p'],
      levelId: 'practice',
      action: { type: 'add-indicator', boxId: 'p' },
      message: '“p” (Practice change) has no indicator: nothing says how the partnership will know it is happening. Say what will be measured to show it, and where the figure comes from.',
    });
    expect(flags[0]!.passage.quote).toMatch(/^Ensure performance management systems are meaningful/);
  });

  it('leaves alone a box with an indicator', () => {
    expect(noIndicator({ boxes: [box('p', 'practice', measured), box('o', 'outcomes', measured)] })).toEqual([]);
  });

  it('leaves alone boxes of every other level, indicator or not', () => {
    const earlier = ['inputs', 'activities', 'engagement', 'reactions', 'learning'] as const;
    expect(noIndicator({ boxes: earlier.map((level) => box(level, level)) })).toEqual([]);
  });
});

describe('no-indicator after an edit', () => {
  it('words the flag afresh for a changed box and keeps it for an unchanged one', () => {
    const kept = box('kept', 'practice');
    const before = ofKind(analyse(modelOf({ boxes: [kept, box('o', 'outcomes', { label: 'Fewer people reoffend' })] })), 'no-indicator');
    const after = ofKind(analyse(modelOf({ boxes: [kept, box('o', 'outcomes', { label: 'Fewer people return to prison' })] })), 'no-indicator');
    expect(after[0]).toBe(before[0]);
    expect(after[1]!.message).toMatch(/^“Fewer people return to prison” \(Final outcomes\) has no indicator/);
  });
});
