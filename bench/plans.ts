/**
 * Plans (issue 23, PRODUCT.md §9):
 * - the roll-up of 30 model digests in Node: every model's roll-up, the plan's summary row and its
 *   flags (budget ≤ 5 ms);
 * - a plan's dashboard of 30 models × 200 boxes in headless Chromium, from following its address to
 *   a frame with all 30 rows drawn: the plan and the digests read from IndexedDB, no document opened
 *   (budget ≤ 1 s);
 * - opening a child model of 500 boxes from its box: from the click on "Open …" in the box's details
 *   to a frame with every box and link of the child drawn (budget ≤ 500 ms, opening a model's).
 * The models come in as one plan file through the home page, as a user would bring them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { analyse } from '../src/analysis/analyse';
import { digestOf } from '../src/analysis/plans/digest';
import { planFlags } from '../src/analysis/plans/planFlags';
import { planTotals, rollUp } from '../src/analysis/plans/rollup';
import { addBox } from '../src/domain/edits';
import type { ModelContent } from '../src/domain/model';
import { addContribution, setOpens } from '../src/domain/modelLinks';
import { serialisePlan } from '../src/file/planFile';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { serve, urlOf } from './browserPage';
import { generateModel, PROGRESS_TODAY } from './generateModel';
import { median, roundMs } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MODELS = 30;
const BOXES = 200;
const ROLLUP_RUNS = 200;
const BROWSER_RUNS = 7;
const WAIT_MS = 60_000;

/** 30 models of 200 boxes with progress and measures; each after the first contributes to the first, and the first opens them. */
function planModels(): ModelContent[] {
  const models = Array.from({ length: MODELS }, (_, index) => ({ ...generateModel({ boxes: BOXES, progress: true, measures: true, seed: index + 1 }), uid: `model-bench-${index}`, title: `Locality ${index + 1}` }));
  const first = models[0]!;
  const target = first.boxes.find((box) => box.level === 'outcomes')!;
  let parent: ModelContent = first;
  const opener = parent.boxes.find((box) => box.level === 'activities')!;
  parent = setOpens(parent, opener.id, { model: models[1]!.uid, title: models[1]!.title });
  models[0] = { ...parent, uid: first.uid, title: first.title };
  for (let i = 1; i < models.length; i++) {
    const outcome = models[i]!.boxes.find((box) => box.level === 'outcomes')!;
    models[i] = addContribution(models[i]!, outcome.id, { model: first.uid, box: target.id });
  }
  return models;
}

function rollUpInNode(models: readonly ModelContent[]) {
  const digests = models.map((model) => digestOf(model, { flags: analyse(model, PROGRESS_TODAY) }));
  const times: number[] = [];
  for (let run = 0; run < ROLLUP_RUNS; run++) {
    const start = performance.now();
    for (const digest of digests) rollUp(digest);
    planTotals(digests);
    planFlags(digests);
    times.push(performance.now() - start);
  }
  const ms = median(times);
  return { digests: digests.length, medianMs: roundMs(ms), budgetMs: 5, withinBudget: ms <= 5 };
}

async function importPlan(page: Page, origin: string, text: string): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'oc-bench-plans-'));
  const file = join(folder, 'bench.plan.json');
  writeFileSync(file, text);
  await page.goto(`${origin}/#/`);
  await page.getByLabel('Import a plan file').setInputFiles(file);
  await page.waitForURL(/#\/plans\//, { timeout: WAIT_MS });
  return new URL(page.url()).hash;
}

/** From setting the address to a frame with `rows` rows drawn in the plan's table. */
async function timeDashboard(page: Page, hash: string, rows: number): Promise<number> {
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.getByRole('heading', { name: 'Your models' }).waitFor({ timeout: WAIT_MS });
  return page.evaluate(
    ({ hash, rows, timeout }) =>
      new Promise<number>((done, fail) => {
        const start = performance.now();
        window.location.hash = hash;
        const check = () => {
          if (document.querySelectorAll('.plan-table tbody tr').length === rows) done(performance.now() - start);
          else if (performance.now() - start > timeout) fail(new Error('The dashboard was never drawn whole'));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { hash, rows, timeout: WAIT_MS },
  );
}

/** From the click on "Open …" in the parent box's details to a frame with the child drawn whole. */
async function timeOpenChild(page: Page, parentHash: string, childTitle: string, boxes: number, links: number): Promise<number> {
  await page.evaluate((hash) => (window.location.hash = hash), parentHash);
  await page.locator('.react-flow__node-box').first().waitFor({ timeout: WAIT_MS });
  const opener = page.locator('.react-flow__node-box').filter({ hasText: `Opens ${childTitle}` });
  await opener.first().evaluate((node: HTMLElement) => node.scrollIntoView());
  await page.getByRole('button', { name: 'Fit view' }).click().catch(() => undefined);
  await opener.first().click({ force: true });
  const button = page.getByRole('button', { name: `Open ${childTitle}`, exact: true });
  await button.waitFor({ timeout: WAIT_MS });
  return button.evaluate(
    (element: HTMLElement, { boxes, links, timeout }) =>
      new Promise<number>((done, fail) => {
        const start = performance.now();
        element.click();
        const check = () => {
          const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node-box');
          const drawn = nodes.length === boxes && document.querySelectorAll('.react-flow__edge path.react-flow__edge-path').length === links && [...nodes].every((node) => node.style.visibility !== 'hidden');
          if (drawn) done(performance.now() - start);
          else if (performance.now() - start > timeout) fail(new Error('The child was never drawn whole'));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { boxes, links, timeout: WAIT_MS },
  );
}

/** From the home page to the same model drawn whole: the reference for opening a model. */
async function timeOpenFromHome(page: Page, hash: string, boxes: number, links: number): Promise<number> {
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.getByRole('heading', { name: 'Your models' }).waitFor({ timeout: WAIT_MS });
  return page.evaluate(
    ({ hash, boxes, links, timeout }) =>
      new Promise<number>((done, fail) => {
        const start = performance.now();
        window.location.hash = hash;
        const check = () => {
          const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node-box');
          const drawn = nodes.length === boxes && document.querySelectorAll('.react-flow__edge path.react-flow__edge-path').length === links && [...nodes].every((node) => node.style.visibility !== 'hidden');
          if (drawn) done(performance.now() - start);
          else if (performance.now() - start > timeout) fail(new Error('The model was never drawn whole'));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { hash, boxes, links, timeout: WAIT_MS },
  );
}

export async function run() {
  const models = planModels();
  const nodeRollUp = rollUpInNode(models);

  const env = { ...process.env, NODE_ENV: 'production' };
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', 'dist-bench/plans', '--emptyOutDir'], { cwd: ROOT, env, stdio: 'inherit' });
  const server = await serve(join(ROOT, 'dist-bench/plans'), 4392);
  const browser = await chromium.launch({ executablePath: await findChromium(), args: [...CHROMIUM_ARGS] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' })).newPage();
    const origin = urlOf(server).replace(/\/$/, '');
    const planHash = await importPlan(page, origin, serialisePlan('Bench plan', models.map((model) => ({ model, versions: [], comments: [] }))));
    const dashboard: number[] = [];
    for (let i = 0; i < BROWSER_RUNS; i++) dashboard.push(await timeDashboard(page, planHash, MODELS));

    // A parent of a few boxes opening a 500-box child, brought in as a plan of two.
    const child: ModelContent = { ...generateModel({ boxes: 500 }), uid: 'model-bench-child', title: 'Workstream of 500 boxes' };
    let parent: ModelContent = { uid: 'model-bench-parent', title: 'Strategic plan', boxes: [], links: [], conditions: [] };
    parent = addBox(parent, { id: 'p1', level: 'activities', label: 'The workstream', y: 0 });
    parent = setOpens(parent, 'p1', { model: child.uid!, title: child.title });
    await importPlan(page, origin, serialisePlan('Bench parent and child', [parent, child].map((model) => ({ model, versions: [], comments: [] }))));
    await page.getByRole('link', { name: 'Strategic plan' }).click();
    await page.waitForURL(/#\/models\//, { timeout: WAIT_MS });
    const parentHash = new URL(page.url()).hash;
    await page.getByRole('button', { name: `Open ${child.title}`, exact: true }).waitFor({ timeout: WAIT_MS }).catch(() => undefined);
    const opening: number[] = [];
    const fromHome: number[] = [];
    let childHash = '';
    for (let i = 0; i < BROWSER_RUNS; i++) {
      opening.push(await timeOpenChild(page, parentHash, child.title, child.boxes.length, child.links.length));
      childHash = new URL(page.url()).hash;
      // The same model opened from the home page's list, in the same run: what opening a model costs here and now.
      fromHome.push(await timeOpenFromHome(page, childHash, child.boxes.length, child.links.length));
    }

    const dashboardMs = median(dashboard);
    const openingMs = median(opening);
    return {
      rollUp30Digests: nodeRollUp,
      dashboard30x200: { models: MODELS, boxesEach: BOXES, medianMs: roundMs(dashboardMs), runs: dashboard.map(roundMs), budgetMs: 1000, withinBudget: dashboardMs <= 1000 },
      openChildFromBox500: {
        boxes: child.boxes.length,
        links: child.links.length,
        medianMs: roundMs(openingMs),
        runs: opening.map(roundMs),
        sameModelFromHomeMedianMs: roundMs(median(fromHome)),
        budgetMs: 500,
        withinBudget: openingMs <= 500,
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
