/** Plans, digests and uids (PRODUCT.md §18) as both repositories keep them. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { analyse } from '../analysis/analyse';
import { digestOf } from '../analysis/plans/digest';
import { rateBox } from '../domain/progressEdits';
import { createDexieRepository } from './dexieRepository';
import { createMemoryRepository } from './memoryRepository';
import type { ModelRepository } from './repository';
import { documentUpdateFor } from '../document/seed';
import { commentsUpdateFor } from '../document/comments';
import { contentOf } from './storedModel';
import { manualClock, sampleContent, storedContent, uniqueChannelName } from './testFixtures';

type Clock = ReturnType<typeof manualClock>;

const implementations: { name: string; open: (clock: Clock) => Promise<ModelRepository> }[] = [
  { name: 'IndexedDB (Dexie on fake-indexeddb)', open: (clock) => createDexieRepository({ indexedDB: new IDBFactory(), IDBKeyRange, channelName: uniqueChannelName(), now: clock.now }) },
  { name: 'memory', open: async (clock) => createMemoryRepository({ now: clock.now }) },
];

describe.each(implementations)('plans and digests: $name', ({ open }) => {
  let repository: ModelRepository;
  afterEach(() => repository?.close());

  it('gives a model made here a uid, keeps an imported one’s, and stores its digest on creation', async () => {
    repository = await open(manualClock());
    const { uid: _uid, ...blank } = sampleContent('Made here');
    const made = await repository.create(blank);
    expect(made.uid).toMatch(/^model-/);
    const imported = await repository.create(sampleContent('Imported'));
    expect(imported.uid).toBe('model-sample');
    const digests = await repository.listDigests();
    const mine = digests.find((entry) => entry.id === made.id)!;
    expect(mine.uid).toBe(made.uid);
    expect(mine.digest).toEqual(digestOf({ ...blank, uid: made.uid }, { flags: analyse({ ...blank, uid: made.uid }) }));
    expect(mine.digest!.finalOutcomes.map((outcome) => outcome.label)).toEqual(['Less reoffending <b>really</b>']);
  });

  it('keeps the digest a save writes, so a plan reads it without the document', async () => {
    repository = await open(manualClock());
    const model = await repository.create(sampleContent());
    const rated = rateBox(sampleContent(), 'b3', { progress: 'at-risk', confidence: 'low', date: '2026-12-01' });
    const digest = digestOf(rated);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, documentUpdateFor(sampleContent()));
    await repository.append(model.id, Y.encodeStateAsUpdate(doc), { title: rated.title, boxCount: 3, uid: 'model-sample', digest }, 5_000);
    const [entry] = await repository.listDigests();
    expect(entry!.digest!.finalOutcomes[0]!.progress).toBe('at-risk');
    expect(entry!.updatedAt).toBe(5_000);
  });

  it('counts open comment threads when comments are stored, and a model’s save keeps the count', async () => {
    repository = await open(manualClock());
    const model = await repository.create(sampleContent());
    const comment = (id: string) => ({ id: `m-${id}`, by: 'Asha', at: '2026-11-30T09:00:00Z', text: 'Evidence?' });
    await repository.appendComments(
      model.id,
      commentsUpdateFor([
        { id: 't1', on: { kind: 'box', id: 'b1' }, comments: [comment('1')] },
        { id: 't2', on: { kind: 'model' }, resolved: { at: '2026-12-01T09:00:00Z', by: 'Ben' }, comments: [comment('2')] },
        { id: 't3', on: { kind: 'box', id: 'b3' }, comments: [comment('3')] },
      ]),
    );
    expect((await repository.listDigests())[0]!.digest!.openComments).toBe(2);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, documentUpdateFor(sampleContent()));
    await repository.append(model.id, Y.encodeStateAsUpdate(doc), { title: 'x', boxCount: 3, digest: digestOf(sampleContent()) }, 9_000);
    expect((await repository.listDigests())[0]!.digest!.openComments).toBe(2);
  });

  it('gives a model without a uid one, in its document, once', async () => {
    repository = await open(manualClock());
    const doc = new Y.Doc();
    const { uid: _uid, ...noUid } = sampleContent('Joined');
    Y.applyUpdate(doc, documentUpdateFor(noUid));
    const id = await repository.createShared(Y.encodeStateAsUpdate(doc), { title: 'Joined', boxCount: 3 }, { server: 'https://models.example.org', room: 'r1', role: 'edit', token: 't' });
    const uid = await repository.ensureUid(id);
    expect(uid).toMatch(/^model-/);
    expect(await repository.ensureUid(id)).toBe(uid);
    expect((await storedContent(repository, id))?.uid).toBe(uid);
    const loaded = await repository.load(id);
    expect(loaded.status === 'ok' && contentOf(loaded.document.updates).uid).toBe(uid);
    expect(await repository.ensureUid('model-gone')).toBeUndefined();
  });

  it('stores plans by name; removing a plan or a model from it never deletes a model', async () => {
    repository = await open(manualClock());
    const a = await repository.create(sampleContent('A'));
    const b = await repository.create(sampleContent('B'));
    await repository.savePlan({ id: 'plan-2', name: 'Riverside', models: [a.id, b.id], createdAt: 1, updatedAt: 1 });
    await repository.savePlan({ id: 'plan-1', name: 'Ardmore', models: [b.id], createdAt: 1, updatedAt: 1 });
    expect((await repository.listPlans()).map((plan) => plan.name)).toEqual(['Ardmore', 'Riverside']);
    await repository.savePlan({ id: 'plan-2', name: 'Riverside', models: [a.id], createdAt: 1, updatedAt: 2 });
    expect((await repository.listPlans())[1]!.models).toEqual([a.id]);
    await repository.deletePlan('plan-2');
    expect((await repository.listPlans()).map((plan) => plan.id)).toEqual(['plan-1']);
    expect((await repository.list()).map((summary) => summary.title).sort()).toEqual(['A', 'B']);
  });
});
