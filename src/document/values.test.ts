import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addBox, deleteBoxes } from '../domain/edits';
import type { ModelContent } from '../domain/model';
import { addPeriod, removePeriod, setPeriodValue, updateMeasure } from '../domain/measureEdits';
import { addIndicator, removeIndicator } from '../domain/progressEdits';
import { serialiseModel } from '../file/serialise';
import { mapsOf } from './layout';
import { createLiveModel, type LiveModel } from './liveModel';
import { projectDocument } from './project';
import { documentFor, documentUpdateFor } from './seed';

function housing(): ModelContent {
  let model: ModelContent = { title: 'Housing', boxes: [], links: [], conditions: [] };
  model = addBox(model, { id: 'b1', level: 'outcomes', label: 'Families housed', y: 0 });
  return addIndicator(model, 'b1', {
    id: 'i1',
    text: 'Families housed',
    unit: 'families',
    polarity: 'higher-is-better',
    frequency: 'annual',
    values: [{ period: '2024/25', actual: 14, target: 30, status: 'final' }],
  });
}

function pair(content: ModelContent): { a: LiveModel; b: LiveModel; cut(): void; mend(): void } {
  const seed = documentUpdateFor(content);
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  Y.applyUpdate(docA, seed);
  Y.applyUpdate(docB, seed);
  let connected = true;
  docA.on('update', (update: Uint8Array, origin: unknown) => connected && origin !== 'peer' && Y.applyUpdate(docB, update, 'peer'));
  docB.on('update', (update: Uint8Array, origin: unknown) => connected && origin !== 'peer' && Y.applyUpdate(docA, update, 'peer'));
  return {
    a: createLiveModel(docA),
    b: createLiveModel(docB),
    cut: () => (connected = false),
    mend: () => {
      connected = true;
      Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB)), 'peer');
      Y.applyUpdate(docA, Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA)), 'peer');
    },
  };
}

const valuesOf = (live: LiveModel) => live.content().boxes[0]!.indicators![0]!.values;

describe('a measure\'s figures in the document', () => {
  it('read back as the same model, and the same file byte for byte', () => {
    const model = setPeriodValue(housing(), 'b1', 'i1', '2025/26', { actual: 22, target: 40, note: 'two new blocks let' });
    const projected = projectDocument(mapsOf(documentFor(model)));
    expect(projected).toEqual(model);
    expect(serialiseModel(projected)).toBe(serialiseModel(model));
  });

  it('two partners entering different periods at once both keep theirs', () => {
    const { a, b, cut, mend } = pair(housing());
    cut();
    a.apply(setPeriodValue(a.content(), 'b1', 'i1', '2025/26', { actual: 22 }));
    b.apply(setPeriodValue(b.content(), 'b1', 'i1', '2026/27', { actual: 25, note: 'from b' }));
    mend();
    const expected = [
      { period: '2024/25', actual: 14, target: 30, status: 'final' },
      { period: '2025/26', actual: 22 },
      { period: '2026/27', actual: 25, note: 'from b' },
    ];
    expect(valuesOf(a)).toEqual(expected);
    expect(valuesOf(b)).toEqual(expected);
  });

  it('two partners changing different figures of one period both keep theirs', () => {
    const { a, b, cut, mend } = pair(housing());
    cut();
    a.apply(setPeriodValue(a.content(), 'b1', 'i1', '2024/25', { actual: 15 }));
    b.apply(setPeriodValue(b.content(), 'b1', 'i1', '2024/25', { note: 'revised by the council' }));
    mend();
    expect(valuesOf(a)).toEqual([{ period: '2024/25', actual: 15, target: 30, status: 'final', note: 'revised by the council' }]);
    expect(valuesOf(b)).toEqual(valuesOf(a));
  });

  it('undo takes back only this person\'s figure', () => {
    const { a, b } = pair(housing());
    a.apply(setPeriodValue(a.content(), 'b1', 'i1', '2025/26', { actual: 22 }));
    b.apply(setPeriodValue(b.content(), 'b1', 'i1', '2026/27', { actual: 25 }));
    expect(a.undo()).toBe(true);
    expect(valuesOf(a)!.map((value) => value.period)).toEqual(['2024/25', '2026/27']);
    expect(valuesOf(b)).toEqual(valuesOf(a));
  });

  it('a change elsewhere to one box keeps every other box\'s measure as the same object', () => {
    let model = housing();
    model = addBox(model, { id: 'b2', level: 'inputs', label: 'Budget', y: 0 });
    const { a, b } = pair(model);
    const before = a.content();
    b.apply(setPeriodValue(b.content(), 'b1', 'i1', '2024/25', { note: 'n' }));
    const after = a.content();
    expect(after.boxes[1]).toBe(before.boxes[1]);
    expect(after.boxes[0]).not.toBe(before.boxes[0]);
    b.apply(updateMeasure(b.content(), 'b1', 'i1', { unit: 'households' }));
    expect(a.content().boxes[0]!.indicators![0]!.values).toBe(after.boxes[0]!.indicators![0]!.values);
  });

  it('removing a period, an indicator or a box takes its figures out of the document', () => {
    const { a } = pair(setPeriodValue(housing(), 'b1', 'i1', '2025/26', { actual: 22 }));
    const values = mapsOf(a.doc).values;
    expect(values.size).toBe(2);
    a.apply(removePeriod(a.content(), 'b1', 'i1', '2025/26'));
    expect(values.size).toBe(1);
    a.apply(removeIndicator(a.content(), 'b1', 'i1'));
    expect(values.size).toBe(0);
    a.undo();
    expect(values.size).toBe(1);
    a.apply(deleteBoxes(a.content(), ['b1']));
    expect(values.size).toBe(0);
  });

  it('leaves out what only a tampered copy writes: a key that does not match, a bad period, a figure that is not a number', () => {
    const doc = documentFor(housing());
    const values = mapsOf(doc).values;
    const forged = (key: string, fields: Record<string, unknown>) => {
      const map = new Y.Map<unknown>();
      for (const [field, value] of Object.entries(fields)) map.set(field, value);
      values.set(key, map);
    };
    forged('not-a-key', { indicatorId: 'i1', period: '2030/31', actual: 1 });
    forged(JSON.stringify(['i1', 'whenever']), { indicatorId: 'i1', period: 'whenever', actual: 1 });
    forged(JSON.stringify(['i1', '2031/32']), { indicatorId: 'i1', period: '2031/32', actual: 'lots' });
    forged(JSON.stringify(['i1', '2032 Q1']), { indicatorId: 'i1', period: '2032 Q1', actual: 2 });
    expect(projectDocument(mapsOf(doc)).boxes[0]!.indicators![0]!.values).toEqual([
      { period: '2024/25', actual: 14, target: 30, status: 'final' },
      { period: '2031/32' },
    ]);
  });

  it('adds an empty period as a gap, once', () => {
    const { a } = pair(housing());
    a.apply(addPeriod(a.content(), 'b1', 'i1', '2025-26'));
    a.apply(addPeriod(a.content(), 'b1', 'i1', '2025/26'));
    expect(valuesOf(a)).toEqual([{ period: '2024/25', actual: 14, target: 30, status: 'final' }, { period: '2025/26' }]);
  });
});
