import { useMemo } from 'react';
import { computePathway, type Pathway } from '../analysis/pathway';
import { useEditor } from './EditorContext';

/**
 * The pathway shown (PRODUCT.md §15), computed from the open model; null when none is shown. Read
 * by the canvas (what fades), the pathway panel, the exports and the presentation, so they agree.
 * `active` false reads nothing (a closed dialog).
 */
export function usePathway(active = true): Pathway | null {
  // Subscribed to the model only while a pathway is shown (and the caller needs it): otherwise a
  // keystroke in a label would re-render every reader for nothing.
  const chosen = useEditor((state) => (active ? state.pathwayFor : null));
  const boxes = useEditor((state) => (chosen ? state.model?.boxes : undefined));
  const links = useEditor((state) => (chosen ? state.model?.links : undefined));
  return useMemo(() => (chosen && boxes && links ? computePathway({ boxes, links }, chosen) : null), [boxes, links, chosen]);
}
