import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { openRepository, type OpenedRepository } from './openRepository';
import { sampleContent, uniqueChannelName } from './testFixtures';

const opened: OpenedRepository[] = [];

async function open(...args: Parameters<typeof openRepository>): Promise<OpenedRepository> {
  const result = await openRepository(...args);
  opened.push(result);
  return result;
}

afterEach(() => {
  for (const { repository } of opened.splice(0)) repository.close();
});

describe('openRepository', () => {
  it('uses IndexedDB when the browser has it, with no problem to report', async () => {
    const { repository, problem } = await open({ indexedDB: new IDBFactory(), IDBKeyRange, channelName: uniqueChannelName() });
    expect(repository.kind).toBe('indexeddb');
    expect(problem).toBeUndefined();
  });

  it('falls back to memory, with a plain-English banner, when there is no IndexedDB', async () => {
    expect(globalThis.indexedDB).toBeUndefined();
    const { repository, problem } = await open();
    expect(repository.kind).toBe('memory');
    expect(problem).toMatch(/kept in this tab only\. Export your model to a file to keep it\.$/);
    const created = await repository.create(sampleContent());
    expect(await repository.load(created.id)).toMatchObject({ status: 'ok', document: { id: created.id, title: created.title } });
  });

  it('falls back to memory when IndexedDB is there but will not open', async () => {
    const real = new IDBFactory();
    const broken: IDBFactory = {
      open: () => {
        throw new DOMException('Storage is disabled in this window.', 'InvalidStateError');
      },
      deleteDatabase: (name) => real.deleteDatabase(name),
      cmp: (first, second) => real.cmp(first, second),
      databases: () => real.databases(),
    };
    const { repository, problem } = await open({ indexedDB: broken, IDBKeyRange, channelName: uniqueChannelName() });
    expect(repository.kind).toBe('memory');
    expect(problem).toContain('IndexedDB is unavailable');
  });
});
