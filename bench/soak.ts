/**
 * Team server soak (issue 19): 200 clients in 100 rooms, one change a second each, for
 * BENCH_SOAK_MINUTES (default 10). Prints the server's RSS at the start (no clients), after a
 * minute's warm-up and at the end (and every 30 s between), change-to-peer p50/p99 per minute, and
 * changes lost: a client's last change missing from a peer in its room, or from the server as a
 * fresh client reads it (both must be 0). RSS must stay within 20 % of its warm-up figure.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { makeDataDir, removeDataDir, startServer } from '../server/test/serverProcess';
import { cpuMeter, createRooms, LOAD_ENV, rssMB, serverLoad } from './serverLoad';
import { median, percentile, roundMs } from './stats';

const ROOMS = 100;
const CLIENTS = 200;
const MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 10);
const WARM_UP_MS = 60_000;
const SAMPLE_MS = 30_000;
const RSS_GROWTH_BUDGET_PERCENT = 20;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function run() {
  execFileSync('npx', ['tsc', '-p', 'server/tsconfig.build.json'], { stdio: 'inherit' });
  const dataDir = makeDataDir();
  const server = await startServer({ dataDir, env: LOAD_ENV });
  const rooms = await createRooms(server, ROOMS);
  const load = serverLoad(server, rooms);
  try {
    const rssAtStartMB = rssMB(server.pid);
    await load.add(CLIENTS);
    load.start();
    const samples: { atSeconds: number; rssMB: number; cpuPercent: number; p50Ms?: number; p99Ms?: number }[] = [];
    const cpu = cpuMeter(server.pid);
    const allDelays: number[] = [];
    const began = Date.now();
    let rssAfterWarmUpMB = 0;
    while (Date.now() - began < MINUTES * 60_000) {
      await pause(Math.min(SAMPLE_MS, MINUTES * 60_000 - (Date.now() - began)));
      const delays = load.takeDelays();
      allDelays.push(...delays);
      const sample = {
        atSeconds: Math.round((Date.now() - began) / 1000),
        rssMB: rssMB(server.pid),
        cpuPercent: cpu(),
        ...(delays.length ? { p50Ms: roundMs(median(delays)), p99Ms: roundMs(percentile(delays, 99)) } : {}),
      };
      samples.push(sample);
      process.stderr.write(`soak: ${JSON.stringify(sample)}\n`);
      if (!rssAfterWarmUpMB && Date.now() - began >= WARM_UP_MS) rssAfterWarmUpMB = sample.rssMB;
    }
    const rssAtEndMB = rssMB(server.pid);
    const { changesMade, changesLost } = await load.stopAndCount();
    const lostOnServer = await load.lostOnServer();
    const growth = rssAfterWarmUpMB ? Math.round((1000 * (rssAtEndMB - rssAfterWarmUpMB)) / rssAfterWarmUpMB) / 10 : NaN;
    const peakAfterWarmUp = Math.max(...samples.filter((sample) => sample.atSeconds * 1000 >= WARM_UP_MS).map((sample) => sample.rssMB));
    return {
      rooms: ROOMS,
      clients: CLIENTS,
      minutes: MINUTES,
      machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 1024 ** 3), loadAverageAtEnd: loadavg().map((value) => Math.round(value * 10) / 10) },
      serverRssMB: { atStart: rssAtStartMB, afterWarmUp: rssAfterWarmUpMB, peakAfterWarmUp, atEnd: rssAtEndMB, growthAfterWarmUpPercent: growth },
      changeToPeerMs: allDelays.length ? { p50: roundMs(median(allDelays)), p99: roundMs(percentile(allDelays, 99)) } : null,
      changesMade,
      changesLost,
      lostOnServer,
      samples,
      withinBudget: changesLost === 0 && lostOnServer === 0 && Math.abs(growth) <= RSS_GROWTH_BUDGET_PERCENT && MINUTES >= 10,
    };
  } finally {
    load.destroy();
    await server.stop();
    removeDataDir(dataDir);
  }
}
