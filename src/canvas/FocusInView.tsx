import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';

/** Room kept between what takes focus and the canvas's edge, clear of the zoom controls and the overview map's corner. */
const MARGIN = 56;

/**
 * Brings whatever takes focus on the canvas into view (WCAG 2.2, 2.4.11 Focus Not Obscured): a box,
 * a link, a lane's "Add box" button. React Flow pans only for a box, and only when it is wholly out
 * of the view; a lane's button, drawn in a lane node that cannot take focus itself, was left where
 * it was, thousands of pixels off screen once zoomed in.
 */
export function FocusInView() {
  const flowStore = useStoreApi();
  const { getViewport, setViewport } = useReactFlow();
  useEffect(() => {
    const root = flowStore.getState().domNode;
    if (!root) return;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      // Keyboard focus only, as React Flow's own: a box clicked half off screen must not jump away from a starting drag.
      if (!(target instanceof Element) || !target.closest('.react-flow__viewport') || !target.matches(':focus-visible')) return;
      // The browser may have scrolled an inner layer to show it; React Flow draws by its own transform instead.
      for (let element: Element | null = target.parentElement; element && element !== root.parentElement; element = element.parentElement) {
        if (element.scrollLeft || element.scrollTop) element.scrollTo({ left: 0, top: 0, behavior: 'instant' });
      }
      const view = visibleArea(root);
      const box = target.getBoundingClientRect();
      const dx = shift(box.left, box.right, view.left + MARGIN, view.right - MARGIN);
      const dy = shift(box.top, box.bottom, view.top + MARGIN, view.bottom - MARGIN);
      if (!dx && !dy) return;
      const { x, y, zoom } = getViewport();
      void setViewport({ x: x + dx, y: y + dy, zoom });
    };
    root.addEventListener('focusin', onFocusIn);
    return () => root.removeEventListener('focusin', onFocusIn);
  }, [flowStore, getViewport, setViewport]);
  return null;
}

/**
 * The part of the canvas nothing covers: a panel laid over its top (marked `data-covers-canvas`,
 * such as the pathway panel) takes its height off.
 */
function visibleArea(root: HTMLElement): { left: number; right: number; top: number; bottom: number } {
  const canvas = root.getBoundingClientRect();
  let top = canvas.top;
  for (const cover of document.querySelectorAll('[data-covers-canvas]')) {
    const box = cover.getBoundingClientRect();
    if (box.top <= top + 1 && box.bottom > top && box.left <= canvas.left + 1 && box.right >= canvas.right - 1) top = box.bottom;
  }
  return { left: canvas.left, right: canvas.right, top, bottom: canvas.bottom };
}

/** How far to move [start, end] so that it lies within [min, max]; its start wins when it is too big to fit. */
function shift(start: number, end: number, min: number, max: number): number {
  if (start < min) return min - start;
  if (end > max) return Math.max(max - end, min - start);
  return 0;
}
