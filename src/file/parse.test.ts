import { describe, expect, it } from 'vitest';
import { BOX_GAP_Y, boxXFor, estimateBoxHeight, LANE_HEADER_HEIGHT } from '../domain/lanes';
import { isLevelId, LEVEL_IDS } from '../domain/levels';
import { statusesFor, type ModelContent } from '../domain/model';
import { MAX_MODEL_FILE_BYTES } from './format';
import { parseModelDocument, parseModelFile, type ParseResult } from './parse';
import { serialiseModel, toModelDocument } from './serialise';

const HEAD = { format: 'outcome-chains/logic-model', formatVersion: 1, title: 'Reducing reoffending' };

/** A good document to break, one field at a time. */
function goodDocument(): Record<string, unknown> {
  return {
    ...HEAD,
    description: 'Access to specialist services',
    boxes: [
      { id: 'b1', level: 'inputs', label: 'Pooled budget', notes: 'From all four partners', owner: 'Council', x: 20, y: 110 },
      { id: 'b2', level: 'activities', label: 'Joint case reviews', feature: 'leadership', x: 280, y: 110 },
      { id: 'b3', level: 'outcomes', label: 'Less reoffending', x: 1580, y: 110 },
    ],
    links: [
      { id: 'l1', source: 'b1', target: 'b2' },
      { id: 'l2', source: 'b2', target: 'b3', note: 'Skips levels on purpose' },
    ],
    conditions: [
      { id: 'a1', kind: 'assumption', text: 'This is a partnership', status: 'holds', comment: 'Agreed' },
      { id: 'r1', kind: 'risk', text: 'Lack of ownership amongst partners', status: 'live' },
    ],
  };
}

function withChange(change: (doc: Record<string, any>) => void): string {
  const doc = goodDocument();
  change(doc);
  return JSON.stringify(doc);
}

/** The error of a file that must be refused. */
function errorOf(text: string): string {
  const result = parseModelFile(text);
  if (result.ok) throw new Error(`expected the file to be refused, but it parsed: ${text.slice(0, 200)}`);
  expect(result.error.length).toBeGreaterThan(0);
  return result.error;
}

function modelOf(result: ParseResult): ModelContent {
  if (!result.ok) throw new Error(`expected the file to parse, but: ${result.error}`);
  return result.model;
}

/** What any model the parser lets through must satisfy, whatever file it came from. */
function expectSound(model: ModelContent): void {
  expect(typeof model.title).toBe('string');
  const boxIds = new Set<string>();
  for (const box of model.boxes) {
    expect(typeof box.id).toBe('string');
    expect(box.id.trim()).not.toBe('');
    expect(boxIds.has(box.id)).toBe(false);
    boxIds.add(box.id);
    expect(isLevelId(box.level)).toBe(true);
    expect(typeof box.label).toBe('string');
    expect(Number.isFinite(box.x) && Number.isFinite(box.y)).toBe(true);
    for (const field of ['notes', 'feature', 'owner'] as const) if (field in box) expect(typeof box[field]).toBe('string');
  }
  const linkIds = new Set<string>();
  for (const link of model.links) {
    expect(linkIds.has(link.id)).toBe(false);
    linkIds.add(link.id);
    expect(boxIds.has(link.source) && boxIds.has(link.target)).toBe(true);
    expect(link.source).not.toBe(link.target);
  }
  const conditionIds = new Set<string>();
  for (const condition of model.conditions) {
    expect(conditionIds.has(condition.id)).toBe(false);
    conditionIds.add(condition.id);
    expect(statusesFor(condition.kind)).toContain(condition.status);
    expect(typeof condition.text).toBe('string');
  }
}

describe('a good file', () => {
  it('parses to exactly its content', () => {
    const model = modelOf(parseModelFile(JSON.stringify(goodDocument())));
    const { format: _format, formatVersion: _version, ...content } = goodDocument();
    expect(model).toStrictEqual(content);
    expectSound(model);
  });

  it('may leave out links, conditions and description; null optional fields count as absent', () => {
    const model = modelOf(parseModelFile(JSON.stringify({ ...HEAD, description: null, boxes: [{ id: 'b1', level: 'inputs', label: 'Budget', notes: null, x: 20, y: 110 }] })));
    expect(model).toStrictEqual({ title: 'Reducing reoffending', boxes: [{ id: 'b1', level: 'inputs', label: 'Budget', x: 20, y: 110 }], links: [], conditions: [] });
  });

  it('ignores fields it does not know', () => {
    const model = modelOf(parseModelFile(withChange((doc) => {
      doc.app = 'someone else';
      doc.boxes[0].colour = 'red';
    })));
    expect(Object.keys(model)).not.toContain('app');
    expect(Object.keys(model.boxes[0] as object)).not.toContain('colour');
  });

  it('gives a condition with no status the status "unchecked"', () => {
    const model = modelOf(parseModelFile(withChange((doc) => delete doc.conditions[1].status)));
    expect(model.conditions[1]).toMatchObject({ id: 'r1', status: 'unchecked' });
  });

  it('does not change the document it is given (stored records are parsed as they are)', () => {
    const freeze = (value: unknown): void => {
      if (value && typeof value === 'object') {
        Object.freeze(value);
        Object.values(value).forEach(freeze);
      }
    };
    const doc = goodDocument();
    freeze(doc);
    expect(parseModelDocument(doc).ok).toBe(true);
    expect(doc).toEqual(goodDocument());
  });
});

describe('the minimal file of PRODUCT.md §7', () => {
  const minimal = {
    format: 'outcome-chains/logic-model',
    formatVersion: 1,
    title: 'Reducing reoffending',
    boxes: [
      { id: 'b1', level: 'inputs', label: 'Pooled budget' },
      { id: 'b2', level: 'activities', label: 'Joint case reviews with probation, health, housing and the third sector' },
      { id: 'b3', level: 'activities', label: 'Shared training' },
      { id: 'b4', level: 'activities', label: 'Information sharing agreement' },
      { id: 'b5', level: 'outcomes', label: 'Less reoffending' },
    ],
    links: [
      { source: 'b1', target: 'b2' },
      { source: 'b2', target: 'b5' },
      { source: 'b3', target: 'b5' },
      { source: 'b4', target: 'b5', note: 'Direct' },
    ],
  };

  it('imports', () => {
    const model = modelOf(parseModelFile(JSON.stringify(minimal)));
    expect(model.title).toBe('Reducing reoffending');
    expect(model.boxes.map(({ id, level, label }) => ({ id, level, label }))).toEqual(minimal.boxes);
    expect(model.conditions).toEqual([]);
    expect('description' in model).toBe(false);
    expectSound(model);
  });

  it('lays boxes without positions out in their lanes, in file order, without overlaps', () => {
    const model = modelOf(parseModelFile(JSON.stringify(minimal)));
    for (const box of model.boxes) expect(box.x).toBe(boxXFor(box.level));
    const activities = model.boxes.filter((box) => box.level === 'activities');
    expect(activities.map((box) => box.id)).toEqual(['b2', 'b3', 'b4']);
    expect(activities[0]?.y).toBe(LANE_HEADER_HEIGHT);
    for (let i = 1; i < activities.length; i++) {
      const above = activities[i - 1] as (typeof activities)[number];
      expect((activities[i] as (typeof activities)[number]).y).toBeGreaterThanOrEqual(above.y + estimateBoxHeight(above.label) + BOX_GAP_Y);
    }
    expect(model.boxes.find((box) => box.id === 'b1')?.y).toBe(LANE_HEADER_HEIGHT);
  });

  it('generates an id for every link that has none, each its own and different from file to file', () => {
    const first = modelOf(parseModelFile(JSON.stringify(minimal)));
    const second = modelOf(parseModelFile(JSON.stringify(minimal)));
    const ids = first.links.map((link) => link.id);
    for (const id of ids) expect(id).toMatch(/\S/);
    expect(new Set([...ids, ...second.links.map((link) => link.id)]).size).toBe(8);
    expect(first.links.map(({ source, target }) => `${source}>${target}`)).toEqual(minimal.links.map(({ source, target }) => `${source}>${target}`));
    expect(first.links[3]?.note).toBe('Direct');
  });

  it('keeps a generated link id through a later save and load', () => {
    const model = modelOf(parseModelFile(JSON.stringify(minimal)));
    expect(modelOf(parseModelFile(serialiseModel(model)))).toStrictEqual(model);
  });

  it('keeps the links that do have ids alongside generated ones', () => {
    const mixed = { ...minimal, links: [{ id: 'l1', source: 'b1', target: 'b2' }, { source: 'b2', target: 'b5' }] };
    const model = modelOf(parseModelFile(JSON.stringify(mixed)));
    expect(model.links[0]?.id).toBe('l1');
    expect(model.links[1]?.id).not.toBe('l1');
  });
});

describe('a bad file gets one message naming the problem', () => {
  it('not JSON', () => {
    expect(errorOf('{"format": "outcome-chains/logic-model", ')).toMatch(/not valid JSON/);
    expect(errorOf('')).toMatch(/not valid JSON/);
    expect(errorOf('<html><body>Not a model</body></html>')).toMatch(/not a model file.*not valid JSON/);
  });

  it('JSON that is not one object', () => {
    expect(errorOf('[1, 2]')).toBe('The file must hold one JSON object, but it holds a list.');
    expect(errorOf('"hello"')).toMatch(/one JSON object, but it holds text "hello"/);
    expect(errorOf('null')).toMatch(/one JSON object, but it holds null/);
    expect(errorOf('42')).toMatch(/one JSON object, but it holds number 42/);
  });

  it('wrong format', () => {
    expect(errorOf(withChange((doc) => (doc.format = 'drawio')))).toMatch(/not an Outcome Chains model file: its format is text "drawio", not "outcome-chains\/logic-model"/);
    expect(errorOf(withChange((doc) => delete doc.format))).toMatch(/not an Outcome Chains model file: it has no "format" field/);
    expect(errorOf(JSON.stringify({ title: 'A package.json?', name: 'x', version: '1.0.0' }))).toMatch(/no "format" field/);
  });

  it('wrong version', () => {
    const must = '"formatVersion" must be a whole number from 1 to 4, but it is';
    expect(errorOf(withChange((doc) => (doc.formatVersion = 0)))).toBe(`${must} number 0.`);
    expect(errorOf(withChange((doc) => (doc.formatVersion = '1')))).toBe(`${must} text "1".`);
    expect(errorOf(withChange((doc) => (doc.formatVersion = 1.5)))).toBe(`${must} number 1.5.`);
    expect(errorOf(withChange((doc) => (doc.formatVersion = 4.5)))).toMatch(/version 4.5, made by a newer Outcome Chains/);
    expect(errorOf(withChange((doc) => delete doc.formatVersion))).toBe(`${must} missing.`);
  });

  it('a newer version says so', () => {
    expect(errorOf(withChange((doc) => (doc.formatVersion = 5)))).toBe(
      'This model file is format version 5, made by a newer Outcome Chains; this one reads versions 1 to 4.',
    );
  });

  it('unknown level: names the box id and the level', () => {
    const error = errorOf(withChange((doc) => (doc.boxes[1].level = 'outcome')));
    expect(error).toMatch(/^Box 2 "b2" has an unknown level text "outcome"; the levels are/);
    expect(error).toContain(LEVEL_IDS.join(', '));
    expect(errorOf(withChange((doc) => (doc.boxes[2].level = 7)))).toMatch(/Box 3 "b3" has an unknown level number 7/);
    expect(errorOf(withChange((doc) => delete doc.boxes[0].level))).toBe('Box 1 "b1" has no "level".');
    expect(errorOf(withChange((doc) => (doc.boxes[0].level = 'toString')))).toMatch(/Box 1 "b1" has an unknown level text "toString"/);
  });

  it('link to a missing box: names the link and the box id', () => {
    expect(errorOf(withChange((doc) => (doc.links[1].target = 'b9')))).toBe('Link 2 "l2" ends at box "b9", which is not in the file.');
    expect(errorOf(withChange((doc) => (doc.links[0].source = 'ghost')))).toBe('Link 1 "l1" starts at box "ghost", which is not in the file.');
    expect(errorOf(withChange((doc) => (doc.links = [{ source: 'b1', target: 'nowhere' }])))).toBe('Link 1 ends at box "nowhere", which is not in the file.');
  });

  it('a box linked to itself: names the link and the box', () => {
    expect(errorOf(withChange((doc) => (doc.links[0].target = 'b1')))).toBe('Link 1 "l1" links box "b1" to itself.');
  });

  it('duplicate box ids: names the id and both boxes', () => {
    expect(errorOf(withChange((doc) => (doc.boxes[2].id = 'b1')))).toBe('Two boxes have the id "b1" (boxes 1 and 3); every box needs its own id.');
  });

  it('duplicate link ids and duplicate condition ids', () => {
    expect(errorOf(withChange((doc) => (doc.links[1].id = 'l1')))).toMatch(/Two links have the id "l1"/);
    expect(errorOf(withChange((doc) => (doc.conditions[1].id = 'a1')))).toMatch(/Two conditions have the id "a1"/);
  });

  it('wrong types: names the box and the field, and what was found', () => {
    expect(errorOf(withChange((doc) => (doc.boxes[0].label = 42)))).toBe('Box 1 "b1": "label" must be text, but it is number 42.');
    expect(errorOf(withChange((doc) => (doc.boxes[1].x = '280')))).toBe('Box 2 "b2": "x" must be a number, but it is text "280".');
    expect(errorOf(withChange((doc) => (doc.boxes[1].y = [110])))).toBe('Box 2 "b2": "y" must be a number, but it is a list.');
    expect(errorOf(withChange((doc) => (doc.boxes[0].notes = { text: 'x' })))).toBe('Box 1 "b1": "notes" must be text, but it is an object.');
    expect(errorOf(withChange((doc) => (doc.boxes[2].feature = true)))).toBe('Box 3 "b3": "feature" must be text, but it is boolean true.');
    expect(errorOf(withChange((doc) => (doc.boxes[0].owner = 7)))).toMatch(/Box 1 "b1": "owner" must be text/);
    expect(errorOf(withChange((doc) => delete doc.boxes[1].label))).toBe('Box 2 "b2" has no "label".');
    expect(errorOf(withChange((doc) => (doc.boxes[1].id = 2)))).toBe('Box 2: "id" must be text, but it is number 2.');
    expect(errorOf(withChange((doc) => (doc.boxes[1].id = '  ')))).toBe('Box 2 "  " has an empty "id".');
    expect(errorOf(withChange((doc) => delete doc.boxes[0].id))).toBe('Box 1 has no "id".');
  });

  it('wrong types: the title and description', () => {
    expect(errorOf(withChange((doc) => (doc.title = 12)))).toBe('The file: "title" must be text, but it is number 12.');
    expect(errorOf(withChange((doc) => delete doc.title))).toBe('The file has no "title".');
    expect(errorOf(withChange((doc) => (doc.description = ['a'])))).toMatch(/"description" must be text, but it is a list/);
  });

  it('wrong types: lists that are not lists, and items that are not objects', () => {
    expect(errorOf(withChange((doc) => (doc.boxes = { b1: {} })))).toBe('"boxes" must be a list, but it is an object.');
    expect(errorOf(withChange((doc) => delete doc.boxes))).toBe('The file has no "boxes" list.');
    expect(errorOf(withChange((doc) => (doc.links = 'b1->b2')))).toMatch(/"links" must be a list, but it is text "b1->b2"/);
    expect(errorOf(withChange((doc) => (doc.conditions = null)))).toMatch(/"conditions" must be a list, but it is null/);
    expect(errorOf(withChange((doc) => (doc.boxes[1] = 'b2')))).toBe('Box 2 must be an object, but it is text "b2".');
    expect(errorOf(withChange((doc) => (doc.links[0] = ['b1', 'b2'])))).toBe('Link 1 must be an object, but it is a list.');
    expect(errorOf(withChange((doc) => (doc.conditions[0] = null)))).toBe('Condition 1 must be an object, but it is null.');
  });

  it('wrong types: link ends and note', () => {
    expect(errorOf(withChange((doc) => (doc.links[0].source = 1)))).toBe('Link 1 "l1": "source" must be text, but it is number 1.');
    expect(errorOf(withChange((doc) => delete doc.links[1].target))).toBe('Link 2 "l2" has no "target".');
    expect(errorOf(withChange((doc) => (doc.links[1].note = 5)))).toMatch(/Link 2 "l2": "note" must be text/);
    expect(errorOf(withChange((doc) => (doc.links[1].id = 5)))).toMatch(/Link 2: "id" must be text, but it is number 5/);
  });

  it('conditions: kind, text and a status of the wrong kind', () => {
    expect(errorOf(withChange((doc) => (doc.conditions[1].status = 'holds')))).toBe(
      'Condition 2 "r1": "status" of a risk must be one of managed, live, unchecked, but it is text "holds".',
    );
    expect(errorOf(withChange((doc) => (doc.conditions[0].status = 'live')))).toBe(
      'Condition 1 "a1": "status" of an assumption must be one of holds, at-risk, unchecked, but it is text "live".',
    );
    expect(errorOf(withChange((doc) => (doc.conditions[0].status = 1)))).toMatch(/Condition 1 "a1": "status" of an assumption must be one of/);
    expect(errorOf(withChange((doc) => (doc.conditions[0].kind = 'hope')))).toBe('Condition 1 "a1": "kind" must be "assumption" or "risk", but it is text "hope".');
    expect(errorOf(withChange((doc) => delete doc.conditions[0].kind))).toBe('Condition 1 "a1": "kind" must be "assumption" or "risk", but it is missing.');
    expect(errorOf(withChange((doc) => delete doc.conditions[1].text))).toBe('Condition 2 "r1" has no "text".');
    expect(errorOf(withChange((doc) => (doc.conditions[1].comment = 3)))).toMatch(/Condition 2 "r1": "comment" must be text/);
  });

  it('a number too big for a position (1e999 reads as Infinity)', () => {
    const text = JSON.stringify(goodDocument()).replace('"x":280', '"x":1e999');
    expect(errorOf(text)).toMatch(/^Box 2 "b2": "x" must be a number/);
  });

  it('oversize: over 5 MB, counted in bytes, refused before parsing', () => {
    const pad = (text: string) => JSON.stringify({ ...goodDocument(), description: text });
    const big = pad('x'.repeat(MAX_MODEL_FILE_BYTES));
    expect(big.length).toBeGreaterThan(MAX_MODEL_FILE_BYTES);
    expect(errorOf(big)).toBe('The file is too large (5.0 MB); model files may be at most 5 MB.');
    // Not valid JSON either: the size is checked first, so the parser never sees it.
    expect(errorOf(`${'['.repeat(MAX_MODEL_FILE_BYTES + 1)}`)).toMatch(/too large/);
    // 2 million characters but 6 million bytes (UTF-8).
    const wide = pad('€'.repeat(2_000_000));
    expect(wide.length).toBeLessThan(MAX_MODEL_FILE_BYTES);
    expect(errorOf(wide)).toMatch(/too large \(5\.7 MB\)/);
    // Emoji: two UTF-16 units, four bytes.
    expect(errorOf(pad('🙂'.repeat(1_400_000)))).toMatch(/too large/);
  });

  it('a file just under 5 MB still opens', () => {
    const doc = goodDocument();
    const base = JSON.stringify({ ...doc, description: '' }).length;
    const text = JSON.stringify({ ...doc, description: 'é'.repeat(Math.floor((MAX_MODEL_FILE_BYTES - base) / 2)) });
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MAX_MODEL_FILE_BYTES);
    expect(parseModelFile(text).ok).toBe(true);
  });

  describe('__proto__, constructor and prototype keys', () => {
    const good = JSON.stringify(goodDocument());
    it.each([
      ['__proto__ at the top level', good.replace('"title":', '"__proto__":{"polluted":true},"title":'), /forbidden key "__proto__" \(in the top level\)/],
      ['__proto__ in a box', good.replace('"id":"b2",', '"id":"b2","__proto__":{"x":1},'), /forbidden key "__proto__" \(in boxes\[1\]\)/],
      ['constructor in a link', good.replace('"id":"l2",', '"id":"l2","constructor":{"prototype":{}},'), /forbidden key "constructor" \(in links\[1\]\)/],
      ['constructor at the top level', good.replace('"title":', '"constructor":1,"title":'), /forbidden key "constructor" \(in the top level\)/],
      ['prototype deep inside an unknown field', good.replace('"title":', '"extra":[{"a":[{"prototype":0}]}],"title":'), /forbidden key "prototype" \(in extra\[0\]\.a\[0\]\)/],
      ['__proto__ in a condition', good.replace('"id":"r1",', '"id":"r1","__proto__":null,'), /forbidden key "__proto__" \(in conditions\[1\]\)/],
    ])('%s', (_, text, message) => {
      expect(text).not.toBe(good);
      expect(errorOf(text)).toMatch(message);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('are refused even when the rest of the file is bad too, before anything else', () => {
      expect(errorOf('{"__proto__":{"isAdmin":true}}')).toMatch(/forbidden key "__proto__"/);
    });

    it('are fine as values (labels are text)', () => {
      const model = modelOf(parseModelFile(withChange((doc) => (doc.boxes[0].label = '__proto__'))));
      expect(model.boxes[0]?.label).toBe('__proto__');
    });
  });
});

describe('parseModelFile never throws', () => {
  it('answers a very deeply nested file with a message, not a stack overflow or a stall', () => {
    const depth = 50_000;
    const text = JSON.stringify(goodDocument()).replace('"title":', `"extra":${'['.repeat(depth)}${']'.repeat(depth)},"title":`);
    expect(() => parseModelFile(text)).not.toThrow();
    expect(errorOf(text)).toMatch(/nested more than 64 levels deep/);
  });

  it('still reads nesting a little deeper than a model file needs, and finds forbidden keys in it', () => {
    const depth = 40;
    const text = JSON.stringify(goodDocument()).replace('"title":', `"extra":${'['.repeat(depth)}${']'.repeat(depth)},"title":`);
    expect(parseModelFile(text).ok).toBe(true);
    const poisoned = JSON.stringify(goodDocument()).replace('"title":', `"extra":${'['.repeat(depth)}{"__proto__":1}${']'.repeat(depth)},"title":`);
    expect(errorOf(poisoned)).toMatch(/forbidden key "__proto__" \(in extra(\[0\]){40}\)/);
  });

  it('reads brackets inside text as text when measuring nesting', () => {
    const text = JSON.stringify({ ...goodDocument(), description: '['.repeat(500) });
    expect(parseModelFile(text).ok).toBe(true);
  });

  it('on 200 random mutations of a good file, each giving a sound model or a message', () => {
    let seed = 20_250_101;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const strangeValues = () => pick<unknown>([null, 0, -1, 1.5, 1e308, '', ' ', 'b1', 'b2', 'inputs', 'risk', 'holds', 'live', true, false, [], {}, [1, 'a'], { id: 'b1' }, '\u0000', '𝔘𝔫𝔦']);

    /** Every container in the document with the path to it. */
    function containers(value: unknown, out: Array<Record<string, unknown> | unknown[]> = []): Array<Record<string, unknown> | unknown[]> {
      if (value && typeof value === 'object') {
        out.push(value as Record<string, unknown> | unknown[]);
        for (const child of Object.values(value)) containers(child, out);
      }
      return out;
    }

    function mutate(doc: Record<string, unknown>): void {
      const target = pick(containers(doc));
      const keys = Array.isArray(target) ? target.map((_, i) => String(i)) : Object.keys(target);
      const key = keys.length ? pick(keys) : '0';
      const record = target as Record<string, unknown>;
      switch (pick(['delete', 'retype', 'retype', 'copy', 'swap', 'add'] as const)) {
        case 'delete':
          if (Array.isArray(target)) target.splice(Number(key), 1);
          else delete record[key];
          break;
        case 'retype':
          record[key] = strangeValues();
          break;
        case 'copy':
          if (Array.isArray(target) && target.length) target.push(structuredClone(target[Number(key)]));
          else record[key] = structuredClone(pick(Object.values(record).concat([null])));
          break;
        case 'swap': {
          const other = pick(keys.length ? keys : ['0']);
          [record[key], record[other]] = [record[other], record[key]];
          break;
        }
        case 'add':
          record[pick(['id', 'level', 'label', 'x', 'y', 'source', 'target', 'kind', 'status', 'note', 'extra'])] = strangeValues();
          break;
      }
    }

    let refused = 0;
    let accepted = 0;
    for (let run = 0; run < 200; run++) {
      const doc = goodDocument();
      const count = 1 + Math.floor(random() * 3);
      for (let i = 0; i < count; i++) mutate(doc);
      const text = JSON.stringify(doc);
      let result: ParseResult | undefined;
      expect(() => (result = parseModelFile(text)), text).not.toThrow();
      expect(() => parseModelDocument(doc), text).not.toThrow();
      if (!result) throw new Error('no result');
      if (result.ok) {
        accepted++;
        expectSound(result.model);
        // Whatever was let in survives a save and a load unchanged.
        expect(parseModelDocument(toModelDocument(result.model))).toStrictEqual(result);
      } else {
        refused++;
        expect(typeof result.error).toBe('string');
        expect(result.error.trim().length, text).toBeGreaterThan(10);
        expect(result.error).not.toMatch(/undefined|\[object Object\]/);
      }
    }
    // The mutations really do break files, and really do leave some good.
    expect(refused).toBeGreaterThan(50);
    expect(accepted).toBeGreaterThan(10);
  });
});

describe('positions in an imported file', () => {
  const doc = (boxes: unknown[]) =>
    JSON.stringify({ format: 'outcome-chains/logic-model', formatVersion: 1, title: 'T', boxes, links: [] });

  it('keeps the places a file gives and puts boxes without one below them in their lane', () => {
    const result = parseModelFile(
      doc([
        { id: 'a', level: 'inputs', label: 'Placed low', x: 20, y: 500 },
        { id: 'b', level: 'inputs', label: 'No place' },
        { id: 'c', level: 'activities', label: 'Also no place' },
      ]),
    );
    if (!result.ok) throw new Error(result.error);
    const [a, b, c] = result.model.boxes;
    expect(a?.y).toBe(500);
    expect(b?.y).toBeGreaterThan(500);
    expect(c?.y).toBe(110);
  });

  it('stands every box in the lane of its level, whatever x the file says', () => {
    const result = parseModelFile(doc([{ id: 'o', level: 'outcomes', label: 'Outcome given x 0', x: 0, y: 200 }]));
    if (!result.ok) throw new Error(result.error);
    expect(result.model.boxes[0]?.x).toBe(6 * 260 + 20);
  });
});

describe('ids the canvas keeps for itself', () => {
  const withBoxId = (id: string) =>
    JSON.stringify({ format: 'outcome-chains/logic-model', formatVersion: 1, title: 'T', boxes: [{ id, level: 'inputs', label: 'x' }], links: [] });

  it('refuses a box id with a control character in it', () => {
    expect(errorOf(withBoxId('a\u001fb'))).toMatch(/Box 1 .* has an "id" with a control character in it\./);
  });

  it('refuses a box id that names a lane, and accepts one that only looks like it', () => {
    expect(errorOf(withBoxId('lane:inputs'))).toMatch(/keeps for its lanes/);
    expect(parseModelFile(withBoxId('lane:anything')).ok).toBe(true);
  });
});
