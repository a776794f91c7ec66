/**
 * The board report alone (`node scripts/bench.mjs boardReport`): the 200-box report in headless
 * Chromium on the production build as the browser section times it, the same report of a model
 * whose every box is rated, compared with a saved version and not (issue 15), and — because the
 * shared machine's load swings the browser figures by seconds — the report's building alone in
 * Node (docx, no diagram drawing), compared and not, interleaved run by run so that both meet the
 * same load: what comparing itself costs. Issue 22: the same report with 50 measures, each a native
 * Word chart (budget ≤ 5 s), in Chromium and built alone in Node.
 */
import { PNG } from 'pngjs';
import { buildBoardReport } from '../src/export/boardReport';
import { openBrowserBench } from './browserPage';
import { run as runReport, runCompared, runWithCharts, tenChangesEarlier } from './exportDocx';
import { withMeasures } from './measureModels';
import { generateModel } from './generateModel';
import { median, roundMs } from './stats';

const NODE_RUNS = 7;

async function buildInNode() {
  const model = generateModel({ boxes: 200, progress: true });
  const compareWith = { name: 'Last board', savedAt: '2026-01-15T12:00:00.000Z', content: tenChangesEarlier(model) };
  const png = new PNG({ width: 64, height: 48, colorType: 2 });
  png.data.fill(255);
  const diagram = { png: new Uint8Array(PNG.sync.write(png, { colorType: 2 })), width: 64, height: 48 };
  const options = { page: 'a4' as const, today: '2026-03-01', flags: [], diagram };
  const compared: number[] = [];
  const notCompared: number[] = [];
  await buildBoardReport(model, { ...options, compareWith });
  for (let run = 0; run < NODE_RUNS; run++) {
    let start = performance.now();
    await buildBoardReport(model, { ...options, compareWith });
    compared.push(performance.now() - start);
    start = performance.now();
    await buildBoardReport(model, options);
    notCompared.push(performance.now() - start);
  }
  return { comparedMedianMs: roundMs(median(compared)), notComparedMedianMs: roundMs(median(notCompared)), runs: NODE_RUNS };
}

/** The 50-chart report's building alone in Node (issue 22): docx writing each chart's XML and its embedded workbook. */
async function chartsInNode() {
  const model = withMeasures(generateModel({ boxes: 200 }), 50);
  const png = new PNG({ width: 64, height: 48, colorType: 2 });
  png.data.fill(255);
  const options = { page: 'a4' as const, today: '2026-03-01', flags: [], diagram: { png: new Uint8Array(PNG.sync.write(png, { colorType: 2 })), width: 64, height: 48 } };
  await buildBoardReport(model, options);
  const times: number[] = [];
  for (let run = 0; run < NODE_RUNS; run++) {
    const start = performance.now();
    await buildBoardReport(model, options);
    times.push(performance.now() - start);
  }
  return { medianMs: roundMs(median(times)), runs: NODE_RUNS };
}

export async function run() {
  const inNode = await buildInNode();
  const bench = await openBrowserBench();
  try {
    const plain = await runReport({ page: await bench.newPage(), baseURL: bench.appURL });
    const compared = await runCompared({ page: await bench.newPage(), baseURL: bench.appURL });
    const charts = await runWithCharts({ page: await bench.newPage(), baseURL: bench.appURL });
    return { report200Boxes: plain, report200RatedBoxesComparedWithAVersion: compared, report200BoxesWith50NativeCharts: charts, docxBuildInNode200RatedBoxes: inNode, docxBuildInNode50Charts: await chartsInNode() };
  } finally {
    await bench.close();
  }
}
