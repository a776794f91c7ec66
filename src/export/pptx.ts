/**
 * The PowerPoint file (PRODUCT.md §15) through pptxgenjs 4, from a slide plan (`slidePlan.ts`).
 * This module, and with it pptxgenjs, is imported only when someone asks for a .pptx (see
 * `pptxFile.ts`), so neither is in the initial bundle.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { escapeXml } from './xml';
import { addLineChart, leaveGapsInCharts } from './pptxCharts';
import { SLIDE_HEIGHT, SLIDE_WIDTH, type PlannedSlide, type SlideShape } from './slidePlan';

export const PPTX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** The shape name that carries a diagram's alt text (pptxgenjs writes alt text for pictures only). */
const DIAGRAM_NAME = 'Diagram';

function addShape(pptx: PptxGenJS, slide: PptxGenJS.Slide, shape: SlideShape, altTexts: string[]): void {
  if (shape.kind === 'path') {
    // A freeform line: the route's own steps, with the link style's dash and arrowhead.
    // pptxgenjs 4 draws custom geometry (its `points`) but leaves the shape's name out of its types.
    slide.addShape('custGeom' as PptxGenJS.ShapeType, {
      objectName: shape.name,
      x: shape.x,
      y: shape.y,
      w: shape.w,
      h: shape.h,
      points: shape.points.map((point) => ({ ...point, ...('curve' in point ? { curve: { ...point.curve } } : {}) })),
      line: { color: shape.colour, width: shape.width, dashType: shape.dash, endArrowType: shape.arrow },
    });
    return;
  }
  if (shape.kind === 'line') {
    slide.addShape(pptx.ShapeType.line, {
      objectName: shape.name,
      x: Math.min(shape.x1, shape.x2),
      y: Math.min(shape.y1, shape.y2),
      w: Math.abs(shape.x2 - shape.x1),
      h: Math.abs(shape.y2 - shape.y1),
      flipH: shape.x2 < shape.x1,
      flipV: shape.y2 < shape.y1,
      line: { color: shape.colour, width: shape.width, dashType: shape.dash, endArrowType: shape.arrow },
    });
    return;
  }
  let objectName = shape.name;
  if (shape.altText) {
    objectName = `${DIAGRAM_NAME} ${altTexts.length + 1}`;
    altTexts.push(shape.altText);
  }
  const options: PptxGenJS.ShapeProps & PptxGenJS.TextPropsOptions = {
    objectName,
    x: shape.x,
    y: shape.y,
    w: shape.w,
    h: shape.h,
    fill: { color: shape.fill },
    line: shape.line ? { color: shape.line.colour, width: shape.line.width } : { type: 'none' },
    ...(shape.rounded ? { rectRadius: 0.08 } : {}),
  };
  if (!shape.text) {
    slide.addShape(shape.rounded ? pptx.ShapeType.roundRect : pptx.ShapeType.rect, options);
    return;
  }
  slide.addText(shape.text.text, {
    ...options,
    shape: shape.rounded ? pptx.ShapeType.roundRect : pptx.ShapeType.rect,
    fontFace: 'Arial',
    fontSize: shape.text.size,
    color: shape.text.colour,
    bold: shape.text.bold ?? false,
    align: shape.text.align ?? 'left',
    valign: shape.text.valign ?? 'top',
    margin: Math.min(4, shape.text.size / 3),
  });
}

/**
 * Writes alt text onto the shapes named for it: the `descr` attribute PowerPoint's "Alt Text" pane
 * edits, which pptxgenjs 4 writes for pictures and charts but not for shapes.
 */
function addAltTexts(file: Uint8Array, altTexts: readonly string[]): Uint8Array {
  if (!altTexts.length) return file;
  const entries = unzipSync(file);
  for (const [path, bytes] of Object.entries(entries)) {
    if (!/^ppt\/slides\/slide\d+\.xml$/.test(path)) continue;
    const xml = strFromU8(bytes);
    const marked = xml.replace(new RegExp(`(<p:cNvPr [^>]*name="${DIAGRAM_NAME} (\\d+)")`, 'g'), (whole, _start: string, index: string) => `${whole} descr="${escapeXml(altTexts[Number(index) - 1] ?? '')}"`);
    if (marked !== xml) entries[path] = strToU8(marked);
  }
  return zipSync(entries, { level: 6 });
}

export async function buildPptx(slides: readonly PlannedSlide[], meta: { title: string; author?: string }): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'OUTCOME_CHAINS_WIDE', width: SLIDE_WIDTH, height: SLIDE_HEIGHT });
  pptx.layout = 'OUTCOME_CHAINS_WIDE';
  pptx.title = meta.title;
  pptx.company = 'Outcome Chains';
  if (meta.author) pptx.author = meta.author;
  const altTexts: string[] = [];
  for (const planned of slides) {
    const slide = pptx.addSlide();
    for (const shape of planned.shapes) addShape(pptx, slide, shape, altTexts);
    for (const chart of planned.charts ?? []) addLineChart(pptx, slide, chart);
    slide.addNotes(planned.notes);
  }
  const written = await pptx.write({ outputType: 'uint8array', compression: true });
  const charted = slides.some((planned) => planned.charts?.length) ? leaveGapsInCharts(written as Uint8Array) : (written as Uint8Array);
  return addAltTexts(charted, altTexts);
}
