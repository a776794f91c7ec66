import { describe, expect, it } from 'vitest';
import { parseModelDocument } from './parse';
import { serialiseModel, toModelDocument } from './serialise';

const OPENS = { model: 'model-family-support', title: 'Family support workstream' };
const CONTRIBUTES = [
  { model: 'model-riverside-loip', box: 'b9' },
  { framework: 'scotland-npf', edition: '2018', outcome: 'poverty' },
];

function fileWith(box: Record<string, unknown>, top: Record<string, unknown> = {}, version = 4): Record<string, unknown> {
  return {
    format: 'outcome-chains/logic-model',
    formatVersion: version,
    ...top,
    title: 'Riverside LOIP',
    boxes: [{ id: 'b1', level: 'outcomes', label: 'Fewer children in poverty', x: 0, y: 0, ...box }],
    links: [],
    conditions: [],
  };
}

function errorOf(doc: unknown): string {
  const result = parseModelDocument(doc);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('model file version 4: links between models', () => {
  it('reads uid, opens and contributesTo and writes them back exactly', () => {
    const doc = fileWith({ opens: OPENS, contributesTo: CONTRIBUTES }, { uid: 'model-riverside' });
    const result = parseModelDocument(doc);
    if (!result.ok) throw new Error(result.error);
    expect(result.model.uid).toBe('model-riverside');
    expect(result.model.boxes[0]!.opens).toEqual(OPENS);
    expect(result.model.boxes[0]!.contributesTo).toEqual(CONTRIBUTES);
    const written = toModelDocument(result.model);
    expect(Object.keys(written).slice(0, 4)).toEqual(['format', 'formatVersion', 'uid', 'title']);
    expect((written.boxes as Record<string, unknown>[])[0]).toEqual({ id: 'b1', level: 'outcomes', label: 'Fewer children in poverty', x: 1580, y: 0, opens: OPENS, contributesTo: CONTRIBUTES });
    const again = parseModelDocument(JSON.parse(serialiseModel(result.model)));
    expect(again.ok && again.model).toEqual(result.model);
  });

  it('keeps a reference to a model that is not here, never refusing it', () => {
    const result = parseModelDocument(fileWith({ opens: { model: 'model-nowhere' }, contributesTo: [{ model: 'model-gone', box: 'b404' }] }));
    expect(result.ok && result.model.boxes[0]!.opens).toEqual({ model: 'model-nowhere' });
    expect(result.ok && result.model.boxes[0]!.contributesTo).toEqual([{ model: 'model-gone', box: 'b404' }]);
  });

  it('leaves the fields out when a model has none', () => {
    const result = parseModelDocument(fileWith({}));
    expect(result.ok && result.model).not.toHaveProperty('uid');
    expect(result.ok && result.model.boxes[0]).not.toHaveProperty('opens');
    expect(result.ok && result.model.boxes[0]).not.toHaveProperty('contributesTo');
  });

  it('keeps the same contribution once', () => {
    const result = parseModelDocument(fileWith({ contributesTo: [CONTRIBUTES[1], CONTRIBUTES[1]] }));
    expect(result.ok && result.model.boxes[0]!.contributesTo).toEqual([CONTRIBUTES[1]]);
  });

  it('refuses hostile or malformed references, naming the box and the entry', () => {
    expect(errorOf(fileWith({}, { uid: 7 }))).toBe('The file: "uid" must be text, but it is number 7.');
    expect(errorOf(fileWith({}, { uid: 'a\u0000b' }))).toBe('The file: "uid" has a control character in it.');
    expect(errorOf(fileWith({ opens: 'model-x' }))).toBe('Box 1 "b1": "opens" must be an object, but it is text "model-x".');
    expect(errorOf(fileWith({ opens: {} }))).toBe('Box 1 "b1"\'s "opens" has no "model".');
    expect(errorOf(fileWith({ opens: { model: 'x'.repeat(201) } }))).toBe('Box 1 "b1"\'s "opens": "model" is 201 characters long; it can be at most 200.');
    expect(errorOf(fileWith({ contributesTo: { model: 'm', box: 'b' } }))).toBe('Box 1 "b1": "contributesTo" must be a list, but it is an object.');
    expect(errorOf(fileWith({ contributesTo: [CONTRIBUTES[0], 3] }))).toBe('Box 1 "b1", contribution 2 must be an object, but it is number 3.');
    expect(errorOf(fileWith({ contributesTo: [{ model: 'm' }] }))).toBe('Box 1 "b1", contribution 1 has no "box".');
    expect(errorOf(fileWith({ contributesTo: [{ framework: 'scotland-npf', outcome: 'poverty' }] }))).toBe('Box 1 "b1", contribution 1 has no "edition".');
    expect(errorOf(fileWith({ contributesTo: [{ note: 'x' }] }))).toBe('Box 1 "b1", contribution 1 names neither a "model" and "box" nor a "framework", "edition" and "outcome".');
    const many = Array.from({ length: 101 }, (_, i) => ({ model: 'm', box: `b${i}` }));
    expect(errorOf(fileWith({ contributesTo: many }))).toBe('Box 1 "b1" contributes to 101 outcomes; a box can contribute to at most 100.');
    expect(errorOf(fileWith({ contributesTo: [{ model: 'm', box: 'b', __proto__x: 1, constructor: 1 }] }))).toContain('forbidden key "constructor"');
  });

  it('migration 3 → 4 drops stray uid, opens and contributesTo, in the model and its saved versions', () => {
    const stray = fileWith({ opens: OPENS, contributesTo: CONTRIBUTES }, {
      uid: 'model-stray',
      versions: [{ id: 'v1', name: 'Q2', savedAt: '2026-09-03T10:15:00Z', content: { uid: 'model-stray', title: 'Old', boxes: [{ id: 'b1', level: 'outcomes', label: 'x', x: 0, y: 0, opens: OPENS }], links: [], conditions: [] } }],
    }, 3);
    const result = parseModelDocument(stray);
    if (!result.ok) throw new Error(result.error);
    expect(result.model).not.toHaveProperty('uid');
    expect(result.model.boxes[0]).not.toHaveProperty('opens');
    expect(result.model.boxes[0]).not.toHaveProperty('contributesTo');
    expect(result.versions[0]!.content).not.toHaveProperty('uid');
    expect(result.versions[0]!.content.boxes[0]).not.toHaveProperty('opens');
  });
});
