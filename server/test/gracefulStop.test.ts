/**
 * A graceful stop (SIGTERM) loses nothing: edits made 10 ms before it, in several rooms, are in the
 * store after a restart, with SQLite and with PostgreSQL. The server tells every client it is
 * restarting, exits 0, and logs its stop; a client left running reconnects by itself afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SERVER_RESTARTING } from '../src/teamServer.js';
import { connect, contents, createRoom, edit, waitFor, type Client, type RoomLinks } from './clients.js';
import { makeDataDir, removeDataDir, startServer, stopAllStartedServers, type ServerProcess } from './serverProcess.js';
import { findOrInstallServices, startPostgres, type Service } from './testServices.js';

const dataDirs: string[] = [];
const services: Service[] = [];

afterAll(async () => {
  await stopAllStartedServers();
  await Promise.all(services.map((service) => service.stop()));
  dataDirs.forEach(removeDataDir);
});

const ROOMS = 5;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function logEvents(server: ServerProcess): string[] {
  return server
    .output()
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { event: string }).event);
}

/** Edits in every room, SIGTERM 10 ms later, a restart on the same store: every edit is there. */
async function editThenStop(env: Record<string, string>): Promise<void> {
  const dataDir = makeDataDir();
  dataDirs.push(dataDir);
  const first = await startServer({ dataDir, env });
  const rooms: RoomLinks[] = [];
  const writers: Client[] = [];
  for (let index = 0; index < ROOMS; index += 1) {
    const links = await createRoom(first.httpUrl);
    const writer = connect(first.wsUrl, links.room, links.editToken);
    await writer.synced();
    edit(writer, 'early', `room ${index}, written long before`);
    rooms.push(links);
    writers.push(writer);
  }
  // A partner in a room of its own, who writes nothing: it only shows the reconnection.
  const quietRoom = await createRoom(first.httpUrl);
  const quiet = connect(first.wsUrl, quietRoom.room, quietRoom.editToken);
  await quiet.synced();

  // Every room's last edit is still inside Hocuspocus's 2 s store debounce when the signal comes.
  writers.forEach((writer, index) => edit(writer, 'last', `room ${index}, written 10 ms before SIGTERM`));
  await pause(10);
  await first.stop();
  expect(first.exitCode()).toBe(0);
  expect(logEvents(first)).toEqual(expect.arrayContaining(['stopping', 'stop']));
  // Each was told why. The writers go now: had the server not stored their edits, no copy could
  // bring them back after the restart.
  for (const client of [...writers, quiet]) expect(client.closeReasons).toContain(SERVER_RESTARTING);
  writers.forEach((writer) => writer.destroy());

  const second = await startServer({ dataDir, port: first.port, env });
  // A partner left running reconnects by itself to the server on the same address.
  await waitFor(() => quiet.provider.isSynced, 'the quiet partner reconnects by itself', 20_000);
  quiet.destroy();
  for (const [index, links] of rooms.entries()) {
    const reader = connect(second.wsUrl, links.room, links.viewToken, new Y.Doc());
    await reader.synced();
    expect(contents(reader.doc)).toEqual({ early: `room ${index}, written long before`, last: `room ${index}, written 10 ms before SIGTERM` });
    reader.destroy();
  }
  await second.stop();
  expect(second.exitCode()).toBe(0);
}

describe('SIGTERM loses nothing', () => {
  it('with SQLite', async () => {
    await editThenStop({});
  });

  describe('with PostgreSQL', () => {
    let postgres: Service;
    beforeAll(async () => {
      postgres = await startPostgres(findOrInstallServices().postgresBin);
      services.push(postgres);
    });

    it('with PostgreSQL', async () => {
      await editThenStop({ DATABASE_URL: postgres.url });
    });

    it('is ready only while the store answers', async () => {
      const server = await startServer({ env: { DATABASE_URL: postgres.url } });
      dataDirs.push(server.dataDir);
      expect(await (await fetch(`${server.httpUrl}/api/ready`)).json()).toEqual({ ready: true });
      await postgres.stop();
      services.splice(services.indexOf(postgres), 1);
      const answer = await fetch(`${server.httpUrl}/api/ready`);
      expect(answer.status).toBe(503);
      expect(await answer.json()).toEqual({ ready: false });
      // Alive all the same: liveness is not readiness.
      expect((await fetch(`${server.httpUrl}/api/health`)).status).toBe(200);
      await server.kill9();
    });
  });
});
