/**
 * Signing in across two instances sharing one Redis and one PostgreSQL: a session made on one is
 * good on the other, a removal made on one closes the person's live connection on the other within
 * seconds, and the audit trail (in PostgreSQL) holds what both saw. Real processes throughout.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect, noteIssuedTokens, noteSecrets, waitFor, type RoomLinks } from './clients.js';
import { makeDataDir, removeDataDir, startServer, stopAllStartedServers, type ServerProcess } from './serverProcess.js';
import { appPost, signInEnv, signInThrough, startIssuer, stopAllIssuers } from './signInHelpers.js';
import { freePort, startRedisAndPostgres, type Service } from './testServices.js';

const services: Service[] = [];
const dataDirs = [makeDataDir(), makeDataDir()];
let east: ServerProcess;
let west: ServerProcess;

beforeAll(async () => {
  const [redis, postgres] = await startRedisAndPostgres();
  services.push(redis, postgres);
  const ports = [await freePort(), await freePort()];
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  const [council, nhs] = await Promise.all([startIssuer('council', urls), startIssuer('nhs', urls, 'nhs-tenant=nhs.scot')]);
  const start = (index: number) =>
    startServer({ dataDir: dataDirs[index], port: ports[index], env: { ...signInEnv(urls[index]!, council, nhs), REDIS_URL: redis.url, DATABASE_URL: postgres.url } });
  east = await start(0);
  west = await start(1);
}, 600_000);

afterAll(async () => {
  await stopAllStartedServers();
  await stopAllIssuers();
  await Promise.all(services.map((service) => service.stop()));
  dataDirs.forEach(removeDataDir);
});

const key = () => {
  const made = randomBytes(32).toString('base64url');
  noteSecrets([made]);
  return made;
};

it('closes a removed person’s connection on the other instance within seconds, and keeps one audit trail in PostgreSQL', async () => {
  const alice = (await signInThrough(east.httpUrl, 'council', 'alice@council.gov.uk')).cookie!;
  const nurse = (await signInThrough(east.httpUrl, 'nhs', 'nurse@nhs.scot')).cookie!;
  // A session made on one instance is good on the other.
  expect(await (await fetch(`${west.httpUrl}/api/session`, { headers: { Cookie: nurse } })).json()).toMatchObject({ signedIn: true, email: 'nurse@nhs.scot' });

  const made = await fetch(`${east.httpUrl}/api/rooms`, { method: 'POST', headers: { Cookie: alice } });
  const links = (await made.json()) as RoomLinks;
  noteIssuedTokens(links);
  expect((await appPost(`${east.httpUrl}/api/rooms/${links.room}/people`, alice, { email: 'nurse@nhs.scot', role: 'comment' })).status).toBe(200);

  const aliceOnEast = connect(east.wsUrl, `${links.room}.comments`, `${links.editToken}~${key()}`, new Y.Doc(), { cookie: alice });
  const nurseOnWest = connect(west.wsUrl, `${links.room}.comments`, `member~${key()}`, new Y.Doc(), { cookie: nurse });
  await Promise.all([aliceOnEast.synced(), nurseOnWest.synced()]);
  nurseOnWest.doc.getMap('threads').set('t1', 'From the west');
  await waitFor(() => aliceOnEast.doc.getMap('threads').get('t1') === 'From the west', 'Alice, on the east, sees the nurse’s note');

  const removedAt = Date.now();
  expect((await appPost(`${east.httpUrl}/api/rooms/${links.room}/people`, alice, { email: 'nurse@nhs.scot', role: 'none' })).status).toBe(200);
  await waitFor(() => nurseOnWest.closeReasons.includes('Your access to this model was removed. Your copy stays on this computer.'), 'the nurse, on the west, is told', 5000).catch((error: Error) => {
    throw new Error(`${error.message}\nThe west's log ends:\n${west.output().slice(-2000)}`);
  });
  expect(Date.now() - removedAt).toBeLessThan(5000);
  [aliceOnEast, nurseOnWest].forEach((client) => client.destroy());

  type Entry = { actor: string; action: string; detail: string };
  let entries: Entry[] = [];
  await waitFor(async () => {
    entries = ((await (await fetch(`${west.httpUrl}/api/rooms/${links.room}/audit`, { headers: { Cookie: alice } })).json()) as { entries: Entry[] }).entries;
    return entries.some((entry) => entry.action === 'removed');
  }, 'the audit, read on the west, has the removal made on the east');
  const said = entries.map(({ actor, action }) => `${actor} ${action}`);
  expect(said).toContain('alice@council.gov.uk made the room');
  expect(said).toContain('alice@council.gov.uk shared');
  expect(said).toContain('nurse@nhs.scot joined');
  expect(said).toContain('nurse@nhs.scot commented');
  expect(said).toContain('alice@council.gov.uk removed');
});
