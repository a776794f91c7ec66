/**
 * Where a box that opens another model shows it (PRODUCT.md §18). The canvas keeps the place; the
 * page gives what goes in it (src/ui/plans' badge, which knows this computer's models), so the canvas
 * needs nothing from the pages above it.
 */
import { createContext, useContext, type ComponentType } from 'react';
import type { ModelOpening } from '../domain/model';

export const OpensBadgeContext = createContext<ComponentType<{ opens: ModelOpening }> | null>(null);

export function BoxOpensSlot({ opens }: { opens: ModelOpening }) {
  const Badge = useContext(OpensBadgeContext);
  return Badge ? <Badge opens={opens} /> : null;
}
