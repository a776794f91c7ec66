/**
 * Signing in to the team server with the partners' own accounts, against two real OpenID providers
 * (oidc-provider processes, one sending a tenant claim as Microsoft Entra ID does), through their
 * own login pages: sessions, named sharing with roles, removal closing a live connection, links on
 * and off, the audit trail, and cross-site requests refused. One team server process, SQLite.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { personAuthor } from '../src/authors.js';
import { connect, noteIssuedTokens, noteSecrets, waitFor, type RoomLinks } from './clients.js';
import { openRawSocket } from './rawSocket.js';
import { makeDataDir, refusedWrites, removeDataDir, startServer, stopAllStartedServers, type ServerProcess } from './serverProcess.js';
import { appPost, signInEnv, signInThrough, startIssuer, stopAllIssuers, type Issuer } from './signInHelpers.js';
import { freePort } from './testServices.js';

let council: Issuer;
let nhs: Issuer;
let server: ServerProcess;
let publicUrl: string;
const dataDirs: string[] = [];

beforeAll(async () => {
  const port = await freePort();
  publicUrl = `http://127.0.0.1:${port}`;
  [council, nhs] = await Promise.all([startIssuer('council', [publicUrl]), startIssuer('nhs', [publicUrl], 'nhs-tenant=nhs.scot')]);
  const dataDir = makeDataDir();
  dataDirs.push(dataDir);
  server = await startServer({ dataDir, port, env: { ...signInEnv(publicUrl, council, nhs), METRICS_PORT: '0' } });
}, 120_000);

afterAll(async () => {
  await stopAllStartedServers();
  await stopAllIssuers();
  dataDirs.forEach(removeDataDir);
});

const browserKey = () => {
  const key = randomBytes(32).toString('base64url');
  noteSecrets([key]);
  return key;
};
const refusedNotAuthor = (server: ServerProcess) => refusedWrites(server, 'not-author');

const session = async (cookie: string) => (await (await fetch(`${publicUrl}/api/session`, { headers: { Cookie: cookie } })).json()) as { signedIn: boolean; email?: string };

async function signedIn(provider: string, login: string): Promise<string> {
  const result = await signInThrough(publicUrl, provider, login);
  if (!result.cookie) throw new Error(`${login} could not sign in: ${result.status} ${result.body}`);
  return result.cookie;
}

async function roomMadeBy(cookie: string): Promise<RoomLinks> {
  const response = await fetch(`${publicUrl}/api/rooms`, { method: 'POST', headers: { Cookie: cookie } });
  expect(response.status).toBe(201);
  const links = (await response.json()) as RoomLinks;
  noteIssuedTokens(links);
  return links;
}

describe('signing in', () => {
  it('names its providers, and signs in with each through its own login page: httpOnly, SameSite=Lax session, no token left in the address', async () => {
    const providers = await (await fetch(`${publicUrl}/api/auth`)).json();
    expect(providers).toEqual({ providers: [{ id: 'council', name: 'Council account' }, { id: 'nhs', name: 'NHS Scotland' }], links: true });

    const alice = await signInThrough(publicUrl, 'council', 'alice@council.gov.uk');
    expect(alice.status).toBe(302);
    expect(alice.location).toBe(`${publicUrl}/`);
    expect(alice.sessionSetCookie).toMatch(/; HttpOnly/);
    expect(alice.sessionSetCookie).toMatch(/; SameSite=Lax/);
    expect(alice.sessionSetCookie).toMatch(/; Path=\//);
    // Secure is off only because this server's public address is http://127.0.0.1.
    expect(alice.sessionSetCookie).not.toMatch(/Secure/);
    expect(await session(alice.cookie!)).toMatchObject({ signedIn: true, email: 'alice@council.gov.uk', provider: 'council' });
    // After the provider, the browser was sent only to the app's own address: no code, no token.
    expect(alice.visited.at(-1)).toBe(`${publicUrl}/`);

    const nurse = await signInThrough(publicUrl, 'nhs', 'Nurse@NHS.scot');
    expect(nurse.status).toBe(302);
    expect(await session(nurse.cookie!)).toMatchObject({ signedIn: true, email: 'nurse@nhs.scot', provider: 'nhs' });
  });

  it('refuses in words an email domain or a tenant the operator has not allowed', async () => {
    const stranger = await signInThrough(publicUrl, 'council', 'mallory@elsewhere.org');
    expect(stranger.status).toBe(403);
    expect(stranger.cookie).toBeUndefined();
    expect(stranger.body).toContain('Accounts at elsewhere.org may not sign in to this team server through Council account');
    const otherTenant = await signInThrough(publicUrl, 'nhs', 'someone@other-board.org');
    expect(otherTenant.status).toBe(403);
    expect(otherTenant.cookie).toBeUndefined();
    expect(otherTenant.body).toContain('organisation&#39;s NHS Scotland accounts may not sign in to this team server');
  });

  it('refuses a tampered or expired session, and ends a session on sign-out, refusing a cross-site sign-out', async () => {
    const cookie = await signedIn('council', 'bob@partner.org.uk');
    const [id = '', signature = ''] = cookie.slice('oc_session='.length).split('.');
    expect(await session(`oc_session=${id}.${signature.slice(0, -2)}xx`)).toEqual({ signedIn: false });
    expect(await session(`oc_session=${randomBytes(32).toString('base64url')}.${signature}`)).toEqual({ signedIn: false });

    const expiring = await signedIn('council', 'erin@council.gov.uk');
    const db = new Database(join(server.dataDir, 'rooms.sqlite'));
    db.prepare('UPDATE sessions SET expires_at = ? WHERE person LIKE ?').run(Math.floor(Date.now() / 1000) - 1, '%erin@council.gov.uk%');
    db.close();
    expect(await session(expiring)).toEqual({ signedIn: false });

    expect((await fetch(`${publicUrl}/api/session/end`, { method: 'POST', headers: { Cookie: cookie } })).status).toBe(403);
    expect((await appPost(`${publicUrl}/api/session/end`, cookie, {}, { Origin: 'https://elsewhere.example' })).status).toBe(403);
    expect(await session(cookie)).toMatchObject({ signedIn: true });
    const out = await appPost(`${publicUrl}/api/session/end`, cookie, {}, { Origin: publicUrl });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().join('\n')).toMatch(/oc_session=; .*Max-Age=0/);
    expect(await session(cookie)).toEqual({ signedIn: false });
  });
});

describe('a sign-in ending', () => {
  it('closes the person’s connections by name within seconds, signed out or expired; a link holder’s stays', async () => {
    const signedOut = 'You are signed out of the team server. Sign in again to carry on; your copy stays on this computer.';
    const alice = await signedIn('council', 'alice@council.gov.uk');
    const links = await roomMadeBy(alice);
    const byName = connect(server.wsUrl, links.room, `member~${browserKey()}`, new Y.Doc(), { cookie: alice });
    const byLink = connect(server.wsUrl, links.room, `${links.editToken}~${browserKey()}`, new Y.Doc(), { cookie: alice });
    await Promise.all([byName.synced(), byLink.synced()]);
    const out = Date.now();
    expect((await appPost(`${publicUrl}/api/session/end`, alice, {})).status).toBe(200);
    await waitFor(() => byName.closeReasons.includes(signedOut), 'the connection by name is told', 5000);
    expect(Date.now() - out).toBeLessThan(5000);
    expect(byLink.closeReasons).toEqual([]);
    [byName, byLink].forEach((client) => client.destroy());

    const again = await signedIn('council', 'alice@council.gov.uk');
    const later = connect(server.wsUrl, links.room, `member~${browserKey()}`, new Y.Doc(), { cookie: again });
    await later.synced();
    const db = new Database(join(server.dataDir, 'rooms.sqlite'));
    db.prepare('UPDATE sessions SET expires_at = ? WHERE person LIKE ?').run(Math.floor(Date.now() / 1000) - 1, '%alice@council.gov.uk%');
    db.close();
    await waitFor(() => later.closeReasons.includes(signedOut), 'the connection on an expired session is told', 5000);
    later.destroy();
  });
});

describe('sharing with named people', () => {
  it('lets an editor share by email with a role; the person comes in by name, a stranger does not; a lowered role and a removal take effect on the live connection', async () => {
    const alice = await signedIn('council', 'alice@council.gov.uk');
    const nurse = await signedIn('nhs', 'nurse@nhs.scot');
    const carol = await signedIn('council', 'carol@partner.org.uk');
    const links = await roomMadeBy(alice);
    const people = `${publicUrl}/api/rooms/${links.room}/people`;

    // Cross-site attempts change nothing.
    expect((await fetch(people, { method: 'POST', headers: { Cookie: alice, 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'nurse@nhs.scot', role: 'edit' }) })).status).toBe(403);
    expect((await appPost(people, alice, { email: 'nurse@nhs.scot', role: 'edit' }, { Origin: 'https://elsewhere.example' })).status).toBe(403);
    // Only an editor shares.
    expect((await appPost(people, carol, { email: 'carol@partner.org.uk', role: 'edit' })).status).toBe(403);
    expect((await appPost(people, alice, { email: 'not an email', role: 'comment' })).status).toBe(400);
    const shared = await appPost(people, alice, { email: 'Nurse@nhs.scot', role: 'comment' });
    expect(shared.status).toBe(200);
    expect(await shared.json()).toEqual({ people: [{ email: 'alice@council.gov.uk', role: 'edit' }, { email: 'nurse@nhs.scot', role: 'comment' }] });
    const access = await (await fetch(`${publicUrl}/api/rooms/${links.room}/access`, { headers: { Cookie: alice } })).json();
    expect(access).toEqual({ people: [{ email: 'alice@council.gov.uk', role: 'edit' }, { email: 'nurse@nhs.scot', role: 'comment' }], links: true, serverLinks: true });
    expect((await fetch(`${publicUrl}/api/rooms/${links.room}/access`, { headers: { Cookie: nurse } })).status).toBe(403);

    // The nurse comes in by name as a commenter: the model read-only, the comments not.
    const nurseKey = browserKey();
    const socket = await openRawSocket(server.wsUrl, { Cookie: nurse });
    socket.sendAuth(links.room, `member~${nurseKey}`);
    socket.sendAuth(`${links.room}.comments`, `member~${nurseKey}`);
    await waitFor(() => socket.authReplies.length === 2, 'the nurse is answered');
    expect(socket.authReplies).toEqual(['authenticated:readonly', 'authenticated:read-write']);
    socket.close();
    // Carol is signed in but not named; nobody comes in by name without signing in.
    const strangers = [await openRawSocket(server.wsUrl, { Cookie: carol }), await openRawSocket(server.wsUrl)];
    strangers.forEach((raw) => raw.sendAuth(links.room, 'member'));
    await waitFor(() => strangers.every((raw) => raw.authReplies.length > 0), 'the strangers are answered');
    for (const raw of strangers) expect(raw.authReplies[0]).toMatch(/^denied:This model has not been shared with you by name/);
    strangers.forEach((raw) => raw.close());
    // Another site's page opening a websocket here, in the nurse's browser (her cookie, its Origin), is not her.
    const crossSite = await openRawSocket(server.wsUrl, { Cookie: nurse, Origin: 'https://elsewhere.example' });
    crossSite.sendAuth(links.room, `member~${browserKey()}`);
    const ownPage = await openRawSocket(server.wsUrl, { Cookie: nurse, Origin: publicUrl });
    ownPage.sendAuth(links.room, `member~${browserKey()}`);
    await waitFor(() => crossSite.authReplies.length > 0 && ownPage.authReplies.length > 0, 'both are answered');
    expect(crossSite.authReplies[0]).toMatch(/^denied:This model has not been shared with you by name/);
    expect(ownPage.authReplies[0]).toBe('authenticated:readonly');
    [crossSite, ownPage].forEach((raw) => raw.close());

    // Live: the nurse comments; Alice sees it.
    const aliceComments = connect(server.wsUrl, `${links.room}.comments`, `${links.editToken}~${browserKey()}`, new Y.Doc(), { cookie: alice });
    const nurseComments = connect(server.wsUrl, `${links.room}.comments`, `member~${nurseKey}`, new Y.Doc(), { cookie: nurse });
    await Promise.all([aliceComments.synced(), nurseComments.synced()]);
    nurseComments.doc.getMap('threads').set('t1', 'A note from the nurse');
    await waitFor(() => aliceComments.doc.getMap('threads').get('t1') === 'A note from the nurse', 'Alice sees the nurse’s note');

    // Alice's comment, in her own name (the author id of her sign-in); the nurse's copy, tampered, rewrites it.
    const aliceAuthor = personAuthor(council.url, 'sub-alice@council.gov.uk');
    aliceComments.doc.transact(() => {
      const thread = new Y.Map<unknown>();
      thread.set('on', { kind: 'model' });
      const comments = new Y.Map<unknown>();
      comments.set('c1', { id: 'c1', by: 'Alice', at: new Date().toISOString(), text: 'Signed and meant', author: aliceAuthor });
      thread.set('comments', comments);
      aliceComments.doc.getMap<Y.Map<unknown>>('threads').set('t9', thread);
    });
    const textIn = (client: typeof aliceComments) => ((client.doc.getMap<Y.Map<unknown>>('threads').get('t9')?.get('comments') as Y.Map<{ text: string }> | undefined)?.get('c1'))?.text;
    await waitFor(() => textIn(nurseComments) === 'Signed and meant', 'the nurse has Alice’s comment');
    const refusedBefore = await refusedNotAuthor(server);
    const nurseCopy = nurseComments.doc.getMap<Y.Map<unknown>>('threads').get('t9')!.get('comments') as Y.Map<Record<string, string>>;
    nurseCopy.set('c1', { ...nurseCopy.get('c1')!, text: 'Rewritten by the nurse' });
    await waitFor(async () => (await refusedNotAuthor(server)) > refusedBefore, 'the signed-in forged edit is refused and counted');
    const witness = connect(server.wsUrl, `${links.room}.comments`, links.viewToken);
    await witness.synced();
    expect(textIn(witness)).toBe('Signed and meant');
    witness.destroy();

    // Lowered to viewer: the connection closes and comes back read-only.
    const lowered = Date.now();
    expect((await appPost(people, alice, { email: 'nurse@nhs.scot', role: 'view' })).status).toBe(200);
    await waitFor(() => nurseComments.closeReasons.some((reason) => reason.startsWith('Your access to this model was changed')), 'the nurse’s connection is told of the new role');
    expect(Date.now() - lowered).toBeLessThan(5000);
    await waitFor(() => nurseComments.provider.isSynced, 'the nurse reconnects');
    nurseComments.doc.getMap('threads').set('t2', 'Written as a viewer');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(aliceComments.doc.getMap('threads').has('t2')).toBe(false);

    // Removed: the live connection closes within seconds, in words; a new one is refused.
    const removed = Date.now();
    expect((await appPost(people, alice, { email: 'nurse@nhs.scot', role: 'none' })).status).toBe(200);
    await waitFor(() => nurseComments.closeReasons.includes('Your access to this model was removed. Your copy stays on this computer.'), 'the nurse is told of the removal', 5000);
    expect(Date.now() - removed).toBeLessThan(5000);
    const after = await openRawSocket(server.wsUrl, { Cookie: nurse });
    after.sendAuth(links.room, `member~${nurseKey}`);
    await waitFor(() => after.authReplies.length > 0, 'the nurse is answered again');
    expect(after.authReplies[0]).toMatch(/^denied:This model has not been shared with you by name/);
    after.close();
    [aliceComments, nurseComments].forEach((client) => client.destroy());
  });

  it('turns a room’s links off and on: link holders are closed and refused in words, named people still come in', async () => {
    const alice = await signedIn('council', 'alice@council.gov.uk');
    const links = await roomMadeBy(alice);
    const linkHolder = connect(server.wsUrl, links.room, links.viewToken);
    await linkHolder.synced();
    const off = await appPost(`${publicUrl}/api/rooms/${links.room}/links-setting`, alice, { on: false });
    expect(off.status).toBe(200);
    await waitFor(() => linkHolder.closeReasons.some((reason) => reason.startsWith('Links to this model are turned off')), 'the link holder is told');
    linkHolder.destroy();
    const late = await openRawSocket(server.wsUrl);
    late.sendAuth(links.room, links.editToken);
    const named = await openRawSocket(server.wsUrl, { Cookie: alice });
    named.sendAuth(links.room, `member~${browserKey()}`);
    await waitFor(() => late.authReplies.length > 0 && named.authReplies.length > 0, 'both are answered');
    expect(late.authReplies[0]).toMatch(/^denied:Links to this model are turned off/);
    expect(named.authReplies[0]).toBe('authenticated:read-write');
    // New links cannot be had round it either.
    expect(((await (await fetch(`${publicUrl}/api/rooms/${links.room}/access`, { headers: { Cookie: alice } })).json()) as { links: boolean }).links).toBe(false);
    expect((await appPost(`${publicUrl}/api/rooms/${links.room}/links-setting`, alice, { on: true })).status).toBe(200);
    const again = await openRawSocket(server.wsUrl);
    again.sendAuth(links.room, links.editToken);
    await waitFor(() => again.authReplies.length > 0, 'the link is answered again');
    expect(again.authReplies[0]).toBe('authenticated:read-write');
    [late, named, again].forEach((raw) => raw.close());
  });

  it('lets a signed-in holder of the edit link manage a room made before anyone signed in, naming them an editor so links off never shut them out', async () => {
    const carol = await signedIn('council', 'carol@partner.org.uk');
    const made = await fetch(`${publicUrl}/api/rooms`, { method: 'POST' });
    const links = (await made.json()) as RoomLinks;
    noteIssuedTokens(links);
    const access = `${publicUrl}/api/rooms/${links.room}/access`;
    expect((await fetch(access, { headers: { Cookie: carol } })).status).toBe(403);
    expect((await fetch(access, { headers: { Cookie: carol, Authorization: 'Bearer forged.token' } })).status).toBe(403);
    expect((await fetch(access, { headers: { Cookie: carol, Authorization: `Bearer ${links.editToken}` } })).status).toBe(200);
    expect((await fetch(access, { headers: { Authorization: `Bearer ${links.editToken}` } })).status).toBe(401);
    const off = await appPost(`${publicUrl}/api/rooms/${links.room}/links-setting`, carol, { on: false }, { Authorization: `Bearer ${links.editToken}` });
    expect(off.status).toBe(200);
    expect(await (await fetch(access, { headers: { Cookie: carol } })).json()).toEqual({ people: [{ email: 'carol@partner.org.uk', role: 'edit' }], links: false, serverLinks: true });
    const byName = await openRawSocket(server.wsUrl, { Cookie: carol });
    byName.sendAuth(links.room, 'member');
    await waitFor(() => byName.authReplies.length > 0, 'Carol is answered');
    expect(byName.authReplies[0]).toBe('authenticated:read-write');
    byName.close();
  });
});

describe('the audit trail', () => {
  it('records who joined, changed, commented, saved and restored a version, shared, changed a role, removed and turned links off, for the room’s editors only, also as CSV', async () => {
    const alice = await signedIn('council', 'alice@council.gov.uk');
    const nurse = await signedIn('nhs', 'nurse@nhs.scot');
    const links = await roomMadeBy(alice);
    const people = `${publicUrl}/api/rooms/${links.room}/people`;
    await appPost(people, alice, { email: 'nurse@nhs.scot', role: 'comment' });
    const model = connect(server.wsUrl, links.room, `${links.editToken}~${browserKey()}`, new Y.Doc(), { cookie: alice });
    const nurseModel = connect(server.wsUrl, links.room, `member~${browserKey()}`, new Y.Doc(), { cookie: nurse });
    const nurseComments = connect(server.wsUrl, `${links.room}.comments`, `member~${browserKey()}`, new Y.Doc(), { cookie: nurse });
    await Promise.all([model.synced(), nurseModel.synced(), nurseComments.synced()]);
    // Many keystrokes in a minute are one entry.
    for (let index = 0; index < 20; index += 1) model.doc.getMap('boxes').set('box-1', `Label ${index}`);
    nurseComments.doc.getMap('threads').set('t1', 'Evidence?');
    // Saving a version, and restoring one (the app first saves the model as it was, so named).
    for (const [id, name] of [
      ['v1', 'Quarter 3'],
      ['v2', 'Before restoring Quarter 3'],
    ]) {
      const version = new Y.Map<unknown>();
      version.set('name', name);
      version.set('savedAt', new Date().toISOString());
      model.doc.getMap('versions').set(id!, version);
    }
    await waitFor(() => !model.provider.hasUnsyncedChanges && !nurseComments.provider.hasUnsyncedChanges, 'the writes are taken');
    await appPost(people, alice, { email: 'nurse@nhs.scot', role: 'view' });
    await appPost(people, alice, { email: 'nurse@nhs.scot', role: 'none' });
    await appPost(`${publicUrl}/api/rooms/${links.room}/links-setting`, alice, { on: false });
    [model, nurseModel, nurseComments].forEach((client) => client.destroy());

    type Entry = { at: string; actor: string; action: string; detail: string };
    let entries: Entry[] = [];
    await waitFor(async () => {
      entries = ((await (await fetch(`${publicUrl}/api/rooms/${links.room}/audit`, { headers: { Cookie: alice } })).json()) as { entries: Entry[] }).entries;
      return entries.some((entry) => entry.action === 'turned links off');
    }, 'the audit has every entry');
    const said = entries.map(({ actor, action, detail }) => `${actor} | ${action} | ${detail}`);
    expect(said.slice(0, 2)).toEqual(['alice@council.gov.uk | made the room | ', 'alice@council.gov.uk | shared | with nurse@nhs.scot as commenter']);
    // Joining and writing, in whichever order the two people's messages arrived: each once.
    expect([...said.slice(2, -3)].sort()).toEqual(
      [
        'alice@council.gov.uk | joined | as editor, by a link',
        'nurse@nhs.scot | joined | as commenter, by name',
        'alice@council.gov.uk | changed the model | ',
        'nurse@nhs.scot | commented | ',
        'alice@council.gov.uk | saved a version | “Quarter 3”',
        'alice@council.gov.uk | restored a version | “Quarter 3”',
      ].sort(),
    );
    expect(said.slice(-3)).toEqual([
      'alice@council.gov.uk | changed a role | nurse@nhs.scot: commenter → viewer',
      'alice@council.gov.uk | removed | nurse@nhs.scot',
      'alice@council.gov.uk | turned links off | ',
    ]);
    expect(entries.every((entry) => !Number.isNaN(Date.parse(entry.at)))).toBe(true);

    const csv = await fetch(`${publicUrl}/api/rooms/${links.room}/audit.csv`, { headers: { Cookie: alice } });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await csv.arrayBuffer());
    // UTF-8 with a byte-order mark, so that a spreadsheet reads the names right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('"When (UTC)","Who","What","Detail"\r\n')).toBe(true);
    expect(text).toContain('"alice@council.gov.uk","removed","nurse@nhs.scot"');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(entries.length + 1);
    expect((await fetch(`${publicUrl}/api/rooms/${links.room}/audit`, { headers: { Cookie: nurse } })).status).toBe(403);
    expect((await fetch(`${publicUrl}/api/rooms/${links.room}/audit.csv`)).status).toBe(401);
  });

  it('keeps every email and session out of the server’s log', async () => {
    const output = server.output();
    expect(output).not.toMatch(/[a-z]+@(council\.gov\.uk|nhs\.scot|partner\.org\.uk|elsewhere\.org)/i);
    expect(output).toContain('"event":"signed-in"');
    expect(output).toContain('"event":"sign-in-refused"');
  });
});

describe('links off for the whole server', () => {
  it('refuses rooms and links to anyone not signed in; named people still share and come in', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const [councilHere, nhsHere] = await Promise.all([startIssuer('council', [url]), startIssuer('nhs', [url], 'nhs-tenant=nhs.scot')]);
    const dataDir = makeDataDir();
    dataDirs.push(dataDir);
    const closed = await startServer({ dataDir, port, env: signInEnv(url, councilHere, nhsHere, { LINKS: 'off' }) });
    expect(await (await fetch(`${url}/api/auth`)).json()).toMatchObject({ links: false });
    expect((await fetch(`${url}/api/rooms`, { method: 'POST' })).status).toBe(403);
    const alice = (await signInThrough(url, 'council', 'alice@council.gov.uk')).cookie!;
    const made = await fetch(`${url}/api/rooms`, { method: 'POST', headers: { Cookie: alice } });
    expect(made.status).toBe(201);
    const links = (await made.json()) as RoomLinks;
    noteIssuedTokens(links);
    const byLink = await openRawSocket(closed.wsUrl);
    byLink.sendAuth(links.room, links.editToken);
    const byName = await openRawSocket(closed.wsUrl, { Cookie: alice });
    byName.sendAuth(links.room, 'member');
    await waitFor(() => byLink.authReplies.length > 0 && byName.authReplies.length > 0, 'both are answered');
    expect(byLink.authReplies[0]).toMatch(/^denied:Links to this model are turned off/);
    expect(byName.authReplies[0]).toBe('authenticated:read-write');
    [byLink, byName].forEach((raw) => raw.close());
    await closed.stop();
    await Promise.all([councilHere.stop(), nhsHere.stop()]);
  });
});
