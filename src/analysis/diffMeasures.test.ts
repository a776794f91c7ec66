import { describe, expect, it } from 'vitest';
import { changeInWords, groupChanges } from './changeWords';
import { marksForChanges } from './changeMarks';
import { diffModels } from '../domain/diff';
import { addBox } from '../domain/edits';
import type { ModelContent } from '../domain/model';
import { removePeriod, setPeriodValue, updateMeasure } from '../domain/measureEdits';
import { addIndicator } from '../domain/progressEdits';

function housing(): ModelContent {
  let model: ModelContent = { title: 'Housing', boxes: [], links: [], conditions: [] };
  model = addBox(model, { id: 'b1', level: 'outcomes', label: 'Families in secure homes', y: 0 });
  model = addIndicator(model, 'b1', { id: 'i1', text: 'Families housed', unit: 'families', polarity: 'higher-is-better', frequency: 'annual' });
  model = setPeriodValue(model, 'b1', 'i1', '2024/25', { actual: 14, target: 30, status: 'provisional' });
  return setPeriodValue(model, 'b1', 'i1', '2025/26', { actual: 18, target: 35 });
}

/** Both sides read back through JSON, as versions are. */
const fromJson = (model: ModelContent): ModelContent => JSON.parse(JSON.stringify(model));

describe('what changed in a measure\'s figures', () => {
  it('says a value added, changed or removed since a version, in the Measures group', () => {
    const before = housing();
    let after = setPeriodValue(before, 'b1', 'i1', '2026/27', { actual: 22 });
    after = setPeriodValue(after, 'b1', 'i1', '2024/25', { actual: 15, status: 'final', note: 'revised by the council' });
    after = removePeriod(after, 'b1', 'i1', '2025/26');
    const changes = diffModels(fromJson(before), fromJson(after));
    expect(changes.map(changeInWords)).toEqual([
      'Families housed: 2024/25 actual changed from 14 to 15; status changed from Provisional to Final; note added',
      'Families housed: 2025/26 removed (was actual 18, target 35)',
      'Families housed: 2026/27 actual 22 added',
    ]);
    expect(groupChanges(changes).map((group) => group.title)).toEqual(['Measures']);
    expect(changes.every((change) => 'boxId' in change && change.boxId === 'b1')).toBe(true);
  });

  it('marks the box changed on the compare view, with the figures before and after', () => {
    const before = housing();
    const after = setPeriodValue(before, 'b1', 'i1', '2025/26', { actual: 20 });
    const marks = marksForChanges(diffModels(fromJson(before), fromJson(after)));
    const box = marks.boxes.get('b1');
    expect(box?.mark).toBe('changed');
    expect(box?.details).toEqual([{ what: 'Actual, 2025/26 of “Families housed”', before: '18', after: '20' }]);
  });

  it('says a measure\'s own fields changed, and nothing for figures read back the same', () => {
    const before = housing();
    const after = updateMeasure(before, 'b1', 'i1', { polarity: 'lower-is-better', tolerance: 2 });
    expect(diffModels(fromJson(before), fromJson(after)).map(changeInWords)).toEqual([
      '“Families in secure homes”: indicator “Families housed”: polarity changed from Higher is better to Lower is better; tolerance set to 2',
    ]);
    expect(diffModels(fromJson(before), fromJson(before))).toEqual([]);
  });

  it('says an indicator added with figures once, not once per figure', () => {
    const before = housing();
    const after = addIndicator(before, 'b1', { id: 'i2', text: 'Rent arrears', values: [{ period: '2025/26', actual: 3 }] });
    expect(diffModels(before, after).map(changeInWords)).toEqual(['Added indicator to “Families in secure homes”: “Rent arrears”']);
  });
});
