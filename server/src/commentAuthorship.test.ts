import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { browserAuthor, personAuthor } from './authors.js';
import { checkCommentsUpdate, type Writer } from './commentAuthorship.js';

/** Writes in the app's layout (src/document/comments.ts): threads → thread map → comments map → plain comment. */
const threads = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('threads');
function startThread(doc: Y.Doc, threadId: string, commentId: string, author: string | undefined, text: string): void {
  doc.transact(() => {
    const thread = new Y.Map<unknown>();
    thread.set('on', { kind: 'model' });
    thread.set('label', 'The model');
    const comments = new Y.Map<unknown>();
    comments.set(commentId, { id: commentId, by: 'Someone', at: '2026-12-01T10:00:00Z', text, ...(author ? { author } : {}) });
    thread.set('comments', comments);
    threads(doc).set(threadId, thread);
  });
}
const commentsOf = (doc: Y.Doc, threadId: string) => threads(doc).get(threadId)!.get('comments') as Y.Map<Record<string, string>>;

const alice = { authors: [browserAuthor('A'.repeat(43))], editor: false, author: browserAuthor('A'.repeat(43)) };
const bob = { authors: [browserAuthor('B'.repeat(43))], editor: false, author: browserAuthor('B'.repeat(43)) };
const editor = { authors: [browserAuthor('E'.repeat(43))], editor: true, author: browserAuthor('E'.repeat(43)) };
const keyless: Writer = { authors: [], editor: false };

/** A server's document and a writer's synced copy: the writer's change is checked as the server would, then applied if allowed. */
function room() {
  const server = new Y.Doc();
  return {
    server,
    write(writer: Writer, change: (doc: Y.Doc) => void) {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
      const before = Y.encodeStateVector(copy);
      change(copy);
      const update = Y.encodeStateAsUpdate(copy, before);
      const verdict = checkCommentsUpdate(server, update, writer);
      if (verdict.ok) Y.applyUpdate(server, update);
      return verdict;
    },
  };
}

describe('checking who may change a comment', () => {
  it('lets people start threads and reply, in their own name', () => {
    const r = room();
    expect(r.write(alice, (doc) => startThread(doc, 't1', 'c1', alice.author, 'Evidence?'))).toEqual({ ok: true });
    expect(r.write(bob, (doc) => commentsOf(doc, 't1').set('c2', { id: 'c2', by: 'Bob', at: '2026-12-01T11:00:00Z', text: 'Here.', author: bob.author! }))).toEqual({ ok: true });
    expect([...commentsOf(r.server, 't1').keys()].sort()).toEqual(['c1', 'c2']);
  });

  it('lets an author edit and delete their own comment, and refuses anyone else, an editor too', () => {
    const r = room();
    r.write(alice, (doc) => startThread(doc, 't1', 'c1', alice.author, 'Evidence?'));
    const edited = (doc: Y.Doc) => commentsOf(doc, 't1').set('c1', { ...commentsOf(doc, 't1').get('c1')!, text: 'Rewritten' });
    expect(r.write(bob, edited)).toEqual({ ok: false, why: 'not-author' });
    expect(r.write(editor, edited)).toEqual({ ok: false, why: 'not-author' });
    expect(r.write(keyless, edited)).toEqual({ ok: false, why: 'not-author' });
    expect(r.write(bob, (doc) => commentsOf(doc, 't1').delete('c1'))).toEqual({ ok: false, why: 'not-author' });
    expect(r.write(bob, (doc) => threads(doc).delete('t1'))).toEqual({ ok: false, why: 'not-author' });
    expect(r.write(bob, (doc) => threads(doc).get('t1')!.set('comments', new Y.Map()))).toEqual({ ok: false, why: 'not-author' });
    // Claiming to be Alice in a new comment that replaces hers changes nothing either.
    expect(r.write(bob, (doc) => commentsOf(doc, 't1').set('c1', { id: 'c1', by: 'Alice', at: '2026-12-01T10:00:00Z', text: 'Forged', author: alice.author! }))).toEqual({ ok: false, why: 'not-author' });
    expect(commentsOf(r.server, 't1').get('c1')?.text).toBe('Evidence?');
    expect(r.write(alice, edited)).toEqual({ ok: true });
    expect(commentsOf(r.server, 't1').get('c1')?.text).toBe('Rewritten');
    expect(r.write(alice, (doc) => threads(doc).delete('t1'))).toEqual({ ok: true });
    expect(threads(r.server).has('t1')).toBe(false);
  });

  it('lets anyone who comments resolve and reopen a thread, and refresh its label', () => {
    const r = room();
    r.write(alice, (doc) => startThread(doc, 't1', 'c1', alice.author, 'Evidence?'));
    expect(r.write(bob, (doc) => threads(doc).get('t1')!.set('resolved', { at: '2026-12-02T09:00:00Z', by: 'Bob' }))).toEqual({ ok: true });
    expect(r.write(editor, (doc) => threads(doc).get('t1')!.delete('resolved'))).toEqual({ ok: true });
    expect(r.write(bob, (doc) => threads(doc).get('t1')!.set('label', 'Renamed box'))).toEqual({ ok: true });
    expect(r.write(bob, (doc) => threads(doc).get('t1')!.set('on', { kind: 'box', id: 'elsewhere' }))).toEqual({ ok: false, why: 'not-author' });
  });

  it('keeps comments with no author to editors, and refuses writes outside the threads', () => {
    const r = room();
    expect(r.write(editor, (doc) => startThread(doc, 't1', 'c1', undefined, 'Imported'))).toEqual({ ok: true });
    expect(r.write(alice, (doc) => commentsOf(doc, 't1').delete('c1'))).toEqual({ ok: false, why: 'not-author' });
    expect(r.write(editor, (doc) => commentsOf(doc, 't1').set('c1', { ...commentsOf(doc, 't1').get('c1')!, text: 'Tidied' }))).toEqual({ ok: true });
    expect(r.write(alice, (doc) => doc.getMap('elsewhere').set('x', 1))).toEqual({ ok: false, why: 'outside-threads' });
    expect(r.write(alice, (doc) => doc.getArray('threads2').push([1])).ok).toBe(false);
  });

  it('holds across many writes in a row from one copy (entries that overwrite entries of the same update)', () => {
    const r = room();
    expect(
      r.write(alice, (doc) => {
        startThread(doc, 't1', 'c1', alice.author, 'One');
        commentsOf(doc, 't1').set('c1', { ...commentsOf(doc, 't1').get('c1')!, text: 'Two' });
        commentsOf(doc, 't1').set('c1', { ...commentsOf(doc, 't1').get('c1')!, text: 'Three' });
      }),
    ).toEqual({ ok: true });
    expect(r.write(bob, (doc) => {
      commentsOf(doc, 't1').set('c9', { id: 'c9', by: 'Bob', at: '2026-12-01T12:00:00Z', text: 'Mine', author: bob.author! });
      commentsOf(doc, 't1').set('c1', { ...commentsOf(doc, 't1').get('c1')!, text: 'And hers' });
    })).toEqual({ ok: false, why: 'not-author' });
    expect(commentsOf(r.server, 't1').toJSON()).toEqual({ c1: expect.objectContaining({ text: 'Three' }) });
  });

  it('lets a signed-in person change what they wrote under either of their ids, and no one else’s', () => {
    const r = room();
    const person = personAuthor('https://login.example', 'sub-1');
    r.write(alice, (doc) => startThread(doc, 't1', 'c1', alice.author, 'From Alice’s browser'));
    r.write({ authors: [person], editor: false }, (doc) => startThread(doc, 't2', 'c2', person, 'Signed in'));
    const signedInOnAlicesBrowser: Writer = { authors: [alice.author, person], editor: false };
    expect(r.write(signedInOnAlicesBrowser, (doc) => commentsOf(doc, 't1').delete('c1'))).toEqual({ ok: true });
    expect(r.write({ authors: [person], editor: false }, (doc) => commentsOf(doc, 't2').set('c2', { ...commentsOf(doc, 't2').get('c2')!, text: 'Edited elsewhere' }))).toEqual({ ok: true });
    expect(r.write(bob, (doc) => commentsOf(doc, 't2').delete('c2'))).toEqual({ ok: false, why: 'not-author' });
  });
});
