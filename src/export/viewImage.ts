/**
 * "Image of the current view": what the canvas shows now — the part of the model in view, at the
 * zoom on screen, with the flag badges and the legend where the screen has it; not the zoom
 * controls, the minimap or the attribution.
 *
 * The diagram is drawn from the model (renderModelSvg, the drawing behind every board-paper format)
 * and cropped to the view; only the small legend panel is cloned from the page by html-to-image
 * (pinned to 1.11.11: later versions drop React Flow's edges). Cloning the whole canvas took about
 * 6 s for a 200-box view (`npm run bench` viewImage): html-to-image copies some 350 computed style
 * properties onto every one of the canvas's thousands of elements, into an SVG of about 37 MB.
 */
import type { Comparison } from '../analysis/comparison';
import type { ModelContent } from '../domain/model';
import type { RasterPlan } from './size';
import { svgToPngBlob } from './rasterise';
import { renderModelSvg, type FlagsOverlay } from './svg';
import { PAGE_STYLE } from './theme';

/** The part of the canvas on screen: React Flow's viewport transform and the canvas's size in CSS pixels. */
export interface CanvasView {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
}

/** Reads the view from the canvas on the page (its viewport's transform), without React Flow's API. */
export function canvasViewOf(canvas: HTMLElement): CanvasView {
  const viewport = canvas.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('The canvas has no view to take an image of.');
  const transform = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
  const size = canvas.getBoundingClientRect();
  return { x: transform.e, y: transform.f, zoom: transform.a, width: size.width, height: size.height };
}

/** The SVG's root element told to show only `viewBox` (svgToPngBlob sets the size it is drawn at). */
function croppedTo(svg: string, viewBox: string): string {
  const start = svg.indexOf('<svg');
  const end = svg.indexOf('>', start);
  if (start < 0 || end < 0) throw new Error('Not an SVG document.');
  return svg.slice(0, start) + svg.slice(start, end).replace(/\sviewBox="[^"]*"/, ` viewBox="${viewBox}"`) + svg.slice(end);
}

export interface Region {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The part of the drawing (in its own units) that the view shows. */
export function regionInDrawing(view: CanvasView, canvasOrigin: { readonly x: number; readonly y: number }): Region {
  // A point p of the canvas is on screen at p × zoom + (x, y), and in the drawing at p + canvasOrigin.
  return { left: canvasOrigin.x - view.x / view.zoom, top: canvasOrigin.y - view.y / view.zoom, width: view.width / view.zoom, height: view.height / view.zoom };
}

export interface CurrentView {
  readonly model: ModelContent;
  readonly view: CanvasView;
  /** The badges the canvas shows. */
  readonly flags: FlagsOverlay;
  /** Whether the canvas shows ratings ("Show progress"), so the image does too. */
  readonly showProgress: boolean;
  /** A compare view's marks and ghosts, as the canvas draws them. */
  readonly comparison?: Comparison;
  /** Whether the canvas routes links around boxes, so the image does too. */
  readonly routeLinks?: boolean;
  /** Device pixels per CSS pixel: the image is as sharp as the screen. */
  readonly pixelRatio: number;
  /** The legend panel on screen, and where it stands from the canvas's top left corner. */
  readonly legend?: { readonly element: HTMLElement; readonly left: number; readonly top: number };
}

export async function imageOfCurrentView({ model, view, flags, showProgress, comparison, routeLinks, pixelRatio, legend }: CurrentView): Promise<Blob> {
  const drawing = renderModelSvg(model, { date: '', flags, showProgress, frame: false, routeLinks: routeLinks !== false, ...(comparison ? { comparison } : {}) });
  const region = regionInDrawing(view, drawing.canvasOrigin);
  const svg = croppedTo(drawing.svg, `${region.left} ${region.top} ${region.width} ${region.height}`);
  const width = Math.round(view.width * pixelRatio);
  const height = Math.round(view.height * pixelRatio);
  const plan: RasterPlan = { width, height, scale: pixelRatio * view.zoom, offsetX: 0, offsetY: 0, drawWidth: width, drawHeight: height, fitted: false, lowered: false };
  const diagram = await svgToPngBlob(svg, plan);
  if (!legend) return diagram;
  return withLegend(diagram, legend, pixelRatio);
}

/** The legend panel is placed by its margins in the canvas corner; alone in its picture, it starts at the picture's corner. */
const LEGEND_ALONE = { margin: '0', position: 'static' };

/** The diagram with the on-screen legend laid over it where the screen shows it. */
async function withLegend(diagram: Blob, legend: NonNullable<CurrentView['legend']>, pixelRatio: number): Promise<Blob> {
  const { toCanvas } = await import('html-to-image');
  // The page uses system fonts only, so there are no web fonts to embed.
  const [picture, legendPicture] = await Promise.all([createImageBitmap(diagram), toCanvas(legend.element, { pixelRatio, skipFonts: true, backgroundColor: PAGE_STYLE.background, style: LEGEND_ALONE })]);
  const canvas = document.createElement('canvas');
  canvas.width = picture.width;
  canvas.height = picture.height;
  try {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser could not make a drawing surface for the image.');
    context.drawImage(picture, 0, 0);
    context.drawImage(legendPicture, Math.round(legend.left * pixelRatio), Math.round(legend.top * pixelRatio));
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the image as PNG.'))), 'image/png');
    });
  } finally {
    picture.close();
    canvas.width = 0;
    canvas.height = 0;
  }
}
