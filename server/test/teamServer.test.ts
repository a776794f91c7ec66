/**
 * The team server as a partner meets it: a real process on 127.0.0.1 with its own data folder,
 * real Hocuspocus providers and Yjs documents as the clients.
 */
import { readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect, contents, createRoom, edit, makeNewLinks, noteIssuedTokens, sameContents, waitFor, type RoomLinks } from './clients.js';
import { openRawSocket } from './rawSocket.js';
import { makeDataDir, removeDataDir, startServer, stopAllStartedServers, writeBuiltApp } from './serverProcess.js';

const dataDirs: string[] = [];
function freshDataDir(): string {
  const dir = makeDataDir();
  dataDirs.push(dir);
  return dir;
}

afterAll(async () => {
  await stopAllStartedServers();
  dataDirs.forEach(removeDataDir);
});

describe('the team server', () => {
  it('makes an owner-only secret on first start, keeps it, and never prints it', async () => {
    const dataDir = freshDataDir();
    const first = await startServer({ dataDir });
    const secretPath = join(dataDir, 'secret');
    const secret = readFileSync(secretPath);
    expect(secret).toHaveLength(32);
    expect(statSync(secretPath).mode & 0o777).toBe(0o600);
    await first.stop();

    chmodSync(secretPath, 0o644);
    const second = await startServer({ dataDir });
    expect(readFileSync(secretPath).equals(secret)).toBe(true);
    expect(statSync(secretPath).mode & 0o777).toBe(0o600);
    const links = await createRoom(second.httpUrl);
    await second.stop();
    for (const text of [secret.toString('hex'), secret.toString('base64'), links.editToken]) expect(second.output()).not.toContain(text);
  });

  it('answers health, and makes rooms with unguessable ids and distinct edit and view links', async () => {
    const server = await startServer({ dataDir: freshDataDir() });
    expect(await (await fetch(`${server.httpUrl}/api/health`)).json()).toEqual({ ok: true });
    const a = await createRoom(server.httpUrl);
    const b = await createRoom(server.httpUrl);
    expect(a.room).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(a.room, 'base64url')).toHaveLength(16);
    expect(a.room).not.toBe(b.room);
    expect(a.editToken).not.toBe(a.viewToken);
    await server.stop();
  });

  it('lets an editor loaded from another origin call the API (no cookies; the edit token travels in a header)', async () => {
    const server = await startServer({ dataDir: freshDataDir() });
    const preflight = await fetch(`${server.httpUrl}/api/rooms/x/links`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    const created = await fetch(`${server.httpUrl}/api/rooms`, { method: 'POST', headers: { Origin: 'http://localhost:5173' } });
    expect(created.status).toBe(201);
    noteIssuedTokens((await created.clone().json()) as RoomLinks);
    expect(created.headers.get('access-control-allow-origin')).toBe('*');
    await server.stop();
  });

  it('serves the built editor with its Content-Security-Policy, and nothing outside it', async () => {
    const dataDir = freshDataDir();
    const policy = "default-src 'self'; object-src 'none'";
    const dist = writeBuiltApp(dataDir, policy);
    writeFileSync(join(dataDir, 'outside.txt'), 'private');
    const server = await startServer({ dataDir, env: { DIST_DIR: dist } });

    const page = await fetch(`${server.httpUrl}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(`${policy}; frame-ancestors 'none'`);
    expect(await page.text()).toContain('Outcome Chains');
    const script = await fetch(`${server.httpUrl}/assets/app-1234.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(`${server.httpUrl}/..%2Foutside.txt`)).status).toBe(404);
    expect((await fetch(`${server.httpUrl}/assets/../../outside.txt`)).status).toBe(404);
    await server.stop();
  });

  it('lets two partners co-edit: each sees the other’s edits, and a later visitor sees them all', async () => {
    const server = await startServer({ dataDir: freshDataDir() });
    const links = await createRoom(server.httpUrl);
    const alice = connect(server.wsUrl, links.room, links.editToken);
    const bob = connect(server.wsUrl, links.room, links.editToken);
    await Promise.all([alice.synced(), bob.synced()]);
    edit(alice, 'box-1', 'Partners share data');
    edit(bob, 'box-2', 'Staff trained');
    await waitFor(() => sameContents(alice.doc, bob.doc) && Object.keys(contents(bob.doc)).length === 2, 'both partners see both edits');

    const viewer = connect(server.wsUrl, links.room, links.viewToken);
    await viewer.synced();
    expect(contents(viewer.doc)).toEqual({ 'box-1': 'Partners share data', 'box-2': 'Staff trained' });
    [alice, bob, viewer].forEach((client) => client.destroy());
    await server.stop();
  });

  it('keeps the model across a restart (stored in SQLite in the data folder)', async () => {
    const dataDir = freshDataDir();
    const first = await startServer({ dataDir });
    const links = await createRoom(first.httpUrl);
    const alice = connect(first.wsUrl, links.room, links.editToken);
    await alice.synced();
    edit(alice, 'box-1', 'Kept');
    alice.destroy();
    // A graceful stop flushes the debounced store.
    await first.stop();

    const second = await startServer({ dataDir });
    const later = connect(second.wsUrl, links.room, links.viewToken);
    await waitFor(() => contents(later.doc)['box-1'] === 'Kept', 'the stored edit comes back');
    later.destroy();
    await second.stop();
  });

  it('refuses a viewer’s write made over its own socket: nobody sees it, and the store keeps no trace', async () => {
    const dataDir = freshDataDir();
    const server = await startServer({ dataDir });
    const links = await createRoom(server.httpUrl);
    const editor = connect(server.wsUrl, links.room, links.editToken);
    await editor.synced();
    edit(editor, 'box-1', 'Original');

    const viewerSocket = await openRawSocket(server.wsUrl);
    viewerSocket.sendAuth(links.room, links.viewToken);
    await waitFor(() => viewerSocket.authReplies.length > 0, 'the viewer is answered');
    expect(viewerSocket.authReplies[0]).toBe('authenticated:readonly');
    const tampered = new Y.Doc();
    tampered.getMap<string>('boxes').set('box-1', 'Vandalised');
    tampered.getMap<string>('boxes').set('box-666', 'Injected');
    viewerSocket.sendUpdate(links.room, Y.encodeStateAsUpdate(tampered));

    // Proof that the server has handled the viewer's message: a later edit arrives, the tampering does not.
    edit(editor, 'box-2', 'After');
    const witness = connect(server.wsUrl, links.room, links.editToken);
    await waitFor(() => contents(witness.doc)['box-2'] === 'After', 'a fresh client sees the later edit');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(contents(witness.doc)).toEqual({ 'box-1': 'Original', 'box-2': 'After' });
    expect(contents(editor.doc)).toEqual({ 'box-1': 'Original', 'box-2': 'After' });

    viewerSocket.close();
    [editor, witness].forEach((client) => client.destroy());
    await server.stop();
    const restarted = await startServer({ dataDir });
    const reader = connect(restarted.wsUrl, links.room, links.viewToken);
    await waitFor(() => contents(reader.doc)['box-2'] === 'After', 'the stored document loads');
    expect(contents(reader.doc)).toEqual({ 'box-1': 'Original', 'box-2': 'After' });
    reader.destroy();
    await restarted.stop();
  });

  it('"Make new links" ends the old ones: connected holders are told why and keep their copy', async () => {
    const server = await startServer({ dataDir: freshDataDir() });
    const links = await createRoom(server.httpUrl);
    const owner = connect(server.wsUrl, links.room, links.editToken);
    const partner = connect(server.wsUrl, links.room, links.viewToken);
    await Promise.all([owner.synced(), partner.synced()]);
    edit(owner, 'box-1', 'Before the new links');
    await waitFor(() => contents(partner.doc)['box-1'] === 'Before the new links', 'the partner has the edit');

    expect((await makeNewLinks(server.httpUrl, links.room, links.viewToken)).status).toBe(403);
    const response = await makeNewLinks(server.httpUrl, links.room, links.editToken);
    expect(response.status).toBe(200);
    const fresh = (await response.json()) as typeof links;
    expect(fresh.room).toBe(links.room);
    expect(fresh.editToken).not.toBe(links.editToken);

    const replaced = /^These links were replaced by new ones/;
    await waitFor(() => partner.closeReasons.some((reason) => replaced.test(reason)), 'the viewer is told its link was replaced');
    await waitFor(() => owner.closeReasons.some((reason) => replaced.test(reason)), 'the old editor is told too');
    expect(contents(partner.doc)).toEqual({ 'box-1': 'Before the new links' });

    // An old link no longer opens the room, nor makes links; the new one does.
    const late = connect(server.wsUrl, links.room, links.editToken);
    await waitFor(() => late.refusals.length > 0, 'an old link is refused');
    expect(late.refusals[0]).toMatch(replaced);
    expect((await makeNewLinks(server.httpUrl, links.room, links.editToken)).status).toBe(403);
    const newcomer = connect(server.wsUrl, links.room, fresh.viewToken);
    await waitFor(() => contents(newcomer.doc)['box-1'] === 'Before the new links', 'the new link opens the model');
    [owner, partner, late, newcomer].forEach((client) => client.destroy());
    await server.stop();
  });
});
