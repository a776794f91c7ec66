import { describe, expect, it } from 'vitest';
import { tabsInRow, type RowMeasure } from './tabsInRow';

type Tab = 'details' | 'flags' | 'evidence' | 'conditions' | 'progress' | 'versions' | 'comments';
const ORDER: readonly Tab[] = ['details', 'flags', 'evidence', 'conditions', 'progress', 'versions', 'comments'];
const BY_USE: readonly Tab[] = ['details', 'flags', 'evidence', 'progress', 'conditions', 'comments', 'versions'];

// As measured in Chromium at 1366 × 768 on a blank model (bold, rounded up): the panel's row has 339 px.
const BLANK: RowMeasure<Tab> = {
  tabs: { details: 55, flags: 109, evidence: 70, conditions: 82, progress: 69, versions: 67, comments: 81 },
  more: 53,
  room: 339,
};

describe('which side-panel tabs stand in the row and which go under More (issue 25)', () => {
  it('keeps the chosen tab and then the most used while they fit beside More, each list in the row’s order', () => {
    expect(tabsInRow(ORDER, BY_USE, 'details', BLANK)).toEqual({ inRow: ['details', 'flags', 'evidence'], inMenu: ['conditions', 'progress', 'versions', 'comments'] });
  });

  it('brings a rarer tab into the row while it is chosen, in its own place, and lets go of the least used that no longer fit', () => {
    expect(tabsInRow(ORDER, BY_USE, 'versions', BLANK)).toEqual({ inRow: ['details', 'flags', 'versions'], inMenu: ['evidence', 'conditions', 'progress', 'comments'] });
  });

  it('stops at the first most-used tab that does not fit rather than skipping to a smaller, rarer one', () => {
    const fewerGaps = { ...BLANK, tabs: { ...BLANK.tabs, flags: 90 } };
    // Details, Flags and Evidence take 215 of the 286 beside More; Progress (69) fits, then Conditions (82) does not, and Versions (67) is not tried.
    expect(tabsInRow(ORDER, BY_USE, 'details', fewerGaps).inRow).toEqual(['details', 'flags', 'evidence', 'progress']);
  });

  it('shows every tab, with no More, when all fit (the wider panel of the Progress tab)', () => {
    expect(tabsInRow(ORDER, BY_USE, 'progress', { ...BLANK, room: 703 })).toEqual({ inRow: ORDER, inMenu: [] });
  });

  it('shows every tab until the row has been measured, or while the panel is folded away', () => {
    expect(tabsInRow(ORDER, BY_USE, 'comments', undefined).inMenu).toEqual([]);
    expect(tabsInRow(ORDER, BY_USE, 'comments', { ...BLANK, room: 0 }).inMenu).toEqual([]);
  });
});
