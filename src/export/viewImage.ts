/**
 * "Image of the current view": exactly what is on screen, cloned from the page by html-to-image
 * (pinned to 1.11.11: later versions drop React Flow's edges). Slow on big models (PRODUCT.md §8),
 * which is why the board-paper formats are drawn from the model instead. Loaded only when used.
 */
import { PAGE_STYLE } from './theme';

/**
 * Screen furniture that does not belong in a picture of the model. The legend stays: it is on
 * screen, and a reader of the picture needs it to tell the link styles apart.
 */
const LEFT_OUT_CLASSES = ['react-flow__controls', 'react-flow__minimap', 'react-flow__attribution'];

export function belongsInViewImage(node: Node): boolean {
  if (!(node instanceof Element)) return true;
  if (node.hasAttribute('data-export-ignore')) return false;
  return !LEFT_OUT_CLASSES.some((name) => node.classList.contains(name));
}

export async function imageOfCurrentView(element: HTMLElement): Promise<Blob> {
  const { toBlob } = await import('html-to-image');
  const blob = await toBlob(element, { backgroundColor: PAGE_STYLE.background, filter: belongsInViewImage });
  if (!blob) throw new Error('The browser could not make an image of the view.');
  return blob;
}
