/**
 * With REDIS_URL, the per-address limits hold across instances: two team servers sharing one Redis
 * give an address its rooms per hour and its open connections once between them, not once each.
 * Real server processes and a real Redis (Debian's redis-server), all on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoom, noteIssuedTokens, waitFor, type RoomLinks } from './clients.js';
import { openRawSocket, type RawSocket } from './rawSocket.js';
import { makeDataDir, removeDataDir, startServer, stopAllStartedServers, type ServerProcess } from './serverProcess.js';
import { findOrInstallServices, startRedis, type Service } from './testServices.js';

let redis: Service;
const dataDirs: string[] = [];
beforeAll(async () => {
  redis = await startRedis(findOrInstallServices().redisServer);
}, 120_000);
afterAll(async () => {
  await stopAllStartedServers();
  await redis?.stop();
  dataDirs.forEach(removeDataDir);
});

async function twoInstances(env: Record<string, string>): Promise<[ServerProcess, ServerProcess]> {
  const dirs = [makeDataDir(), makeDataDir()];
  dataDirs.push(...dirs);
  return Promise.all(dirs.map((dataDir) => startServer({ dataDir, env: { REDIS_URL: redis.url, ...env } }))) as Promise<[ServerProcess, ServerProcess]>;
}

async function tryRoom(server: ServerProcess): Promise<Response> {
  const response = await fetch(`${server.httpUrl}/api/rooms`, { method: 'POST' });
  if (response.status === 201) noteIssuedTokens((await response.clone().json()) as RoomLinks);
  return response;
}

describe('per-address limits shared through Redis', () => {
  it('counts rooms made per hour across instances', async () => {
    const [east, west] = await twoInstances({ ROOMS_PER_ADDRESS_PER_HOUR: '3' });
    expect((await tryRoom(east)).status).toBe(201);
    expect((await tryRoom(west)).status).toBe(201);
    expect((await tryRoom(east)).status).toBe(201);
    for (const server of [west, east]) {
      const refused = await tryRoom(server);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(3000);
      expect(retryAfter).toBeLessThanOrEqual(3600);
    }
    expect(west.output()).toContain('"limit":"rooms-per-address-per-hour"');
    await Promise.all([east.stop(), west.stop()]);
  });

  it('counts open connections across instances, and gives one back when it closes', async () => {
    const [east, west] = await twoInstances({ CONNECTIONS_PER_ADDRESS: '3' });
    const links = await createRoom(east.httpUrl);
    const sockets: RawSocket[] = [await openRawSocket(east.wsUrl), await openRawSocket(east.wsUrl), await openRawSocket(west.wsUrl)];
    await expect(openRawSocket(west.wsUrl)).rejects.toThrow(/429/);
    await expect(openRawSocket(east.wsUrl)).rejects.toThrow(/429/);
    sockets.shift()!.close();
    await waitFor(async () => {
      try {
        sockets.push(await openRawSocket(west.wsUrl));
        return true;
      } catch {
        return false;
      }
    }, 'a connection closed on one instance is given back to the other', 5000);
    await expect(openRawSocket(east.wsUrl)).rejects.toThrow(/429/);
    // The room still works for the connections it holds.
    sockets[0]!.sendAuth(links.room, links.editToken);
    await waitFor(() => sockets[0]!.authReplies.length > 0, 'an admitted socket is answered');
    expect(sockets[0]!.authReplies[0]).toMatch(/^authenticated/);
    sockets.forEach((socket) => socket.close());
    await Promise.all([east.stop(), west.stop()]);
  });

  it('keeps counting in memory when Redis is gone, instead of refusing everyone', async () => {
    const dataDir = makeDataDir();
    dataDirs.push(dataDir);
    const gone = await startRedis(findOrInstallServices().redisServer);
    const server = await startServer({ dataDir, env: { REDIS_URL: gone.url, ROOMS_PER_ADDRESS_PER_HOUR: '2' } });
    await gone.stop();
    expect((await tryRoom(server)).status).toBe(201);
    expect((await tryRoom(server)).status).toBe(201);
    expect((await tryRoom(server)).status).toBe(429);
    await server.kill9();
  });
});
