/**
 * Load on a real team server process for the capacity and soak sections: collaboration clients
 * (the app's provider and Yjs, in this process) spread over rooms, each making one change a second
 * to a key of its own (overwritten, so documents keep their size and memory figures show the
 * server, not growing documents). Measures change-to-peer time, and reads the server's memory and
 * CPU from /proc. Everything it starts it stops.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { connect, createRoom, waitFor, type Client, type RoomLinks } from '../server/test/clients';
import type { ServerProcess } from '../server/test/serverProcess';

/** Limits high enough for a load run from one address (the defaults are for strangers); metrics on. */
export const LOAD_ENV = { ROOMS_PER_ADDRESS_PER_HOUR: '100000', CONNECTIONS_PER_ADDRESS: '100000', METRICS_PORT: '0' };

/**
 * The server's event-loop lag since the last call (prom-client resets its monitor on each scrape),
 * in ms: time the server could not answer anyone, whether busy or blocked (a slow disk write).
 */
export async function serverEventLoopLag(server: ServerProcess): Promise<{ p99Ms: number; maxMs: number } | undefined> {
  const port = /"metricsPort":(\d+)/.exec(server.output())?.[1];
  if (!port) return undefined;
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const seconds = (name: string) => Number(new RegExp(`^${name} ([0-9.e+-]+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { p99Ms: Math.round(seconds('nodejs_eventloop_lag_p99_seconds') * 1000), maxMs: Math.round(seconds('nodejs_eventloop_lag_max_seconds') * 1000) };
}

export interface LoadClient {
  client: Client;
  name: string;
  room: number;
  made: number;
}

const CLOCK_TICKS_PER_SECOND = 100;

/** Resident memory of a process, in MB. */
export function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN) / 102.4) / 10;
}

/** CPU seconds a process has used (user + system). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** The share of one core a process used between two calls, in percent. */
export function cpuMeter(pid: number) {
  let cpu = cpuSeconds(pid);
  let at = performance.now();
  return () => {
    const nowCpu = cpuSeconds(pid);
    const now = performance.now();
    const percent = (100 * (nowCpu - cpu)) / ((now - at) / 1000);
    cpu = nowCpu;
    at = now;
    return Math.round(percent);
  };
}

export async function createRooms(server: ServerProcess, count: number): Promise<RoomLinks[]> {
  const rooms: RoomLinks[] = [];
  for (let index = 0; index < count; index += 1) rooms.push(await createRoom(server.httpUrl));
  return rooms;
}

export function serverLoad(server: ServerProcess, rooms: RoomLinks[]) {
  const clients: LoadClient[] = [];
  /** When each change (client name and count) was made, until every peer has had time to see it. */
  const sentAt = new Map<string, number>();
  let delays: number[] = [];
  let deliveries = 0;
  const timers = new Set<NodeJS.Timeout>();
  let changing = false;

  const changes = (client: Client) => client.doc.getMap<number>('changes');

  function change(participant: LoadClient): void {
    participant.made += 1;
    sentAt.set(`${participant.name}:${participant.made}`, performance.now());
    changes(participant.client).set(participant.name, participant.made);
  }

  /** One change a second, from a random point in the first second so clients do not fire together. */
  function startChanging(participant: LoadClient): void {
    const first = setTimeout(() => {
      timers.delete(first);
      if (!changing) return;
      change(participant);
      const every = setInterval(() => changing && change(participant), 1000);
      timers.add(every);
    }, Math.random() * 1000);
    timers.add(first);
  }

  const prune = setInterval(() => {
    const old = performance.now() - 30_000;
    for (const [key, at] of sentAt) if (at < old) sentAt.delete(key);
  }, 10_000);

  return {
    clients,
    /**
     * Connects `count` more clients and waits until each has synced. They go round the rooms in
     * pairs, so every occupied room has a peer to measure (50 clients fill 25 rooms, 200 fill 100).
     */
    async add(count: number): Promise<void> {
      const added: LoadClient[] = [];
      for (let index = 0; index < count; index += 1) {
        const room = Math.floor(clients.length / 2) % rooms.length;
        const links = rooms[room]!;
        const client = connect(server.wsUrl, links.room, links.editToken, new Y.Doc());
        const participant = { client, name: `c${clients.length}`, room, made: 0 };
        changes(client).observe((event) => {
          if (event.transaction.local) return;
          const now = performance.now();
          for (const key of event.keysChanged) {
            const sent = sentAt.get(`${key}:${changes(client).get(key)}`);
            if (sent !== undefined) {
              delays.push(now - sent);
              deliveries += 1;
            }
          }
        });
        clients.push(participant);
        added.push(participant);
      }
      await waitFor(() => added.every(({ client }) => client.provider.isSynced), `${count} more clients synced`, 60_000);
      if (changing) added.forEach(startChanging);
    },
    start(): void {
      changing = true;
      clients.forEach(startChanging);
    },
    /** Change-to-peer times since the last call. */
    takeDelays(): number[] {
      const taken = delays;
      delays = [];
      return taken;
    },
    get deliveries() {
      return deliveries;
    },
    /** Stops changing, waits for the last changes to arrive, and counts clients whose last change some peer lacks. */
    async stopAndCount(settleMs = 15_000): Promise<{ changesMade: number; changesLost: number }> {
      changing = false;
      timers.forEach((timer) => clearTimeout(timer));
      timers.clear();
      const lacking = () =>
        clients.filter((maker) => clients.some((peer) => peer.room === maker.room && changes(peer.client).get(maker.name) !== (maker.made || undefined)));
      await waitFor(() => lacking().length === 0, 'every peer has every last change', settleMs).catch(() => undefined);
      return { changesMade: clients.reduce((sum, participant) => sum + participant.made, 0), changesLost: lacking().length };
    },
    /** Whether a fresh client reading each room from the server finds every client's last change there. */
    async lostOnServer(): Promise<number> {
      let lost = 0;
      for (const [room, links] of rooms.entries()) {
        const reader = connect(server.wsUrl, links.room, links.viewToken, new Y.Doc());
        await reader.synced();
        for (const maker of clients.filter((participant) => participant.room === room)) {
          if (changes(reader).get(maker.name) !== (maker.made || undefined)) lost += 1;
        }
        reader.destroy();
      }
      return lost;
    },
    destroy(): void {
      changing = false;
      clearInterval(prune);
      timers.forEach((timer) => clearTimeout(timer));
      clients.forEach(({ client }) => client.destroy());
    },
  };
}
