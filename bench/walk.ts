/**
 * Walking and presenting the chain (issue 18, PRODUCT.md §9 and §15):
 * - the pathway of a 1,000-box model computed (Node), and computed and drawn in Chromium on the
 *   built app: from choosing "Show pathway" in the View menu to the frame that shows it faded, with
 *   the pathway panel (budget ≤ 100 ms);
 * - a presentation step of the 1,000-box model: from the clicker's Page Down to the frame showing
 *   the next lane with its links (budget ≤ 100 ms);
 * - a .pptx of a 200-box model from the Export dialog, click to download (budget ≤ 3 s), and the
 *   slide plan plus file alone in Node; and in Node the same with 50 measure slides, each a native
 *   chart (issue 22).
 */
import type { Page } from 'playwright-core';
import { analyse } from '../src/analysis';
import { computePathway } from '../src/analysis/pathway';
import { buildPptx } from '../src/export/pptx';
import { planSlides } from '../src/export/slidePlan';
import { planMeasureSlides } from '../src/export/measureSlides';
import type { ModelContent } from '../src/domain/model';
import { importThroughHomePage, openBrowserBench } from './browserPage';
import { clearMeasures, downloadBytes, measures } from './exportPng';
import { generateModel } from './generateModel';
import { withMeasures } from './measureModels';
import { median, percentile, roundMs } from './stats';

const PATHWAY_BUDGET_MS = 100;
const STEP_BUDGET_MS = 100;
const PPTX_BUDGET_MS = 3_000;

/** A box in the middle level (engagement … reactions), whose pathway runs both ways. */
function middleBox(model: ModelContent): string {
  const middle = model.boxes.filter((box) => box.level === 'reactions');
  return middle[Math.floor(middle.length / 2)]!.id;
}

function summary(values: readonly number[], budget: number) {
  return { medianMs: roundMs(median(values)), p90Ms: roundMs(percentile(values, 90)), runs: values.length, budgetMs: budget, withinBudget: median(values) <= budget };
}

function timeInNode(model: ModelContent, anchors: readonly string[], runs: number): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs + 3; run++) {
    const start = performance.now();
    const pathway = computePathway(model, anchors);
    const ms = performance.now() - start;
    if (!pathway) throw new Error('No pathway');
    if (run >= 3) times.push(ms);
  }
  return times;
}

/** Lets the page finish what it was drawing: half a second, then two frames. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(500);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** From a click on the View menu's item to the second frame after the fade's style sheet is in the page (that frame is painted). */
async function timeShowPathway(page: Page): Promise<number> {
  // Found by CSS, not by role: Playwright's role queries walk all 10,000 elements of the page in
  // it, and one still running would be timed with the pathway.
  await page.locator('.view-menu > button').click();
  await page.locator('[role="menuitem"]', { hasText: 'Show pathway' }).waitFor();
  await settle(page);
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const item = [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')].find((element) => element.textContent === 'Show pathway')!;
        const frames: string[] = [];
        (window as unknown as { __frames: string[] }).__frames = frames;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { duration: number; renderStart: number; startTime: number; styleAndLayoutStart: number }[]) {
            frames.push(`${Math.round(entry.duration)} (script ${Math.round((entry.renderStart || entry.startTime + entry.duration) - entry.startTime)}, style-layout-paint ${Math.round(entry.startTime + entry.duration - entry.styleAndLayoutStart)})`);
          }
        }).observe({ type: 'long-animation-frame' });
        const start = performance.now();
        item.click();
        const check = () => {
          if (document.querySelector('[data-testid="pathway-fade"]') && document.querySelector('[data-testid="pathway-words"]')) {
            requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
          } else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

/** From Page Down to the second frame after the counter moved on (the step is drawn with its links by then). */
async function timeStep(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const dialog = document.querySelector<HTMLElement>('dialog.presentation')!;
        const counter = dialog.querySelector('[role="status"]')!;
        const before = counter.textContent;
        const start = performance.now();
        dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, cancelable: true }));
        const check = () => {
          if (counter.textContent !== before) requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

async function browserFigures() {
  const bench = await openBrowserBench();
  try {
    const page = await bench.newPage();
    const model1000 = generateModel({ boxes: 1000 });
    await importThroughHomePage(page, bench.appURL, model1000);
    await page.locator('.react-flow__node-box').nth(999).waitFor({ state: 'attached', timeout: 60_000 });
    const anchor = middleBox(model1000);

    // Select the box as a user does, then show and hide its pathway.
    const shows: number[] = [];
    // Long animation frames (over 50 ms) while the pathway appears: where the time goes.
    const longFrames: string[] = [];
    for (let run = 0; run < 8; run++) {
      await page.evaluate((id) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)?.click(), anchor);
      // Timed from a still page: the selection's and the last hide's frames are not counted.
      await settle(page);
      const ms = await timeShowPathway(page);
      if (run >= 1) shows.push(ms);
      await page.waitForTimeout(300);
      longFrames.push(...(await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames)));
      await page.locator('.pathway-panel button', { hasText: 'Hide pathway' }).click();
      await page.locator('[data-testid="pathway-fade"]').waitFor({ state: 'detached' });
    }
    const faded = await page.evaluate(() => document.querySelectorAll('.react-flow__node-box').length);

    // A presentation of the whole 1,000-box model, lane by lane, several times through.
    await page.locator('.view-menu > button').click();
    await page.locator('[role="menuitem"]', { hasText: 'Present lane by lane' }).click();
    await page.locator('dialog.presentation[open]').waitFor();
    const steps: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (let step = 0; step < 7; step++) {
        await settle(page);
        steps.push(await timeStep(page));
      }
      await page.keyboard.press('Home');
    }
    await page.keyboard.press('Escape');

    // .pptx of a 200-box model from the Export dialog.
    const pptxPage = await bench.newPage();
    const model200 = generateModel({ boxes: 200 });
    await importThroughHomePage(pptxPage, bench.appURL, model200);
    await pptxPage.getByRole('button', { name: 'Export…' }).click();
    const dialog = pptxPage.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'PowerPoint slides (.pptx)', exact: true }).check();
    const download = dialog.getByRole('button', { name: 'Download', exact: true });
    await clearMeasures(pptxPage);
    const timings: number[] = [];
    let bytes = 0;
    for (let run = 0; run < 6; run++) {
      await pptxPage.waitForFunction(() => !document.querySelector<HTMLButtonElement>('dialog[open] .button--primary')?.disabled);
      const result = await downloadBytes(pptxPage, () => download.click());
      timings.push(result.ms);
      bytes = result.bytes.length;
    }
    const inPage = await measures(pptxPage, 'export:pptx');
    const [first, ...timed] = timings;
    return {
      pathway1000BoxComputedAndDrawn: { ...summary(shows, PATHWAY_BUDGET_MS), boxes: faded, longFrames },
      presentationStep1000Box: summary(steps, STEP_BUDGET_MS),
      pptx200Box: {
        ...summary(timed, PPTX_BUDGET_MS),
        firstRunWithLibraryLoadMs: roundMs(first ?? 0),
        inPageMedianMs: inPage.length > 1 ? roundMs(median(inPage.slice(1))) : null,
        bytes,
      },
    };
  } finally {
    await bench.close();
  }
}

export async function run() {
  const model1000 = generateModel({ boxes: 1000 });
  const anchor = middleBox(model1000);
  const pathway = computePathway(model1000, [anchor])!;
  const model10k = generateModel({ boxes: 10_000 });

  const model200 = generateModel({ boxes: 200 });
  const flags = analyse(model200);
  const pptxNode: number[] = [];
  for (let run = 0; run < 4; run++) {
    const start = performance.now();
    await buildPptx(planSlides(model200, { date: 'today', flags }), { title: model200.title });
    if (run >= 1) pptxNode.push(performance.now() - start);
  }
  // Issue 22: the same with 50 measures of twelve periods, so 50 more slides, each a native chart.
  const measured200 = withMeasures(model200, 50);
  const pptxChartsNode: number[] = [];
  for (let run = 0; run < 4; run++) {
    const start = performance.now();
    await buildPptx([...planSlides(measured200, { date: 'today', flags }), ...planMeasureSlides(measured200)], { title: measured200.title });
    if (run >= 1) pptxChartsNode.push(performance.now() - start);
  }

  return {
    pathway1000BoxComputedNode: { ...summary(timeInNode(model1000, [anchor], 30), PATHWAY_BUDGET_MS), boxesOnIt: pathway.boxIds.size, linksOnIt: pathway.linkIds.size },
    pathway10000BoxComputedNode: summary(timeInNode(model10k, [middleBox(model10k)], 10), PATHWAY_BUDGET_MS),
    pptx200BoxPlanAndFileNode: summary(pptxNode, PPTX_BUDGET_MS),
    pptx200BoxWith50MeasureChartsNode: summary(pptxChartsNode, PPTX_BUDGET_MS),
    ...(await browserFigures()),
  };
}
