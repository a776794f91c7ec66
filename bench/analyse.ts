/**
 * Analyse bench: the time `analyse` takes on generated models of 200, 2,000 and 20,000 boxes (twice
 * as many links), against the budget in PRODUCT.md §9: a median of at most 10 ms at 2,000 boxes,
 * and ten times the size in at most twelve times the time. `withProgress` holds the same budget at
 * 2,000 and 20,000 boxes where every box carries 2 indicators, 3 evidence entries and a rating.
 *
 * The budget is judged on repeated analyses of one model, as the app re-analyses after every edit.
 * Those reuse how each unchanged box is worded (remembered per box object), so each size also
 * reports `firstAnalysis`: fresh model objects every run, as when a model has just been opened.
 * `minMs` (and the ratio of the minimums) is the figure least disturbed by other work on a shared
 * machine.
 */
import { analyse } from '../src/analysis';
import type { ModelContent } from '../src/domain/model';
import { analyseSteps } from './analyseSteps';
import { generateModel, PROGRESS_TODAY } from './generateModel';
import { median, percentile, roundMs } from './stats';

const SIZES = [200, 2_000, 20_000] as const;
const SIZES_WITH_PROGRESS = [2_000, 20_000] as const;
/** PRODUCT.md §9: analyse on 2,000 boxes with 2,000 measures × 12 periods. */
const BUDGET_MEDIAN_MS_WITH_MEASURES_AT_2000 = 12;
const WARM_UP_RUNS = 10;
const TIMED_RUNS = 30;
const FIRST_ANALYSIS_RUNS = 20;
const BUDGET_MEDIAN_MS_AT_2000 = 10;
const BUDGET_RATIO_20000_TO_2000 = 12;

function summarise(timings: readonly number[]) {
  return {
    runs: timings.length,
    medianMs: roundMs(median(timings)),
    p90Ms: roundMs(percentile(timings, 90)),
    minMs: roundMs(Math.min(...timings)),
  };
}

/** npm run bench starts Node with --expose-gc. */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

/**
 * One analysis, timed. The heap is collected first (outside the timing) when Node allows it, so that
 * each run pays for its own garbage rather than for the previous runs' — the app analyses once per
 * edit, with the user's pause in between.
 */
function timed(model: ModelContent): number {
  collectGarbage?.();
  const started = performance.now();
  analyse(model, PROGRESS_TODAY);
  return performance.now() - started;
}

function benchSize(boxes: number, progress: boolean, measures = false) {
  const model = generateModel({ boxes, progress, measures });
  for (let run = 0; run < WARM_UP_RUNS; run++) analyse(model, PROGRESS_TODAY);
  const repeated = Array.from({ length: TIMED_RUNS }, () => timed(model));
  // Generated afresh, outside the timing, so that no box object has been seen before.
  const firstAnalysis = Array.from({ length: FIRST_ANALYSIS_RUNS }, () => timed(generateModel({ boxes, progress, measures })));
  return { model, repeated, firstAnalysis };
}

/** The figures for each size, and the budget judged on the 2,000- and 20,000-box models. */
function report(results: readonly ReturnType<typeof benchSize>[]) {
  const at2000 = results.find((result) => result.model.boxes.length === 2_000)!.repeated;
  const at20000 = results.find((result) => result.model.boxes.length === 20_000)!.repeated;
  const medianAt2000 = median(at2000);
  const ratio = median(at20000) / medianAt2000;
  const medianMet = medianAt2000 <= BUDGET_MEDIAN_MS_AT_2000;
  const ratioMet = ratio <= BUDGET_RATIO_20000_TO_2000;
  return {
    sizes: results.map(({ model, repeated, firstAnalysis }) => ({
      boxes: model.boxes.length,
      links: model.links.length,
      flags: analyse(model, PROGRESS_TODAY).length,
      ...summarise(repeated),
      firstAnalysis: summarise(firstAnalysis),
    })),
    ratio20000To2000: roundMs(ratio),
    ratioOfMins20000To2000: roundMs(Math.min(...at20000) / Math.min(...at2000)),
    met: { medianAt2000: medianMet, ratio: ratioMet, all: medianMet && ratioMet },
  };
}

export async function run() {
  const plain = report(SIZES.map((boxes) => benchSize(boxes, false)));
  const withProgress = report(SIZES_WITH_PROGRESS.map((boxes) => benchSize(boxes, true)));
  const measured = benchSize(2_000, true, true);
  const measuresMedian = median(measured.repeated);
  const measuresMet = measuresMedian <= BUDGET_MEDIAN_MS_WITH_MEASURES_AT_2000;
  const withMeasures = {
    perBox: { measures: 1, periods: 12 },
    boxes: measured.model.boxes.length,
    flags: analyse(measured.model, PROGRESS_TODAY).length,
    ...summarise(measured.repeated),
    firstAnalysis: summarise(measured.firstAnalysis),
    budgetMedianMs: BUDGET_MEDIAN_MS_WITH_MEASURES_AT_2000,
    met: measuresMet,
  };
  return {
    ...plain,
    steps: analyseSteps(),
    withProgress: { perBox: { indicators: 2, evidence: 3, rating: true }, ...withProgress },
    withMeasures,
    budget: { medianMsAt2000: BUDGET_MEDIAN_MS_AT_2000, ratio20000To2000: BUDGET_RATIO_20000_TO_2000 },
    met: { ...plain.met, withProgress: withProgress.met.all, withMeasures: measuresMet, all: plain.met.all && withProgress.met.all && measuresMet },
  };
}
