/**
 * Saved versions (issue 15), against PRODUCT.md §9's budgets:
 * - in Node (fake-indexeddb): the stored size of 20 versions of a 200-box model 10 changes apart,
 *   with the JSON and gzip size of one version (why versions are stored gzipped); opening that
 *   model's document with its 20 versions against the same model without them;
 * - in Chromium, through the built app as a person uses it: "Save this version" of a 200-box model
 *   (click to "Saved the version"), and "Compare with now" of 200 boxes drawn (click to the What
 *   changed list and every box, ghosts included, on the canvas).
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import * as Y from 'yjs';
import { updateBox } from '../src/domain/edits';
import type { Box, ModelContent } from '../src/domain/model';
import type { SavedVersion } from '../src/domain/versions';
import { countsOf } from '../src/domain/versions';
import { createLiveModel } from '../src/document/liveModel';
import { encodeVersions, listVersions } from '../src/document/versions';
import { toContentDocument, toModelDocument } from '../src/file/serialise';
import { gzip } from '../src/file/gzip';
import { createDexieRepository } from '../src/storage/dexieRepository';
import { openBrowserBench } from './browserPage';
import { generateModel } from './generateModel';
import { median, roundMs } from './stats';

const BOXES = 200;
const VERSIONS = 20;
const CHANGES_APART = 10;
const OPEN_RUNS = 15;
const BROWSER_RUNS = 5;

/** The model after one reporting period: ten boxes relabelled, re-rated or given evidence. */
function nextPeriod(content: ModelContent, period: number): ModelContent {
  let next = content;
  for (let change = 0; change < CHANGES_APART; change++) {
    const box = next.boxes[(period * CHANGES_APART + change * 7) % next.boxes.length] as Box;
    next = updateBox(next, box.id, { label: `${box.label.replace(/ \(period \d+\)$/, '')} (period ${period})` });
  }
  return next;
}

function history(): { present: ModelContent; versions: SavedVersion[] } {
  let content = generateModel({ boxes: BOXES, progress: true });
  const versions: SavedVersion[] = [];
  for (let period = 0; period < VERSIONS; period++) {
    const savedAt = new Date(Date.UTC(2022, period * 3, 1, 10)).toISOString();
    versions.push({ info: { id: `v${period}`, name: `Quarter ${period + 1}`, savedAt, counts: countsOf(content) }, content });
    content = nextPeriod(content, period + 1);
  }
  return { present: content, versions };
}

async function storedBytes(repository: Awaited<ReturnType<typeof createDexieRepository>>, id: string): Promise<number> {
  const loaded = await repository.load(id);
  if (loaded.status !== 'ok') throw new Error('not stored');
  return loaded.document.updates.reduce((sum, update) => sum + update.length, 0);
}

async function timeOpen(repository: Awaited<ReturnType<typeof createDexieRepository>>, id: string): Promise<number> {
  const started = performance.now();
  const loaded = await repository.load(id);
  if (loaded.status !== 'ok') throw new Error('not stored');
  const doc = new Y.Doc();
  for (const update of loaded.document.updates) Y.applyUpdate(doc, update);
  const live = createLiveModel(doc);
  listVersions(doc);
  const elapsed = performance.now() - started;
  live.destroy();
  doc.destroy();
  return elapsed;
}

async function inNode() {
  const { present, versions } = history();
  const repository = await createDexieRepository({ indexedDB: new IDBFactory(), IDBKeyRange, channelName: `outcome-chains-bench-${globalThis.crypto.randomUUID()}` });
  try {
    const json = new TextEncoder().encode(JSON.stringify(toContentDocument(present)));
    const gzipped = await gzip(json);
    const withVersions = await repository.create(present, await encodeVersions(versions));
    const without = await repository.create(present);
    const withBytes = await storedBytes(repository, withVersions.id);
    const withoutBytes = await storedBytes(repository, without.id);
    const opensWith: number[] = [];
    const opensWithout: number[] = [];
    for (let run = 0; run < OPEN_RUNS + 2; run++) {
      const a = await timeOpen(repository, withVersions.id);
      const b = await timeOpen(repository, without.id);
      if (run >= 2) {
        opensWith.push(a);
        opensWithout.push(b);
      }
    }
    const ratio = median(opensWith) / median(opensWithout);
    return {
      oneVersion200Boxes: { jsonKB: Math.round(json.length / 102.4) / 10, gzipKB: Math.round(gzipped.length / 102.4) / 10, ratio: Math.round((json.length / gzipped.length) * 10) / 10 },
      stored20Versions200Boxes: {
        versionsKB: Math.round((withBytes - withoutBytes) / 102.4) / 10,
        modelAloneKB: Math.round(withoutBytes / 102.4) / 10,
        budgetKB: 1024,
        withinBudget: withBytes - withoutBytes <= 1024 * 1024,
      },
      open200BoxModelFromStorage: {
        with20VersionsMs: roundMs(median(opensWith)),
        withoutMs: roundMs(median(opensWithout)),
        ratio: Math.round(ratio * 100) / 100,
        budget: '≤ 1.2×',
        withinBudget: ratio <= 1.2,
        note: 'fake-indexeddb in Node: read, apply the stored updates, project the model, list the versions',
      },
    };
  } finally {
    repository.close();
  }
}

async function inChromium() {
  const { present, versions } = history();
  const bench = await openBrowserBench();
  try {
    const page = await bench.newPage();
    await page.goto(new URL('#/', bench.appURL).href);
    await page.getByRole('heading', { name: 'Your models', level: 2 }).waitFor();
    await page.getByLabel('Import a model file').setInputFiles({
      name: 'bench-versions.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(toModelDocument(present, versions.slice(-1))), 'utf8'),
    });
    await page.waitForURL(/#\/models\/[^/]+$/);
    await page.locator('.react-flow__node-box').nth(BOXES - 1).waitFor({ state: 'attached', timeout: 60_000 });
    await page.getByRole('tab', { name: 'Versions' }).click();

    const saves: number[] = [];
    const form = page.getByRole('form', { name: 'Save this version' });
    for (let run = 0; run < BROWSER_RUNS; run++) {
      const name = `Bench save ${run}`;
      await form.getByRole('textbox', { name: 'Name' }).fill(name);
      const started = Date.now();
      await form.getByRole('button', { name: 'Save this version' }).click();
      await page.getByRole('status').filter({ hasText: `Saved the version "${name}".` }).waitFor();
      saves.push(Date.now() - started);
    }

    const compares: number[] = [];
    const last = versions.at(-1)!.info.name;
    for (let run = 0; run < BROWSER_RUNS; run++) {
      const started = Date.now();
      await page.getByRole('button', { name: `Compare with now ${last}`, exact: true }).click();
      await page.getByRole('region', { name: `What changed since "${last}"` }).getByRole('status').waitFor();
      await page.locator('.react-flow__node-box').nth(BOXES - 1).waitFor({ state: 'attached' });
      await page.locator('.box-node.is-changed').first().waitFor();
      compares.push(Date.now() - started);
      await page.getByRole('button', { name: 'Back to now' }).click();
      await page.getByRole('textbox', { name: 'Model title' }).waitFor();
      await page.getByRole('tab', { name: 'Versions' }).click();
    }
    return {
      saveVersion200BoxesMs: { median: roundMs(median(saves)), runs: saves.map(roundMs), budget: 100, withinBudget: median(saves) <= 100, note: 'click to "Saved the version", storage write included' },
      compareView200BoxesMs: { median: roundMs(median(compares)), runs: compares.map(roundMs), budget: 300, withinBudget: median(compares) <= 300, note: 'click to the What changed list and every box drawn' },
    };
  } finally {
    await bench.close();
  }
}

export async function run() {
  return { ...(await inNode()), ...(await inChromium()) };
}
