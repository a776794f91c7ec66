import { describe, expect, it } from 'vitest';
import type { Indicator } from './model';
import { isManyCells, readPaste, splitPastedCells } from './measurePaste';
import { MAX_VALUES_PER_MEASURE } from './measureLimits';
import { setPeriodValues } from './measureEdits';

const HOUSED: Indicator = {
  id: 'i1',
  text: 'Families housed',
  unit: 'families',
  polarity: 'higher-is-better',
  frequency: 'annual',
  values: [{ period: '2022/23', actual: 12 }, { period: '2023/24', actual: 15, target: 20 }, { period: '2024/25' }],
};

describe('splitting what a spreadsheet puts on the clipboard', () => {
  it('reads rows by newline and cells by tab, with the trailing newline of a copied block', () => {
    expect(splitPastedCells('18\r\n22\r\n')).toEqual([['18'], ['22']]);
    expect(splitPastedCells('18\t30\tfinal\n')).toEqual([['18', '30', 'final']]);
    expect(splitPastedCells('1\t\n\t2')).toEqual([['1', ''], ['', '2']]);
  });

  it('keeps a quoted cell whole, tabs, newlines and doubled quotes inside it', () => {
    expect(splitPastedCells('5\t"Two lines\nof ""story"""\n6\tplain')).toEqual([
      ['5', 'Two lines\nof "story"'],
      ['6', 'plain'],
    ]);
    expect(splitPastedCells('"not closed\t3')).toEqual([['"not closed', '3']]);
  });

  it('tells one cell from many', () => {
    expect(isManyCells('22\r\n')).toBe(false);
    expect(isManyCells('22')).toBe(false);
    expect(isManyCells('22\n23')).toBe(true);
    expect(isManyCells('22\t23')).toBe(true);
  });
});

describe('reading a paste into the grid', () => {
  it('fills a column down from the focused cell', () => {
    const pasted = readPaste(HOUSED, '2023/24', 'actual', '16\r\n18\r\n');
    expect(pasted).toEqual({
      ok: true,
      entries: [
        { period: '2023/24', patch: { actual: 16 } },
        { period: '2024/25', patch: { actual: 18 } },
      ],
    });
  });

  it('fills a row across from the focused cell: target, status, note', () => {
    const pasted = readPaste(HOUSED, '2024/25', 'target', '25\tProvisional\tTwo new hostels opened\n');
    expect(pasted).toEqual({ ok: true, entries: [{ period: '2024/25', patch: { target: 25, status: 'provisional', note: 'Two new hostels opened' } }] });
  });

  it('adds the periods after the last when the paste has more rows than the grid', () => {
    const pasted = readPaste(HOUSED, '2024/25', 'actual', '18\t24\n22\t30\n\t35');
    expect(pasted.ok && pasted.entries).toEqual([
      { period: '2024/25', patch: { actual: 18, target: 24 } },
      { period: '2025/26', patch: { actual: 22, target: 30 } },
      { period: '2026/27', patch: { actual: null, target: 35 } },
    ]);
    const model = { title: '', boxes: [{ id: 'b1', level: 'outcomes' as const, label: 'B', x: 0, y: 0, indicators: [HOUSED] }], links: [], conditions: [] };
    const after = setPeriodValues(model, 'b1', 'i1', pasted.ok ? pasted.entries : []);
    expect(after.boxes[0]!.indicators![0]!.values).toEqual([
      { period: '2022/23', actual: 12 },
      { period: '2023/24', actual: 15, target: 20 },
      { period: '2024/25', actual: 18, target: 24 },
      { period: '2025/26', actual: 22, target: 30 },
      { period: '2026/27', target: 35 },
    ]);
  });

  it('goes on from quarters and months in their own kind', () => {
    const quarterly: Indicator = { id: 'q', text: 'Q', frequency: 'quarterly', values: [{ period: '2025/26 Q4', actual: 1 }] };
    const pasted = readPaste(quarterly, '2025/26 Q4', 'actual', '2\n3\n4');
    expect(pasted.ok && pasted.entries.map((entry) => entry.period)).toEqual(['2025/26 Q4', '2026/27 Q1', '2026/27 Q2']);
  });

  it('refuses the whole paste over one cell that is not a number, naming the cell', () => {
    expect(readPaste(HOUSED, '2023/24', 'actual', '16\n18\n14 families\n')).toEqual({ ok: false, message: '2025/26, Actual: “14 families” is not a number' });
    expect(readPaste(HOUSED, '2022/23', 'target', '20\nn/a')).toEqual({ ok: false, message: '2023/24, Target: “n/a” is not a number' });
    expect(readPaste(HOUSED, '2022/23', 'status', 'done')).toEqual({ ok: false, message: '2022/23, Status: “done” is not a status (Provisional, Final, Revised)' });
  });

  it('reads spreadsheet figures and clears a cell pasted empty', () => {
    const pasted = readPaste(HOUSED, '2022/23', 'actual', '1,234\t45%\n(12)\t');
    expect(pasted.ok && pasted.entries).toEqual([
      { period: '2022/23', patch: { actual: 1234, target: 45 } },
      { period: '2023/24', patch: { actual: -12, target: null } },
    ]);
  });

  it('refuses a block wider than the grid from the focused column', () => {
    const pasted = readPaste(HOUSED, '2022/23', 'status', 'final\tnote\textra');
    expect(pasted).toEqual({ ok: false, message: 'The paste is 3 cells wide, but from Status the grid has 2 (Status, Note)' });
  });

  it('refuses a paste that would pass the limit of periods a measure holds', () => {
    const rows = Array.from({ length: MAX_VALUES_PER_MEASURE }, (_, index) => String(index)).join('\n');
    const pasted = readPaste(HOUSED, '2024/25', 'actual', rows);
    expect(pasted.ok).toBe(false);
    expect(!pasted.ok && pasted.message).toContain(`it can hold ${MAX_VALUES_PER_MEASURE}`);
  });

  it('refuses a start that is not one of the periods', () => {
    expect(readPaste(HOUSED, '2030/31', 'actual', '1\n2').ok).toBe(false);
  });
});
