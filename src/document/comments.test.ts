import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Thread } from '../domain/comments';
import { addReply, commentsUpdateFor, deleteComment, editComment, readLabels, readThreads, seedThreads, setResolved, startThread, THREADS_MAP } from './comments';

const thread: Thread = { id: 't1', on: { kind: 'box', id: 'b1' }, comments: [{ id: 'm1', by: 'Asha', at: '2026-11-30T09:00:00Z', text: 'Evidence?' }] };

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('the comments document', () => {
  it('gives back the threads written into it, with the label of their target', () => {
    const doc = new Y.Doc();
    startThread(doc, thread, 'Pooled budget');
    expect(readThreads(doc)).toEqual([thread]);
    expect(readLabels(doc).get('t1')).toBe('Pooled budget');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, commentsUpdateFor([thread]));
    expect(readThreads(copy)).toEqual([thread]);
  });

  it('keeps both replies when two people reply at once, oldest first', () => {
    const a = new Y.Doc();
    startThread(a, thread, undefined);
    const b = new Y.Doc();
    sync(a, b);
    addReply(a, 't1', { id: 'm2', by: 'Asha', at: '2026-11-30T10:00:00Z', text: 'Anyone?' });
    addReply(b, 't1', { id: 'm3', by: 'Ben', at: '2026-11-30T09:30:00Z', text: 'Page 4.' });
    sync(a, b);
    expect(readThreads(a)[0]?.comments.map((comment) => comment.id)).toEqual(['m1', 'm3', 'm2']);
    expect(readThreads(b)).toEqual(readThreads(a));
  });

  it('resolves, reopens, edits, and deletes; a thread with no comment left is gone', () => {
    const doc = new Y.Doc();
    startThread(doc, thread, undefined);
    setResolved(doc, 't1', { at: '2026-11-30T11:00:00Z', by: 'Ben' });
    expect(readThreads(doc)[0]?.resolved).toEqual({ at: '2026-11-30T11:00:00Z', by: 'Ben' });
    setResolved(doc, 't1', null);
    expect(readThreads(doc)[0]?.resolved).toBeUndefined();
    editComment(doc, 't1', 'm1', 'Evidence, please?', '2026-11-30T12:00:00Z');
    expect(readThreads(doc)[0]?.comments[0]).toEqual({ id: 'm1', by: 'Asha', at: '2026-11-30T09:00:00Z', text: 'Evidence, please?', editedAt: '2026-11-30T12:00:00Z' });
    deleteComment(doc, 't1', 'm1');
    expect(readThreads(doc)).toEqual([]);
  });

  it('skips anything in the document that is not a thread, and never throws on it', () => {
    const doc = new Y.Doc();
    seedThreads(doc, [thread]);
    doc.getMap(THREADS_MAP).set('junk', 'not a thread' as never);
    const bad = new Y.Map<unknown>();
    bad.set('on', { kind: 'lane' });
    doc.getMap(THREADS_MAP).set('bad', bad as never);
    // A comment longer than the app ever sends (a tampered partner's) is left out too.
    addReply(doc, 't1', { id: 'm-long', by: 'Mallory', at: '2026-11-30T10:00:00Z', text: 'x'.repeat(5001) });
    expect(readThreads(doc)).toEqual([thread]);
  });
});
