/**
 * Comments on the team server: a room's second document (`<room>.comments`) that a commenter may
 * write while the model stays read-only to them; a viewer writes neither. Real server processes,
 * real providers, and hand-made frames for the forged writes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect, contents, createRoom, edit, makeNewLinks, waitFor, type Client } from './clients.js';
import { openRawSocket } from './rawSocket.js';
import { makeDataDir, removeDataDir, startServer, stopAllStartedServers } from './serverProcess.js';

const dataDirs: string[] = [];
afterAll(async () => {
  await stopAllStartedServers();
  dataDirs.forEach(removeDataDir);
});

function freshDataDir(): string {
  const dir = makeDataDir();
  dataDirs.push(dir);
  return dir;
}

const commentsOf = (room: string) => `${room}.comments`;
const threads = (client: Client) => client.doc.getMap<string>('threads').toJSON() as Record<string, string>;
const comment = (client: Client, key: string, text: string) => client.doc.getMap<string>('threads').set(key, text);

describe('comments on the team server', () => {
  it('makes three links per room, and "Make new links" replaces the comment link too', async () => {
    const server = await startServer({ dataDir: freshDataDir() });
    const links = await createRoom(server.httpUrl);
    expect(new Set([links.editToken, links.commentToken, links.viewToken]).size).toBe(3);
    const commenter = connect(server.wsUrl, commentsOf(links.room), links.commentToken);
    await commenter.synced();
    const fresh = (await (await makeNewLinks(server.httpUrl, links.room, links.editToken)).json()) as typeof links;
    expect(fresh.commentToken).not.toBe(links.commentToken);
    await waitFor(() => commenter.closeReasons.some((reason) => /^These links were replaced/.test(reason)), 'the commenter on the comments document is told');
    const late = connect(server.wsUrl, commentsOf(links.room), links.commentToken);
    await waitFor(() => late.refusals.length > 0, 'the old comment link is refused');
    [commenter, late].forEach((client) => client.destroy());
    await server.stop();
  });

  it('lets a commenter write comments that the editor sees, and a viewer read them', async () => {
    const server = await startServer({ dataDir: freshDataDir() });
    const links = await createRoom(server.httpUrl);
    const editor = connect(server.wsUrl, commentsOf(links.room), links.editToken);
    const commenter = connect(server.wsUrl, commentsOf(links.room), links.commentToken);
    const viewer = connect(server.wsUrl, commentsOf(links.room), links.viewToken);
    await Promise.all([editor.synced(), commenter.synced(), viewer.synced()]);
    comment(commenter, 't1', 'Evidence?');
    await waitFor(() => threads(editor).t1 === 'Evidence?', 'the editor sees the comment');
    comment(editor, 't1', 'Evidence? Resolved.');
    await waitFor(() => threads(commenter).t1 === 'Evidence? Resolved.' && threads(viewer).t1 === 'Evidence? Resolved.', 'the commenter and the viewer see the reply');
    [editor, commenter, viewer].forEach((client) => client.destroy());
    await server.stop();
  });

  it('refuses a commenter’s forged write to the model and a viewer’s forged comment: nobody sees either, and the store keeps no trace', async () => {
    const dataDir = freshDataDir();
    const server = await startServer({ dataDir });
    const links = await createRoom(server.httpUrl);
    const editor = connect(server.wsUrl, links.room, links.editToken);
    const editorComments = connect(server.wsUrl, commentsOf(links.room), links.editToken);
    await Promise.all([editor.synced(), editorComments.synced()]);
    edit(editor, 'box-1', 'Original');
    comment(editorComments, 't1', 'First');

    const commenterSocket = await openRawSocket(server.wsUrl);
    commenterSocket.sendAuth(links.room, links.commentToken);
    commenterSocket.sendAuth(commentsOf(links.room), links.commentToken);
    const viewerSocket = await openRawSocket(server.wsUrl);
    viewerSocket.sendAuth(commentsOf(links.room), links.viewToken);
    await waitFor(() => commenterSocket.authReplies.length > 1 && viewerSocket.authReplies.length > 0, 'both are answered');
    // The model is read-only to a commenter; the comments are not. Comments are read-only to a viewer.
    expect(commenterSocket.authReplies).toEqual(['authenticated:readonly', 'authenticated:read-write']);
    expect(viewerSocket.authReplies).toEqual(['authenticated:readonly']);

    const forgedModel = new Y.Doc();
    forgedModel.getMap<string>('boxes').set('box-1', 'Vandalised');
    commenterSocket.sendUpdate(links.room, Y.encodeStateAsUpdate(forgedModel));
    const forgedComment = new Y.Doc();
    forgedComment.getMap<string>('threads').set('t666', 'Injected by a viewer');
    viewerSocket.sendUpdate(commentsOf(links.room), Y.encodeStateAsUpdate(forgedComment));
    // A commenter's real comment, over the same socket, is taken.
    const allowed = new Y.Doc();
    allowed.getMap<string>('threads').set('t2', 'From the commenter');
    commenterSocket.sendUpdate(commentsOf(links.room), Y.encodeStateAsUpdate(allowed));

    edit(editor, 'box-2', 'After');
    const witness = connect(server.wsUrl, links.room, links.editToken);
    const witnessComments = connect(server.wsUrl, commentsOf(links.room), links.editToken);
    await waitFor(() => contents(witness.doc)['box-2'] === 'After' && threads(witnessComments).t2 === 'From the commenter', 'a fresh client sees the later edit and the allowed comment');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(contents(witness.doc)).toEqual({ 'box-1': 'Original', 'box-2': 'After' });
    expect(threads(witnessComments)).toEqual({ t1: 'First', t2: 'From the commenter' });
    expect(threads(editorComments)).toEqual({ t1: 'First', t2: 'From the commenter' });

    commenterSocket.close();
    viewerSocket.close();
    [editor, editorComments, witness, witnessComments].forEach((client) => client.destroy());
    await server.stop();
    const restarted = await startServer({ dataDir });
    const reader = connect(restarted.wsUrl, links.room, links.viewToken);
    const commentsReader = connect(restarted.wsUrl, commentsOf(links.room), links.viewToken);
    await waitFor(() => contents(reader.doc)['box-2'] === 'After' && threads(commentsReader).t2 === 'From the commenter', 'the stored documents load');
    expect(contents(reader.doc)).toEqual({ 'box-1': 'Original', 'box-2': 'After' });
    expect(threads(commentsReader)).toEqual({ t1: 'First', t2: 'From the commenter' });
    [reader, commentsReader].forEach((client) => client.destroy());
    await restarted.stop();
  });
});
