/**
 * Authorship checked by the server: over a link, each browser presents a key of its own at connect
 * ("<token>~<key>"), and its comments carry the key's hash. Real server processes and real
 * providers: a tampered copy that rewrites or deletes someone else's comment changes nothing
 * anywhere, and the refusal is counted in the metrics.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { browserAuthor } from '../src/authors.js';
import { connect, createRoom, noteSecrets, waitFor, type Client } from './clients.js';
import { openRawSocket } from './rawSocket.js';
import { refusedWrites, removeDataDir, startServer, stopAllStartedServers, type ServerProcess } from './serverProcess.js';

const dataDirs: string[] = [];
afterAll(async () => {
  await stopAllStartedServers();
  dataDirs.forEach(removeDataDir);
});

interface Browser {
  key: string;
  author: string;
}
function newBrowser(): Browser {
  const key = randomBytes(32).toString('base64url');
  noteSecrets([key]);
  return { key, author: browserAuthor(key) };
}

const commentsOf = (room: string) => `${room}.comments`;
const threads = (client: Client) => client.doc.getMap<Y.Map<unknown>>('threads');
const commentMap = (client: Client, threadId: string) => threads(client).get(threadId)?.get('comments') as Y.Map<Record<string, string>> | undefined;
const textOf = (client: Client, threadId: string, commentId: string) => commentMap(client, threadId)?.get(commentId)?.text;

function startThread(client: Client, browser: Browser, threadId: string, commentId: string, text: string): void {
  client.doc.transact(() => {
    const thread = new Y.Map<unknown>();
    thread.set('on', { kind: 'model' });
    const comments = new Y.Map<unknown>();
    comments.set(commentId, { id: commentId, by: 'Partner', at: new Date().toISOString(), text, author: browser.author });
    thread.set('comments', comments);
    threads(client).set(threadId, thread);
  });
}
function rewrite(client: Client, threadId: string, commentId: string, text: string): void {
  const comments = commentMap(client, threadId)!;
  comments.set(commentId, { ...comments.get(commentId)!, text });
}

const refusedNotAuthor = (server: ServerProcess) => refusedWrites(server, 'not-author');

describe('authorship of comments, checked by the server', () => {
  it('lets a link holder change only the comments their own browser wrote; an editor may resolve any thread', async () => {
    const server = await startServer({ env: { METRICS_PORT: '0' } });
    dataDirs.push(server.dataDir);
    const links = await createRoom(server.httpUrl);
    const [alice, bob, erin] = [newBrowser(), newBrowser(), newBrowser()];
    const room = commentsOf(links.room);
    const aliceClient = connect(server.wsUrl, room, `${links.commentToken}~${alice.key}`);
    const bobClient = connect(server.wsUrl, room, `${links.commentToken}~${bob.key}`);
    const editorClient = connect(server.wsUrl, room, `${links.editToken}~${erin.key}`);
    await Promise.all([aliceClient.synced(), bobClient.synced(), editorClient.synced()]);

    startThread(aliceClient, alice, 't1', 'c1', 'Where is the evidence?');
    await waitFor(() => textOf(bobClient, 't1', 'c1') === 'Where is the evidence?' && textOf(editorClient, 't1', 'c1') !== undefined, 'everyone sees Alice’s comment');
    // Bob replies in his own name: taken.
    commentMap(bobClient, 't1')!.set('c2', { id: 'c2', by: 'Bob', at: new Date().toISOString(), text: 'In the annex.', author: bob.author });
    await waitFor(() => textOf(aliceClient, 't1', 'c2') === 'In the annex.', 'Alice sees Bob’s reply');
    // Alice edits her own: taken. The editor resolves the thread: taken.
    rewrite(aliceClient, 't1', 'c1', 'Where is the evidence? (page 4)');
    threads(editorClient).get('t1')!.set('resolved', { at: new Date().toISOString(), by: 'Erin' });
    await waitFor(() => textOf(bobClient, 't1', 'c1') === 'Where is the evidence? (page 4)' && threads(bobClient).get('t1')?.get('resolved') !== undefined, 'Bob sees the edit and the resolution');
    expect(await refusedNotAuthor(server)).toBe(0);

    // Bob's copy is tampered with: it rewrites Alice's comment, then deletes it.
    rewrite(bobClient, 't1', 'c1', 'Nothing to see here.');
    await waitFor(async () => (await refusedNotAuthor(server)) >= 1, 'the forged edit is refused and counted');
    bobClient.destroy();
    const bobAgain = connect(server.wsUrl, room, `${links.commentToken}~${bob.key}`);
    await bobAgain.synced();
    commentMap(bobAgain, 't1')!.delete('c1');
    await waitFor(async () => (await refusedNotAuthor(server)) >= 2, 'the forged delete is refused and counted');
    // The editor's link does not let Erin rewrite Alice's words either.
    rewrite(editorClient, 't1', 'c1', 'Edited by the editor');
    await waitFor(async () => (await refusedNotAuthor(server)) >= 3, 'the editor’s rewrite is refused and counted');

    const witness = connect(server.wsUrl, room, links.viewToken);
    await witness.synced();
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const client of [witness, aliceClient]) {
      expect(textOf(client, 't1', 'c1')).toBe('Where is the evidence? (page 4)');
      expect(textOf(client, 't1', 'c2')).toBe('In the annex.');
    }
    // The same browser, on a new connection, still owns its comment.
    const aliceAgain = connect(server.wsUrl, room, `${links.commentToken}~${alice.key}`);
    await aliceAgain.synced();
    commentMap(aliceAgain, 't1')!.delete('c1');
    await waitFor(() => textOf(witness, 't1', 'c1') === undefined, 'Alice deletes her own comment from a new connection');
    [aliceClient, bobAgain, editorClient, witness, aliceAgain].forEach((client) => client.destroy());
    await server.stop();
    expect(server.output()).toContain('"event":"write-refused"');
    expect(server.output()).not.toContain(alice.key);
  });

  it('refuses a hand-made forged update from a socket that presented no key, or another browser’s', async () => {
    const server = await startServer({ env: { METRICS_PORT: '0' } });
    dataDirs.push(server.dataDir);
    const links = await createRoom(server.httpUrl);
    const alice = newBrowser();
    const room = commentsOf(links.room);
    const aliceClient = connect(server.wsUrl, room, `${links.commentToken}~${alice.key}`);
    await aliceClient.synced();
    startThread(aliceClient, alice, 't1', 'c1', 'Original');
    const mallory = connect(server.wsUrl, room, links.commentToken);
    await waitFor(() => textOf(mallory, 't1', 'c1') === 'Original', 'Mallory has the document');

    // Mallory's copy writes a replacement of Alice's comment, claiming her author id, and sends it by hand.
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(mallory.doc));
    const before = Y.encodeStateVector(forged);
    const comments = (forged.getMap<Y.Map<unknown>>('threads').get('t1')!.get('comments') as Y.Map<Record<string, string>>);
    comments.set('c1', { ...comments.get('c1')!, text: 'Forged' });
    const socket = await openRawSocket(server.wsUrl);
    socket.sendAuth(room, links.commentToken);
    await waitFor(() => socket.authReplies.length > 0, 'the raw socket is admitted');
    expect(socket.authReplies).toEqual(['authenticated:read-write']);
    socket.sendUpdate(room, Y.encodeStateAsUpdate(forged, before));
    await waitFor(async () => (await refusedNotAuthor(server)) >= 1, 'the forged update is refused and counted');
    // A key that is not Alice's cannot speak for her either.
    const other = await openRawSocket(server.wsUrl);
    other.sendAuth(room, `${links.commentToken}~${newBrowser().key}`);
    await waitFor(() => other.authReplies.length > 0, 'the second raw socket is admitted');
    other.sendUpdate(room, Y.encodeStateAsUpdate(forged, before));
    await waitFor(async () => (await refusedNotAuthor(server)) >= 2, 'the second forged update is refused and counted');
    // The socket is still open: only the write was refused.
    expect(socket.isClosed()).toBe(false);

    const witness = connect(server.wsUrl, room, links.viewToken);
    await witness.synced();
    expect(textOf(witness, 't1', 'c1')).toBe('Original');
    socket.close();
    other.close();
    [aliceClient, mallory, witness].forEach((client) => client.destroy());
    await server.stop();
  });
});
