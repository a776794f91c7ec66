import { useCallback, useEffect, useState } from 'react';
import type { ModelRepository, ModelSummary } from '../storage/repository';

export interface ModelLists {
  live: ModelSummary[] | null;
  trash: ModelSummary[];
  error: string | null;
}

/** The stored models and the trash, kept current as this or another tab changes them. */
export function useModelList(repository: ModelRepository): ModelLists & { refresh: () => void } {
  const [lists, setLists] = useState<ModelLists>({ live: null, trash: [], error: null });
  const refresh = useCallback(() => {
    Promise.all([repository.list(), repository.listTrash()]).then(
      ([live, trash]) => setLists({ live, trash, error: null }),
      (error: unknown) => setLists((previous) => ({ ...previous, live: previous.live ?? [], error: error instanceof Error ? error.message : String(error) })),
    );
  }, [repository]);
  useEffect(() => {
    refresh();
    return repository.subscribe(refresh);
  }, [repository, refresh]);
  return { ...lists, refresh };
}
