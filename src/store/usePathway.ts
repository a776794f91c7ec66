import { useMemo } from 'react';
import { computePathway, type Pathway } from '../analysis/pathway';
import { useEditor } from './EditorContext';

/**
 * The pathway shown (PRODUCT.md §15), computed from the open model; null when none is shown. Read
 * by the canvas (what fades), the pathway panel, the exports and the presentation, so they agree.
 */
export function usePathway(): Pathway | null {
  const boxes = useEditor((state) => state.model?.boxes);
  const links = useEditor((state) => state.model?.links);
  const chosen = useEditor((state) => state.pathwayFor);
  return useMemo(() => (chosen && boxes && links ? computePathway({ boxes, links }, chosen) : null), [boxes, links, chosen]);
}
