/**
 * Spreadsheets (issue 16), in headless Chromium on the built app:
 * - a 2,000-row workbook (this app's own workbook of a 2,000-box model: 2,000 rows of Boxes, and its
 *   links) chosen on the home page and read to the import preview, from choosing the file to the
 *   counts on screen; meanwhile the page's responsiveness: its longest main-thread task (Long Tasks
 *   API) and the longest gap between animation frames;
 * - the .xlsx of a 200-box model (with progress data) from the Export dialog, click to download;
 * - the sizes of the lazily loaded chunks, and the initial JavaScript.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { analyse } from '../src/analysis';
import { writeXlsx } from '../src/export/xlsx';
import { toModelDocument } from '../src/file/serialise';
import { planWorkbook } from '../src/spreadsheet/workbookPlan';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { serve, urlOf } from './browserPage';
import { clearMeasures, downloadBytes, measures } from './exportPng';
import { generateModel, PROGRESS_TODAY } from './generateModel';
import { median, roundMs } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = 'dist-bench/spreadsheet';
const ROWS = 2_000;
const EXPORT_BOXES = 200;
const TIMED_RUNS = 5;
const READ_BUDGET_MS = 2_000;
const XLSX_BUDGET_MS = 1_000;
const LAZY_CHUNKS = ['spreadsheetWorker', 'SpreadsheetImportDialog', 'spreadsheetFile', 'readDelimited', 'pastedTable'];

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

function chunkSizes(): { initialGzipKB: number; lazy: Record<string, { rawKB: number; gzipKB: number }> } {
  const dist = join(ROOT, DIST);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1] as string);
  const gzip = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const lazy: Record<string, { rawKB: number; gzipKB: number }> = {};
  for (const file of readdirSync(join(dist, 'assets'))) {
    const chunk = LAZY_CHUNKS.find((name) => file.startsWith(`${name}-`) && file.endsWith('.js'));
    if (chunk) lazy[chunk] = { rawKB: kb(readFileSync(join(dist, 'assets', file)).length), gzipKB: kb(gzip(join('assets', file))) };
  }
  return { initialGzipKB: kb(initial.reduce((sum, file) => sum + gzip(file), 0)), lazy };
}

/** Starts watching the page: long tasks and the gaps between animation frames, until `stop`. */
async function watchResponsiveness(page: Page): Promise<void> {
  await page.evaluate(() => {
    const watch = { longestTaskMs: 0, longestFrameGapMs: 0, running: true };
    (window as unknown as { benchWatch: typeof watch }).benchWatch = watch;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watch.longestTaskMs = Math.max(watch.longestTaskMs, entry.duration);
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const frame = (now: number) => {
      watch.longestFrameGapMs = Math.max(watch.longestFrameGapMs, now - last);
      last = now;
      if (watch.running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

async function stopWatching(page: Page): Promise<{ longestTaskMs: number; longestFrameGapMs: number }> {
  return page.evaluate(() => {
    const watch = (window as unknown as { benchWatch: { longestTaskMs: number; longestFrameGapMs: number; running: boolean } }).benchWatch;
    watch.running = false;
    return { longestTaskMs: watch.longestTaskMs, longestFrameGapMs: watch.longestFrameGapMs };
  });
}

async function readToPreview(page: Page, workbook: Buffer) {
  await page.goto(new URL('#/', page.url()).href);
  await page.getByRole('heading', { name: 'Your models', level: 2 }).waitFor();
  await clearMeasures(page);
  const timings: number[] = [];
  const longestTasks: number[] = [];
  const longestGaps: number[] = [];
  let counts = '';
  for (let run = 0; run < 1 + TIMED_RUNS; run++) {
    await watchResponsiveness(page);
    const started = performance.now();
    await page.getByLabel('Import a model file').setInputFiles({ name: 'bench-2000.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook });
    const dialog = page.getByRole('dialog', { name: 'Import “bench-2000.xlsx”' });
    const shown = dialog.getByTestId('import-counts');
    await shown.waitFor({ timeout: 60_000 });
    timings.push(performance.now() - started);
    counts = (await shown.textContent()) ?? '';
    const watched = await stopWatching(page);
    longestTasks.push(watched.longestTaskMs);
    longestGaps.push(watched.longestFrameGapMs);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
  const inPage = await measures(page, 'spreadsheet:read-to-preview');
  const [first, ...timed] = timings;
  return {
    rows: ROWS,
    workbookKB: kb(workbook.length),
    preview: counts,
    medianMs: roundMs(median(timed)),
    minMs: roundMs(Math.min(...timed)),
    maxMs: roundMs(Math.max(...timed)),
    firstRunWithReaderLoadMs: roundMs(first ?? 0),
    inPageMedianMs: inPage.length > 1 ? roundMs(median(inPage.slice(1))) : null,
    // The Long Tasks API reports only tasks of 50 ms or more: 0 means there were none.
    longestTaskOf50MsOrMore: roundMs(Math.max(...longestTasks.slice(1))),
    longestFrameGapMs: roundMs(Math.max(...longestGaps.slice(1))),
    budgetMs: READ_BUDGET_MS,
    withinBudget: median(timed) <= READ_BUDGET_MS,
  };
}

async function xlsxExport(page: Page) {
  const model = generateModel({ boxes: EXPORT_BOXES, progress: true });
  await page.goto(new URL('#/', page.url()).href);
  await page.getByLabel('Import a model file').setInputFiles({ name: 'bench-200.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(toModelDocument(model)), 'utf8') });
  await page.waitForURL(/#\/models\/[^/]+$/);
  await page.locator('.react-flow__node-box').nth(EXPORT_BOXES - 1).waitFor({ state: 'attached', timeout: 60_000 });
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Spreadsheet (Excel)', exact: true }).check();
  await clearMeasures(page);
  const timings: number[] = [];
  let bytes = 0;
  for (let run = 0; run < 1 + TIMED_RUNS; run++) {
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('dialog[open] .button--primary')?.disabled);
    const result = await downloadBytes(page, () => dialog.getByRole('button', { name: 'Download', exact: true }).click());
    timings.push(result.ms);
    bytes = result.bytes.length;
  }
  const inPage = await measures(page, 'export:spreadsheet-xlsx');
  const [first, ...timed] = timings;
  return {
    boxes: EXPORT_BOXES,
    links: model.links.length,
    medianMs: roundMs(median(timed)),
    maxMs: roundMs(Math.max(...timed)),
    firstRunWithCodeLoadMs: roundMs(first ?? 0),
    inPageMedianMs: inPage.length > 1 ? roundMs(median(inPage.slice(1))) : null,
    bytes,
    budgetMs: XLSX_BUDGET_MS,
    withinBudget: median(timed) <= XLSX_BUDGET_MS,
  };
}

export async function run() {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await serve(join(ROOT, DIST), 4395);
  const browser = await chromium.launch({ executablePath: await findChromium(), args: [...CHROMIUM_ARGS] });
  try {
    const big = generateModel({ boxes: ROWS });
    const workbook = Buffer.from(writeXlsx(planWorkbook(big, { flags: analyse(big, PROGRESS_TODAY), today: PROGRESS_TODAY })));
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(urlOf(server));
    const read = await readToPreview(page, workbook);
    const xlsx = await xlsxExport(page);
    await context.close();
    return { readToPreview: read, xlsxOf200Boxes: xlsx, chunks: chunkSizes() };
  } finally {
    await browser.close();
    await server.close();
  }
}
