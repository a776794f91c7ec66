/**
 * Routing bench (PRODUCT.md §9 and §20): every link of a 1,000-box model routed around the boxes in
 * Node (budget: median ≤ 20 ms), and, while a box of it is dragged, the moving box's links routed
 * again each frame (budget: ≤ 1 ms a frame). Two kinds of 1,000-box model: rows with gaps between
 * the boxes, as a tidied model has them, and the generator's default, lanes full from top to bottom,
 * where every link that crosses a lane must go round by the margin. In Chromium: a 500-box model
 * opened, routed, beside the same build with routing off and the app as it was before routing (the
 * merge-base with main, built in the same run, as the keystroke section does). The drag in the browser is timed by the `browser`
 * section, with routing on (the default).
 */
import type { Page } from 'playwright-core';
import type * as Routing from '../src/domain/routing';
import type { RouteBox } from '../src/domain/routing';
import { openAppBuilds, type AppBuild } from './appBuilds';
import { timeOpen } from './browser';
import { importThroughHomePage } from './browserPage';
import { generateModel } from './generateModel';
import { importAsShipped } from './shippedModule';
import { median, percentile, roundMs } from './stats';

const WARM_UP_RUNS = 10;
const TIMED_RUNS = 30;
const DRAG_FRAMES = 120;
const BUDGET_ROUTE_MS = 20;
const BUDGET_FRAME_MS = 1;
const BUDGET_OPEN_MS = 500;
const OPEN_RUNS = 7;

/**
 * A 500-box model opened from IndexedDB to a drawn canvas, in one build of the app; with `curvesToo`,
 * also with View ▸ "Route links around boxes" off (the choice kept for the model in localStorage),
 * runs of the two taking turns so that both see the same machine.
 */
async function openTimes(build: AppBuild, newPage: () => Promise<Page>, curvesToo: boolean): Promise<{ routed: number[]; curves: number[] }> {
  const page = await newPage();
  const model = generateModel({ boxes: 500 });
  const hash = new URL(await importThroughHomePage(page, build.url, model)).hash;
  const key = `outcome-chains:route-links:${hash.split('/').pop()}`;
  const routed: number[] = [];
  const curves: number[] = [];
  for (let i = 0; i < OPEN_RUNS; i++) {
    routed.push(await timeOpen(page, hash, model.boxes.length, model.links.length));
    if (!curvesToo) continue;
    await page.evaluate((choice) => localStorage.setItem(choice, 'off'), key);
    curves.push(await timeOpen(page, hash, model.boxes.length, model.links.length));
    await page.evaluate((choice) => localStorage.removeItem(choice), key);
  }
  await page.context().close();
  return { routed, curves };
}

/** A browser figure: the median and every run. */
const openRuns = (runs: readonly number[]) => ({ median: roundMs(median(runs)), runs: runs.map(roundMs) });

async function openInBrowser() {
  const builds = await openAppBuilds('routing', 4398);
  try {
    const newPage = () => builds.newPage();
    const now = await openTimes(builds.now, newPage, true);
    const before = builds.before ? await openTimes(builds.before, newPage, false) : null;
    return {
      open500BoxModelMs: {
        routed: openRuns(now.routed),
        curvesInTheSameBuild: openRuns(now.curves),
        ...(before && builds.before ? { beforeRouting: { commit: builds.before.label, ...openRuns(before.routed) } } : {}),
        budget: BUDGET_OPEN_MS,
        withinBudget: median(now.routed) <= BUDGET_OPEN_MS,
      },
    };
  } finally {
    await builds.close();
  }
}

/** npm run bench starts Node with --expose-gc. */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

function summarise(timings: readonly number[]) {
  return { runs: timings.length, medianMs: roundMs(median(timings)), p90Ms: roundMs(percentile(timings, 90)), minMs: roundMs(Math.min(...timings)) };
}

export function benchModel(routing: typeof Routing, rowHeight: number) {
  const { routeAll, routesWhileMoving, routingInput } = routing;
  const model = generateModel({ boxes: 1_000, rowHeight });
  const input = routingInput(model.boxes, model.links);
  for (let run = 0; run < WARM_UP_RUNS; run++) routeAll(input);
  const timed = (collectFirst: boolean) => {
    if (collectFirst) collectGarbage?.();
    const started = performance.now();
    routeAll(input);
    return performance.now() - started;
  };
  // Runs one after another, as a user's drops are: the collections a run's garbage causes fall in the runs and are counted.
  const whole = Array.from({ length: TIMED_RUNS }, () => timed(false));
  // Not held to the budget: a forced full collection leaves a heap holding only the model, whose next
  // limit is so low that the run after it pays for a full collection of its own; the app's heap is far larger.
  const afterForcedCollection = collectGarbage ? Array.from({ length: TIMED_RUNS }, () => timed(true)) : [];
  const settled = routeAll(input);
  const vias: Record<string, number> = {};
  for (const route of settled.routes.values()) vias[route.via] = (vias[route.via] ?? 0) + 1;

  // The box with the most links, dragged down its lane and across into the next, a frame at a time.
  const counts = new Map<string, number>();
  for (const link of model.links) for (const id of [link.source, link.target]) counts.set(id, (counts.get(id) ?? 0) + 1);
  const [draggedId, draggedLinks] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const start = input.boxes.find((box) => box.id === draggedId)!;
  const frames: number[] = [];
  for (let frame = 0; frame < DRAG_FRAMES; frame++) {
    const moved: RouteBox = { ...start, x: start.x + frame * 2.5, y: start.y + frame * 4, lane: start.lane + (frame * 2.5 > 130 ? 1 : 0) };
    const started = performance.now();
    routesWhileMoving(settled, input, [moved]);
    frames.push(performance.now() - started);
  }
  return {
    boxes: model.boxes.length,
    links: model.links.length,
    routes: vias,
    routeAll: summarise(whole),
    ...(afterForcedCollection.length ? { routeAllEachAfterAForcedFullCollection: summarise(afterForcedCollection) } : {}),
    dragFrame: { draggedBoxLinks: draggedLinks, ...summarise(frames) },
  };
}

export async function run() {
  // The routing as the app ships it (see shippedModule.ts); the models are made from the source.
  const routing = await importAsShipped<typeof Routing>('src/domain/routing/index.ts');
  // The build just made in this process left its garbage in the heap; collected now, not in the timed runs.
  collectGarbage?.();
  const withGaps = benchModel(routing, 130);
  const fullLanes = benchModel(routing, 90);
  const routeMet = withGaps.routeAll.medianMs <= BUDGET_ROUTE_MS && fullLanes.routeAll.medianMs <= BUDGET_ROUTE_MS;
  const frameMet = withGaps.dragFrame.medianMs <= BUDGET_FRAME_MS && fullLanes.dragFrame.medianMs <= BUDGET_FRAME_MS;
  const browser = await openInBrowser();
  const openMet = browser.open500BoxModelMs.withinBudget;
  return {
    withGaps,
    fullLanes,
    browser,
    budget: { routeAllMedianMs: BUDGET_ROUTE_MS, dragFrameMedianMs: BUDGET_FRAME_MS, open500BoxModelMs: BUDGET_OPEN_MS },
    met: { routeAll: routeMet, dragFrame: frameMet, open500: openMet, all: routeMet && frameMet && openMet },
  };
}
