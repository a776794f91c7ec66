/**
 * Browser budgets of PRODUCT.md §9, measured in headless Chromium on the production build:
 * opening a 500-box model from IndexedDB, dragging a box in a 1,000-box model against a bare
 * React Flow page with the same boxes, autosave of a 1,000-box model, and the initial JavaScript.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { generateModel } from './generateModel';
import { median, percentile, roundMs as round } from './stats';
import { importThroughHomePage, initialScriptGzip, openBrowserBench } from './browserPage';
import { run as runPngExport } from './exportPng';
import { run as runBoardReportExport } from './exportDocx';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OPEN_RUNS = 7;
const DRAG_RUNS = 3;
const DRAG_STEPS = 60;

/**
 * Time from following a model's link on the home page to a frame in which every box and every link
 * is in the page and shown (checked in requestAnimationFrame, so just before that frame is painted).
 */
export async function timeOpen(page: Page, modelHash: string, boxes: number, links: number): Promise<number> {
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.getByRole('heading', { name: 'Your models' }).waitFor();
  return page.evaluate(
    ({ hash, boxes, links }) =>
      new Promise<number>((done) => {
        const start = performance.now();
        window.location.hash = hash;
        const check = () => {
          const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node-box');
          const drawn =
            nodes.length === boxes &&
            document.querySelectorAll('.react-flow__edge path.react-flow__edge-path').length === links &&
            [...nodes].every((node) => node.style.visibility !== 'hidden');
          if (drawn) done(performance.now() - start);
          else requestAnimationFrame(check);
        };
        check();
      }),
    { hash: modelHash, boxes, links },
  );
}

/** Frame intervals (ms) while a box is dragged by the mouse across the canvas. */
async function dragFrames(page: Page, selector: string): Promise<number[]> {
  const node = page.locator(selector).first();
  const box = await node.boundingBox();
  if (!box) throw new Error(`Nothing to drag at ${selector}`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.evaluate(() => {
    const frames: number[] = [];
    (window as unknown as { __frames: number[] }).__frames = frames;
    let last = performance.now();
    const tick = (now: number) => {
      frames.push(now - last);
      last = now;
      if ((window as unknown as { __frames?: number[] }).__frames === frames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= DRAG_STEPS; step++) await page.mouse.move(x + step * 3, y + step * 2);
  await page.mouse.up();
  return page.evaluate(() => {
    const holder = window as unknown as { __frames?: number[] };
    const frames = holder.__frames ?? [];
    delete holder.__frames;
    return frames.slice(2);
  });
}

/** Reads the time the page's main thread has spent on tasks since the reader was made (Chromium's own count). */
async function mainThreadBusyReader(page: Page): Promise<() => Promise<number>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const read = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  const start = await read();
  return async () => (await read()) - start;
}

export async function run() {
  const bench = await openBrowserBench();
  try {
    const page = await bench.newPage();

    const model500 = generateModel({ boxes: 500 });
    const url500 = await importThroughHomePage(page, bench.appURL, model500);
    const hash500 = new URL(url500).hash;
    const opens: number[] = [];
    for (let i = 0; i < OPEN_RUNS; i++) opens.push(await timeOpen(page, hash500, model500.boxes.length, model500.links.length));

    const url1000 = await importThroughHomePage(page, bench.appURL, generateModel({ boxes: 1000 }));
    const appFrames: number[] = [];
    for (let i = 0; i < DRAG_RUNS; i++) appFrames.push(...(await dragFrames(page, '.react-flow__node-box')));

    // Autosave: from "Saving…" to "All changes saved" in the toolbar, after an edit of the 1,000-box model.
    // The same keystrokes give the main thread's busy time per keystroke in the title, save included.
    const saves: number[] = [];
    const title = page.getByRole('textbox', { name: 'Model title' });
    const mainThreadBusyMs = await mainThreadBusyReader(page);
    for (let i = 0; i < 7; i++) {
      await page.evaluate(() => {
        const status = document.querySelector('.save-status') as HTMLElement;
        const holder = window as unknown as { __save?: Promise<number> };
        holder.__save = new Promise<number>((done) => {
          let started = 0;
          const observer = new MutationObserver(() => {
            // The pending state also reads "Saving…"; the class tells the write itself apart.
            if (status.classList.contains('save-status--saving') && !started) started = performance.now();
            if (status.classList.contains('save-status--saved') && started) {
              observer.disconnect();
              done(performance.now() - started);
            }
          });
          observer.observe(status, { attributes: true, attributeFilter: ['class'] });
        });
      });
      await title.press('End');
      await title.press(String(i));
      saves.push(await page.evaluate(() => (window as unknown as { __save: Promise<number> }).__save));
    }
    const titleKeystrokeMs = (await mainThreadBusyMs()) / saves.length;
    void url1000;

    const barePage = await bench.newPage();
    await barePage.goto(`${bench.bareURL}?boxes=1000`);
    await barePage.locator('.react-flow__node').nth(999).waitFor({ state: 'attached' });
    await barePage.waitForTimeout(500);
    const bareFrames: number[] = [];
    for (let i = 0; i < DRAG_RUNS; i++) bareFrames.push(...(await dragFrames(barePage, '.react-flow__node')));

    const pngExport = await runPngExport({ page: await bench.newPage(), baseURL: bench.appURL });
    const boardReport = await runBoardReportExport({ page: await bench.newPage(), baseURL: bench.appURL });

    const appMedian = median(appFrames);
    const bareMedian = median(bareFrames);
    const script = initialScriptGzip(join(ROOT, 'dist-bench/app'));
    return {
      open500BoxModelMs: { median: round(median(opens)), runs: opens.map(round), budget: 500, withinBudget: median(opens) <= 500 },
      drag1000BoxFrameMs: {
        app: { median: round(appMedian), p90: round(percentile(appFrames, 90)), frames: appFrames.length },
        bareReactFlow: { median: round(bareMedian), p90: round(percentile(bareFrames, 90)), frames: bareFrames.length },
        ratio: round(appMedian / bareMedian),
        budget: '≤ 16.7 ms and ≤ 1.3× bare',
        withinBudget: appMedian <= 16.7 && appMedian / bareMedian <= 1.3,
      },
      titleKeystroke1000BoxMainThreadMs: round(titleKeystrokeMs),
      autosave1000BoxMs: { median: round(median(saves)), runs: saves.map(round), budget: 50, withinBudget: median(saves) <= 50 },
      pngExport,
      boardReport,
      initialJavaScript: { gzipKB: script.gzipKB, files: script.files, budgetKB: 300, withinBudget: script.gzipKB <= 300 },
    };
  } finally {
    await bench.close();
  }
}
