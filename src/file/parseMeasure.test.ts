import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations';
import { parseModelDocument, parseModelFile } from './parse';
import { serialiseModel } from './serialise';

const MEASURE = {
  id: 'i1',
  text: 'Families housed through the scheme',
  unit: 'families',
  polarity: 'higher-is-better',
  frequency: 'annual',
  tolerance: 1,
  values: [
    { period: '2025/26', actual: 14, target: 30, status: 'final' },
    { period: '2026/27', actual: 22, target: 40, note: 'two new blocks let' },
  ],
};

function fileWith(indicator: Record<string, unknown>, version = 4): Record<string, unknown> {
  return {
    format: 'outcome-chains/logic-model',
    formatVersion: version,
    title: 'Housing',
    boxes: [{ id: 'b1', level: 'outcomes', label: 'More families housed', x: 0, y: 0, indicators: [indicator] }],
    links: [],
    conditions: [],
  };
}

function errorOf(doc: unknown): string {
  const result = parseModelDocument(doc);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('model file version 4: measures', () => {
  it('reads the example of PRODUCT.md §7 and writes it back exactly', () => {
    const result = parseModelDocument(fileWith(MEASURE));
    if (!result.ok) throw new Error(result.error);
    expect(result.model.boxes[0]!.indicators).toEqual([MEASURE]);
    const text = serialiseModel(result.model);
    expect(JSON.parse(text).formatVersion).toBe(4);
    expect(JSON.parse(text).boxes[0].indicators).toEqual([MEASURE]);
    const again = parseModelFile(text);
    expect(again.ok && serialiseModel(again.model)).toBe(text);
  });

  it('writes periods one way, puts them in time order, and keeps an empty actual as a gap', () => {
    const result = parseModelDocument(
      fileWith({ id: 'i1', text: 'Visits', values: [{ period: 'Q2 2025-26', actual: 3 }, { period: '2025/26 Q1' }, { period: '2024/2025 q4', actual: 0 }] }),
    );
    if (!result.ok) throw new Error(result.error);
    const indicator = result.model.boxes[0]!.indicators![0]!;
    expect(indicator.frequency).toBe('quarterly');
    expect(indicator.values).toEqual([{ period: '2024/25 Q4', actual: 0 }, { period: '2025/26 Q1' }, { period: '2025/26 Q2', actual: 3 }]);
  });

  it.each([
    [{ ...MEASURE, values: [{ period: '2025/26', actual: 1 }, { period: '2025-26', actual: 2 }] }, 'Box 1 "b1", indicator 1 "Families housed through the scheme" gives the period 2025/26 twice (values 1 and 2); each period has one entry.'],
    [{ ...MEASURE, values: [{ period: '2025/26', actual: '14 families' }] }, 'Box 1 "b1", indicator 1 "Families housed through the scheme", value 1 (2025/26): "actual" must be a number, but it is text "14 families".'],
    [{ ...MEASURE, values: [{ period: '2025/26', target: 'n/a' }] }, 'Box 1 "b1", indicator 1 "Families housed through the scheme", value 1 (2025/26): "target" must be a number, but it is text "n/a".'],
    [{ ...MEASURE, polarity: 'up' }, 'Box 1 "b1", indicator 1 "Families housed through the scheme": "polarity" must be one of higher-is-better, lower-is-better, none, but it is text "up".'],
    [{ ...MEASURE, frequency: 'weekly' }, 'Box 1 "b1", indicator 1 "Families housed through the scheme": "frequency" must be one of annual, quarterly, monthly, but it is text "weekly".'],
    [{ ...MEASURE, values: [{ period: '2025/26', status: 'draft' }] }, 'Box 1 "b1", indicator 1 "Families housed through the scheme", value 1 (2025/26): "status" must be one of provisional, final, revised, but it is text "draft".'],
    [{ ...MEASURE, values: [{ period: 'last year' }] }, 'Box 1 "b1", indicator 1 "Families housed through the scheme", value 1: "period" text "last year" is not a period; write 2025/26 (a financial year), 2025 (a calendar year), 2025/26 Q1 (a quarter) or 2025-04 (a month).'],
    [{ ...MEASURE, values: [{ actual: 3 }] }, 'Box 1 "b1", indicator 1 "Families housed through the scheme", value 1 has no "period".'],
    [{ ...MEASURE, values: [{ period: '2025/26 Q1' }] }, 'Box 1 "b1", indicator 1 "Families housed through the scheme", value 1: the period 2025/26 Q1 is a quarter of a financial year, but the measure is annual.'],
    [{ id: 'i', text: 'Mixed', values: [{ period: '2025/26' }, { period: '2026' }] }, 'Box 1 "b1", indicator 1 "Mixed", value 2: the period 2026 is a calendar year, but the measure\'s other periods are each a financial year.'],
    [{ ...MEASURE, tolerance: -1 }, 'Box 1 "b1", indicator 1 "Families housed through the scheme": "tolerance" must be 0 or more, but it is -1.'],
    [{ ...MEASURE, values: 'lots' }, 'Box 1 "b1", indicator 1 "Families housed through the scheme": "values" must be a list, but it is text "lots".'],
  ])('refuses a bad measure, naming the box, the indicator and the period (%#)', (indicator, message) => {
    expect(errorOf(fileWith(indicator))).toBe(message);
  });

  it('refuses a value that is not a finite number even where JSON cannot say one', () => {
    const doc = fileWith({ ...MEASURE, values: [{ period: '2025/26', actual: Number.POSITIVE_INFINITY }] });
    expect(errorOf(doc)).toMatch(/"actual" must be a number, but it is number Infinity/);
  });

  it('holds at most 600 values a measure and 50 indicators a box', () => {
    const values = Array.from({ length: 601 }, (_, i) => ({ period: `${1400 + i}`, actual: i }));
    expect(errorOf(fileWith({ id: 'i', text: 'Long', values }))).toBe('Box 1 "b1", indicator 1 "Long" has 601 values; a measure holds at most 600.');
    const doc = fileWith(MEASURE);
    (doc.boxes as Record<string, unknown>[])[0]!.indicators = Array.from({ length: 51 }, (_, i) => ({ id: `i${i}`, text: `Indicator ${i}` }));
    expect(errorOf(doc)).toBe('Box 1 "b1" has 51 indicators; a box holds at most 50.');
  });
});

describe('migration 3 → 4', () => {
  it('drops measure and plan fields a version-3 reader ignored, in the model and its saved versions, and never changes its input', () => {
    const v3 = {
      ...fileWith(MEASURE, 3),
      uid: 'stray',
      versions: [{ id: 'v1', name: 'Q1', savedAt: '2026-09-03T10:15:00Z', content: { title: 'Housing', boxes: [{ id: 'b1', level: 'outcomes', label: 'x', opens: { model: 'm' }, indicators: [MEASURE] }] } }],
    };
    const copy = structuredClone(v3);
    const v4 = MIGRATIONS[3]!(v3);
    expect(v3).toEqual(copy);
    expect(v4.formatVersion).toBe(4);
    expect(v4).not.toHaveProperty('uid');
    const box = (v4.boxes as Record<string, unknown>[])[0]!;
    expect(box.indicators).toEqual([{ id: 'i1', text: 'Families housed through the scheme' }]);
    const versionBox = ((v4.versions as Record<string, Record<string, Record<string, unknown>[]>>[])[0]!.content!.boxes as Record<string, unknown>[])[0]!;
    expect(versionBox).toEqual({ id: 'b1', level: 'outcomes', label: 'x', indicators: [{ id: 'i1', text: 'Families housed through the scheme' }] });
    const parsed = parseModelDocument(v3);
    expect(parsed.ok && parsed.model.boxes[0]!.indicators).toEqual([{ id: 'i1', text: 'Families housed through the scheme' }]);
  });

  it('leaves a version-3 file without such fields exactly as it was, but for its version', () => {
    const v3 = fileWith({ id: 'i1', text: 'Plain' }, 3);
    const v4 = MIGRATIONS[3]!(v3);
    expect({ ...v4, formatVersion: 3 }).toEqual(v3);
    expect(v4.boxes).toBe(v3.boxes);
  });
});
