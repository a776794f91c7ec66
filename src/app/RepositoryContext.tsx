import { createContext, useContext } from 'react';
import type { ModelRepository } from '../storage/repository';

export const RepositoryContext = createContext<ModelRepository | null>(null);

export function useRepository(): ModelRepository {
  const repository = useContext(RepositoryContext);
  if (!repository) throw new Error('useRepository needs a RepositoryContext above it');
  return repository;
}
