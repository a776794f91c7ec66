import { MODEL_FILE_VERSION } from './format';
import { describe, expect, it } from 'vitest';
import type { Thread } from '../domain/comments';
import { sampleContent } from '../storage/testFixtures';
import { MIGRATIONS } from './migrations';
import { parseModelFile } from './parse';
import { serialiseModel, toModelDocument } from './serialise';

const THREADS: Thread[] = [
  {
    id: 't1',
    on: { kind: 'box', id: 'b1' },
    resolved: { at: '2026-12-01T10:00:00Z', by: 'Asha' },
    comments: [
      { id: 'm1', by: 'Asha', at: '2026-11-30T09:00:00Z', text: 'Evidence?\nSee <b>page 4</b>' },
      { id: 'm2', by: 'Ben', at: '2026-11-30T10:00:00Z', text: 'Added.', editedAt: '2026-11-30T10:05:00Z' },
    ],
  },
  { id: 't2', on: { kind: 'model' }, comments: [{ id: 'm3', by: 'Cara', at: '2026-11-30T11:00:00Z', text: 'Ready for the board.' }] },
  { id: 't3', on: { kind: 'link', id: 'l2' }, comments: [{ id: 'm4', by: 'Cara', at: '2026-11-30T11:00:00Z', text: 'Why?' }] },
];

function fileWith(change: (doc: any) => void): string {
  const doc = structuredClone(toModelDocument(sampleContent(), [], THREADS)) as any;
  change(doc);
  return JSON.stringify(doc);
}

function errorOf(text: string): string {
  const result = parseModelFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('model file version 3: comments', () => {
  it('round trip: the threads come back as they went, markup and line breaks as plain text', () => {
    const text = serialiseModel(sampleContent(), [], THREADS);
    const parsed = parseModelFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.comments).toEqual(THREADS);
    expect(serialiseModel(parsed.model, parsed.versions, parsed.comments)).toBe(text);
  });

  it('writes the shape PRODUCT.md §7 gives', () => {
    const doc = toModelDocument(sampleContent(), [], THREADS);
    expect(doc.formatVersion).toBe(MODEL_FILE_VERSION);
    expect((doc.comments as unknown[])[0]).toEqual({
      id: 't1',
      on: { kind: 'box', id: 'b1' },
      resolved: { at: '2026-12-01T10:00:00Z', by: 'Asha' },
      comments: [
        { id: 'm1', by: 'Asha', at: '2026-11-30T09:00:00Z', text: 'Evidence?\nSee <b>page 4</b>' },
        { id: 'm2', by: 'Ben', at: '2026-11-30T10:00:00Z', text: 'Added.', editedAt: '2026-11-30T10:05:00Z' },
      ],
    });
    expect((doc.comments as unknown[])[1]).toEqual({ id: 't2', on: { kind: 'model' }, comments: [{ id: 'm3', by: 'Cara', at: '2026-11-30T11:00:00Z', text: 'Ready for the board.' }] });
    expect(toModelDocument(sampleContent())).not.toHaveProperty('comments');
  });

  it('keeps a thread on an id the model lacks (an orphan) instead of refusing the file', () => {
    const parsed = parseModelFile(fileWith((doc) => (doc.comments[0].on.id = 'gone')));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.comments[0]?.on).toEqual({ kind: 'box', id: 'gone' });
  });

  it.each([
    ['not a list', (doc: any) => (doc.comments = {}), '"comments" must be a list, but it is an object.'],
    ['a thread with no on', (doc: any) => delete doc.comments[1].on, 'Comment thread 2 ("t2") has no "on".'],
    ['an unknown kind', (doc: any) => (doc.comments[0].on.kind = 'lane'), 'Comment thread 1 ("t1"): "on.kind" must be "box", "link", "condition" or "model", but it is text "lane".'],
    ['a box thread without an id', (doc: any) => delete doc.comments[0].on.id, 'Comment thread 1 ("t1")\'s "on" has no "id".'],
    ['a comment with a bad time', (doc: any) => (doc.comments[0].comments[1].at = 'yesterday'), 'Comment thread 1 ("t1"), comment 2: "at" must be a date and time written like 2026-11-30T09:00:00Z, but it is text "yesterday".'],
    ['a comment with no text', (doc: any) => delete doc.comments[2].comments[0].text, 'Comment thread 3 ("t3"), comment 1 has no "text".'],
    ['a comment over 5,000 characters', (doc: any) => (doc.comments[2].comments[0].text = 'x'.repeat(5001)), 'Comment thread 3 ("t3"), comment 1 is 5,001 characters long; a comment can be at most 5,000.'],
    ['an empty thread', (doc: any) => (doc.comments[1].comments = []), 'Comment thread 2 ("t2") has no comments in it.'],
    ['two threads with one id', (doc: any) => (doc.comments[1].id = 't1'), 'Two comment threads have the id "t1"; every thread needs its own id.'],
    ['a resolution with no author', (doc: any) => delete doc.comments[0].resolved.by, 'Comment thread 1 ("t1")\'s "resolved" has no "by".'],
  ])('refuses %s, naming the thread and the comment', (_name, change, message) => {
    expect(errorOf(fileWith(change))).toBe(message);
  });

  it('a version-2 file with a stray "comments" field imports without it', () => {
    const doc = { ...toModelDocument(sampleContent()), formatVersion: 2, comments: 'not ours' };
    const parsed = parseModelFile(JSON.stringify(doc));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.comments).toEqual([]);
    expect(MIGRATIONS[2]?.(doc)).not.toHaveProperty('comments');
  });
});
