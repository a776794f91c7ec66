// @vitest-environment jsdom
/** An open model's comments: stored in this browser beside the model, never in its undo. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteBoxes } from '../domain/edits';
import { attachmentOf } from '../domain/comments';
import { createDexieRepository } from '../storage/dexieRepository';
import type { ModelRepository } from '../storage/repository';
import { sampleContent, uniqueChannelName } from '../storage/testFixtures';
import { openCommentsSession, type CommentsSession } from './commentsSession';
import { createEditorStore, currentModel } from './editorStore';

const opened: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const item of opened.splice(0).reverse()) await item.close();
  localStorage.clear();
});

async function setUp(): Promise<{ repository: ModelRepository; modelId: string; open: () => Promise<CommentsSession>; editor: ReturnType<typeof createEditorStore> }> {
  const repository = await createDexieRepository({ indexedDB: new IDBFactory(), IDBKeyRange, channelName: uniqueChannelName() });
  opened.push(repository);
  const model = await repository.create(sampleContent());
  const editor = createEditorStore();
  editor.getState().open(model);
  const open = async () => {
    const session = await openCommentsSession(repository, model.id, editor, () => 'Asha');
    opened.push(session);
    return session;
  };
  return { repository, modelId: model.id, open, editor };
}

describe('comments session', () => {
  it('stores a thread, its reply and its resolution, and reads them back after a reload', async () => {
    const { open } = await setUp();
    const first = await open();
    expect(first.store.getState().start({ kind: 'box', id: 'b1' }, 'Evidence?\n<b>now</b>', 'Asha')).toBeNull();
    const threadId = first.store.getState().threads[0]!.id;
    expect(first.store.getState().reply(threadId, 'Page 4.', 'Asha')).toBeNull();
    first.store.getState().resolve(threadId, 'Asha');
    expect(first.store.getState().openCounts.get('box:b1')).toBeUndefined();
    await first.close();

    const again = await open();
    const [thread] = again.store.getState().threads;
    expect(thread?.comments.map((comment) => comment.text)).toEqual(['Evidence?\n<b>now</b>', 'Page 4.']);
    expect(thread?.resolved?.by).toBe('Asha');
  });

  it('counts open threads per box for the badges, and refuses a comment over 5,000 characters', async () => {
    const { open } = await setUp();
    const session = await open();
    session.store.getState().start({ kind: 'box', id: 'b1' }, 'One', 'Asha');
    session.store.getState().start({ kind: 'box', id: 'b1' }, 'Two', 'Asha');
    expect(session.store.getState().openCounts.get('box:b1')).toBe(2);
    expect(session.store.getState().start({ kind: 'box', id: 'b1' }, 'x'.repeat(5001), 'Asha')).toMatch(/at most 5,000 characters/);
    expect(session.store.getState().threads).toHaveLength(2);
  });

  it('is not part of undo: undoing the model leaves comments, and a deleted box leaves an orphan that undo re-attaches', async () => {
    const { open, editor } = await setUp();
    const session = await open();
    session.store.getState().start({ kind: 'box', id: 'b2' }, 'Why this box?', 'Asha');
    editor.getState().apply((model) => deleteBoxes(model, ['b2']));
    const thread = session.store.getState().threads[0]!;
    const label = session.store.getState().labels.get(thread.id);
    expect(attachmentOf(thread, currentModel(editor.getState())!, label).words).toBe('On a deleted box ‘Joint case reviews’');
    editor.getState().undo();
    expect(session.store.getState().threads).toHaveLength(1);
    expect(attachmentOf(thread, currentModel(editor.getState())!, label).attached).toBe(true);
    // And the comment itself is not undone by the model's undo.
    editor.getState().undo();
    expect(session.store.getState().threads).toHaveLength(1);
  });

  it('shows a comment stored by another tab of this browser without a reload', async () => {
    const indexedDB = new IDBFactory();
    const channelName = uniqueChannelName();
    const first = await createDexieRepository({ indexedDB, IDBKeyRange, channelName });
    const second = await createDexieRepository({ indexedDB, IDBKeyRange, channelName });
    opened.push(first, second);
    const model = await first.create(sampleContent());
    const editorA = createEditorStore();
    editorA.getState().open(model);
    const editorB = createEditorStore();
    editorB.getState().open(model);
    const tabA = await openCommentsSession(first, model.id, editorA, () => 'Asha');
    const tabB = await openCommentsSession(second, model.id, editorB, () => 'Asha');
    opened.push(tabA, tabB);
    tabA.store.getState().start({ kind: 'box', id: 'b1' }, 'From tab A', 'Asha');
    for (let turn = 0; turn < 500 && !tabB.store.getState().threads.length; turn++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(tabB.store.getState().threads.map((thread) => thread.comments[0]?.text)).toEqual(['From tab A']);
  });

  it('a viewer cannot write comments', async () => {
    const { open } = await setUp();
    const session = await open();
    session.store.getState().setCanComment(false);
    expect(session.store.getState().start({ kind: 'model' }, 'Hello', 'Asha')).toMatch(/Only people who can comment/);
    expect(session.store.getState().threads).toEqual([]);
  });

  it('marks threads by others as news until this person looks at them', async () => {
    const { open } = await setUp();
    const session = await open();
    session.store.getState().start({ kind: 'model' }, 'From Ben', 'Ben');
    const id = session.store.getState().threads[0]!.id;
    expect(session.store.getState().news.has(id)).toBe(true);
    session.store.getState().markSeen(id);
    expect(session.store.getState().news.has(id)).toBe(false);
    session.store.getState().start({ kind: 'model' }, 'Mine', 'Asha');
    expect(session.store.getState().news.size).toBe(0);
  });
});
