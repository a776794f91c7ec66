/**
 * Document bench (PRODUCT.md §9, §10): the live Yjs document under the editor, in Node.
 * - opening a 2,000-box model from storage (fake-indexeddb): read its updates, build the document,
 *   project the model (budget ≤ 1 s);
 * - one command on a 2,000-box document: the edit, the write into the document and the projection;
 *   and the same change arriving from another tab, re-projected;
 * - the bytes of the update for moving one box (budget ≤ 200);
 * - the stored size of a 200-box model after 1,000 edits (labels typed, boxes dragged), each stored
 *   as autosave would, against its model file (acceptance: within 3×).
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import * as Y from 'yjs';
import { moveBoxes, updateBox } from '../src/domain/edits';
import { createLiveModel } from '../src/document/liveModel';
import { documentUpdateFor } from '../src/document/seed';
import { serialiseModel } from '../src/file/serialise';
import { createDexieRepository } from '../src/storage/dexieRepository';
import { documentOf } from '../src/storage/storedModel';
import { COMPACT_EVERY } from '../src/store/autosave';
import { generateModel } from './generateModel';
import { median, roundMs } from './stats';

const OPEN_RUNS = 7;
const COMMAND_RUNS = 60;

async function timeOpen(boxes: number) {
  const repository = await createDexieRepository({ indexedDB: new IDBFactory(), IDBKeyRange, channelName: `bench-${globalThis.crypto.randomUUID()}` });
  try {
    const created = await repository.create(generateModel({ boxes }));
    const timings: number[] = [];
    for (let run = 0; run < OPEN_RUNS; run++) {
      const started = performance.now();
      const loaded = await repository.load(created.id);
      if (loaded.status !== 'ok') throw new Error(`not stored: ${loaded.status}`);
      const live = createLiveModel(documentOf(loaded.document.updates));
      if (live.content().boxes.length !== boxes) throw new Error('the document did not hold every box');
      timings.push(performance.now() - started);
      live.destroy();
      live.doc.destroy();
    }
    return { median: roundMs(median(timings)), runs: timings.map(roundMs), budget: 1000, withinBudget: median(timings) <= 1000 };
  } finally {
    repository.close();
  }
}

function timeCommands(boxes: number) {
  const content = generateModel({ boxes });
  const mine = createLiveModel(documentOf([Y.encodeStateAsUpdate(seeded(content))]));
  const theirs = createLiveModel(documentOf([Y.encodeStateAsUpdate(mine.doc)]));
  const local: number[] = [];
  const remote: number[] = [];
  let moveBytes = 0;
  for (let run = 0; run < COMMAND_RUNS; run++) {
    const box = mine.content().boxes[(run * 37) % boxes]!;
    const updates: Uint8Array[] = [];
    const listen = (update: Uint8Array) => updates.push(update);
    mine.doc.on('update', listen);
    let started = performance.now();
    mine.apply(updateBox(mine.content(), box.id, { label: `${box.label} ${run}` }), `label:${box.id}`);
    local.push(performance.now() - started);
    started = performance.now();
    for (const update of updates) Y.applyUpdate(theirs.doc, update, 'other tab');
    remote.push(performance.now() - started);
    updates.length = 0;
    mine.apply(moveBoxes(mine.content(), [{ id: box.id, x: box.x, y: box.y + 40 + run }]));
    moveBytes = Math.max(moveBytes, updates.reduce((sum, update) => sum + update.byteLength, 0));
    for (const update of updates) Y.applyUpdate(theirs.doc, update, 'other tab');
    mine.doc.off('update', listen);
  }
  if (JSON.stringify(theirs.content()) !== JSON.stringify(mine.content())) throw new Error('the two copies differ');
  return {
    applyOneCommandMs: { median: roundMs(median(local)), note: 'edit + write into the document + projection, 2,000 boxes' },
    takeInOtherTabsChangeMs: { median: roundMs(median(remote)), note: 'apply the update + re-project, 2,000 boxes' },
    bytesToMoveOneBox: { max: moveBytes, budget: 200, withinBudget: moveBytes <= 200 },
  };
}

function seeded(content: ReturnType<typeof generateModel>): Y.Doc {
  return documentOf([documentUpdateFor(content)]);
}

/** 1,000 edits of a 200-box model, each stored as its own write (the worst case: autosave after every edit), compacted as autosave does. */
function storedSizeAfterEdits() {
  const content = generateModel({ boxes: 200 });
  const live = createLiveModel(documentOf([Y.encodeStateAsUpdate(seeded(content))]));
  let rows: Uint8Array[] = [Y.encodeStateAsUpdate(live.doc)];
  let writes = 0;
  for (let edit = 0; edit < 1000; edit++) {
    const box = live.content().boxes[(edit * 13) % 200]!;
    const updates: Uint8Array[] = [];
    const listen = (update: Uint8Array) => updates.push(update);
    live.doc.on('update', listen);
    if (edit % 2) live.apply(moveBoxes(live.content(), [{ id: box.id, x: box.x, y: box.y + 5 }]));
    else live.apply(updateBox(live.content(), box.id, { label: `${box.label.slice(0, 40)} edit ${edit}` }), `label:${box.id}`);
    live.doc.off('update', listen);
    rows.push(Y.mergeUpdates(updates));
    if (++writes % COMPACT_EVERY === 0) rows = [Y.encodeStateAsUpdate(documentOf(rows))];
  }
  const stored = rows.reduce((sum, row) => sum + row.byteLength, 0);
  const fileBytes = new TextEncoder().encode(serialiseModel(live.content())).byteLength;
  return { storedBytes: stored, modelFileBytes: fileBytes, ratio: Math.round((stored / fileBytes) * 100) / 100, limit: 3, withinLimit: stored <= 3 * fileBytes, compaction: `the updates merged into one after every ${COMPACT_EVERY} writes` };
}

export async function run() {
  return {
    open2000BoxDocumentFromStorageMs: await timeOpen(2000),
    ...timeCommands(2000),
    storedAfter1000EditsOf200Boxes: storedSizeAfterEdits(),
  };
}
