/**
 * Which step of `analyse` grows faster than the model (PRODUCT.md §9: ten times the boxes in at most
 * twelve times the time): the context and each rule timed apart on 2,000 and 20,000 boxes, the two
 * sizes taken in turn so that other work on the machine falls on both alike. A step's growth is the
 * ratio of its medians; above 12 it is the one that is not linear.
 */
import { buildContext } from '../src/analysis/context';
import { RULES } from '../src/analysis/registry';
import { generateModel, PROGRESS_TODAY } from './generateModel';
import { median, roundMs } from './stats';

const RUNS = 25;
const SMALL = 2_000;
const LARGE = 20_000;

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Milliseconds of each step in one analysis, by name ("context", then each rule's kind). */
function stepTimes(model: ReturnType<typeof generateModel>): Map<string, number> {
  collectGarbage?.();
  const times = new Map<string, number>();
  let started = performance.now();
  const context = buildContext(model, PROGRESS_TODAY);
  times.set('context', performance.now() - started);
  for (const rule of RULES) {
    started = performance.now();
    rule.check(context);
    times.set(rule.kind, performance.now() - started);
  }
  return times;
}

export function analyseSteps() {
  const small = generateModel({ boxes: SMALL });
  const large = generateModel({ boxes: LARGE });
  for (let run = 0; run < 5; run++) {
    stepTimes(small);
    stepTimes(large);
  }
  const runs = { small: [] as Map<string, number>[], large: [] as Map<string, number>[] };
  for (let run = 0; run < RUNS; run++) {
    runs.small.push(stepTimes(small));
    runs.large.push(stepTimes(large));
  }
  const steps = [...runs.small[0]!.keys()].map((step) => {
    const atSmall = median(runs.small.map((times) => times.get(step)!));
    const atLarge = median(runs.large.map((times) => times.get(step)!));
    return { step, medianMsAt2000: roundMs(atSmall), medianMsAt20000: roundMs(atLarge), growth: roundMs(atLarge / Math.max(atSmall, 0.001)) };
  });
  // Steps that take under a tenth of a millisecond at 20,000 boxes are left out of the verdict: their growth is noise.
  const notLinear = steps.filter((step) => step.medianMsAt20000 >= 0.1 && step.growth > 12).map((step) => step.step);
  return { runs: RUNS, steps, notLinear };
}
