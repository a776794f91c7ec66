import { describe, expect, it } from 'vitest';
import type { ModelContent } from '../domain/model';
import { MODEL_FILE_EXTENSION, MODEL_FILE_FORMAT, MODEL_FILE_VERSION } from './format';
import { parseModelDocument, parseModelFile } from './parse';
import { modelFileName, serialiseModel, toModelDocument } from './serialise';

/** Every optional field used somewhere, and left out somewhere else. */
const richContent: ModelContent = {
  title: 'Reducing reoffending',
  description: 'Access to specialist multidisciplinary services\nacross three agencies',
  boxes: [
    { id: 'b1', level: 'inputs', label: 'Pooled budget', notes: 'From all four partners', feature: 'sufficient-resources', owner: 'Council', x: 20, y: 110 },
    { id: 'b2', level: 'activities', label: 'Joint case reviews', feature: 'leadership', x: 280, y: 110 },
    { id: 'b3', level: 'practice', label: 'Working across agencies <b>every day</b> & "always"', owner: 'Probation', x: 1320, y: 194.5 },
    { id: 'b4', level: 'outcomes', label: 'Less reoffending — fewer victims ✓', notes: 'Two-year follow-up', x: 1580, y: -12 },
  ],
  links: [
    { id: 'l1', source: 'b1', target: 'b2' },
    { id: 'l2', source: 'b2', target: 'b4', note: 'Skips levels: the evidence is direct' },
    { id: 'l3', source: 'b3', target: 'b2', note: 'Feedback, as the briefing says' },
  ],
  conditions: [
    { id: 'a1', kind: 'assumption', text: 'This is a partnership', status: 'holds', comment: 'Agreed at the away day' },
    { id: 'a2', kind: 'assumption', text: 'Timeframes are realistic', status: 'at-risk' },
    { id: 'r1', kind: 'risk', text: 'Lack of ownership amongst partners', status: 'live', comment: 'Raised by the third sector' },
    { id: 'r2', kind: 'risk', text: 'Programme of work complex and unwieldy', status: 'managed' },
    { id: 'r3', kind: 'risk', text: 'Our own risk', status: 'unchecked' },
  ],
};

const emptyContent: ModelContent = { title: '', boxes: [], links: [], conditions: [] };

describe('round trip: parse(serialise(content))', () => {
  it.each([
    ['a rich model', richContent],
    ['an empty model', emptyContent],
    ['a model with a title only', { ...emptyContent, title: 'Just a title' }],
  ])('gives back exactly the content for %s', (_, content) => {
    const parsed = parseModelFile(serialiseModel(content));
    expect(parsed).toStrictEqual({ ok: true, model: content, versions: [], comments: [] });
    // And through the document, the path stored models take.
    expect(parseModelDocument(toModelDocument(content))).toStrictEqual({ ok: true, model: content, versions: [], comments: [] });
  });

  it('writes the same text again after a round trip', () => {
    const text = serialiseModel(richContent);
    const parsed = parseModelFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(serialiseModel(parsed.model)).toBe(text);
  });

  it('keeps markup in labels as plain characters', () => {
    const parsed = parseModelFile(serialiseModel(richContent));
    expect(parsed.ok && parsed.model.boxes[2]?.label).toBe('Working across agencies <b>every day</b> & "always"');
  });
});

describe('serialiseModel', () => {
  it('writes the documented fields in the documented order and leaves empty optional fields out', () => {
    const doc = JSON.parse(serialiseModel(richContent)) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['format', 'formatVersion', 'title', 'description', 'boxes', 'links', 'conditions']);
    expect(doc.format).toBe(MODEL_FILE_FORMAT);
    expect(doc.formatVersion).toBe(MODEL_FILE_VERSION);
    const boxes = doc.boxes as Array<Record<string, unknown>>;
    expect(Object.keys(boxes[0] as object)).toEqual(['id', 'level', 'label', 'notes', 'feature', 'owner', 'x', 'y']);
    expect(Object.keys(boxes[1] as object)).toEqual(['id', 'level', 'label', 'feature', 'x', 'y']);
    expect((doc.links as object[])[0]).toEqual({ id: 'l1', source: 'b1', target: 'b2' });
    expect(Object.keys((doc.conditions as object[])[0] as object)).toEqual(['id', 'kind', 'text', 'status', 'comment']);
    expect('description' in (JSON.parse(serialiseModel(emptyContent)) as object)).toBe(false);
  });

  it('ends with a newline and indents for people to read', () => {
    const text = serialiseModel(emptyContent);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format": "outcome-chains/logic-model"');
  });

  it('writes no fields a model does not have (no id or times of the stored model)', () => {
    const stored = { ...richContent, id: 'model-1', createdAt: 1, updatedAt: 2 };
    expect(Object.keys(toModelDocument(stored))).not.toContain('id');
    expect(serialiseModel(stored)).toBe(serialiseModel(richContent));
  });
});

describe('modelFileName', () => {
  it('makes a lower-case dashed name with the .json extension', () => {
    expect(modelFileName('Reducing reoffending')).toBe('reducing-reoffending.json');
    expect(modelFileName('  Third sector & trust: 2025/26  ')).toBe('third-sector-trust-2025-26.json');
    expect(modelFileName('Reducing reoffending').endsWith(MODEL_FILE_EXTENSION)).toBe(true);
  });

  it('falls back to logic-model.json when nothing usable is left', () => {
    expect(modelFileName('')).toBe('logic-model.json');
    expect(modelFileName('!!! ???')).toBe('logic-model.json');
    expect(modelFileName('تغيير')).toBe('logic-model.json');
  });

  it('never lets a path through', () => {
    expect(modelFileName('../../etc/passwd')).toBe('etc-passwd.json');
    expect(modelFileName('C:\\Users\\me')).toBe('c-users-me.json');
  });

  it('keeps the stem to 60 characters with no dash at either end, even when cut at a word break', () => {
    for (const title of ['x'.repeat(200), `${'a'.repeat(59)} b`, `${'word '.repeat(40)}`, `-${'y'.repeat(70)}`]) {
      const stem = modelFileName(title).slice(0, -'.json'.length);
      expect(stem.length).toBeGreaterThan(0);
      expect(stem.length).toBeLessThanOrEqual(60);
      expect(stem).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(modelFileName(`${'a'.repeat(59)} b`)).toBe(`${'a'.repeat(59)}.json`);
  });
});
