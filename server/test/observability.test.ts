/**
 * How the server is doing: Prometheus metrics on their own address (only when METRICS_PORT is
 * set), whose numbers move as clients connect and write, and which never name a room or hold a
 * token; JSON log lines with a hash of the room id instead of the id.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { roomHash } from '../src/log.js';
import { connect, createRoom, edit, makeNewLinks, waitFor } from './clients.js';
import { openRawSocket } from './rawSocket.js';
import { removeDataDir, startServer, stopAllStartedServers, type ServerProcess } from './serverProcess.js';

const dataDirs: string[] = [];
afterAll(async () => {
  await stopAllStartedServers();
  dataDirs.forEach(removeDataDir);
});

type Samples = Map<string, number>;

/**
 * Parses the Prometheus text format strictly enough to fail on anything else: every sample line
 * is `name{labels} value`, and every sample's metric was declared by # HELP and # TYPE lines.
 * (prom-client writes NaN as "Nan"; Prometheus reads floats as Go does, which takes either.)
 */
function parsePrometheus(text: string): Samples {
  const declared = new Set<string>();
  const typed = new Set<string>();
  const samples: Samples = new Map();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const comment = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.+)$/.exec(line);
    if (comment) {
      (comment[1] === 'HELP' ? declared : typed).add(comment[2]!);
      if (comment[1] === 'TYPE') expect(['counter', 'gauge', 'histogram', 'summary', 'untyped']).toContain(comment[3]);
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (-?[0-9.e+-]+|[Nn]a[Nn]|[+-]Inf)$/.exec(line);
    if (!sample) throw new Error(`Not Prometheus text: ${line}`);
    const base = sample[1]!.replace(/_(bucket|sum|count|total|created)$/, '');
    expect(declared.has(sample[1]!) || declared.has(base) || declared.has(`${base}_total`)).toBe(true);
    samples.set(`${sample[1]}${sample[2] ?? ''}`, Number(sample[3]));
  }
  expect(typed.size).toBeGreaterThan(10);
  return samples;
}

async function scrape(server: ServerProcess): Promise<{ text: string; samples: Samples }> {
  const port = /"metricsPort":(\d+)/.exec(server.output())?.[1];
  if (!port) throw new Error('The server did not say where its metrics are.');
  const response = await fetch(`http://127.0.0.1:${port}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  return { text, samples: parsePrometheus(text) };
}

describe('metrics', () => {
  it('are off unless METRICS_PORT is set, and never served on the public port', async () => {
    const server = await startServer();
    dataDirs.push(server.dataDir);
    expect(server.output()).not.toContain('metricsPort');
    expect((await fetch(`${server.httpUrl}/metrics`)).status).toBe(404);
    await server.stop();
  });

  it('parse as Prometheus text, move when clients connect and write, and name no room and hold no token', async () => {
    const server = await startServer({ env: { METRICS_PORT: '0' } });
    dataDirs.push(server.dataDir);
    const before = (await scrape(server)).samples;
    expect(before.get('team_server_connections')).toBe(0);
    expect(before.get('team_server_open_rooms')).toBe(0);
    expect(before.has('nodejs_eventloop_lag_seconds')).toBe(true);
    expect(before.has('process_resident_memory_bytes')).toBe(true);

    const links = await createRoom(server.httpUrl);
    const alice = connect(server.wsUrl, links.room, links.editToken);
    const bob = connect(server.wsUrl, links.room, links.editToken);
    await Promise.all([alice.synced(), bob.synced()]);
    for (let index = 0; index < 10; index += 1) edit(alice, `box-${index}`, `Edit ${index}`);
    await waitFor(() => bob.doc.getMap('boxes').size === 10, 'Bob sees Alice’s edits');
    const refused = await openRawSocket(server.wsUrl);
    refused.sendAuth(links.room, 'not-a-token');
    await waitFor(() => refused.authReplies.length > 0, 'the bad token is answered');
    refused.close();
    await waitFor(async () => (await scrape(server)).samples.get('team_server_connections') === 2, 'the refused socket is gone; Alice and Bob are counted');

    const during = await scrape(server);
    expect(during.samples.get('team_server_document_connections')).toBe(2);
    expect(during.samples.get('team_server_open_rooms')).toBe(1);
    expect(during.samples.get('team_server_rooms_created_total')).toBe(1);
    expect(during.samples.get('team_server_messages_received_total')).toBeGreaterThanOrEqual(10);
    expect(during.samples.get('team_server_messages_sent_total')).toBeGreaterThanOrEqual(10);
    expect(during.samples.get('team_server_auth_failures_total{reason="permission-denied"}')).toBe(1);

    // The store is written after Hocuspocus's 2 s debounce: its latency and the document's size are counted.
    await waitFor(async () => ((await scrape(server)).samples.get('team_server_store_seconds_count') ?? 0) >= 1, 'the room is written to the store', 10_000);
    const written = (await scrape(server)).samples;
    expect(written.get('team_server_document_bytes_count')).toBeGreaterThanOrEqual(1);
    expect(written.get('team_server_document_bytes_sum')).toBeGreaterThan(50);

    alice.destroy();
    bob.destroy();
    await waitFor(async () => (await scrape(server)).samples.get('team_server_connections') === 0, 'the connections are gone from the gauge');

    for (const secret of [links.room, links.editToken, links.viewToken, roomHash(links.room)]) expect(during.text).not.toContain(secret);
    await server.stop();
  });
});

describe('logs', () => {
  it('are JSON lines with a level and an event, and a hash of the room id, never the id, a token or a link', async () => {
    const server = await startServer();
    dataDirs.push(server.dataDir);
    const links = await createRoom(server.httpUrl);
    const alice = connect(server.wsUrl, links.room, links.editToken);
    await alice.synced();
    const renewed = await makeNewLinks(server.httpUrl, links.room, links.editToken);
    const newLinks = (await renewed.json()) as { editToken: string; viewToken: string };
    await waitFor(() => alice.closeReasons.length > 0, 'Alice is told her link was replaced');
    alice.destroy();
    const stale = await openRawSocket(server.wsUrl);
    stale.sendAuth(links.room, links.editToken);
    await waitFor(() => stale.authReplies.length > 0, 'the old link is refused');
    stale.close();
    await server.stop();

    const lines = server
      .output()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { level: string; event: string; room?: string; time: string });
    for (const line of lines) {
      expect(['debug', 'info', 'warn', 'error', 'fatal']).toContain(line.level);
      expect(typeof line.event).toBe('string');
      expect(Number.isNaN(Date.parse(line.time))).toBe(false);
    }
    const events = lines.map((line) => line.event);
    expect(events).toEqual(expect.arrayContaining(['start', 'room-created', 'links-replaced', 'auth-refused', 'stopping', 'stop']));
    expect(lines.filter((line) => line.room).every((line) => line.room === roomHash(links.room))).toBe(true);
    expect(lines.find((line) => line.event === 'auth-refused')).toMatchObject({ level: 'warn', reason: 'links-replaced', room: roomHash(links.room) });
    const text = server.output();
    for (const secret of [links.room, links.editToken, links.viewToken, newLinks.editToken, newLinks.viewToken, '#/join/']) expect(text).not.toContain(secret);
  });
});
