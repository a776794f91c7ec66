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
import { LEVELS } from '../domain/levels';
import { LANE_HEADER_HEIGHT, LANE_WIDTH, laneHeightFor, laneLeft, totalLanesWidth, wrapText } from '../domain/lanes';
import { shapeBetween } from '../domain/linkShape';
import type { Box, Link, ModelContent } from '../domain/model';
import { boxFrame, routeAll, routeExtent, routeModel, routingInput, type Route } from '../domain/routing';
import { curvePoints, linkCurve } from './linkGeometry';
import { LEVEL_COLOURS, PAGE_STYLE } from './theme';
import { escapeXml, formatNumber as n } from './xml';
import { boxSvg } from './svgBoxes';
import { CHANGE_KEY, changeKeySvg, legendEntries, legendSvg } from './svgLegend';
import { linkSvg, markerDefinitions } from './svgLinks';
import { DRAWING_BLEED, HEADER_GAP, HEADING_CHARS_PER_LINE, HEADING_LINE_HEIGHT, LANE_ACCENT_HEIGHT, LEGEND_GAP, LEGEND_HEADING_HEIGHT, LEGEND_ITEM_WIDTH, LEGEND_ROW_HEIGHT, MARGIN, type PlacedBox, type PlacedLink, SUBTITLE_LINE_HEIGHT, TITLE_LINE_HEIGHT, textAttributes } from './svgPieces';

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
