/**
 * Team server load run (PRODUCT.md §9): 50 clients in 10 rooms on loopback, each making one change a
 * second for 60 s, against a real server process (SQLite in a temporary folder). Reports the time
 * from a change to its arrival at each peer in the room (p50/p99), changes that never arrived, and
 * the server's resident memory (from /proc/<pid>/status). Bounded: it stops by itself.
 * BENCH_SERVER_SECONDS shortens the run for a trial; the budget is judged on 60 s.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { connect, createRoom, waitFor, type Client } from '../server/test/clients';
import { makeDataDir, removeDataDir, startServer } from '../server/test/serverProcess';
import { median, percentile, roundMs } from './stats';

const ROOMS = 10;
const CLIENTS_PER_ROOM = 5;
const SECONDS = Number(process.env.BENCH_SERVER_SECONDS ?? 60);
const SETTLE_TIMEOUT_MS = 15_000;
const P99_BUDGET_MS = 250;

/** Resident and peak resident memory of a process, in MB. */
function memoryOf(pid: number): { rssMB: number; peakRssMB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMB: Math.round(kB('VmRSS') / 102.4) / 10, peakRssMB: Math.round(kB('VmHWM') / 102.4) / 10 };
}

interface Participant {
  client: Client;
  name: string;
  made: number;
}

export async function run() {
  execFileSync('npx', ['tsc', '-p', 'server/tsconfig.build.json'], { stdio: 'inherit' });
  const dataDir = makeDataDir();
  const server = await startServer({ dataDir });
  const participants: Participant[][] = [];
  const sentAt = new Map<string, number>();
  const delays: number[] = [];
  const timers: NodeJS.Timeout[] = [];
  try {
    const memoryAtStart = memoryOf(server.pid);
    for (let room = 0; room < ROOMS; room += 1) {
      const links = await createRoom(server.httpUrl);
      const inRoom: Participant[] = [];
      for (let index = 0; index < CLIENTS_PER_ROOM; index += 1) {
        const client = connect(server.wsUrl, links.room, links.editToken, new Y.Doc());
        const participant = { client, name: `r${room}c${index}`, made: 0 };
        client.doc.getMap<number>('changes').observe((event) => {
          if (event.transaction.local) return;
          const now = performance.now();
          for (const key of event.keysChanged) {
            const sent = sentAt.get(key);
            if (sent !== undefined) delays.push(now - sent);
          }
        });
        inRoom.push(participant);
      }
      participants.push(inRoom);
    }
    const everyone = participants.flat();
    await Promise.all(everyone.map(({ client }) => client.synced()));

    // One change a second each, spread over the second so the clients do not all fire at once.
    const runStart = performance.now();
    everyone.forEach((participant, index) => {
      const change = () => {
        if (participant.made >= SECONDS) return;
        const key = `${participant.name}-${participant.made}`;
        participant.made += 1;
        sentAt.set(key, performance.now());
        participant.client.doc.getMap<number>('changes').set(key, participant.made);
        if (participant.made < SECONDS) timers.push(setTimeout(change, runStart + 1000 * participant.made + offset - performance.now()));
      };
      const offset = (index * 1000) / everyone.length;
      timers.push(setTimeout(change, offset));
    });
    let peakRssMB = 0;
    await waitFor(
      () => {
        peakRssMB = Math.max(peakRssMB, memoryOf(server.pid).rssMB);
        return everyone.every((participant) => participant.made >= SECONDS);
      },
      'every client made its changes',
      SECONDS * 1000 + 10_000,
    );
    const expectedPerClient = CLIENTS_PER_ROOM * SECONDS;
    const settled = async () => participants.every((inRoom) => inRoom.every(({ client }) => client.doc.getMap('changes').size === expectedPerClient));
    await waitFor(settled, 'every change reached every peer', SETTLE_TIMEOUT_MS).catch(() => undefined);

    // A change is lost if any peer in its room lacks it.
    let changesLost = 0;
    for (const inRoom of participants) {
      for (const maker of inRoom) {
        for (let made = 0; made < maker.made; made += 1) {
          const key = `${maker.name}-${made}`;
          if (inRoom.some(({ client }) => !client.doc.getMap('changes').has(key))) changesLost += 1;
        }
      }
    }
    const memory = memoryOf(server.pid);
    const p99 = percentile(delays, 99);
    return {
      rooms: ROOMS,
      clients: ROOMS * CLIENTS_PER_ROOM,
      seconds: SECONDS,
      changesMade: everyone.reduce((sum, participant) => sum + participant.made, 0),
      deliveriesMeasured: delays.length,
      changeToPeerMs: { p50: roundMs(median(delays)), p99: roundMs(p99), max: roundMs(Math.max(...delays)), budgetP99: P99_BUDGET_MS },
      changesLost,
      serverMemory: { atStartMB: memoryAtStart.rssMB, peakSampledMB: Math.max(peakRssMB, memory.rssMB), atEndMB: memory.rssMB, highWaterMarkMB: memory.peakRssMB },
      withinBudget: p99 <= P99_BUDGET_MS && changesLost === 0 && SECONDS >= 60,
    };
  } finally {
    timers.forEach(clearTimeout);
    participants.flat().forEach(({ client }) => client.destroy());
    await server.stop();
    removeDataDir(dataDir);
  }
}
