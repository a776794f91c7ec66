/**
 * Picks the repository the app runs on: IndexedDB when the browser allows it, otherwise memory,
 * with the sentence for the banner that says why work is kept in this tab only.
 */
import { createDexieRepository, type DexieRepositoryOptions } from './dexieRepository';
import { createMemoryRepository } from './memoryRepository';
import type { ModelRepository } from './repository';
import { UNAVAILABLE_MESSAGE } from './storageErrors';

export { describeStorageError } from './storageErrors';

export interface OpenedRepository {
  readonly repository: ModelRepository;
  /** Plain-English banner text when storage fell back to memory; absent when all is well. */
  readonly problem?: string;
  /** What the browser threw when IndexedDB would not open, for diagnostics; never shown as is. */
  readonly cause?: unknown;
}

/** The options reach createDexieRepository; the app passes none, tests pass their own IndexedDB. */
export async function openRepository(options: DexieRepositoryOptions = {}): Promise<OpenedRepository> {
  let indexedDBPresent: boolean;
  try {
    indexedDBPresent = Boolean(options.indexedDB ?? globalThis.indexedDB);
  } catch {
    indexedDBPresent = false;
  }
  if (!indexedDBPresent) return { repository: createMemoryRepository(), problem: UNAVAILABLE_MESSAGE };
  try {
    return { repository: await createDexieRepository(options) };
  } catch (cause) {
    // Opening failed (private mode, blocked storage, a broken profile): memory keeps editing going.
    return { repository: createMemoryRepository(), problem: UNAVAILABLE_MESSAGE, cause };
  }
}
