/**
 * The server is killed (kill -9) while two partners are editing: both keep working on their own
 * copies; once it is back, everything converges and a third computer sees every edit.
 */
import { afterAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect, contents, createRoom, edit, sameContents, waitFor, type Client } from './clients.js';
import { makeDataDir, removeDataDir, startServer, stopAllStartedServers } from './serverProcess.js';

const dataDir = makeDataDir();
afterAll(async () => {
  await stopAllStartedServers();
  removeDataDir(dataDir);
});

const EDITS_EACH = 30;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One partner's steady typing: a bounded number of edits, one every 40 ms. */
async function keepEditing(client: Client, who: string, from: number, to: number): Promise<void> {
  for (let index = from; index < to; index += 1) {
    edit(client, `${who}-${index}`, `${who} edit ${index}`);
    await pause(40);
  }
}

it('survives kill -9 mid-edit: partners keep working, then converge, and a reload elsewhere shows every edit', async () => {
  const first = await startServer({ dataDir });
  const links = await createRoom(first.httpUrl);
  const alice = connect(first.wsUrl, links.room, links.editToken);
  const bob = connect(first.wsUrl, links.room, links.editToken);
  await Promise.all([alice.synced(), bob.synced()]);

  const typing = Promise.all([keepEditing(alice, 'alice', 0, EDITS_EACH), keepEditing(bob, 'bob', 0, EDITS_EACH)]);
  await pause(400);
  await first.kill9();
  await typing;
  // Offline, each still has every edit of their own.
  for (const [client, who] of [[alice, 'alice'], [bob, 'bob']] as const) {
    expect(Object.keys(contents(client.doc)).filter((key) => key.startsWith(`${who}-`))).toHaveLength(EDITS_EACH);
  }
  expect(sameContents(alice.doc, bob.doc)).toBe(false);
  // And they go on working while the server is down.
  edit(alice, 'alice-offline', 'written while the server was down');
  edit(bob, 'bob-offline', 'written while the server was down');

  const second = await startServer({ dataDir, port: first.port });
  const everyEdit = 2 * EDITS_EACH + 2;
  await waitFor(
    () => sameContents(alice.doc, bob.doc) && Object.keys(contents(alice.doc)).length === everyEdit,
    'both partners converge on every edit after the restart',
    20_000,
  );

  const third = connect(second.wsUrl, links.room, links.viewToken, new Y.Doc());
  await waitFor(() => Object.keys(contents(third.doc)).length === everyEdit, 'a third computer sees every edit', 20_000);
  expect(contents(third.doc)).toEqual(contents(alice.doc));
  [alice, bob, third].forEach((client) => client.destroy());
  await second.stop();
});
