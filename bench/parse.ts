/**
 * Parse bench: the time `parseModelFile` takes to read the text of a 2,000-box version-2 model file
 * whose every box carries 2 indicators, 3 evidence entries and a rating — what opening a tracked
 * partnership's file costs. Target: a median of at most 50 ms.
 */
import { parseModelFile } from '../src/file/parse';
import { serialiseModel } from '../src/file/serialise';
import { generateModel } from './generateModel';
import { median, percentile, roundMs } from './stats';

const BOXES = 2_000;
const WARM_UP_RUNS = 5;
const TIMED_RUNS = 30;
const BUDGET_MEDIAN_MS = 50;

/** npm run bench starts Node with --expose-gc. */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

function timed(text: string): number {
  collectGarbage?.();
  const started = performance.now();
  const result = parseModelFile(text);
  const elapsed = performance.now() - started;
  // A refused file would time the error path, not the parse.
  if (!result.ok) throw new Error(`The generated file was refused: ${result.error}`);
  return elapsed;
}

export async function run() {
  const model = generateModel({ boxes: BOXES, progress: true });
  const text = serialiseModel(model);
  for (let run = 0; run < WARM_UP_RUNS; run++) timed(text);
  const timings = Array.from({ length: TIMED_RUNS }, () => timed(text));
  const medianMs = median(timings);
  return {
    boxes: model.boxes.length,
    links: model.links.length,
    fileKilobytes: Math.round(new TextEncoder().encode(text).length / 1024),
    runs: timings.length,
    medianMs: roundMs(medianMs),
    p90Ms: roundMs(percentile(timings, 90)),
    minMs: roundMs(Math.min(...timings)),
    budget: { medianMs: BUDGET_MEDIAN_MS },
    met: medianMs <= BUDGET_MEDIAN_MS,
  };
}
