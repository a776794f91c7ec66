/**
 * No other site can frame what the server serves: every answer (the app's page and files, a 404,
 * the API, an error) says `frame-ancestors 'none'` in its Content-Security-Policy and
 * `X-Frame-Options: DENY`. A real server process, with a small built app.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { noteIssuedTokens, type RoomLinks } from './clients.js';
import { makeDataDir, removeDataDir, startServer, stopAllStartedServers, writeBuiltApp } from './serverProcess.js';

const dataDirs: string[] = [];
afterAll(async () => {
  await stopAllStartedServers();
  dataDirs.forEach(removeDataDir);
});

function expectNotFramed(response: Response, what: string): void {
  const policies = (response.headers.get('content-security-policy') ?? '').split(/[;,]/).map((part) => part.trim());
  expect(policies, `${what}: Content-Security-Policy`).toContain("frame-ancestors 'none'");
  expect(response.headers.get('x-frame-options'), `${what}: X-Frame-Options`).toBe('DENY');
}

describe('framing', () => {
  it('is refused on every page, file, API answer and error the server sends', async () => {
    const dataDir = makeDataDir();
    dataDirs.push(dataDir);
    const policy = "default-src 'self'; object-src 'none'";
    const dist = writeBuiltApp(dataDir, policy);
    writeFileSync(join(dist, 'manifest.webmanifest'), '{}');
    const server = await startServer({ dataDir, env: { DIST_DIR: dist } });
    const url = (path: string) => `${server.httpUrl}${path}`;

    const page = await fetch(url('/'));
    expect(page.status).toBe(200);
    expectNotFramed(page, 'the app');
    // The built policy is kept whole beside it.
    expect(page.headers.get('content-security-policy')).toBe(`${policy}; frame-ancestors 'none'`);
    expectNotFramed(await fetch(url('/index.html')), '/index.html');
    expectNotFramed(await fetch(url('/index.html'), { method: 'HEAD' }), 'HEAD /index.html');
    expectNotFramed(await fetch(url('/assets/app-1234.js')), 'a built file');
    expectNotFramed(await fetch(url('/manifest.webmanifest')), 'the manifest');
    const missing = await fetch(url('/no-such-page'));
    expect(missing.status).toBe(404);
    expectNotFramed(missing, 'a page that is not there');
    const wrongMethod = await fetch(url('/'), { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expectNotFramed(wrongMethod, 'a refused method');
    expectNotFramed(await fetch(url('/api/health')), '/api/health');
    expectNotFramed(await fetch(url('/api/ready')), '/api/ready');
    expectNotFramed(await fetch(url('/api/nothing')), 'an API 404');
    expectNotFramed(await fetch(url('/api/rooms'), { method: 'OPTIONS' }), 'a preflight');
    const created = await fetch(url('/api/rooms'), { method: 'POST' });
    expect(created.status).toBe(201);
    noteIssuedTokens((await created.clone().json()) as RoomLinks);
    expectNotFramed(created, 'a room made');
    const refused = await fetch(url('/api/rooms/AAAAAAAAAAAAAAAAAAAAAA/links'), { method: 'POST', headers: { Authorization: 'Bearer forged' } });
    expect(refused.status).toBe(403);
    expectNotFramed(refused, 'a refusal');
    await server.stop();
  });

  it('is refused by a server with no built app too', async () => {
    const server = await startServer();
    dataDirs.push(server.dataDir);
    const page = await fetch(`${server.httpUrl}/`);
    expect(page.status).toBe(404);
    expectNotFramed(page, 'the "not built" page');
    await server.stop();
  });
});
