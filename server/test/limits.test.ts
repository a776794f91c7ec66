/**
 * The team server's limits, against real processes started with small limits: a flood of room
 * creations, X-Forwarded-For only behind a trusted proxy, connections per address, a document
 * pushed past its size limit, slow (slowloris) HTTP clients, and a websocket client that never reads.
 * In each case the server stays up, a good client keeps working, and nothing stored is lost.
 */
import { connect as tcpConnect, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOCUMENT_TOO_LARGE } from '../src/documentSize.js';
import { connect, contents, createRoom, edit, noteIssuedTokens, waitFor, type RoomLinks } from './clients.js';
import { openRawSocket } from './rawSocket.js';
import { makeDataDir, removeDataDir, startServer, stopAllStartedServers, type ServerProcess } from './serverProcess.js';

const dataDirs: string[] = [];
async function serverWith(env: Record<string, string>, dataDir = makeDataDir()): Promise<ServerProcess> {
  dataDirs.push(dataDir);
  return startServer({ dataDir, env });
}

afterAll(async () => {
  await stopAllStartedServers();
  dataDirs.forEach(removeDataDir);
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function postRoom(server: ServerProcess, headers: Record<string, string> = {}): Promise<Response> {
  const response = await fetch(`${server.httpUrl}/api/rooms`, { method: 'POST', headers });
  if (response.status === 201) noteIssuedTokens((await response.clone().json()) as RoomLinks);
  return response;
}

/** The server is up, and a client in an existing room still edits and is heard. */
async function expectStillServing(server: ServerProcess, links: RoomLinks, label: string): Promise<void> {
  expect(server.alive()).toBe(true);
  expect((await fetch(`${server.httpUrl}/api/health`)).status).toBe(200);
  const writer = connect(server.wsUrl, links.room, links.editToken);
  const reader = connect(server.wsUrl, links.room, links.viewToken);
  await writer.synced();
  edit(writer, label, label);
  await waitFor(() => contents(reader.doc)[label] === label, `a partner sees "${label}"`);
  writer.destroy();
  reader.destroy();
}

describe('rooms created per address per hour', () => {
  it('answers a flood of room creations with 429 and Retry-After, and stays up', async () => {
    const server = await serverWith({ ROOMS_PER_ADDRESS_PER_HOUR: '5' });
    const made = await Promise.all(Array.from({ length: 5 }, () => postRoom(server)));
    expect(made.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
    const links = (await made[0]!.json()) as RoomLinks;

    const flood = await Promise.all(Array.from({ length: 300 }, () => postRoom(server)));
    expect(new Set(flood.map((response) => response.status))).toEqual(new Set([429]));
    for (const response of flood) {
      const retryAfter = Number(response.headers.get('retry-after'));
      expect(Number.isInteger(retryAfter) && retryAfter > 3500 && retryAfter <= 3600).toBe(true);
      expect(await response.json()).toEqual({ error: 'too-many-rooms' });
    }
    expect(flood[0]!.headers.get('access-control-expose-headers')).toMatch(/retry-after/i);
    await expectStillServing(server, links, 'after the flood');
    expect(server.output()).toContain('"limit":"rooms-per-address-per-hour"');
    await server.stop();
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY is set, and then believes only its last address', async () => {
    const direct = await serverWith({ ROOMS_PER_ADDRESS_PER_HOUR: '2' });
    expect((await postRoom(direct, { 'X-Forwarded-For': '203.0.113.1' })).status).toBe(201);
    expect((await postRoom(direct, { 'X-Forwarded-For': '203.0.113.2' })).status).toBe(201);
    // A new address in the header changes nothing: the client is still 127.0.0.1.
    expect((await postRoom(direct, { 'X-Forwarded-For': '203.0.113.3' })).status).toBe(429);
    expect((await postRoom(direct)).status).toBe(429);
    await direct.stop();

    const proxied = await serverWith({ ROOMS_PER_ADDRESS_PER_HOUR: '2', TRUST_PROXY: '1' });
    const as = (address: string) => ({ 'X-Forwarded-For': address });
    expect((await postRoom(proxied, as('203.0.113.1'))).status).toBe(201);
    expect((await postRoom(proxied, as('203.0.113.1'))).status).toBe(201);
    expect((await postRoom(proxied, as('203.0.113.1'))).status).toBe(429);
    // Another client behind the proxy has a quota of its own.
    expect((await postRoom(proxied, as('203.0.113.2'))).status).toBe(201);
    // A client that writes its own header first cannot pass as someone else: the proxy appends the real one.
    expect((await postRoom(proxied, as('198.51.100.7, 203.0.113.1'))).status).toBe(429);
    await proxied.stop();
  });
});

describe('connections per address', () => {
  it('refuses a connection past the limit with 429, and takes one again once another closes', async () => {
    const server = await serverWith({ CONNECTIONS_PER_ADDRESS: '3' });
    const links = await createRoom(server.httpUrl);
    const sockets = await Promise.all([1, 2, 3].map(() => openRawSocket(server.wsUrl)));
    await expect(openRawSocket(server.wsUrl)).rejects.toThrow(/429/);
    sockets.pop()!.close();
    await waitFor(async () => {
      try {
        sockets.push(await openRawSocket(server.wsUrl));
        return true;
      } catch {
        return false;
      }
    }, 'a connection is taken again once one closed');
    sockets.forEach((socket) => socket.close());
    await pause(200);
    await expectStillServing(server, links, 'after the connection limit');
    await server.stop();
  });
});

describe('the largest document a room may hold', () => {
  it('refuses a write past the limit in words, and keeps what was stored', async () => {
    const dataDir = makeDataDir();
    const server = await serverWith({ MAX_DOCUMENT_BYTES: String(64 * 1024) }, dataDir);
    const links = await createRoom(server.httpUrl);
    const alice = connect(server.wsUrl, links.room, links.editToken);
    await alice.synced();
    const first = 'a'.repeat(40 * 1024);
    edit(alice, 'first', first);
    await waitFor(() => !alice.provider.hasUnsyncedChanges, 'the first write is acknowledged');

    edit(alice, 'second', 'b'.repeat(40 * 1024));
    await waitFor(() => alice.closeReasons.includes(DOCUMENT_TOO_LARGE), 'the writer is told the model is at the size limit');
    expect(DOCUMENT_TOO_LARGE).toMatch(/^This model has reached the team server's size limit/);
    alice.destroy();

    const witness = connect(server.wsUrl, links.room, links.viewToken);
    await witness.synced();
    expect(contents(witness.doc)).toEqual({ first });
    witness.destroy();
    expect(server.output()).toContain('"limit":"document-size"');
    // Hocuspocus's own line about the refused message names the room: the log holds only its hash.
    expect(server.output()).not.toContain(links.room);

    // And after a restart, the store holds the document as it was before the refused write.
    await server.stop();
    const again = await startServer({ dataDir, env: { MAX_DOCUMENT_BYTES: String(64 * 1024) } });
    const later = connect(again.wsUrl, links.room, links.viewToken);
    await later.synced();
    expect(contents(later.doc)).toEqual({ first });
    later.destroy();
    // Small writes that fit still go through.
    await expectStillServing(again, links, 'small');
    await again.stop();
  });
});

describe('slow and half-open HTTP connections (slowloris)', () => {
  it('cuts them by the header and request timeouts, while websockets stay open', async () => {
    const server = await serverWith({ HEADERS_TIMEOUT_SECONDS: '1', REQUEST_TIMEOUT_SECONDS: '2' });
    const links = await createRoom(server.httpUrl);
    const partner = connect(server.wsUrl, links.room, links.editToken);
    await partner.synced();
    const partnerSince = Date.now();

    const opened = Date.now();
    const slow: { socket: Socket; closedAt?: number }[] = [];
    for (let index = 0; index < 20; index += 1) {
      const socket = tcpConnect({ host: '127.0.0.1', port: server.port });
      const entry: { socket: Socket; closedAt?: number } = { socket };
      socket.on('error', () => undefined);
      socket.on('close', () => (entry.closedAt = Date.now()));
      // Half the connections send nothing at all; the others send headers one byte at a time.
      if (index % 2) socket.write('GET / HTTP/1.1\r\nHost: x\r\n');
      slow.push(entry);
    }
    const trickle = setInterval(() => slow.forEach(({ socket }, index) => index % 2 && !socket.destroyed && socket.write('X')), 200);
    try {
      await waitFor(() => slow.every((entry) => entry.closedAt !== undefined), 'every slow connection is cut', 10_000);
    } finally {
      clearInterval(trickle);
    }
    // Cut by the 1 s header timeout (checked every second), well before anything else would.
    expect(Math.max(...slow.map((entry) => entry.closedAt! - opened))).toBeLessThan(5_000);

    // The collaboration socket, open for longer than the request timeout, is untouched.
    await pause(Math.max(0, 2_500 - (Date.now() - partnerSince)));
    edit(partner, 'still', 'connected');
    await waitFor(() => !partner.provider.hasUnsyncedChanges, 'the partner, connected all along, still writes');
    expect(partner.closeReasons).toEqual([]);
    partner.destroy();
    await expectStillServing(server, links, 'after the slow clients');
    await server.stop();
  });
});

describe('a websocket client that never reads', () => {
  it('is dropped once its unsent data passes the limit, instead of being buffered without bound', async () => {
    const server = await serverWith({ MAX_SEND_BUFFER_BYTES: String(1024 * 1024) });
    const links = await createRoom(server.httpUrl);
    const stalled = await openRawSocket(server.wsUrl);
    stalled.sendAuth(links.room, links.viewToken);
    await waitFor(() => stalled.authReplies.length > 0, 'the stalled client is admitted');
    stalled.ws.pause();

    // 200 writes of 100 kB each (20 MB in all) go out to every other client in the room.
    const writer = connect(server.wsUrl, links.room, links.editToken);
    await writer.synced();
    for (let index = 0; index < 200 && !server.output().includes('"limit":"send-buffer"'); index += 1) {
      edit(writer, 'big', `${index}`.padEnd(100 * 1024, '.'));
      await pause(10);
    }
    await waitFor(() => server.output().includes('"limit":"send-buffer"'), 'the server drops the client that never reads');
    stalled.ws.resume();
    await stalled.closed;
    writer.destroy();
    await expectStillServing(server, links, 'after the stalled client');
    await server.stop();
  });
});

describe('one message', () => {
  it('is refused past MAX_MESSAGE_BYTES, closing only that connection', async () => {
    const server = await serverWith({ MAX_MESSAGE_BYTES: String(256 * 1024) });
    const links = await createRoom(server.httpUrl);
    const socket = await openRawSocket(server.wsUrl);
    socket.sendAuth(links.room, links.editToken);
    await waitFor(() => socket.authReplies.length > 0, 'the editor is admitted');
    const big = new Y.Doc();
    big.getMap<string>('boxes').set('box-0', 'x'.repeat(300 * 1024));
    socket.sendUpdate(links.room, Y.encodeStateAsUpdate(big));
    expect((await socket.closed).code).toBe(1009);
    await expectStillServing(server, links, 'after the big message');
    await server.stop();
  });
});
