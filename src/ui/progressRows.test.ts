import { describe, expect, it } from 'vitest';
import { addBox } from '../domain/edits';
import { addEvidence, addIndicator, rateBox } from '../domain/progressEdits';
import type { ModelContent } from '../domain/model';
import { setPeriodValues, updateMeasure } from '../domain/measureEdits';
import { filterRows, NO_FILTERS, NO_OWNER, ownersOf, progressRows, sortRows, UNRATED } from './progressRows';

function model(): ModelContent {
  let m: ModelContent = { title: 'T', boxes: [], links: [], conditions: [] };
  m = addBox(m, { id: 'out', level: 'outcomes', label: 'Reduced reoffending', owner: 'Council', y: 0 });
  m = addBox(m, { id: 'act2', level: 'activities', label: 'Joint training', y: 200 });
  m = addBox(m, { id: 'act1', level: 'activities', label: 'Case reviews', owner: 'Police', y: 100 });
  m = addBox(m, { id: 'prac', level: 'practice', label: 'Shared plans', owner: 'Council', y: 0 });
  m = rateBox(m, 'out', { progress: 'on-track', confidence: 'medium', date: '2026-12-01' });
  m = rateBox(m, 'prac', { progress: 'off-track', confidence: 'high', date: '2026-11-01' });
  m = addIndicator(m, 'out', { id: 'i1', text: 'Rate' });
  m = addIndicator(m, 'out', { id: 'i2', text: 'Survey' });
  m = addEvidence(m, 'out', { id: 'e1', date: '2026-01-05', kind: 'data', summary: 'Old' });
  m = addEvidence(m, 'out', { id: 'e2', date: '2026-10-05', kind: 'data', summary: 'New' });
  m = addEvidence(m, 'act1', { id: 'e3', date: '2026-06-01', kind: 'feedback', summary: 'Said' });
  return m;
}

const flags: Record<string, number> = { act2: 3, out: 1 };
const rows = () => progressRows(model().boxes, (id) => flags[id] ?? 0);
const ids = (list: readonly { box: { id: string } }[]) => list.map((row) => row.box.id);

describe('progress rows', () => {
  it('reads each box: owner, rating, confidence, indicators, newest evidence date and flags', () => {
    const out = rows().find((row) => row.box.id === 'out')!;
    expect(out).toMatchObject({ level: 'outcomes', owner: 'Council', progress: 'on-track', confidence: 'medium', indicators: 2, latestEvidence: '2026-10-05', flags: 1 });
    const bare = rows().find((row) => row.box.id === 'act2')!;
    expect(bare).toMatchObject({ owner: '', progress: undefined, indicators: 0, latestEvidence: undefined, flags: 3 });
    expect(ownersOf(rows())).toEqual(['Council', 'Police']);
  });

  it('sorts in chain order by level, and by any column either way with the empty values last', () => {
    expect(ids(sortRows(rows(), { key: 'level', direction: 'ascending' }))).toEqual(['act1', 'act2', 'prac', 'out']);
    expect(ids(sortRows(rows(), { key: 'level', direction: 'descending' }))).toEqual(['out', 'prac', 'act1', 'act2']);
    expect(ids(sortRows(rows(), { key: 'progress', direction: 'ascending' }))).toEqual(['prac', 'out', 'act1', 'act2']);
    expect(ids(sortRows(rows(), { key: 'progress', direction: 'descending' }))).toEqual(['out', 'prac', 'act1', 'act2']);
    expect(ids(sortRows(rows(), { key: 'latestEvidence', direction: 'descending' }))).toEqual(['out', 'act1', 'act2', 'prac']);
    expect(ids(sortRows(rows(), { key: 'flags', direction: 'descending' }))).toEqual(['act2', 'out', 'act1', 'prac']);
    expect(ids(sortRows(rows(), { key: 'label', direction: 'ascending' }))).toEqual(['act1', 'act2', 'out', 'prac']);
    expect(ids(sortRows(rows(), { key: 'owner', direction: 'ascending' }))).toEqual(['prac', 'out', 'act1', 'act2']);
  });

  it('filters by owner (or none), level and rating (or unrated), together', () => {
    expect(filterRows(rows(), NO_FILTERS)).toHaveLength(4);
    expect(ids(filterRows(rows(), { ...NO_FILTERS, owner: 'Council' }))).toEqual(['out', 'prac']);
    expect(ids(filterRows(rows(), { ...NO_FILTERS, owner: NO_OWNER }))).toEqual(['act2']);
    expect(ids(filterRows(rows(), { ...NO_FILTERS, level: 'activities' }))).toEqual(['act2', 'act1']);
    expect(ids(filterRows(rows(), { ...NO_FILTERS, rating: UNRATED }))).toEqual(['act2', 'act1']);
    expect(ids(filterRows(rows(), { owner: 'Council', level: 'outcomes', rating: 'on-track' }))).toEqual(['out']);
    expect(ids(filterRows(rows(), { owner: 'Council', level: 'outcomes', rating: 'achieved' }))).toEqual([]);
  });

  it('carries each box’s measures in their order, with the direction and the trend in words', () => {
    let m = model();
    m = updateMeasure(m, 'out', 'i2', { unit: 'families', polarity: 'higher-is-better' });
    m = setPeriodValues(m, 'out', 'i2', [
      { period: '2022/23', patch: { actual: 12 } },
      { period: '2023/24', patch: { actual: 18 } },
      { period: '2024/25', patch: { actual: 22, target: 40 } },
    ]);
    m = updateMeasure(m, 'out', 'i1', { polarity: 'lower-is-better' });
    m = setPeriodValues(m, 'out', 'i1', [{ period: '2024/25', patch: { actual: 30 } }]);
    const out = progressRows(m.boxes, () => 0).find((row) => row.box.id === 'out')!;
    expect(out.measures.map((measure) => measure.indicator.id)).toEqual(['i1', 'i2']);
    expect(out.measures[0]).toMatchObject({ words: 'Rate: 30 in 2024/25' });
    expect(out.measures[0]!.direction).toBeUndefined();
    expect(out.measures[1]).toMatchObject({ direction: 'improving', words: 'Survey: 22 families in 2024/25, improving for two periods; target 40 families not met' });
    expect(progressRows(m.boxes, () => 0).find((row) => row.box.id === 'act2')!.measures).toEqual([]);
  });
});
