/**
 * The model drawn as a standalone SVG document: the one renderer behind the SVG, PNG and PDF exports
 * (PRODUCT.md §8). A pure function of the model and options, with no DOM, so it runs in Node, in a
 * worker and in tests, and gives the same bytes for the same input.
 *
 * Only what Word, PowerPoint, Inkscape and svg2pdf.js all understand: presentation attributes (no
 * CSS), text as <text>/<tspan>, markers defined once, no <foreignObject>, no script, no link to
 * anything outside the file.
 */
import type { ChangeMark } from '../analysis/changeMarks';
import { changeCountsInWords } from '../analysis/changeWords';
import type { Comparison } from '../analysis/comparison';
import { LEVELS, type LevelId } from '../domain/levels';
import {
  BOX_LINE_HEIGHT,
  LANE_HEADER_HEIGHT,
  LANE_WIDTH,
  laneHeightFor,
  laneLeft,
  totalLanesWidth,
  wrapText,
} from '../domain/lanes';
import { LINK_SHAPES, shapeBetween, type LinkShape } from '../domain/linkShape';
import { isIsoDate, ukLongDate } from '../domain/isoDate';
import { PROGRESS_VALUES, type Box, type Link, type ModelContent, type Progress, type Rating } from '../domain/model';
import { CONFIDENCE_WORDS, PROGRESS_WORDS } from '../domain/progress';
import { featureById } from '../evidence/features';
import { boxFrame, routeAll, routeExtent, routeMidpoint, routeModel, routePath, routingInput, type Route } from '../domain/routing';
import { curveMidpoint, curvePoints, linkCurve, type Frame, type LinkCurve } from './linkGeometry';
import {
  ARROWHEAD_OUTLINES,
  BOX_STYLE,
  CHANGE_STYLES,
  FEATURE_MARK,
  FLAG_BADGE,
  FONT_FAMILY,
  GHOST_DASH,
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
  /**
   * A compare view (PRODUCT.md §12): the model is its later side, drawn with each new, changed and
   * removed box and link marked by a word and a shape, the removed ones as dashed grey ghosts where
   * they were, and a key to the marks.
   */
  readonly comparison?: Comparison;
  /** Skip, feedback and same-level links go around boxes (PRODUCT.md §20); on unless false, which draws every link as a curve. */
  readonly routeLinks?: boolean;
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
  /** In a compare view: new, changed, or removed (a ghost of the earlier side). */
  readonly change?: ChangeMark;
}

interface PlacedLink {
  readonly id: string;
  readonly shape: LinkShape;
  readonly curve: LinkCurve;
  /** Its route around the boxes, when links are routed. */
  readonly route?: Route;
  readonly change?: ChangeMark;
}

interface Bounds {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function renderModelSvg(model: ModelContent, options: SvgOptions): RenderedSvg {
  const { comparison } = options;
  // Ghosts first, so that a box of the later side drawn where a removed one was stays on top.
  const placedBoxes = [
    ...(comparison ? placeBoxes(comparison.ghosts.boxes, () => 'removed') : []),
    ...placeBoxes(model.boxes, (id) => comparison?.marks.boxes.get(id)?.mark),
  ];
  const unrouted = [
    ...(comparison ? placeLinks(comparison.ghosts.links, placedBoxes, () => 'removed') : []),
    ...placeLinks(model.links, placedBoxes, (id) => comparison?.marks.links.get(id)?.mark),
  ];
  const routes = options.routeLinks === false ? null : routesFor(model, placedBoxes, comparison);
  const placedLinks = routes ? unrouted.map((link) => ({ ...link, route: routes.get(link.id) })) : unrouted;
  const diagram = diagramBounds(placedBoxes, placedLinks);
  const diagramWidth = diagram.right - diagram.left;

  const framed = options.frame !== false;
  const titleLines = options.title === false || !framed ? [] : wrapText(model.title.trim() || 'Untitled model', charsThatFit(diagramWidth, PAGE_STYLE.titleSize * 0.62));
  const subtitle = [options.date, options.flags?.summary, comparison ? comparedWords(comparison) : undefined].filter(Boolean).join(' · ');
  const subtitleLines = framed ? wrapText(subtitle, charsThatFit(diagramWidth, PAGE_STYLE.subtitleSize * 0.56)) : [];
  const headerHeight =
    titleLines.length * TITLE_LINE_HEIGHT + (titleLines.length ? 4 : 0) + subtitleLines.length * SUBTITLE_LINE_HEIGHT + HEADER_GAP;

  const showProgress = options.showProgress === true;
  const legendItems = legendEntries(options.flags !== undefined, showProgress);
  const legendColumns = Math.max(1, Math.floor(diagramWidth / LEGEND_ITEM_WIDTH));
  const legendRows = framed ? Math.ceil(legendItems.length / legendColumns) : 0;
  const changeRows = framed && comparison ? Math.ceil(CHANGE_KEY.length / legendColumns) : 0;

  const diagramTop = MARGIN + headerHeight;
  const legendTop = diagramTop + (diagram.bottom - diagram.top) + LEGEND_GAP;
  const changeKeyTop = legendTop + LEGEND_HEADING_HEIGHT + legendRows * LEGEND_ROW_HEIGHT + LEGEND_GAP / 2;
  const width = Math.ceil(diagramWidth + 2 * MARGIN);
  const legendBottom = changeRows ? changeKeyTop + LEGEND_HEADING_HEIGHT + changeRows * LEGEND_ROW_HEIGHT : legendTop + LEGEND_HEADING_HEIGHT + legendRows * LEGEND_ROW_HEIGHT;
  const height = Math.ceil(framed ? legendBottom + MARGIN : legendTop);

  const parts: string[] = [];
  parts.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="oc-title oc-desc">\n`,
    `<title id="oc-title">${escapeXml(model.title || 'Untitled model')}</title>\n`,
    `<desc id="oc-desc">${escapeXml(describe(model, options.date, comparison))}</desc>\n`,
  );
  parts.push(markerDefinitions(comparison !== undefined && comparison.ghosts.links.length > 0));
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="${PAGE_STYLE.background}"/>\n`);
  parts.push(headerSvg(titleLines, subtitleLines));

  const canvasOrigin = { x: MARGIN - diagram.left, y: diagramTop - diagram.top };
  parts.push(`<g transform="translate(${n(canvasOrigin.x)} ${n(canvasOrigin.y)})">\n`);
  parts.push(lanesSvg(diagram));
  // A ghost carries no flags: the analysis is of the later side.
  for (const link of placedLinks) parts.push(linkSvg(link, link.change === 'removed' ? 0 : (options.flags?.byLink?.get(link.id) ?? 0)));
  for (const placed of placedBoxes) parts.push(boxSvg(placed, placed.change === 'removed' ? 0 : (options.flags?.byBox.get(placed.box.id) ?? 0), showProgress));
  parts.push('</g>\n');

  if (framed) parts.push(legendSvg(legendItems, legendColumns, legendTop));
  if (changeRows) parts.push(changeKeySvg(legendColumns, changeKeyTop));
  parts.push('</svg>\n');
  return { svg: parts.join(''), width, height, canvasOrigin };
}

type MarkOf = (id: string) => ChangeMark | undefined;

function placeBoxes(boxes: readonly Box[], markOf: MarkOf): PlacedBox[] {
  return boxes.map((box) => {
    const change = markOf(box.id);
    return {
      box,
      frame: boxFrame(box),
      lines: wrapText(box.label),
      ...(change ? { change } : {}),
    };
  });
}

/** Links whose boxes both exist, each with its shape and curve; a dangling link is left out. */
function placeLinks(links: readonly Link[], placedBoxes: readonly PlacedBox[], markOf: MarkOf): PlacedLink[] {
  // A box of the later side wins over a ghost of the same id (a store mid-edit may hold both).
  const byId = new Map(placedBoxes.map((placed) => [placed.box.id, placed]));
  const placed: PlacedLink[] = [];
  for (const link of links) {
    const source = byId.get(link.source);
    const target = byId.get(link.target);
    if (!source || !target) continue;
    const shape = shapeBetween(source.box.level, target.box.level);
    const change = markOf(link.id);
    placed.push({ id: link.id, shape, curve: linkCurve(shape, source.frame, target.frame), ...(change ? { change } : {}) });
  }
  return placed;
}

/** Every link's route around the boxes drawn (in a compare view, the ghosts' too: they are drawn, so lines keep off them). */
function routesFor(model: ModelContent, placedBoxes: readonly PlacedBox[], comparison: Comparison | undefined): ReadonlyMap<string, Route> {
  if (!comparison) return routeModel(model).routes;
  // A box of the later side wins over a ghost of the same id, as in placeLinks.
  const boxes = [...new Map(placedBoxes.map((placed) => [placed.box.id, placed.box])).values()];
  return routeAll(routingInput(boxes, [...comparison.ghosts.links, ...model.links])).routes;
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
    for (const point of link.route ? routeExtent(link.route) : curvePoints(link.curve)) {
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

function describe(model: ModelContent, date: string, comparison: Comparison | undefined): string {
  const boxes = model.boxes.length === 1 ? '1 box' : `${model.boxes.length} boxes`;
  const links = model.links.length === 1 ? '1 link' : `${model.links.length} links`;
  const compared = comparison ? ` ${comparedWords(comparison)}; new, changed and removed boxes and links are marked in words, removed ones drawn dashed where they were.` : '';
  return `Logic model in seven levels, ${boxes} and ${links}, exported ${date}.${compared}`;
}

function sideName(name: string): string {
  return name === 'now' ? 'now' : `“${name}”`;
}

/** Changes from “Q3 board” to now: 9 changes: Boxes 3, Links 2, Progress 4 */
function comparedWords(comparison: Comparison): string {
  return `Changes from ${sideName(comparison.beforeName)} to ${sideName(comparison.afterName)}: ${changeCountsInWords(comparison.changes)}`;
}

/** The font stack with single quotes, so it sits in an attribute without entities. */
const FONT_ATTRIBUTE = FONT_FAMILY.replace(/"/g, "'");

function textAttributes(size: number, fill: string, extra = ''): string {
  return `font-family="${FONT_ATTRIBUTE}" font-size="${size}" fill="${fill}"${extra}`;
}

function markerId(shape: LinkShape, ghost = false): string {
  return ghost ? `oc-arrow-${shape}-removed` : `oc-arrow-${shape}`;
}

function markerDefinition(shape: LinkShape, ghost: boolean): string {
  const style = LINK_STYLES[shape];
  const colour = ghost ? CHANGE_STYLES.removed.colour : style.colour;
  const outline = ARROWHEAD_OUTLINES[style.arrow];
  // svg2pdf.js always scales markers by the stroke width, so size them in stroke widths everywhere.
  const size = n(ARROW_SIZE / style.width);
  const paint = outline.filled
    ? `fill="${colour}" stroke="none"`
    : `fill="${outline.closed ? PAGE_STYLE.background : 'none'}" stroke="${colour}" stroke-width="1.6" stroke-linejoin="miter"`;
  const tip = outline.closed ? 9 : 9.5;
  return `<marker id="${markerId(shape, ghost)}" viewBox="0 0 10 10" refX="${tip}" refY="5" markerWidth="${size}" markerHeight="${size}" orient="auto"><path d="${outline.path}" ${paint}/></marker>`;
}

/** The arrowhead of each link shape; grey ones as well when removed links are drawn as ghosts. */
function markerDefinitions(withGhosts: boolean): string {
  const markers = LINK_SHAPES.map((shape) => markerDefinition(shape, false));
  if (withGhosts) markers.push(...LINK_SHAPES.map((shape) => markerDefinition(shape, true)));
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

/** A removed link's stroke: its shape's width, dashed and grey. */
function ghostStrokeAttributes(shape: LinkShape): string {
  return `fill="none" stroke="${CHANGE_STYLES.removed.colour}" stroke-width="${LINK_STYLES[shape].width}" stroke-dasharray="${GHOST_DASH}"`;
}

function linkSvg(link: PlacedLink, flagCount: number): string {
  const ghost = link.change === 'removed';
  const stroke = ghost ? ghostStrokeAttributes(link.shape) : strokeAttributes(link.shape);
  const changed = link.change ? ` data-change="${link.change}"` : '';
  const path = `<path class="link" data-link-id="${escapeXml(link.id)}" data-shape="${link.shape}"${changed} d="${link.route ? routePath(link.route) : linkPathData(link.curve)}" ${stroke} marker-end="url(#${markerId(link.shape, ghost)})"/>\n`;
  const middle = link.route ? routeMidpoint(link.route) : curveMidpoint(link.curve);
  const badge = flagCount > 0 ? flagBadgeSvg(middle, flagCount) : '';
  // Below the flag badge when the link has one, so both can be read.
  const tag = link.change ? linkChangeTagSvg(link.change, { x: middle.x, y: flagCount > 0 ? middle.y + FLAG_BADGE.radius + 12 : middle.y }) : '';
  return path + badge + tag;
}

/** "New", "Changed" or "Removed" on a link, in words on a white pill, as the canvas writes it. */
function linkChangeTagSvg(change: ChangeMark, centre: { x: number; y: number }): string {
  const style = CHANGE_STYLES[change];
  const { height, padding, fontSize } = PROGRESS_BADGE;
  const width = badgeTextWidth(style.word) + 2 * padding;
  const left = centre.x - width / 2;
  const top = centre.y - height / 2;
  return (
    `<g class="change-tag" data-change="${change}"><rect x="${n(left)}" y="${n(top)}" width="${n(width)}" height="${height}" rx="${height / 2}" ry="${height / 2}" fill="${PAGE_STYLE.background}" stroke="${style.colour}" stroke-width="1.5"/>` +
    `<text x="${n(centre.x)}" y="${n(top + height / 2 + fontSize * 0.36)}" text-anchor="middle" ${textAttributes(fontSize, style.colour, ' font-weight="bold"')}>${style.word}</text></g>\n`
  );
}

/** A change's shape, drawn at (left, top) in a square of `size`: the same paths as the canvas's. */
function changeShapeSvg(change: ChangeMark, left: number, top: number, size: number): string {
  const style = CHANGE_STYLES[change];
  return (
    `<g class="change-shape" data-change="${change}" transform="translate(${n(left)} ${n(top)}) scale(${n(size / 16)})">` +
    `<path d="${style.shape}" fill="${style.colour}"/><path d="${style.mark}" fill="none" stroke="#ffffff" stroke-width="2" stroke-linecap="round"/></g>`
  );
}

/** The pill on a box's bottom edge, right-aligned as on the canvas: the change's shape and word. */
function boxChangeTagSvg(change: ChangeMark, right: number, bottom: number): string {
  const style = CHANGE_STYLES[change];
  const { height, iconSize, padding, gap, fontSize } = PROGRESS_BADGE;
  const width = padding + iconSize + gap + badgeTextWidth(style.word) + padding;
  const left = right - 10 - width;
  const top = bottom - height / 2;
  return (
    `<g class="change-tag" data-change="${change}"><rect x="${n(left)}" y="${n(top)}" width="${n(width)}" height="${height}" rx="${height / 2}" ry="${height / 2}" fill="${style.fill}" stroke="${style.colour}" stroke-width="1"/>` +
    changeShapeSvg(change, left + padding, top + (height - iconSize) / 2, iconSize) +
    `<text x="${n(left + padding + iconSize + gap)}" y="${n(top + height / 2 + fontSize * 0.36)}" ${textAttributes(fontSize, style.colour, ' font-weight="bold"')}>${style.word}</text></g>`
  );
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

/** How a box is outlined and filled: by its rating when progress is shown, as a ghost when removed, in its change's colour when new or changed. */
function boxLook(box: Box, change: ChangeMark | undefined, showProgress: boolean): { fill: string; stroke: string; width: number; dash: string } {
  if (change === 'removed') return { fill: CHANGE_STYLES.removed.fill, stroke: CHANGE_STYLES.removed.colour, width: 2, dash: ` stroke-dasharray="${GHOST_DASH}"` };
  if (showProgress) return progressLook(box.rating);
  if (change) return { fill: BOX_STYLE.fill, stroke: CHANGE_STYLES[change].colour, width: 2.5, dash: '' };
  return { fill: BOX_STYLE.fill, stroke: LEVEL_COLOURS[box.level].heading, width: BOX_STYLE.strokeWidth, dash: '' };
}

function boxSvg(placed: PlacedBox, flagCount: number, showProgress: boolean): string {
  const { box, frame, lines, change } = placed;
  const ghost = change === 'removed';
  const look = boxLook(box, change, showProgress);
  const centre = frame.x + frame.width / 2;
  const textTop = frame.y + (frame.height - lines.length * BOX_LINE_HEIGHT) / 2;
  const tspans = lines
    .map((line, index) => `<tspan x="${n(centre)}" y="${n(textTop + 13 + index * BOX_LINE_HEIGHT)}">${escapeXml(line)}</tspan>`)
    .join('');
  const parts = [
    `<g class="box" data-box-id="${escapeXml(box.id)}" data-level="${box.level}"${showProgress && !ghost ? ` data-progress="${box.rating?.progress ?? 'unrated'}"` : ''}${change ? ` data-change="${change}"` : ''}>`,
    `<rect x="${n(frame.x)}" y="${n(frame.y)}" width="${frame.width}" height="${n(frame.height)}" rx="${BOX_STYLE.radius}" ry="${BOX_STYLE.radius}" fill="${look.fill}" stroke="${look.stroke}" stroke-width="${look.width}"${look.dash}/>`,
  ];
  if (box.feature) {
    const feature = featureById(box.feature);
    parts.push(featureMarkSvg(box.level, frame.x + frame.width, frame.y, feature ? `Evidence feature: ${feature.name}` : `Evidence feature: ${box.feature}`));
  }
  if (tspans) parts.push(`<text class="box-label" text-anchor="middle" ${textAttributes(BOX_STYLE.fontSize, ghost ? CHANGE_STYLES.removed.colour : BOX_STYLE.text)}>${tspans}</text>`);
  // On the box's top edge, so the box keeps its size and its links their ends. A ghost is not rated now.
  if (showProgress && !ghost) parts.push(progressBadgeSvg(box.rating, frame.x + 10, frame.y - PROGRESS_BADGE.height / 2));
  if (change) parts.push(boxChangeTagSvg(change, frame.x + frame.width, frame.y + frame.height));
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

const CHANGE_KEY: readonly ChangeMark[] = ['new', 'changed', 'removed'];

/** The key to a compare view's marks, under the Key, laid out in its columns: each mark's look, word and meaning. */
function changeKeySvg(columns: number, top: number): string {
  const parts = [
    `<g class="change-legend">\n<text x="${MARGIN}" y="${n(top + 14)}" ${textAttributes(PAGE_STYLE.legendSize + 1, PAGE_STYLE.text, ' font-weight="bold"')}>Changes</text>\n`,
  ];
  CHANGE_KEY.forEach((change, index) => {
    const style = CHANGE_STYLES[change];
    const left = MARGIN + (index % columns) * LEGEND_ITEM_WIDTH;
    const middle = top + LEGEND_HEADING_HEIGHT + Math.floor(index / columns) * LEGEND_ROW_HEIGHT + LEGEND_ROW_HEIGHT / 2;
    const dash = change === 'removed' ? ` stroke-dasharray="${GHOST_DASH}"` : '';
    const sample =
      `<rect x="${n(left + 8)}" y="${n(middle - 9)}" width="44" height="18" rx="4" ry="4" fill="${style.fill}" stroke="${style.colour}" stroke-width="2"${dash}/>` +
      changeShapeSvg(change, left + 22, middle - 8, 16);
    parts.push(
      `<g class="legend-item" data-change="${change}">${sample}<text x="${n(left + LEGEND_SAMPLE_WIDTH + 12)}" y="${n(middle + PAGE_STYLE.legendSize * 0.36)}" ${textAttributes(PAGE_STYLE.legendSize, PAGE_STYLE.text)}><tspan font-weight="bold">${style.word}</tspan>: ${escapeXml(style.meaning)}</text></g>\n`,
    );
  });
  parts.push('</g>\n');
  return parts.join('');
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
