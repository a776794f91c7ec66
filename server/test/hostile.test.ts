/**
 * Hostile traffic: for each kind, the server stays up, a good client keeps working, and the
 * document does not change.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { nowInSeconds, signLinkToken } from '../src/linkTokens.js';
import { connect, contents, createRoom, edit, waitFor, type Client, type RoomLinks } from './clients.js';
import { openRawSocket, type RawSocket } from './rawSocket.js';
import { makeDataDir, removeDataDir, startServer, stopAllStartedServers, type ServerProcess } from './serverProcess.js';

const dataDir = makeDataDir();
let server: ServerProcess;
let links: RoomLinks;
let otherRoom: RoomLinks;
let alice: Client;
let editsSoFar = 0;

beforeAll(async () => {
  // 200 hostile sockets at once, plus the good clients, from one address.
  server = await startServer({ dataDir, env: { CONNECTIONS_PER_ADDRESS: '300' } });
  links = await createRoom(server.httpUrl);
  otherRoom = await createRoom(server.httpUrl);
  alice = connect(server.wsUrl, links.room, links.editToken);
  await alice.synced();
  edit(alice, 'box-0', 'Before the attack');
  editsSoFar = 1;
});

afterAll(async () => {
  alice?.destroy();
  await stopAllStartedServers();
  removeDataDir(dataDir);
});

function vandalism(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap<string>('boxes').set('box-0', 'Vandalised');
  doc.getMap<string>('boxes').set('evil', 'Injected');
  return Y.encodeStateAsUpdate(doc);
}

/** The server is up, Alice's next edit reaches a fresh client, and the document is only hers. */
async function expectUnharmed(): Promise<void> {
  expect(server.alive()).toBe(true);
  expect((await fetch(`${server.httpUrl}/api/health`)).status).toBe(200);
  edit(alice, `box-${editsSoFar}`, `Edit ${editsSoFar}`);
  editsSoFar += 1;
  const witness = connect(server.wsUrl, links.room, links.viewToken);
  await waitFor(() => Object.keys(contents(witness.doc)).length === editsSoFar, 'a fresh client sees all of Alice’s edits');
  const expected: Record<string, string> = { 'box-0': 'Before the attack' };
  for (let index = 1; index < editsSoFar; index += 1) expected[`box-${index}`] = `Edit ${index}`;
  expect(contents(witness.doc)).toEqual(expected);
  expect(contents(alice.doc)).toEqual(expected);
  witness.destroy();
}

/** Presents a token, then tries to write anyway; returns the server's answer to the token. */
async function attemptWith(token: string): Promise<string> {
  const socket = await openRawSocket(server.wsUrl);
  socket.sendAuth(links.room, token);
  socket.sendUpdate(links.room, vandalism());
  await waitFor(() => socket.authReplies.length > 0 || socket.isClosed(), 'the server answers the token');
  socket.close();
  return socket.authReplies[0] ?? 'closed';
}

function secret(): Buffer {
  return readFileSync(join(dataDir, 'secret'));
}

describe('hostile traffic', () => {
  it('refuses a forged token (signed with another secret), saying nothing about why', async () => {
    const forged = signLinkToken(randomBytes(32), { room: links.room, role: 'edit', exp: nowInSeconds() + 3600, gen: 1 });
    expect(await attemptWith(forged)).toBe('denied:permission-denied');
    await expectUnharmed();
  });

  it('refuses a view token edited to say "edit"', async () => {
    const [, signature] = links.viewToken.split('.');
    const promoted = Buffer.from(JSON.stringify({ room: links.room, role: 'edit', exp: links.expires, gen: 1 })).toString('base64url');
    expect(await attemptWith(`${promoted}.${signature}`)).toBe('denied:permission-denied');
    await expectUnharmed();
  });

  it('refuses an expired token', async () => {
    const expired = signLinkToken(secret(), { room: links.room, role: 'edit', exp: nowInSeconds() - 1, gen: 1 });
    expect(await attemptWith(expired)).toBe('denied:permission-denied');
    await expectUnharmed();
  });

  it('refuses a token for another room', async () => {
    expect(await attemptWith(otherRoom.editToken)).toBe('denied:permission-denied');
    await expectUnharmed();
  });

  it('closes only the connection that sends a message over 5 MB', async () => {
    const socket = await openRawSocket(server.wsUrl);
    socket.sendAuth(links.room, links.editToken);
    await waitFor(() => socket.authReplies.length > 0, 'the editor is admitted');
    const big = new Y.Doc();
    big.getMap<string>('boxes').set('box-0', 'x'.repeat(6 * 1024 * 1024));
    socket.sendUpdate(links.room, Y.encodeStateAsUpdate(big));
    const { code } = await socket.closed;
    expect(code).toBe(1009);
    await expectUnharmed();
  });

  it('survives garbage frames', async () => {
    const sockets: RawSocket[] = [];
    for (const frame of [randomBytes(64), Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff]), Buffer.alloc(0), randomBytes(100_000)]) {
      const socket = await openRawSocket(server.wsUrl);
      socket.ws.send(frame);
      sockets.push(socket);
    }
    const textSocket = await openRawSocket(server.wsUrl);
    textSocket.ws.send('{"hello": "server"}');
    sockets.push(textSocket);
    // One admitted socket that then sends garbage for the room it is in.
    const admitted = await openRawSocket(server.wsUrl);
    admitted.sendAuth(links.room, links.editToken);
    await waitFor(() => admitted.authReplies.length > 0, 'the editor is admitted');
    admitted.ws.send(Buffer.concat([Buffer.from([links.room.length]), Buffer.from(links.room), randomBytes(200)]));
    sockets.push(admitted);
    await new Promise((resolve) => setTimeout(resolve, 300));
    sockets.forEach((socket) => socket.close());
    await expectUnharmed();
  });

  it('refuses 200 connections with bad tokens at once, and stays up', async () => {
    const sockets = await Promise.all(Array.from({ length: 200 }, () => openRawSocket(server.wsUrl)));
    sockets.forEach((socket, index) => {
      socket.sendAuth(links.room, index % 2 ? `bad-${index}` : signLinkToken(randomBytes(32), { room: links.room, role: 'edit', exp: nowInSeconds() + 60, gen: 1 }));
      socket.sendUpdate(links.room, vandalism());
    });
    await waitFor(() => sockets.every((socket) => socket.authReplies.length > 0 || socket.isClosed()), 'every bad token is answered', 30_000);
    expect(sockets.filter((socket) => socket.authReplies[0] === 'denied:permission-denied')).toHaveLength(200);
    sockets.forEach((socket) => socket.close());
    await expectUnharmed();
  });
});
