/**
 * Browser bench for the board-paper export (issue 5, PRODUCT.md §9 "PNG export, 200 boxes at 2× ≤ 2 s"):
 * drives the built app the way a user does — imports a generated 200-box model on the home page,
 * opens the Export dialog, chooses PNG at Print (2×) or A4 landscape 300 dpi, clicks Download — and
 * times each export from the click to the browser's download event. Also reports, from the
 * dialog's own User Timing measures (`export:*`), the in-page time of the SVG render and of each
 * rasterisation, and times "Image of current view" on the same model once (bench/viewImage.ts
 * compares its ways).
 *
 * Called by scripts/bench.mjs with a Playwright Page on the built app (vite preview) and its URL.
 */
import type { Page } from 'playwright-core';
import { toModelDocument } from '../src/file/serialise';
import { generateModel } from './generateModel';
import { median, roundMs } from './stats';

const BOXES = 200;
const WARM_UP_RUNS = 1;
const TIMED_RUNS = 7;
const SVG_RENDER_RUNS = 9;
const BUDGET_2X_MS = 2_000;

interface TimedExport {
  /** Click on Download to the browser's download event, median. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
  /** The rasterisation alone (svgToPngBlob), measured in the page, median. */
  inPageMedianMs: number | null;
  width: number;
  height: number;
  bytes: number;
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('The download is not a PNG.');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export async function downloadBytes(page: Page, click: () => Promise<void>): Promise<{ ms: number; bytes: Buffer }> {
  const downloading = page.waitForEvent('download', { timeout: 120_000 });
  const started = performance.now();
  await click();
  const download = await downloading;
  const ms = performance.now() - started;
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  await download.delete();
  return { ms, bytes: Buffer.concat(chunks) };
}

/** Durations of the page's User Timing measures with this name, in the order they were taken. */
export async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((entryName) => performance.getEntriesByName(entryName, 'measure').map((entry) => entry.duration), name);
}

export async function clearMeasures(page: Page): Promise<void> {
  await page.evaluate(() => performance.clearMeasures());
}

async function timePng(page: Page, scaleName: string, measureName: string): Promise<TimedExport> {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'PNG image', exact: true }).check();
  await dialog.getByRole('radio', { name: scaleName, exact: true }).check();
  const download = dialog.getByRole('button', { name: 'Download', exact: true });
  const timings: number[] = [];
  let last: Buffer | null = null;
  await clearMeasures(page);
  for (let run = 0; run < WARM_UP_RUNS + TIMED_RUNS; run++) {
    // Wait until the previous export has finished and the button is back.
    await download.waitFor({ state: 'visible' });
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('dialog[open] .button--primary')?.disabled);
    const { ms, bytes } = await downloadBytes(page, () => download.click());
    if (run >= WARM_UP_RUNS) timings.push(ms);
    last = bytes;
  }
  if (!last) throw new Error('No PNG was downloaded.');
  const inPage = (await measures(page, measureName)).slice(WARM_UP_RUNS);
  return {
    medianMs: roundMs(median(timings)),
    minMs: roundMs(Math.min(...timings)),
    maxMs: roundMs(Math.max(...timings)),
    runs: timings.length,
    inPageMedianMs: inPage.length ? roundMs(median(inPage)) : null,
    ...pngSize(last),
    bytes: last.length,
  };
}

export async function run({ page, baseURL }: { page: Page; baseURL: string }) {
  const model = generateModel({ boxes: BOXES });
  const file = JSON.stringify(toModelDocument(model));

  await page.goto(new URL('#/', baseURL).href);
  await page.getByRole('heading', { name: 'Your models', level: 2 }).waitFor();
  await page.getByLabel('Import a model file').setInputFiles({ name: 'bench-200.json', mimeType: 'application/json', buffer: Buffer.from(file, 'utf8') });
  await page.waitForURL(/#\/models\/[^/]+$/);
  await page.locator('.react-flow__node-box').nth(BOXES - 1).waitFor({ state: 'attached', timeout: 60_000 });

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor();

  // The SVG is drawn when the dialog opens and whenever an option that changes it does: toggling
  // the flags overlay redraws it, alternately with and without badges.
  await dialog.getByRole('radio', { name: 'SVG image', exact: true }).check();
  await clearMeasures(page);
  const flags = dialog.getByRole('checkbox', { name: 'Show flags on the image' });
  for (let run = 0; run < SVG_RENDER_RUNS; run++) await flags.setChecked(run % 2 === 0);
  await flags.setChecked(false);
  const svgRenders = await measures(page, 'export:svg-render');

  const png2x = await timePng(page, 'Print (2×)', 'export:png-print');
  const pngA4 = await timePng(page, 'A4 landscape, 300 dpi', 'export:png-a4');

  // "Image of current view" once, on the same model.
  await clearMeasures(page);
  const viewImage = await downloadBytes(page, () => dialog.getByRole('button', { name: 'Image of current view' }).click());
  const viewInPage = await measures(page, 'export:view-image');
  await dialog.getByRole('button', { name: 'Close' }).click();

  return {
    boxes: model.boxes.length,
    links: model.links.length,
    png2x: { ...png2x, budgetMs: BUDGET_2X_MS, withinBudget: png2x.medianMs <= BUDGET_2X_MS },
    pngA4,
    svgRenderInPage: { medianMs: roundMs(median(svgRenders)), runs: svgRenders.length },
    viewImage: {
      ms: roundMs(viewImage.ms),
      inPageMs: viewInPage[0] !== undefined ? roundMs(viewInPage[0]) : null,
      ...pngSize(viewImage.bytes),
      bytes: viewImage.bytes.length,
      note: 'the view drawn from the model with the on-screen legend laid over it, one run; see the viewImage section',
    },
    pngPath: 'model → SVG (renderModelSvg) → canvas at the planned size (svgToPngBlob); "Image of current view" crops the same drawing to the view',
  };
}
