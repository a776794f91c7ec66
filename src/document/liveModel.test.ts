import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addBox, connect, deleteBoxes, moveBoxes, setDescription, setTitle, updateBox, updateCondition } from '../domain/edits';
import type { ModelContent } from '../domain/model';
import { addEvidence, addIndicator, clearRating, moveIndicator, rateBox, removeIndicator, updateIndicator } from '../domain/progressEdits';
import { parseModelDocument } from '../file/parse';
import { serialiseModel } from '../file/serialise';
import { mapsOf } from './layout';
import { createLiveModel, type LiveModel } from './liveModel';
import { projectDocument } from './project';
import { documentFor, documentUpdateFor } from './seed';

const templatesFolder = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');

function template(name: string): ModelContent {
  const parsed = parseModelDocument(JSON.parse(readFileSync(join(templatesFolder, name), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.model;
}

/** The reoffending example with progress data on its outcome, to exercise every kind of item. */
function richModel(): ModelContent {
  let model = template('reoffending.json');
  model = addEvidence(model, 'reduced-reoffending', { id: 'e1', date: '2026-01-10', kind: 'data', summary: 'Rate fell <b>2%</b>', by: 'Ŵyn' });
  model = addEvidence(model, 'reduced-reoffending', { id: 'e2', date: '2026-06-01', kind: 'feedback', summary: 'People say 👍' });
  return rateBox(model, 'reduced-reoffending', { progress: 'on-track', confidence: 'medium', date: '2026-06-02', by: 'Board' });
}

/** Two documents that pass each other every update, as two tabs or two partners do. */
function connectedPair(content: ModelContent): { a: LiveModel; b: LiveModel; cut(): void; mend(): void } {
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

describe('a model in a document', () => {
  it.each(readdirSync(templatesFolder).filter((name) => name.endsWith('.json')))('%s reads back as the same model, and the same file byte for byte', (name) => {
    const model = template(name);
    const projected = projectDocument(mapsOf(documentFor(model)));
    expect(projected).toEqual(model);
    expect(serialiseModel(projected)).toBe(serialiseModel(model));
  });

  it('holds indicators, evidence (newest first) and ratings, and markup and Welsh as typed', () => {
    const model = richModel();
    expect(projectDocument(mapsOf(documentFor(model)))).toEqual(model);
  });

  it('seeding the same content twice, in two copies at once, holds each item once and loses neither copy’s later edits', () => {
    const model = richModel();
    const first = documentUpdateFor(model);
    expect(documentUpdateFor(model)).toEqual(first);
    const tabA = new Y.Doc();
    const tabB = new Y.Doc();
    Y.applyUpdate(tabA, first);
    Y.applyUpdate(tabB, documentUpdateFor(model));
    const liveA = createLiveModel(tabA);
    liveA.apply(updateBox(liveA.content(), 'reduced-reoffending', { label: 'Fewer people reoffend' }));
    Y.applyUpdate(tabB, Y.encodeStateAsUpdate(tabA));
    Y.applyUpdate(tabA, Y.encodeStateAsUpdate(tabB));
    const merged = projectDocument(mapsOf(tabB));
    expect(merged.boxes).toHaveLength(model.boxes.length);
    expect(merged.boxes.find((box) => box.id === 'reduced-reoffending')?.label).toBe('Fewer people reoffend');
    expect(projectDocument(mapsOf(tabA))).toEqual(merged);
  });
});

describe('apply', () => {
  it('after every kind of edit, the document reads back as exactly the edited model', () => {
    const live = createLiveModel(documentFor(template('reoffending.json')));
    const steps: ((model: ModelContent) => ModelContent)[] = [
      (m) => setTitle(m, 'Reoffending in Fife'),
      (m) => setDescription(m, 'A <script>note</script>'),
      (m) => addBox(m, { id: 'new-box', level: 'activities', label: 'Joint triage', owner: 'NHS' }),
      (m) => connect(m, { id: 'new-link', source: 'new-box', target: 'reduced-reoffending', note: 'Skips on purpose' }),
      (m) => updateBox(m, 'new-box', { notes: 'Weekly', owner: '' }),
      (m) => moveBoxes(m, [{ id: 'new-box', x: 300, y: 900 }]),
      (m) => addIndicator(m, 'new-box', { id: 'i1', text: 'Cases triaged', due: '2027-01-31' }),
      (m) => addIndicator(m, 'new-box', { id: 'i2', text: 'Wait in days' }),
      (m) => moveIndicator(m, 'new-box', 'i2', 0),
      (m) => updateIndicator(m, 'new-box', 'i1', { target: '50' }),
      (m) => addEvidence(m, 'new-box', { id: 'e1', date: '2026-03-01', kind: 'observation', summary: 'Busy' }),
      (m) => addEvidence(m, 'new-box', { id: 'e0', date: '2025-03-01', kind: 'document', summary: 'Older' }),
      (m) => addEvidence(m, 'new-box', { id: 'e2', date: '2026-05-01', kind: 'data', summary: 'Newest' }),
      (m) => rateBox(m, 'new-box', { progress: 'at-risk', confidence: 'low', date: '2026-05-02' }),
      (m) => updateCondition(m, m.conditions[0]!.id, { status: 'at-risk', comment: 'Check' }),
      (m) => removeIndicator(m, 'new-box', 'i2'),
      (m) => clearRating(m, 'new-box'),
      (m) => deleteBoxes(m, ['across-agencies']),
      (m) => deleteBoxes(m, ['new-box']),
    ];
    for (const step of steps) {
      const next = step(live.content());
      expect(next).not.toBe(live.content());
      live.apply(next);
      expect(live.content()).toBe(next);
      expect(projectDocument(mapsOf(live.doc))).toEqual(next);
    }
    // Nothing of a deleted box is left behind.
    expect([...mapsOf(live.doc).indicators.values()].map((map) => map.get('boxId'))).not.toContain('new-box');
  });

  it('moving one box sends an update of at most 200 bytes', () => {
    const live = createLiveModel(documentFor(template('evidence.json')));
    const updates: Uint8Array[] = [];
    live.doc.on('update', (update: Uint8Array) => updates.push(update));
    const box = live.content().boxes[10]!;
    live.apply(moveBoxes(live.content(), [{ id: box.id, x: box.x, y: box.y + 400 }]));
    expect(updates).toHaveLength(1);
    expect(updates[0]!.byteLength).toBeLessThanOrEqual(200);
  });
});

describe('two copies of one model', () => {
  it('one renames a box while the other moves it and adds a box: both hold all three changes', () => {
    const { a, b } = connectedPair(template('reoffending.json'));
    const x = a.content().boxes[3]!;
    a.apply(updateBox(a.content(), x.id, { label: 'Renamed in A' }));
    b.apply(addBox(moveBoxes(b.content(), [{ id: x.id, x: x.x, y: x.y + 500 }]), { id: 'y', level: 'outcomes', label: 'Added in B' }));
    for (const live of [a, b]) {
      const box = live.content().boxes.find((item) => item.id === x.id)!;
      expect(box.label).toBe('Renamed in A');
      expect(box.y).toBe(x.y + 500);
      expect(live.content().boxes.some((item) => item.label === 'Added in B')).toBe(true);
    }
    expect(a.content()).toEqual(b.content());
  });

  it('a change from the other copy keeps every untouched box the same object', () => {
    const { a, b } = connectedPair(template('evidence.json'));
    const before = b.content();
    const x = a.content().boxes[5]!;
    a.apply(updateBox(a.content(), x.id, { label: 'Renamed' }));
    const after = b.content();
    expect(after).not.toBe(before);
    after.boxes.forEach((box, i) => (box.id === x.id ? expect(box).not.toBe(before.boxes[i]) : expect(box).toBe(before.boxes[i])));
    expect(after.links).toBe(before.links);
    expect(after.conditions).toBe(before.conditions);
  });

  it('edits made apart merge when the copies meet again', () => {
    const pair = connectedPair(richModel());
    pair.cut();
    pair.a.apply(updateBox(pair.a.content(), 'reduced-reoffending', { notes: 'From A' }));
    pair.b.apply(addIndicator(pair.b.content(), 'reduced-reoffending', { id: 'from-b', text: 'From B' }));
    expect(pair.a.content()).not.toEqual(pair.b.content());
    pair.mend();
    const box = pair.a.content().boxes.find((item) => item.id === 'reduced-reoffending')!;
    expect(box.notes).toBe('From A');
    expect(box.indicators?.map((indicator) => indicator.id)).toContain('from-b');
    expect(pair.a.content()).toEqual(pair.b.content());
  });

  it('undo takes back only this person’s change', () => {
    const { a, b } = connectedPair(template('reoffending.json'));
    a.apply(addBox(a.content(), { id: 'a-box', level: 'inputs', label: 'A’s box' }));
    const other = b.content().boxes[0]!;
    b.apply(updateBox(b.content(), other.id, { label: 'Relabelled by B' }));
    expect(a.undo()).toBe(true);
    for (const live of [a, b]) {
      expect(live.content().boxes.some((box) => box.id === 'a-box')).toBe(false);
      expect(live.content().boxes.find((box) => box.id === other.id)?.label).toBe('Relabelled by B');
    }
    expect(a.canUndo()).toBe(false);
    expect(a.redo()).toBe(true);
    expect(b.content().boxes.some((box) => box.id === 'a-box')).toBe(true);
  });
});

describe('undo steps', () => {
  it('typing in one field is one step; another field, or a step ended, starts a new one', () => {
    const live = createLiveModel(documentFor(template('blank.json')));
    live.apply(addBox(live.content(), { id: 'b', level: 'inputs', label: '' }));
    for (const label of ['P', 'Po', 'Poo', 'Pool']) live.apply(updateBox(live.content(), 'b', { label }), 'label:b');
    live.apply(updateBox(live.content(), 'b', { notes: 'n' }), 'notes:b');
    live.endStep();
    live.apply(updateBox(live.content(), 'b', { notes: 'no' }), 'notes:b');
    live.undo();
    expect(live.content().boxes[0]?.notes).toBe('n');
    live.undo();
    expect(live.content().boxes[0]?.notes).toBeUndefined();
    expect(live.content().boxes[0]?.label).toBe('Pool');
    live.undo();
    expect(live.content().boxes[0]?.label).toBe('');
    live.undo();
    expect(live.content().boxes).toHaveLength(0);
    expect(live.canUndo()).toBe(false);
  });
});
