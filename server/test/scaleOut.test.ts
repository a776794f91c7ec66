/**
 * Several instances: two team servers on two ports share rooms through one Redis and one
 * PostgreSQL. Partners on each converge; one instance is killed (kill -9), its partner moves to
 * the other, and nothing is lost.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect, contents, createRoom, edit, makeNewLinks, sameContents, waitFor } from './clients.js';
import { makeDataDir, removeDataDir, startServer, stopAllStartedServers, type ServerProcess } from './serverProcess.js';
import { startRedisAndPostgres, type Service } from './testServices.js';

const services: Service[] = [];
const dataDirs = [makeDataDir(), makeDataDir()];
let east: ServerProcess;
let west: ServerProcess;

beforeAll(async () => {
  const [redis, postgres] = await startRedisAndPostgres();
  services.push(redis, postgres);
  const env = { REDIS_URL: redis.url, DATABASE_URL: postgres.url };
  east = await startServer({ dataDir: dataDirs[0], env });
  west = await startServer({ dataDir: dataDirs[1], env });
}, 600_000);

afterAll(async () => {
  await stopAllStartedServers();
  await Promise.all(services.map((service) => service.stop()));
  dataDirs.forEach(removeDataDir);
});

it('shares rooms between two instances; when one is killed its partner moves to the other and loses nothing', async () => {
  expect(east.output()).toContain('PostgreSQL; rooms shared through Redis');
  // A room made on one instance opens on the other: the link secret and generations are shared.
  const links = await createRoom(east.httpUrl);
  let alice = connect(east.wsUrl, links.room, links.editToken);
  const bob = connect(west.wsUrl, links.room, links.editToken);
  await Promise.all([alice.synced(), bob.synced()]);

  for (let index = 0; index < 10; index += 1) {
    edit(alice, `alice-${index}`, `from east ${index}`);
    edit(bob, `bob-${index}`, `from west ${index}`);
  }
  await waitFor(() => sameContents(alice.doc, bob.doc) && Object.keys(contents(bob.doc)).length === 20, 'partners on two instances converge');

  // Alice keeps editing as her instance dies; her copy holds the edits, and she moves to the other.
  await east.kill9();
  for (let index = 10; index < 15; index += 1) edit(alice, `alice-${index}`, `written as east died ${index}`);
  alice = alice.moveTo(west.wsUrl);
  edit(bob, 'bob-10', 'from west after the failure');
  await waitFor(() => sameContents(alice.doc, bob.doc) && Object.keys(contents(alice.doc)).length === 26, 'both converge on the surviving instance');

  const third = connect(west.wsUrl, links.room, links.viewToken, new Y.Doc());
  await waitFor(() => Object.keys(contents(third.doc)).length === 26, 'a fresh client sees every edit');
  expect(contents(third.doc)).toEqual(contents(alice.doc));
  [alice, bob, third].forEach((client) => client.destroy());
});

it('new links made on one instance disconnect old-link holders on the other', async () => {
  const third = await startServer({ dataDir: makeDataDir(), env: { DATABASE_URL: services[1]!.url, REDIS_URL: services[0]!.url } });
  const links = await createRoom(west.httpUrl);
  const viewer = connect(third.wsUrl, links.room, links.viewToken);
  await viewer.synced();
  expect((await makeNewLinks(west.httpUrl, links.room, links.editToken)).status).toBe(200);
  await waitFor(() => viewer.closeReasons.some((reason) => reason.startsWith('These links were replaced')), 'the viewer on the other instance is told', 10_000);
  viewer.destroy();
  await third.stop();
  removeDataDir(third.dataDir);
});
