/**
 * Export bench: the median time of renderModelSvg (the one renderer behind the SVG, PNG and PDF
 * exports) on generated models of 200 and 2,000 boxes with twice as many links, in Node. The PNG
 * timing needs a browser and is measured separately.
 */
import { renderModelSvg } from '../src/export/svg';
import { generateModel } from './generateModel';
import { median, percentile, roundMs } from './stats';

const SIZES = [200, 2_000] as const;
const WARM_UP_RUNS = 10;
const TIMED_RUNS = 25;
const DATE = '25 November 2026';

interface SizeResult {
  boxes: number;
  links: number;
  svgBytes: number;
  width: number;
  height: number;
  runs: number;
  medianMs: number;
  p90Ms: number;
}

function timeRender(boxCount: number): SizeResult {
  const model = generateModel({ boxes: boxCount });
  const flags = { byBox: new Map(model.boxes.filter((_, index) => index % 5 === 0).map((box) => [box.id, 1])) };
  let rendered = renderModelSvg(model, { date: DATE, flags });
  for (let run = 1; run < WARM_UP_RUNS; run++) rendered = renderModelSvg(model, { date: DATE, flags });
  const timings: number[] = [];
  for (let run = 0; run < TIMED_RUNS; run++) {
    const started = performance.now();
    renderModelSvg(model, { date: DATE, flags });
    timings.push(performance.now() - started);
  }
  return {
    boxes: model.boxes.length,
    links: model.links.length,
    svgBytes: rendered.svg.length,
    width: rendered.width,
    height: rendered.height,
    runs: TIMED_RUNS,
    medianMs: roundMs(median(timings)),
    p90Ms: roundMs(percentile(timings, 90)),
  };
}

export async function run() {
  const [boxes200, boxes2000] = SIZES.map(timeRender) as [SizeResult, SizeResult];
  return {
    svgRenderMs: { boxes200: boxes200.medianMs, boxes2000: boxes2000.medianMs },
    sizes: [boxes200, boxes2000],
  };
}
