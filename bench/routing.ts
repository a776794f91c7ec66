/**
 * Routing bench (PRODUCT.md §9 and §20): every link of a 1,000-box model routed around the boxes in
 * Node (budget: median ≤ 20 ms), and, while a box of it is dragged, the moving box's links routed
 * again each frame (budget: ≤ 1 ms a frame). Two kinds of 1,000-box model: rows with gaps between
 * the boxes, as a tidied model has them, and the generator's default, lanes full from top to bottom,
 * where every link that crosses a lane must go round by the margin. The drag in the browser is timed
 * by the `browser` section, with routing on (the default).
 */
import { routeAll, routesWhileMoving, routingInput, type RouteBox } from '../src/domain/routing';
import { generateModel } from './generateModel';
import { median, percentile, roundMs } from './stats';

const WARM_UP_RUNS = 10;
const TIMED_RUNS = 30;
const DRAG_FRAMES = 120;
const BUDGET_ROUTE_MS = 20;
const BUDGET_FRAME_MS = 1;

/** npm run bench starts Node with --expose-gc. */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

function summarise(timings: readonly number[]) {
  return { runs: timings.length, medianMs: roundMs(median(timings)), p90Ms: roundMs(percentile(timings, 90)), minMs: roundMs(Math.min(...timings)) };
}

function benchModel(rowHeight: number) {
  const model = generateModel({ boxes: 1_000, rowHeight });
  const input = routingInput(model.boxes, model.links);
  for (let run = 0; run < WARM_UP_RUNS; run++) routeAll(input);
  const whole = Array.from({ length: TIMED_RUNS }, () => {
    collectGarbage?.();
    const started = performance.now();
    routeAll(input);
    return performance.now() - started;
  });
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
    dragFrame: { draggedBoxLinks: draggedLinks, ...summarise(frames) },
  };
}

export async function run() {
  const withGaps = benchModel(130);
  const fullLanes = benchModel(90);
  const routeMet = withGaps.routeAll.medianMs <= BUDGET_ROUTE_MS && fullLanes.routeAll.medianMs <= BUDGET_ROUTE_MS;
  const frameMet = withGaps.dragFrame.medianMs <= BUDGET_FRAME_MS && fullLanes.dragFrame.medianMs <= BUDGET_FRAME_MS;
  return {
    withGaps,
    fullLanes,
    budget: { routeAllMedianMs: BUDGET_ROUTE_MS, dragFrameMedianMs: BUDGET_FRAME_MS },
    met: { routeAll: routeMet, dragFrame: frameMet, all: routeMet && frameMet },
  };
}
