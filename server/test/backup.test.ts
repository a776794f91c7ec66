/**
 * Backup and restore of the SQLite store: a backup taken (npm run server:backup) while 20 clients
 * write, restored (npm run server:restore) into a new data folder, a server started on it: every
 * room is there with its document whole, and the old links work, since the secret came along.
 * And the README's PostgreSQL commands (pg_dump while the server runs, pg_restore into a new
 * database) do the same.
 */
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect, contents, createRoom, edit, waitFor, type Client, type RoomLinks } from './clients.js';
import { makeDataDir, removeDataDir, startServer, stopAllStartedServers } from './serverProcess.js';
import { findOrInstallServices, startPostgres, type Service } from './testServices.js';

const run = promisify(execFile);
const dataDirs: string[] = [];
const services: Service[] = [];
afterAll(async () => {
  await stopAllStartedServers();
  await Promise.all(services.map((service) => service.stop()));
  dataDirs.forEach(removeDataDir);
});

const ROOMS = 5;
const CLIENTS_PER_ROOM = 4;
const EARLY_EDITS = 5;

/** The npm scripts' commands (package.json), run the way `npm run server:backup -- FILE` runs them. */
function backupCommand(command: 'backup' | 'restore', file: string, dataDir: string) {
  return run(process.execPath, ['build/server/backupCommand.js', command, file], { env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir } });
}

/** The documents in a store file, decoded as Yjs documents. */
function storedDocuments(path: string): Map<string, Record<string, string>> {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db.prepare('SELECT room, state FROM documents').all() as { room: string; state: Buffer }[];
    return new Map(
      rows.map(({ room, state }) => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, new Uint8Array(state));
        return [room, contents(doc)];
      }),
    );
  } finally {
    db.close();
  }
}

it('backs up while 20 clients write; a server on the restored folder has every room, whole, and the old links work', async () => {
  const dataDir = makeDataDir();
  const restoredDir = makeDataDir();
  dataDirs.push(dataDir, restoredDir);
  const server = await startServer({ dataDir });
  const rooms: RoomLinks[] = [];
  const clients: Client[][] = [];
  for (let room = 0; room < ROOMS; room += 1) {
    const links = await createRoom(server.httpUrl);
    rooms.push(links);
    clients.push(Array.from({ length: CLIENTS_PER_ROOM }, () => connect(server.wsUrl, links.room, links.editToken)));
  }
  await Promise.all(clients.flat().map((client) => client.synced()));

  // Early edits, written to the store before the backup starts.
  clients.forEach((inRoom, room) => inRoom.forEach((client, index) => {
    for (let made = 0; made < EARLY_EDITS; made += 1) edit(client, `early-${index}-${made}`, `room ${room} client ${index} edit ${made}`);
  }));
  const early = (room: number) => {
    const expected: Record<string, string> = {};
    for (let index = 0; index < CLIENTS_PER_ROOM; index += 1) for (let made = 0; made < EARLY_EDITS; made += 1) expected[`early-${index}-${made}`] = `room ${room} client ${index} edit ${made}`;
    return expected;
  };
  await waitFor(
    () => {
      const stored = storedDocuments(join(dataDir, 'rooms.sqlite'));
      return rooms.every((links, room) => Object.keys(early(room)).every((key) => stored.get(links.room)?.[key] !== undefined));
    },
    'the early edits are in the store',
    20_000,
  );

  // Now all 20 keep writing, each every 20 ms, while the backup is taken.
  let writing = true;
  let written = 0;
  const writers = clients.flat().map(async (client, index) => {
    while (writing) {
      edit(client, `during-${index}`, `value ${written++}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const file = join(makeDataDir(), 'team-server.backup');
  dataDirs.push(join(file, '..'));
  const backedUp = await backupCommand('backup', file, dataDir);
  expect(backedUp.stdout).toMatch(new RegExp(`^Backed up ${ROOMS} rooms \\(${ROOMS} with a document\\)`));
  await new Promise((resolve) => setTimeout(resolve, 500));
  writing = false;
  await Promise.all(writers);
  expect(written).toBeGreaterThan(100);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  clients.flat().forEach((client) => client.destroy());
  await server.stop();

  // A second backup may not overwrite the first, and a restore may not overwrite a store.
  await expect(backupCommand('backup', file, dataDir)).rejects.toThrow(/already exists/);
  await expect(backupCommand('restore', file, dataDir)).rejects.toThrow(/already exists/);

  const restoredRun = await backupCommand('restore', file, restoredDir);
  expect(restoredRun.stdout).toMatch(new RegExp(`^Restored ${ROOMS} rooms`));
  expect(existsSync(join(restoredDir, 'secret'))).toBe(true);
  expect(statSync(join(restoredDir, 'secret')).mode & 0o777).toBe(0o600);
  const inBackup = storedDocuments(file);

  const restored = await startServer({ dataDir: restoredDir });
  for (const [room, links] of rooms.entries()) {
    // The old link, signed with the restored secret, still opens the room.
    const reader = connect(restored.wsUrl, links.room, links.viewToken, new Y.Doc());
    await reader.synced();
    const seen = contents(reader.doc);
    expect(seen).toMatchObject(early(room));
    expect(seen).toEqual(inBackup.get(links.room));
    // Keys written during the backup hold a value some client wrote: whole, not torn.
    for (const [key, value] of Object.entries(seen)) if (key.startsWith('during-')) expect(value).toMatch(/^value \d+$/);
    reader.destroy();
  }
  const editor = connect(restored.wsUrl, rooms[0]!.room, rooms[0]!.editToken);
  await editor.synced();
  edit(editor, 'after', 'the restore');
  await waitFor(() => !editor.provider.hasUnsyncedChanges, 'an edit after the restore is accepted');
  editor.destroy();
  await restored.stop();
});

it('with PostgreSQL, the README\'s pg_dump (while the server runs) and pg_restore bring every room back, with working links', async () => {
  const { postgresBin } = findOrInstallServices();
  const postgres = await startPostgres(postgresBin);
  services.push(postgres);
  const server = await startServer({ env: { DATABASE_URL: postgres.url } });
  dataDirs.push(server.dataDir);
  const rooms = await Promise.all([0, 1, 2].map(() => createRoom(server.httpUrl)));
  for (const [index, links] of rooms.entries()) {
    const writer = connect(server.wsUrl, links.room, links.editToken);
    await writer.synced();
    edit(writer, 'box', `room ${index}`);
    await waitFor(() => !writer.provider.hasUnsyncedChanges, 'the edit is acknowledged');
    writer.destroy();
  }
  // Written to PostgreSQL once the last partner of each room has left.
  const db = new pg.Client({ connectionString: postgres.url });
  await db.connect();
  await waitFor(async () => (await db.query('SELECT count(*)::int AS n FROM documents')).rows[0].n === 3, 'every room is in PostgreSQL');
  await db.query('CREATE DATABASE restored');
  await db.end();

  const dump = join(makeDataDir(), 'team-server.dump');
  dataDirs.push(join(dump, '..'));
  await run(join(postgresBin, 'pg_dump'), ['--format=custom', `--file=${dump}`, postgres.url]);
  await server.stop();
  const restoredUrl = postgres.url.replace(/\/postgres$/, '/restored');
  await run(join(postgresBin, 'pg_restore'), ['--clean', '--if-exists', '--no-owner', `--dbname=${restoredUrl}`, dump]);

  const restored = await startServer({ env: { DATABASE_URL: restoredUrl } });
  dataDirs.push(restored.dataDir);
  for (const [index, links] of rooms.entries()) {
    const reader = connect(restored.wsUrl, links.room, links.viewToken, new Y.Doc());
    await reader.synced();
    expect(contents(reader.doc)).toEqual({ box: `room ${index}` });
    reader.destroy();
  }
  await restored.stop();
});
