/**
 * Storage bench: the median time to autosave a 1,000-box model through the IndexedDB repository,
 * on fake-indexeddb in Node. It shows what our own code costs per save (merging the edit's document
 * updates, the write); a browser's IndexedDB differs, and the e2e bench measures that.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import * as Y from 'yjs';
import { updateBox } from '../src/domain/edits';
import { createLiveModel } from '../src/document/liveModel';
import { documentOf } from '../src/storage/storedModel';
import { boxXFor } from '../src/domain/lanes';
import { LEVEL_IDS } from '../src/domain/levels';
import type { Box, Link, ModelContent } from '../src/domain/model';
import { table1Conditions } from '../src/evidence/table1';
import { createDexieRepository } from '../src/storage/dexieRepository';

const BOX_COUNT = 1_000;
const WARM_UP_SAVES = 3;
const MEASURED_SAVES = 25;

/** Boxes spread over the seven lanes with labels and notes of a realistic length; each linked onward. */
function modelWithBoxes(boxCount: number): ModelContent {
  const boxes: Box[] = [];
  const links: Link[] = [];
  for (let index = 0; index < boxCount; index++) {
    const level = LEVEL_IDS[index % LEVEL_IDS.length] ?? 'inputs';
    const row = Math.floor(index / LEVEL_IDS.length);
    const box: Box = {
      id: `b${index}`,
      level,
      label: `Box ${index}: partners agree how the ${level} of this strand will be shared and reviewed`,
      x: boxXFor(level),
      y: 60 + row * 90,
      ...(index % 3 === 0 ? { notes: `Evidence for box ${index}, agreed at the March workshop.` } : {}),
      ...(index % 5 === 0 ? { owner: 'Council' } : {}),
    };
    boxes.push(box);
    const next = index + 1;
    if (next < boxCount && next % LEVEL_IDS.length !== 0) links.push({ id: `l${index}`, source: box.id, target: `b${next}` });
  }
  return { title: `Bench model, ${boxCount} boxes`, boxes, links, conditions: table1Conditions() };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export async function run(): Promise<{ autosave1000BoxesMs: number; note: 'fake-indexeddb in Node; the browser figure comes from the e2e bench' }> {
  const repository = await createDexieRepository({
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    channelName: `outcome-chains-bench-${globalThis.crypto.randomUUID()}`,
  });
  try {
    const created = await repository.create(modelWithBoxes(BOX_COUNT));
    const loaded = await repository.load(created.id);
    if (loaded.status !== 'ok') throw new Error(`The bench model could not be loaded: ${loaded.status}.`);
    const live = createLiveModel(documentOf(loaded.document.updates));
    let written: Uint8Array[] = [];
    live.doc.on('update', (update: Uint8Array) => written.push(update));
    const timings: number[] = [];
    for (let save = 0; save < WARM_UP_SAVES + MEASURED_SAVES; save++) {
      // Each save carries what an edit of one label gives, as an autosave after typing would.
      const first = live.content().boxes[0];
      if (!first) throw new Error('The bench model has no boxes.');
      live.apply(updateBox(live.content(), first.id, { label: `Edited ${save} times` }));
      const started = performance.now();
      const update = written.length === 1 ? (written[0] as Uint8Array) : Y.mergeUpdates(written);
      written = [];
      const result = await repository.append(created.id, update, { title: live.content().title, boxCount: BOX_COUNT }, Date.now());
      const elapsed = performance.now() - started;
      if (result.status !== 'saved') throw new Error(`The bench save was not stored: ${result.status}.`);
      if (save >= WARM_UP_SAVES) timings.push(elapsed);
    }
    return {
      autosave1000BoxesMs: Math.round(median(timings) * 100) / 100,
      note: 'fake-indexeddb in Node; the browser figure comes from the e2e bench',
    };
  } finally {
    repository.close();
  }
}
