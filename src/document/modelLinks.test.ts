import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addBox } from '../domain/edits';
import type { ModelContent } from '../domain/model';
import { addContribution, removeContribution, setOpens } from '../domain/modelLinks';
import { mapsOf } from './layout';
import { createLiveModel } from './liveModel';
import { projectDocument } from './project';
import { documentFor, documentUpdateFor } from './seed';

const NATIONAL = { framework: 'scotland-npf', edition: '2018', outcome: 'poverty' };

function loip(): ModelContent {
  let model: ModelContent = { uid: 'model-loip', title: 'Riverside LOIP', boxes: [], links: [], conditions: [] };
  model = addBox(model, { id: 'b1', level: 'activities', label: 'Family support', y: 0 });
  return addBox(model, { id: 'b2', level: 'outcomes', label: 'Fewer children in poverty', y: 0 });
}

describe('the live document: links between models', () => {
  it('keeps the uid in meta and the links as box fields, projected as written', () => {
    let model = setOpens(loip(), 'b1', { model: 'model-family', title: 'Family support workstream' });
    model = addContribution(model, 'b2', NATIONAL);
    model = addContribution(model, 'b2', { model: 'model-scotland', box: 'x1' });
    const doc = documentFor(model);
    expect(mapsOf(doc).meta.get('uid')).toBe('model-loip');
    expect(projectDocument(mapsOf(doc))).toEqual(model);
  });

  it('writes a contribution as one step that undo takes back, and a partner sees it', () => {
    const seed = documentUpdateFor(loip());
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    Y.applyUpdate(docA, seed);
    Y.applyUpdate(docB, seed);
    docA.on('update', (update: Uint8Array) => Y.applyUpdate(docB, update, 'peer'));
    const a = createLiveModel(docA);
    const b = createLiveModel(docB);
    a.apply(addContribution(a.content(), 'b2', NATIONAL));
    expect(b.content().boxes[1]!.contributesTo).toEqual([NATIONAL]);
    a.apply(setOpens(a.content(), 'b1', { model: 'model-family' }));
    expect(b.content().boxes[0]!.opens).toEqual({ model: 'model-family' });
    expect(a.undo()).toBe(true);
    expect(a.content().boxes[0]).not.toHaveProperty('opens');
    expect(b.content().boxes[0]).not.toHaveProperty('opens');
    a.apply(removeContribution(a.content(), 'b2', NATIONAL));
    expect(b.content().boxes[1]).not.toHaveProperty('contributesTo');
  });

  it('leaves out a tampered value instead of breaking the editor', () => {
    const doc = documentFor(loip());
    const maps = mapsOf(doc);
    maps.boxes.get('b1')!.set('opens', 'not an object');
    maps.boxes.get('b2')!.set('contributesTo', [{ model: 7 }, NATIONAL, 'x']);
    maps.meta.set('uid', { bad: true });
    const content = projectDocument(maps);
    expect(content).not.toHaveProperty('uid');
    expect(content.boxes[0]).not.toHaveProperty('opens');
    expect(content.boxes[1]!.contributesTo).toEqual([NATIONAL]);
  });

  it('the same links read again keep the same box object', () => {
    const doc = documentFor(addContribution(loip(), 'b2', NATIONAL));
    const live = createLiveModel(doc);
    const before = live.content().boxes[1];
    doc.transact(() => mapsOf(doc).boxes.get('b2')!.set('contributesTo', [{ ...NATIONAL }]), 'elsewhere');
    expect(live.content().boxes[1]).toBe(before);
  });
});
