/**
 * The model drawn as a standalone SVG document: the one renderer behind the SVG, PNG and PDF exports
 * (PRODUCT.md §8). A pure function of the model and options, with no DOM, so it runs in Node, in a
 * worker and in tests, and gives the same bytes for the same input.
 *
 * Only what Word, PowerPoint, Inkscape and svg2pdf.js all understand: presentation attributes (no
 * CSS), text as <text>/<tspan>, markers defined once, no <foreignObject>, no script, no link to
 * anything outside the file.
 */
import { LEVELS, type LevelId } from '../domain/levels';
import {
  BOX_LINE_HEIGHT,
  BOX_WIDTH,
  LANE_HEADER_HEIGHT,
  LANE_WIDTH,
  estimateBoxHeight,
  laneHeightFor,
  laneLeft,
  totalLanesWidth,
  wrapText,
} from '../domain/lanes';
import { LINK_SHAPES, shapeBetween, type LinkShape } from '../domain/linkShape';
import { isIsoDate, ukLongDate } from '../domain/isoDate';
import { PROGRESS_VALUES, type Box, type ModelContent, type Progress, type Rating } from '../domain/model';
import { CONFIDENCE_WORDS, PROGRESS_WORDS } from '../domain/progress';
import { featureById } from '../evidence/features';
import { curveMidpoint, curvePoints, linkCurve, type Frame, type LinkCurve } from './linkGeometry';
import {
  ARROWHEAD_OUTLINES,
  BOX_STYLE,
  FEATURE_MARK,
  FLAG_BADGE,
  FONT_FAMILY,
  LEVEL_COLOURS,
  LINK_STYLES,
  PAGE_STYLE,
  PROGRESS_BADGE,
  PROGRESS_STYLES,
  UNRATED_STYLE,
} from './theme';
import { escapeXml, formatNumber as n } from './xml';

export interface FlagsOverlay {
  /** Number of flags on each box, by box id; boxes without flags may be left out. */
  readonly byBox: ReadonlyMap<string, number>;
  /** Number of flags on each link, by link id. */
  readonly byLink?: ReadonlyMap<string, number>;
  /** One line shown after the date, e.g. "4 gaps, 6 notices". */
  readonly summary?: string;
}

export interface SvgOptions {
  /** Already formatted for the reader, e.g. "25 November 2026". */
  readonly date: string;
  /** Draws flag badges and the flags summary when given. */
  readonly flags?: FlagsOverlay;
  /** Shows the model's title above the diagram; on unless false. */
  readonly title?: boolean;
  /** Colours each box by its rating with the rating's shape and word ("Not rated" when it has none), and keys them. */
  readonly showProgress?: boolean;
  /**
   * The title, date and legend around the diagram; on unless false. "Image of current view" draws
   * the diagram alone, with the legend where the screen shows it.
   */
  readonly frame?: boolean;
}

export interface RenderedSvg {
  readonly svg: string;
  /** Size in CSS pixels at 1×, also the viewBox. */
  readonly width: number;
  readonly height: number;
  /** Where the canvas's point (0, 0) lies in the SVG: the diagram's offset from the canvas. */
  readonly canvasOrigin: { readonly x: number; readonly y: number };
}

const MARGIN = 32;
const TITLE_LINE_HEIGHT = 30;
const SUBTITLE_LINE_HEIGHT = 18;
const HEADER_GAP = 18;
const HEADING_LINE_HEIGHT = 19;
const HEADING_CHARS_PER_LINE = 24;
const LANE_ACCENT_HEIGHT = 4;
const LEGEND_GAP = 24;
const LEGEND_HEADING_HEIGHT = 22;
const LEGEND_ROW_HEIGHT = 26;
const LEGEND_ITEM_WIDTH = 440;
const LEGEND_SAMPLE_WIDTH = 60;
/** Room kept around drawn shapes for arrowheads, badges and stroke widths. */
const DRAWING_BLEED = 14;
const ARROW_SIZE = 11;

interface PlacedBox {
  readonly box: Box;
  readonly frame: Frame;
  readonly lines: readonly string[];
}

interface PlacedLink {
  readonly id: string;
  readonly shape: LinkShape;
  readonly curve: LinkCurve;
}

interface Bounds {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function renderModelSvg(model: ModelContent, options: SvgOptions): RenderedSvg {
  const placedBoxes = placeBoxes(model.boxes);
  const placedLinks = placeLinks(model, placedBoxes);
  const diagram = diagramBounds(placedBoxes, placedLinks);
  const diagramWidth = diagram.right - diagram.left;

  const framed = options.frame !== false;
  const titleLines = options.title === false || !framed ? [] : wrapText(model.title.trim() || 'Untitled model', charsThatFit(diagramWidth, PAGE_STYLE.titleSize * 0.62));
  const subtitle = options.flags?.summary ? `${options.date} · ${options.flags.summary}` : options.date;
  const subtitleLines = framed ? wrapText(subtitle, charsThatFit(diagramWidth, PAGE_STYLE.subtitleSize * 0.56)) : [];
  const headerHeight =
    titleLines.length * TITLE_LINE_HEIGHT + (titleLines.length ? 4 : 0) + subtitleLines.length * SUBTITLE_LINE_HEIGHT + HEADER_GAP;

  const showProgress = options.showProgress === true;
  const legendItems = legendEntries(options.flags !== undefined, showProgress);
  const legendColumns = Math.max(1, Math.floor(diagramWidth / LEGEND_ITEM_WIDTH));
  const legendRows = framed ? Math.ceil(legendItems.length / legendColumns) : 0;

  const diagramTop = MARGIN + headerHeight;
  const legendTop = diagramTop + (diagram.bottom - diagram.top) + LEGEND_GAP;
  const width = Math.ceil(diagramWidth + 2 * MARGIN);
  const height = Math.ceil(framed ? legendTop + LEGEND_HEADING_HEIGHT + legendRows * LEGEND_ROW_HEIGHT + MARGIN : legendTop);

  const parts: string[] = [];
  parts.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="oc-title oc-desc">\n`,
    `<title id="oc-title">${escapeXml(model.title || 'Untitled model')}</title>\n`,
    `<desc id="oc-desc">${escapeXml(describe(model, options.date))}</desc>\n`,
  );
  parts.push(markerDefinitions());
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="${PAGE_STYLE.background}"/>\n`);
  parts.push(headerSvg(titleLines, subtitleLines));

  const canvasOrigin = { x: MARGIN - diagram.left, y: diagramTop - diagram.top };
  parts.push(`<g transform="translate(${n(canvasOrigin.x)} ${n(canvasOrigin.y)})">\n`);
  parts.push(lanesSvg(diagram));
  for (const link of placedLinks) parts.push(linkSvg(link, options.flags?.byLink?.get(link.id) ?? 0));
  for (const placed of placedBoxes) parts.push(boxSvg(placed, options.flags?.byBox.get(placed.box.id) ?? 0, showProgress));
  parts.push('</g>\n');

  if (framed) parts.push(legendSvg(legendItems, legendColumns, legendTop));
  parts.push('</svg>\n');
  return { svg: parts.join(''), width, height, canvasOrigin };
}

function placeBoxes(boxes: readonly Box[]): PlacedBox[] {
  return boxes.map((box) => ({
    box,
    frame: { x: box.x, y: box.y, width: BOX_WIDTH, height: estimateBoxHeight(box.label) },
    lines: wrapText(box.label),
  }));
}

/** Links whose boxes both exist, each with its shape and curve; a dangling link is left out. */
function placeLinks(model: ModelContent, placedBoxes: readonly PlacedBox[]): PlacedLink[] {
  const byId = new Map(placedBoxes.map((placed) => [placed.box.id, placed]));
  const links: PlacedLink[] = [];
  for (const link of model.links) {
    const source = byId.get(link.source);
    const target = byId.get(link.target);
    if (!source || !target) continue;
    const shape = shapeBetween(source.box.level, target.box.level);
    links.push({ id: link.id, shape, curve: linkCurve(shape, source.frame, target.frame) });
  }
  return links;
}

/**
 * The whole model, whatever part of it is on screen: every lane, every box wherever it was put,
 * every link's curve. Lanes reach from above the highest box (room for the heading) to the canvas's
 * own lane height.
 */
function diagramBounds(boxes: readonly PlacedBox[], links: readonly PlacedLink[]): Bounds {
  const bounds: Bounds = { left: 0, right: totalLanesWidth(), top: 0, bottom: laneHeightFor(boxes.map((placed) => placed.box)) };
  for (const { frame } of boxes) {
    bounds.left = Math.min(bounds.left, frame.x - DRAWING_BLEED);
    bounds.right = Math.max(bounds.right, frame.x + frame.width + DRAWING_BLEED);
    bounds.top = Math.min(bounds.top, frame.y - LANE_HEADER_HEIGHT);
    bounds.bottom = Math.max(bounds.bottom, frame.y + frame.height + DRAWING_BLEED);
  }
  for (const link of links) {
    for (const point of curvePoints(link.curve)) {
      bounds.left = Math.min(bounds.left, point.x - DRAWING_BLEED);
      bounds.right = Math.max(bounds.right, point.x + DRAWING_BLEED);
      bounds.bottom = Math.max(bounds.bottom, point.y + DRAWING_BLEED);
    }
  }
  return bounds;
}

function charsThatFit(width: number, averageCharWidth: number): number {
  return Math.max(20, Math.floor(width / averageCharWidth));
}

function describe(model: ModelContent, date: string): string {
  const boxes = model.boxes.length === 1 ? '1 box' : `${model.boxes.length} boxes`;
  const links = model.links.length === 1 ? '1 link' : `${model.links.length} links`;
  return `Logic model in seven levels, ${boxes} and ${links}, exported ${date}.`;
}

/** The font stack with single quotes, so it sits in an attribute without entities. */
const FONT_ATTRIBUTE = FONT_FAMILY.replace(/"/g, "'");

function textAttributes(size: number, fill: string, extra = ''): string {
  return `font-family="${FONT_ATTRIBUTE}" font-size="${size}" fill="${fill}"${extra}`;
}

function markerId(shape: LinkShape): string {
  return `oc-arrow-${shape}`;
}

function markerDefinitions(): string {
  const markers = LINK_SHAPES.map((shape) => {
    const style = LINK_STYLES[shape];
    const outline = ARROWHEAD_OUTLINES[style.arrow];
    // svg2pdf.js always scales markers by the stroke width, so size them in stroke widths everywhere.
    const size = n(ARROW_SIZE / style.width);
    const paint = outline.filled
      ? `fill="${style.colour}" stroke="none"`
      : `fill="${outline.closed ? PAGE_STYLE.background : 'none'}" stroke="${style.colour}" stroke-width="1.6" stroke-linejoin="miter"`;
    const tip = outline.closed ? 9 : 9.5;
    return `<marker id="${markerId(shape)}" viewBox="0 0 10 10" refX="${tip}" refY="5" markerWidth="${size}" markerHeight="${size}" orient="auto"><path d="${outline.path}" ${paint}/></marker>`;
  });
  return `<defs>\n${markers.join('\n')}\n</defs>\n`;
}

function headerSvg(titleLines: readonly string[], subtitleLines: readonly string[]): string {
  const parts: string[] = [];
  titleLines.forEach((line, index) => {
    const baseline = MARGIN + PAGE_STYLE.titleSize * 0.8 + index * TITLE_LINE_HEIGHT;
    parts.push(`<text x="${MARGIN}" y="${n(baseline)}" ${textAttributes(PAGE_STYLE.titleSize, PAGE_STYLE.text, ' font-weight="bold"')}>${escapeXml(line)}</text>\n`);
  });
  const subtitleTop = MARGIN + titleLines.length * TITLE_LINE_HEIGHT + (titleLines.length ? 4 : 0);
  subtitleLines.forEach((line, index) => {
    const baseline = subtitleTop + PAGE_STYLE.subtitleSize + index * SUBTITLE_LINE_HEIGHT;
    parts.push(`<text x="${MARGIN}" y="${n(baseline)}" ${textAttributes(PAGE_STYLE.subtitleSize, PAGE_STYLE.mutedText)}>${escapeXml(line)}</text>\n`);
  });
  return `<g class="header">\n${parts.join('')}</g>\n`;
}

function lanesSvg(diagram: Bounds): string {
  const height = diagram.bottom - diagram.top;
  const parts = LEVELS.map((level, index) => {
    const colours = LEVEL_COLOURS[level.id];
    const left = laneLeft(level.id);
    const centre = left + LANE_WIDTH / 2;
    const headingLines = wrapText(level.name, HEADING_CHARS_PER_LINE);
    let baseline = diagram.top + LANE_ACCENT_HEIGHT + 26;
    const heading = headingLines.map((line, lineIndex) => {
      const tspanY = baseline + lineIndex * HEADING_LINE_HEIGHT;
      return `<tspan x="${n(centre)}" y="${n(tspanY)}">${escapeXml(line)}</tspan>`;
    });
    baseline += headingLines.length * HEADING_LINE_HEIGHT + 4;
    return (
      `<g class="lane" data-level="${level.id}" data-level-index="${index}">` +
      `<rect x="${n(left)}" y="${n(diagram.top)}" width="${LANE_WIDTH}" height="${n(height)}" fill="${colours.lane}" stroke="${PAGE_STYLE.background}" stroke-width="2"/>` +
      `<rect x="${n(left + 1)}" y="${n(diagram.top)}" width="${LANE_WIDTH - 2}" height="${LANE_ACCENT_HEIGHT}" fill="${colours.heading}"/>` +
      `<text class="lane-heading" text-anchor="middle" ${textAttributes(PAGE_STYLE.headingSize, colours.heading, ' font-weight="bold"')}>${heading.join('')}</text>` +
      `<text class="lane-question" x="${n(centre)}" y="${n(baseline)}" text-anchor="middle" ${textAttributes(PAGE_STYLE.questionSize, colours.text)}>${escapeXml(level.question)}</text>` +
      '</g>\n'
    );
  });
  return parts.join('');
}

function linkPathData(curve: LinkCurve): string {
  const { start, control1, control2, end } = curve;
  return `M ${n(start.x)} ${n(start.y)} C ${n(control1.x)} ${n(control1.y)} ${n(control2.x)} ${n(control2.y)} ${n(end.x)} ${n(end.y)}`;
}

function strokeAttributes(shape: LinkShape): string {
  const style = LINK_STYLES[shape];
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
  return `fill="none" stroke="${style.colour}" stroke-width="${style.width}"${dash}`;
}

function linkSvg(link: PlacedLink, flagCount: number): string {
  const path = `<path class="link" data-link-id="${escapeXml(link.id)}" data-shape="${link.shape}" d="${linkPathData(link.curve)}" ${strokeAttributes(link.shape)} marker-end="url(#${markerId(link.shape)})"/>\n`;
  if (flagCount <= 0) return path;
  return path + flagBadgeSvg(curveMidpoint(link.curve), flagCount);
}

function flagBadgeSvg(centre: { x: number; y: number }, count: number): string {
  const label = count > 99 ? '99+' : String(count);
  return (
    `<g class="flag-badge"><circle cx="${n(centre.x)}" cy="${n(centre.y)}" r="${FLAG_BADGE.radius}" fill="${FLAG_BADGE.fill}" stroke="${PAGE_STYLE.background}" stroke-width="1.5"/>` +
    `<text x="${n(centre.x)}" y="${n(centre.y + FLAG_BADGE.fontSize * 0.36)}" text-anchor="middle" ${textAttributes(FLAG_BADGE.fontSize, FLAG_BADGE.text, ' font-weight="bold"')}>${label}</text></g>\n`
  );
}

function featureMarkSvg(level: LevelId, right: number, top: number, featureName: string): string {
  const { width, height, notch } = FEATURE_MARK;
  const left = right - 28;
  const d = `M ${n(left)} ${n(top)} h ${width} v ${height} l ${-width / 2} ${-notch} l ${-width / 2} ${notch} Z`;
  return `<path class="feature-mark" d="${d}" fill="${LEVEL_COLOURS[level].heading}"><title>${escapeXml(featureName)}</title></path>`;
}

function boxSvg(placed: PlacedBox, flagCount: number, showProgress: boolean): string {
  const { box, frame, lines } = placed;
  const colours = LEVEL_COLOURS[box.level];
  const look = showProgress ? progressLook(box.rating) : { fill: BOX_STYLE.fill, stroke: colours.heading, width: BOX_STYLE.strokeWidth, dash: '' };
  const centre = frame.x + frame.width / 2;
  const textTop = frame.y + (frame.height - lines.length * BOX_LINE_HEIGHT) / 2;
  const tspans = lines
    .map((line, index) => `<tspan x="${n(centre)}" y="${n(textTop + 13 + index * BOX_LINE_HEIGHT)}">${escapeXml(line)}</tspan>`)
    .join('');
  const parts = [
    `<g class="box" data-box-id="${escapeXml(box.id)}" data-level="${box.level}"${showProgress ? ` data-progress="${box.rating?.progress ?? 'unrated'}"` : ''}>`,
    `<rect x="${n(frame.x)}" y="${n(frame.y)}" width="${frame.width}" height="${n(frame.height)}" rx="${BOX_STYLE.radius}" ry="${BOX_STYLE.radius}" fill="${look.fill}" stroke="${look.stroke}" stroke-width="${look.width}"${look.dash}/>`,
  ];
  if (box.feature) {
    const feature = featureById(box.feature);
    parts.push(featureMarkSvg(box.level, frame.x + frame.width, frame.y, feature ? `Evidence feature: ${feature.name}` : `Evidence feature: ${box.feature}`));
  }
  if (tspans) parts.push(`<text class="box-label" text-anchor="middle" ${textAttributes(BOX_STYLE.fontSize, BOX_STYLE.text)}>${tspans}</text>`);
  // On the box's top edge, so the box keeps its size and its links their ends.
  if (showProgress) parts.push(progressBadgeSvg(box.rating, frame.x + 10, frame.y - PROGRESS_BADGE.height / 2));
  parts.push('</g>\n');
  const drawn = parts.join('');
  if (flagCount <= 0) return drawn;
  return drawn + flagBadgeSvg({ x: frame.x + frame.width - 2, y: frame.y + 2 }, flagCount);
}

/** The box outline and fill for its rating, or the plain dashed look of an unrated box. */
function progressLook(rating: Rating | undefined): { fill: string; stroke: string; width: number; dash: string } {
  if (!rating) return { fill: UNRATED_STYLE.fill, stroke: UNRATED_STYLE.border, width: BOX_STYLE.strokeWidth, dash: ` stroke-dasharray="${UNRATED_STYLE.dash}"` };
  const style = PROGRESS_STYLES[rating.progress];
  return { fill: style.fill, stroke: style.border, width: PROGRESS_BADGE.strokeWidth, dash: '' };
}

/** The rating's shape, drawn at (left, top) in a square of `size`. */
function progressShapeSvg(progress: Progress, left: number, top: number, size: number): string {
  const style = PROGRESS_STYLES[progress];
  const mark = style.mark ? `<path d="${style.mark}" fill="none" stroke="#ffffff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>` : '';
  return `<g class="progress-shape" data-progress="${progress}" transform="translate(${n(left)} ${n(top)}) scale(${n(size / 16)})"><path d="${style.shape}" fill="${style.border}"/>${mark}</g>`;
}

/** Rough width of bold text in the badge's size: wide enough for the words it holds. */
function badgeTextWidth(text: string): number {
  return text.length * PROGRESS_BADGE.fontSize * 0.62;
}

/** Everything a rating says, for the badge's tooltip. */
function ratingDescription(rating: Rating): string {
  const date = isIsoDate(rating.date) ? ukLongDate(rating.date) : rating.date;
  const by = rating.by?.trim() ? ` by ${rating.by.trim()}` : '';
  return `Progress: ${PROGRESS_WORDS[rating.progress]}. Confidence: ${CONFIDENCE_WORDS[rating.confidence]}. Rated ${date}${by}.`;
}

/** The pill with the rating's shape and word, or "Not rated" in grey with a dashed edge. */
function progressBadgeSvg(rating: Rating | undefined, left: number, top: number): string {
  const { height, iconSize, padding, gap, fontSize } = PROGRESS_BADGE;
  const baseline = top + height / 2 + fontSize * 0.36;
  const radius = height / 2;
  if (!rating) {
    const width = badgeTextWidth(UNRATED_STYLE.word) + 2 * padding;
    return (
      `<g class="progress-badge" data-progress="unrated"><rect x="${n(left)}" y="${n(top)}" width="${n(width)}" height="${height}" rx="${radius}" ry="${radius}" fill="${UNRATED_STYLE.fill}" stroke="${UNRATED_STYLE.border}" stroke-width="1" stroke-dasharray="3 2"/>` +
      `<text x="${n(left + padding)}" y="${n(baseline)}" ${textAttributes(fontSize, UNRATED_STYLE.text)}>${UNRATED_STYLE.word}</text></g>`
    );
  }
  const style = PROGRESS_STYLES[rating.progress];
  const word = PROGRESS_WORDS[rating.progress];
  const width = padding + iconSize + gap + badgeTextWidth(word) + padding;
  return (
    `<g class="progress-badge" data-progress="${rating.progress}"><title>${escapeXml(ratingDescription(rating))}</title>` +
    `<rect x="${n(left)}" y="${n(top)}" width="${n(width)}" height="${height}" rx="${radius}" ry="${radius}" fill="${style.fill}" stroke="${style.border}" stroke-width="1.2"/>` +
    progressShapeSvg(rating.progress, left + padding, top + (height - iconSize) / 2, iconSize) +
    `<text x="${n(left + padding + iconSize + gap)}" y="${n(baseline)}" ${textAttributes(fontSize, style.text, ' font-weight="bold"')}>${word}</text></g>`
  );
}

type LegendEntry = { kind: 'link'; shape: LinkShape } | { kind: 'feature' } | { kind: 'flags' } | { kind: 'progress'; progress: Progress } | { kind: 'unrated' };

function legendEntries(withFlags: boolean, withProgress: boolean): LegendEntry[] {
  const entries: LegendEntry[] = LINK_SHAPES.map((shape) => ({ kind: 'link', shape }));
  entries.push({ kind: 'feature' });
  if (withFlags) entries.push({ kind: 'flags' });
  if (withProgress) {
    for (const progress of PROGRESS_VALUES) entries.push({ kind: 'progress', progress });
    entries.push({ kind: 'unrated' });
  }
  return entries;
}

function legendSvg(entries: readonly LegendEntry[], columns: number, top: number): string {
  const parts = [
    `<g class="legend">\n<text x="${MARGIN}" y="${n(top + 14)}" ${textAttributes(PAGE_STYLE.legendSize + 1, PAGE_STYLE.text, ' font-weight="bold"')}>Key</text>\n`,
  ];
  entries.forEach((entry, index) => {
    const left = MARGIN + (index % columns) * LEGEND_ITEM_WIDTH;
    const middle = top + LEGEND_HEADING_HEIGHT + Math.floor(index / columns) * LEGEND_ROW_HEIGHT + LEGEND_ROW_HEIGHT / 2;
    const textX = left + LEGEND_SAMPLE_WIDTH + 12;
    const textY = middle + PAGE_STYLE.legendSize * 0.36;
    let sample: string;
    let name: string;
    let description: string;
    if (entry.kind === 'link') {
      const style = LINK_STYLES[entry.shape];
      sample = `<path class="legend-link" data-shape="${entry.shape}" d="M ${n(left)} ${n(middle)} L ${n(left + LEGEND_SAMPLE_WIDTH - 4)} ${n(middle)}" ${strokeAttributes(entry.shape)} marker-end="url(#${markerId(entry.shape)})"/>`;
      name = style.label;
      description = style.description;
    } else if (entry.kind === 'feature') {
      const { width, height, notch } = FEATURE_MARK;
      const markLeft = left + LEGEND_SAMPLE_WIDTH / 2 - width / 2;
      sample = `<path d="M ${n(markLeft)} ${n(middle - height / 2)} h ${width} v ${height} l ${-width / 2} ${-notch} l ${-width / 2} ${notch} Z" fill="${PAGE_STYLE.mutedText}"/>`;
      name = 'Evidence mark';
      description = 'the box stands for a feature of effective partnership';
    } else if (entry.kind === 'flags') {
      sample = flagBadgeSvg({ x: left + LEGEND_SAMPLE_WIDTH / 2, y: middle }, 1).trimEnd();
      name = 'Flag badge';
      description = 'how many flags concern the box or link';
    } else if (entry.kind === 'progress') {
      const style = PROGRESS_STYLES[entry.progress];
      sample =
        `<rect x="${n(left + 14)}" y="${n(middle - 9)}" width="32" height="18" rx="4" ry="4" fill="${style.fill}" stroke="${style.border}" stroke-width="${PROGRESS_BADGE.strokeWidth}"/>` +
        progressShapeSvg(entry.progress, left + 22, middle - 8, 16);
      name = PROGRESS_WORDS[entry.progress];
      description = style.meaning;
    } else {
      sample = `<rect x="${n(left + 14)}" y="${n(middle - 9)}" width="32" height="18" rx="4" ry="4" fill="${UNRATED_STYLE.fill}" stroke="${UNRATED_STYLE.border}" stroke-width="${BOX_STYLE.strokeWidth}" stroke-dasharray="${UNRATED_STYLE.dash}"/>`;
      name = UNRATED_STYLE.word;
      description = UNRATED_STYLE.meaning;
    }
    parts.push(
      `<g class="legend-item"${entry.kind === 'progress' ? ` data-progress="${entry.progress}"` : entry.kind === 'unrated' ? ' data-progress="unrated"' : ''}>${sample}<text x="${n(textX)}" y="${n(textY)}" ${textAttributes(PAGE_STYLE.legendSize, PAGE_STYLE.text)}><tspan font-weight="bold">${name}</tspan>: ${description}</text></g>\n`,
    );
  });
  parts.push('</g>\n');
  return parts.join('');
}
