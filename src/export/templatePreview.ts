/**
 * A small picture of a model for the template gallery: lanes as tinted columns, boxes as blocks and
 * links as lines, no text. Pure string building; the colours come from the caller (the app's theme)
 * so the preview matches the canvas.
 */
import { BOX_WIDTH, estimateBoxHeight, LANE_WIDTH, laneHeightFor, laneLeft, totalLanesWidth } from '../domain/lanes';
import { LEVEL_IDS, type LevelId } from '../domain/levels';
import { indexBoxes, linkShape } from '../domain/linkShape';
import type { ModelContent } from '../domain/model';
import { escapeXml } from './xml';

export interface PreviewColours {
  /** Per level: the lane's pale tint, and a stronger colour for its boxes' outline. */
  readonly levels: Readonly<Record<LevelId, { readonly lane: string; readonly heading: string }>>;
  readonly box?: string;
  readonly link?: string;
}

export interface PreviewOptions {
  /** Width in CSS pixels; the height follows the model's proportions. */
  readonly width?: number;
  /** Accessible name; the only text in the picture. */
  readonly title?: string;
}


const round = (n: number): number => Math.round(n * 10) / 10;

/** An SVG document for an <img src> (as a data URL) or to set as markup. Drawn in canvas units, scaled by viewBox. */
export function templatePreviewSvg(model: ModelContent, colours: PreviewColours, options: PreviewOptions = {}): string {
  const width = options.width ?? 240;
  const canvasWidth = totalLanesWidth();
  const canvasHeight = laneHeightFor(model.boxes);
  const height = round((width * canvasHeight) / canvasWidth);
  const boxFill = colours.box ?? '#ffffff';
  const linkColour = colours.link ?? '#59636e';
  const parts: string[] = [];
  const title = options.title === undefined ? '' : `<title>${escapeXml(options.title)}</title>`;
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${canvasWidth} ${canvasHeight}" role="img">${title}`);
  for (const level of LEVEL_IDS) {
    parts.push(`<rect x="${laneLeft(level)}" y="0" width="${LANE_WIDTH}" height="${canvasHeight}" fill="${colours.levels[level].lane}"/>`);
  }
  const boxesById = indexBoxes(model.boxes);
  for (const link of model.links) {
    const source = boxesById.get(link.source);
    const target = boxesById.get(link.target);
    if (!source || !target) continue;
    const forward = target.x > source.x;
    const x1 = forward ? source.x + BOX_WIDTH : source.x;
    const x2 = forward ? target.x : target.x + BOX_WIDTH;
    const y1 = source.y + estimateBoxHeight(source.label) / 2;
    const y2 = target.y + estimateBoxHeight(target.label) / 2;
    // Dashed like the canvas draws every link that is not linear, so the preview shows the feedback.
    const dash = linkShape(link, boxesById) === 'linear' ? '' : ' stroke-dasharray="24 14"';
    parts.push(`<line x1="${x1}" y1="${round(y1)}" x2="${x2}" y2="${round(y2)}" stroke="${linkColour}" stroke-width="5"${dash}/>`);
  }
  for (const box of model.boxes) {
    const outline = colours.levels[box.level].heading;
    parts.push(`<rect x="${box.x}" y="${box.y}" width="${BOX_WIDTH}" height="${estimateBoxHeight(box.label)}" rx="14" fill="${boxFill}" stroke="${outline}" stroke-width="6"/>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
