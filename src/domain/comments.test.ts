import { describe, expect, it } from 'vitest';
import { addBox, deleteBoxes } from './edits';
import { sampleContent } from '../storage/testFixtures';
import { attachmentOf, commentTextProblem, hasNews, isOwnComment, listThreads, MAX_COMMENT_LENGTH, openCounts, openCountWords, targetLabel, type Thread } from './comments';

const comment = (id: string, by: string, at: string, text = 'Evidence?') => ({ id, by, at, text });
const onBox = (id: string, box: string, at: string, resolved?: boolean): Thread => ({
  id,
  on: { kind: 'box', id: box },
  ...(resolved ? { resolved: { at: '2026-12-01T12:00:00Z', by: 'Asha' } } : {}),
  comments: [comment(`${id}-m1`, 'Ben', at)],
});

describe('comment threads', () => {
  it('counts open threads per box or link, and reads the count out in words', () => {
    const threads = [onBox('t1', 'b1', '2026-11-30T09:00:00Z'), onBox('t2', 'b1', '2026-11-30T10:00:00Z'), onBox('t3', 'b1', '2026-11-30T11:00:00Z', true), { id: 't4', on: { kind: 'link', id: 'l1' }, comments: [comment('m4', 'Ben', '2026-11-30T09:00:00Z')] } as Thread];
    const counts = openCounts(threads);
    expect(counts.get('box:b1')).toBe(2);
    expect(counts.get('link:l1')).toBe(1);
    expect(counts.get('box:b2')).toBeUndefined();
    expect(openCountWords(2)).toBe('2 open comments');
    expect(openCountWords(1)).toBe('1 open comment');
  });

  it('lists open threads first, newest news first, and filters open, resolved or all', () => {
    const threads = [onBox('old', 'b1', '2026-11-01T09:00:00Z'), onBox('done', 'b2', '2026-11-30T09:00:00Z', true), onBox('new', 'b3', '2026-11-20T09:00:00Z')];
    expect(listThreads(threads, 'all').map((thread) => thread.id)).toEqual(['new', 'old', 'done']);
    expect(listThreads(threads, 'open').map((thread) => thread.id)).toEqual(['new', 'old']);
    expect(listThreads(threads, 'resolved').map((thread) => thread.id)).toEqual(['done']);
  });

  it('says what a thread is on, and names a deleted box as an orphan that re-attaches when the box returns', () => {
    const model = sampleContent();
    const thread = onBox('t1', 'b2', '2026-11-30T09:00:00Z');
    expect(attachmentOf(thread, model)).toEqual({ attached: true, words: 'On box ‘Joint case reviews’ (Activities)' });
    const label = targetLabel(thread.on, model);
    const without = deleteBoxes(model, ['b2']);
    expect(attachmentOf(thread, without, label)).toEqual({ attached: false, words: 'On a deleted box ‘Joint case reviews’' });
    expect(attachmentOf(thread, without)).toEqual({ attached: false, words: 'On a deleted box' });
    // The box comes back (undo, restore): the same thread is attached again, nothing to rewrite.
    const back = addBox(without, { id: 'b2', level: 'activities', label: 'Joint case reviews' });
    expect(attachmentOf(thread, back).attached).toBe(true);
  });

  it('names links, conditions and the whole model', () => {
    const model = sampleContent();
    expect(attachmentOf({ id: 't', on: { kind: 'link', id: 'l1' }, comments: [] }, model).words).toBe('On link ‘Pooled budget’ → ‘Joint case reviews’');
    expect(attachmentOf({ id: 't', on: { kind: 'model' }, comments: [] }, model).words).toBe('On the whole model');
    expect(attachmentOf({ id: 't', on: { kind: 'condition', id: 'nope' }, comments: [] }, model).attached).toBe(false);
  });

  it('refuses an empty comment and one over 5,000 characters, with a message', () => {
    expect(commentTextProblem('  ')).toBe('Type a comment first.');
    expect(commentTextProblem('x'.repeat(MAX_COMMENT_LENGTH))).toBeNull();
    expect(commentTextProblem('x'.repeat(MAX_COMMENT_LENGTH + 1))).toBe('A comment can be at most 5,000 characters; this one has 5,001.');
  });

  it('marks a thread as news when someone else wrote after this person last looked', () => {
    const thread = onBox('t1', 'b1', '2026-11-30T09:00:00Z');
    expect(hasNews(thread, undefined, 'Asha')).toBe(true);
    expect(hasNews(thread, '2026-11-30T09:00:00Z', 'Asha')).toBe(false);
    expect(hasNews(thread, undefined, 'Ben')).toBe(false);
    const replied = { ...thread, comments: [...thread.comments, comment('m2', 'Cara', '2026-11-30T10:00:00Z')] };
    expect(hasNews(replied, '2026-11-30T09:00:00Z', 'Asha')).toBe(true);
  });
});

describe('one’s own comment', () => {
  const comment = { id: 'c1', by: 'Sam', at: '2026-12-01T10:00:00Z', text: 'Evidence?' };
  it('is known by its author id where it has one (the team server allows no other), else by name', () => {
    expect(isOwnComment({ ...comment, author: 'b:mine' }, 'Sam', 'b:mine')).toBe(true);
    expect(isOwnComment({ ...comment, author: 'b:theirs' }, 'Sam', 'b:mine')).toBe(false);
    expect(isOwnComment(comment, 'Sam', 'b:mine')).toBe(true);
    expect(isOwnComment(comment, 'Alex', 'b:mine')).toBe(false);
  });
});
