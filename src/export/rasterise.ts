/**
 * PNG from the model's SVG (browser only): the SVG is drawn onto a canvas at the planned size. The
 * SVG refers to nothing outside itself, so loading it needs no network and cannot taint the canvas.
 */
import type { RasterPlan } from './size';
import { PAGE_STYLE } from './theme';

export async function svgToPngBlob(svg: string, plan: RasterPlan): Promise<Blob> {
  const image = await loadSvgImage(withPixelSize(svg, plan.drawWidth, plan.drawHeight));
  const canvas = document.createElement('canvas');
  canvas.width = plan.width;
  canvas.height = plan.height;
  try {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser could not make a drawing surface for the image.');
    context.fillStyle = PAGE_STYLE.background;
    context.fillRect(0, 0, plan.width, plan.height);
    context.drawImage(image, plan.offsetX, plan.offsetY, plan.drawWidth, plan.drawHeight);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the image as PNG.'))), 'image/png');
    });
  } finally {
    // Gives the (possibly very large) pixel buffer back at once rather than at garbage collection.
    canvas.width = 0;
    canvas.height = 0;
  }
}

/**
 * The SVG with its root width and height set to the size it will be drawn at, so the browser draws
 * its vectors at that resolution instead of enlarging a 1× bitmap. The viewBox keeps the drawing.
 */
export function withPixelSize(svg: string, width: number, height: number): string {
  const start = svg.indexOf('<svg');
  const end = svg.indexOf('>', start);
  if (start < 0 || end < 0) throw new Error('Not an SVG document.');
  const rootTag = svg
    .slice(start, end)
    .replace(/\swidth="[^"]*"/, ` width="${width}"`)
    .replace(/\sheight="[^"]*"/, ` height="${height}"`);
  return svg.slice(0, start) + rootTag + svg.slice(end);
}

function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  return new Promise<HTMLImageElement>((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The browser could not read the drawing of the model.'));
    image.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}
