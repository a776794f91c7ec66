/**
 * Measures over time in the app (PRODUCT.md §9, issue 22), in headless Chromium on a production
 * build: the Progress tab of a 200-box model with 200 measures × 12 periods drawn, sparklines and
 * words (≤ 300 ms); the main thread's time for a keystroke in a value cell of that model (≤ 16 ms,
 * counted as bench/keystroke.ts counts it: Chromium's TaskDuration over a few keys, two frames let
 * through after each so that its paint counts); and the initial JavaScript (≤ 300 KB gzip), with
 * the measures' chart and d3 in chunks of their own.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import type { Box, Indicator, MeasuredValue, ModelContent } from '../src/domain/model';
import { toModelDocument } from '../src/file/serialise';
import { initialScriptGzip, serve, urlOf } from './browserPage';
import { generateModel } from './generateModel';
import { mainThreadMsReader, twoFrames } from './keystroke';
import { seededRandom } from './prng';
import { median, roundMs } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist-bench/measures');
const BOXES = 200;
const PERIODS = 12;
const BUDGETS = { progressTabMs: 300, keystrokeMs: 16, initialJavaScriptKB: 300 };
const TAB_RUNS = 7;
const KEYS_PER_ROUND = 6;
const ROUNDS = 5;

/** Twelve financial years of figures for a box's first indicator: a drift with noise, a target rising, a gap now and then. */
function withMeasure(box: Box, random: () => number): Box {
  const [first, ...rest] = box.indicators ?? [];
  if (!first) return box;
  let actual = 20 + Math.round(random() * 60);
  const values: MeasuredValue[] = [];
  for (let year = 0; year < PERIODS; year++) {
    actual = Math.max(0, actual + Math.round((random() - 0.4) * 8));
    const gap = random() < 0.05 && year < PERIODS - 1;
    const start = 2014 + year;
    values.push({ period: `${start}/${String((start + 1) % 100).padStart(2, '0')}`, ...(gap ? {} : { actual }), target: 40 + year * 3 });
  }
  const measure: Indicator = { ...first, unit: 'families', polarity: 'higher-is-better', frequency: 'annual', tolerance: 1, values };
  return { ...box, indicators: [measure, ...rest] };
}

function measuresModel(): ModelContent {
  const random = seededRandom(22);
  const model = generateModel({ boxes: BOXES, progress: true });
  return { ...model, boxes: model.boxes.map((box) => withMeasure(box, random)) };
}

async function openModel(page: Page, url: string, model: ModelContent): Promise<void> {
  await page.goto(new URL('#/', url).href);
  await page.getByRole('heading', { name: 'Your models', level: 2 }).waitFor();
  const file = JSON.stringify(toModelDocument(model));
  await page.getByLabel('Import a model file').setInputFiles({ name: 'measures.json', mimeType: 'application/json', buffer: Buffer.from(file, 'utf8') });
  await page.waitForURL(/#\/models\/[^/]+$/);
  await page.locator('.react-flow__node-box').first().waitFor({ state: 'attached', timeout: 60_000 });
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
}

/** From choosing the Progress tab to its table drawn with every sparkline and painted, in ms. */
async function timeProgressTab(page: Page, sparklines: number): Promise<number> {
  const rows = BOXES;
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.evaluate(twoFrames);
  return page.evaluate(({ expected, rows }) => {
    const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((element) => element.textContent?.trim() === 'Progress');
    if (!tab) throw new Error('No Progress tab');
    const start = performance.now();
    tab.click();
    return new Promise<number>((done) => {
      const check = () => {
        const drawn = document.querySelectorAll('.progress-table tbody tr').length >= rows && document.querySelectorAll('.progress-table svg.sparkline path.sparkline__actual').length >= expected;
        if (drawn) {
          // The frame after the one that drew them: their paint is counted.
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
        } else requestAnimationFrame(check);
      };
      check();
    });
  }, { expected: sparklines, rows });
}

type TypedField = 'value cell' | 'notes';

/**
 * Main-thread ms per keystroke in a box's latest actual (its chart drawn beside the grid), or, for
 * comparison in the same run, in the same box's notes; median of rounds.
 */
async function keystrokeIn(page: Page, field: TypedField): Promise<number> {
  await page.getByRole('tab', { name: 'Details' }).click();
  // A box drawn in the view, chosen by keyboard (focus and Enter), so that its details are in the panel.
  const chosen = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const node = [...document.querySelectorAll<HTMLElement>('.react-flow__node-box')].find((element) => {
      const box = element.getBoundingClientRect();
      return box.left > pane.left && box.right < pane.right && box.top > pane.top && box.bottom < pane.bottom;
    });
    node?.focus();
    return Boolean(node);
  });
  if (!chosen) throw new Error('No box in view to choose');
  await page.keyboard.press('Enter');
  const lastYear = `${2014 + PERIODS - 1}/${String((2014 + PERIODS) % 100).padStart(2, '0')}`;
  const details = page.getByRole('tabpanel', { name: 'Details' });
  const cell = details.getByRole('textbox', field === 'notes' ? { name: 'Notes', exact: true } : { name: `Actual for ${lastYear}, indicator 1`, exact: true });
  await cell.waitFor();
  await page.locator('.measure-chart path').first().waitFor({ state: 'attached' });
  await cell.click();
  await cell.press('End');
  const readBusy = await mainThreadMsReader(page);
  const rounds: number[] = [];
  // The first round warms the code up and is not counted.
  for (let round = 0; round <= ROUNDS; round++) {
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await page.evaluate(twoFrames);
    const start = await readBusy();
    for (let key = 0; key < KEYS_PER_ROUND; key++) {
      await page.keyboard.press(String(key));
      await page.evaluate(twoFrames);
    }
    if (round > 0) rounds.push(((await readBusy()) - start) / KEYS_PER_ROUND);
    // Back to what it held, so that every round types into the same text alike.
    for (let key = 0; key < KEYS_PER_ROUND; key++) await page.keyboard.press('Backspace');
  }
  return median(rounds);
}

function lazyChunkKB(prefix: string): number {
  const file = readdirSync(join(DIST, 'assets')).find((name) => name.startsWith(prefix) && name.endsWith('.js'));
  return file ? Math.round(gzipSync(readFileSync(join(DIST, 'assets', file)), { level: 9 }).length / 102.4) / 10 : 0;
}

export async function run() {
  // In its own process: this one runs under Vite's dev server, whose NODE_ENV would give development React.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await serve(DIST, 4398);
  const browser = await chromium.launch({ executablePath: await findChromium(), args: [...CHROMIUM_ARGS] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' })).newPage();
    const model = measuresModel();
    await openModel(page, urlOf(server), model);
    const tabTimes: number[] = [];
    for (let i = 0; i < TAB_RUNS; i++) tabTimes.push(await timeProgressTab(page, BOXES));
    const [first, ...later] = tabTimes;
    // Each field twice, in turn, so that neither gains from typing second; the median of both.
    const typed = { 'value cell': [] as number[], notes: [] as number[] };
    for (const field of ['notes', 'value cell', 'notes', 'value cell'] as const) typed[field].push(await keystrokeIn(page, field));
    const keystroke = median(typed['value cell']);
    const notesKeystroke = median(typed.notes);
    // The same boxes without figures, in the same run: what the measures add to the tab.
    await openModel(page, urlOf(server), generateModel({ boxes: BOXES, progress: true }));
    const withoutTimes: number[] = [];
    for (let i = 0; i < TAB_RUNS; i++) withoutTimes.push(await timeProgressTab(page, 0));
    const script = initialScriptGzip(DIST);
    return {
      progressTab200Measures12PeriodsMs: {
        median: roundMs(median(later)),
        firstWithChartChunk: roundMs(first!),
        runs: tabTimes.map(roundMs),
        sameBoxesWithoutMeasuresMedian: roundMs(median(withoutTimes.slice(1))),
        budget: BUDGETS.progressTabMs,
        withinBudget: median(later) <= BUDGETS.progressTabMs && first! <= BUDGETS.progressTabMs,
      },
      valueCellKeystroke200BoxMs: { median: roundMs(keystroke), sameBoxNotesMedian: roundMs(notesKeystroke), unit: 'main-thread ms per keystroke (TaskDuration), median of rounds', budget: BUDGETS.keystrokeMs, withinBudget: keystroke <= BUDGETS.keystrokeMs },
      initialJavaScript: { gzipKB: script.gzipKB, budgetKB: BUDGETS.initialJavaScriptKB, withinBudget: script.gzipKB <= BUDGETS.initialJavaScriptKB },
      lazyChunksGzipKB: { measureSection: lazyChunkKB('MeasureSection-'), chartWithD3: lazyChunkKB('MeasureChart-') },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
