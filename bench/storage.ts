/**
 * Storage bench: the median time to autosave a 1,000-box model through the IndexedDB repository,
 * on fake-indexeddb in Node. It shows what our own code costs per save (serialising, the revision
 * check, the write); a browser's IndexedDB differs, and the e2e bench measures that.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { boxXFor } from '../src/domain/lanes';
import { LEVEL_IDS } from '../src/domain/levels';
import type { Box, Link, Model, ModelContent } from '../src/domain/model';
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
    let model: Model = await repository.create(modelWithBoxes(BOX_COUNT));
    let revision = 1;
    const timings: number[] = [];
    for (let save = 0; save < WARM_UP_SAVES + MEASURED_SAVES; save++) {
      // Each save carries a changed model, as an autosave after an edit would.
      const [first, ...rest] = model.boxes;
      if (!first) throw new Error('The bench model has no boxes.');
      model = { ...model, boxes: [{ ...first, label: `Edited ${save} times` }, ...rest], updatedAt: model.updatedAt + 1 };
      const started = performance.now();
      const result = await repository.save(model, revision);
      const elapsed = performance.now() - started;
      if (result.status !== 'saved') throw new Error(`The bench save was not stored: ${result.status}.`);
      revision = result.revision;
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
