/**
 * This computer's models' digests (PRODUCT.md §18), read once for the page and kept current as models
 * are saved here or in another tab: what a box that opens a model, a breadcrumb and a contribution
 * say about the other model, without opening its document.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useRepository } from '../../app/RepositoryContext';
import type { StoredDigest } from '../../storage/repository';

export interface Digests {
  /** null while loading. */
  readonly entries: readonly StoredDigest[] | null;
  readonly byUid: ReadonlyMap<string, StoredDigest>;
}

const EMPTY: Digests = { entries: null, byUid: new Map() };
const DigestsContext = createContext<Digests>(EMPTY);

export function useStoredDigests(): Digests {
  const repository = useRepository();
  const [entries, setEntries] = useState<readonly StoredDigest[] | null>(null);
  useEffect(() => {
    let live = true;
    const read = () => void repository.listDigests().then((list) => live && setEntries(list), () => live && setEntries((old) => old ?? []));
    read();
    const stop = repository.subscribe(read);
    return () => {
      live = false;
      stop();
    };
  }, [repository]);
  return useMemo(() => {
    const byUid = new Map<string, StoredDigest>();
    for (const entry of entries ?? []) if (entry.uid && !byUid.has(entry.uid)) byUid.set(entry.uid, entry);
    return { entries, byUid };
  }, [entries]);
}

export function DigestsProvider({ children }: { children: ReactNode }) {
  const digests = useStoredDigests();
  return <DigestsContext.Provider value={digests}>{children}</DigestsContext.Provider>;
}

export function useDigests(): Digests {
  return useContext(DigestsContext);
}
