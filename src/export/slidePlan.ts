/**
 * The PowerPoint export as plain data (PRODUCT.md §15): which slides, and on each, every shape in
 * inches on a 13.333 × 7.5 in widescreen slide. `pptx.ts` only hands these to the library, so the
 * plan is tested (and timed) in Node without it.
 *
 * The diagram is the SVG export's own layout (lanes, boxes, links where the canvas has them) scaled
 * to fit the slide: native shapes a board secretary can edit, not a picture of them.
 */
import type { Flag } from '../analysis';
import { computePathway, flagsOnPathway, pathwayInWords, pathwayModel, type Pathway } from '../analysis/pathway';
import { BOX_WIDTH, estimateBoxHeight, laneHeightFor, laneLeft, LANE_WIDTH, totalLanesWidth } from '../domain/lanes';
import { LEVELS } from '../domain/levels';
import { indexBoxes, LINK_SHAPES, linkShape, type LinkShape } from '../domain/linkShape';
import type { Box, ModelContent } from '../domain/model';
import { PROGRESS_WORDS } from '../domain/progress';
import { flagsSummaryLines } from './flagsForExport';
import { linkCurve, type Frame } from './linkGeometry';
import { drawCommands, routeAll, routesBottom, routingInput, type Route } from '../domain/routing';
import { outlineModel } from './outline';
import { linkShapeName } from './text';
import { BOX_STYLE, LEVEL_COLOURS, LINK_STYLES, PAGE_STYLE, type ArrowHead } from './theme';
import type { SlideLineChart } from './measureSlides';

export const SLIDE_WIDTH = 13.333;
export const SLIDE_HEIGHT = 7.5;
const MARGIN = 0.3;
const TITLE_HEIGHT = 0.6;
const KEY_HEIGHT = 0.35;
/** Points per inch; canvas units are CSS pixels, 96 to the inch. */
const POINTS = 72;

export type LineDash = 'solid' | 'dash' | 'sysDot' | 'dashDot';
export type LineArrow = 'triangle' | 'arrow' | 'stealth' | 'diamond';

/** Each link style's dash and arrowhead in PowerPoint's own set (the nearest to the SVG's). */
export const SLIDE_LINK_STYLES: Readonly<Record<LinkShape, { readonly dash: LineDash; readonly arrow: LineArrow }>> = {
  linear: { dash: 'solid', arrow: 'triangle' },
  skip: { dash: 'dash', arrow: 'arrow' },
  feedback: { dash: 'sysDot', arrow: 'stealth' },
  'same-level': { dash: 'dashDot', arrow: 'diamond' },
};
const ARROWS: Readonly<Record<ArrowHead, LineArrow>> = { filled: 'triangle', open: 'arrow', hollow: 'stealth', diamond: 'diamond' };

export interface SlideText {
  readonly text: string;
  /** Points. */
  readonly size: number;
  readonly colour: string;
  readonly bold?: boolean;
  readonly align?: 'left' | 'center';
  readonly valign?: 'top' | 'middle';
}

export type SlideShape =
  | {
      readonly kind: 'rect';
      /** What the shape is, for the file's selection pane; "Diagram" carries the diagram's alt text. */
      readonly name: string;
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly fill: string;
      readonly line?: { readonly colour: string; readonly width: number };
      readonly rounded?: boolean;
      readonly text?: SlideText;
      readonly altText?: string;
    }
  | {
      readonly kind: 'line';
      readonly name: string;
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly colour: string;
      /** Points. */
      readonly width: number;
      readonly dash: LineDash;
      readonly arrow: LineArrow;
    }
  | {
      /** A freeform line (a link routed around the boxes): its points are inches from the shape's own corner (x, y). */
      readonly kind: 'path';
      readonly name: string;
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly points: readonly SlidePathPoint[];
      readonly colour: string;
      /** Points. */
      readonly width: number;
      readonly dash: LineDash;
      readonly arrow: LineArrow;
    };

/** A step of a freeform line, as PowerPoint's custom geometry takes it. */
export type SlidePathPoint =
  | { readonly x: number; readonly y: number }
  | { readonly x: number; readonly y: number; readonly curve: { readonly type: 'quadratic'; readonly x1: number; readonly y1: number } }
  | { readonly x: number; readonly y: number; readonly curve: { readonly type: 'cubic'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number } };

export interface PlannedSlide {
  readonly title: string;
  readonly shapes: readonly SlideShape[];
  /** The speaker notes: the flags, then the text outline. */
  readonly notes: string;
  /** Native charts (a measure's slide: measureSlides.ts). */
  readonly charts?: readonly SlideLineChart[];
}

export interface SlidePlanOptions {
  /** The date on the title slide, in words. */
  readonly date: string;
  readonly flags: readonly Flag[];
  /** Ratings in the boxes' text. */
  readonly showProgress?: boolean;
  /** A slide per pathway, each named by the boxes it was asked for. */
  readonly pathways?: readonly { readonly title: string; readonly boxIds: readonly string[] }[];
  /** Links around boxes, as freeform lines (PRODUCT.md §20); on unless false, which draws straight lines. */
  readonly routeLinks?: boolean;
}

const colour = (css: string) => css.replace('#', '').toUpperCase();

/** Slide text for a model: what a presenter reads from the notes. */
export function textOutline(model: ModelContent): string {
  const outline = outlineModel(model);
  const lines: string[] = [];
  for (const { level, boxes } of outline.levels) {
    if (!boxes.length) continue;
    lines.push(`${level.name}:`);
    for (const { box, label } of boxes) lines.push(`  - ${label}${box.rating ? ` (${PROGRESS_WORDS[box.rating.progress]})` : ''}`);
  }
  if (outline.links.length) {
    lines.push('Links:');
    for (const { fromLabel, toLabel, shape, link } of outline.links) lines.push(`  - ${fromLabel} → ${toLabel} (${linkShapeName(shape)})${link.note?.trim() ? `: ${link.note.trim()}` : ''}`);
  }
  return lines.join('\n');
}

function boxText(box: Box, showProgress: boolean): string {
  const label = box.label.trim() || 'Untitled box';
  return showProgress ? `${label}\n[${box.rating ? PROGRESS_WORDS[box.rating.progress] : 'Not rated'}]` : label;
}

/** The whole diagram of `model` scaled into the slide below its title, with the key along the bottom. */
function diagramShapes(model: ModelContent, altText: string, showProgress: boolean, routeLinks = true): SlideShape[] {
  const top = MARGIN + TITLE_HEIGHT;
  const width = totalLanesWidth();
  const frames = new Map<string, Frame>();
  for (const box of model.boxes) frames.set(box.id, { x: box.x, y: box.y, width: BOX_WIDTH, height: estimateBoxHeight(box.label) + (showProgress ? 18 : 0) });
  // Routed around the boxes as the slide draws them (taller with their ratings); the lanes reach down to the lowest route.
  const routes = routeLinks ? routeAll(routingInput(model.boxes, model.links, (box) => frames.get(box.id)!)).routes : null;
  const height = Math.max(laneHeightFor(model.boxes), routes ? routesBottom(routes.values()) + 24 : 0);
  const room = { w: SLIDE_WIDTH - 2 * MARGIN, h: SLIDE_HEIGHT - top - KEY_HEIGHT - MARGIN };
  const scale = Math.min(room.w / width, room.h / height);
  const left = MARGIN + (room.w - width * scale) / 2;
  const at = (x: number, y: number) => ({ x: left + x * scale, y: top + y * scale });
  const points = (units: number) => Math.max(1, Math.round(units * scale * POINTS * 10) / 10);

  const shapes: SlideShape[] = [
    { kind: 'rect', name: 'Diagram', ...at(0, 0), w: width * scale, h: height * scale, fill: colour(PAGE_STYLE.background), altText },
  ];
  for (const level of LEVELS) {
    const colours = LEVEL_COLOURS[level.id];
    const corner = at(laneLeft(level.id), 0);
    shapes.push({
      kind: 'rect',
      name: `Lane: ${level.name}`,
      ...corner,
      w: LANE_WIDTH * scale,
      h: height * scale,
      fill: colour(colours.lane),
      text: { text: level.name, size: points(PAGE_STYLE.headingSize * 1.2), colour: colour(colours.heading), bold: true, align: 'center', valign: 'top' },
    });
  }
  const boxes = indexBoxes(model.boxes);
  for (const link of model.links) {
    const shape = linkShape(link, boxes);
    if (!shape) continue;
    const route = routes?.get(link.id);
    if (route) {
      const style = LINK_STYLES[shape];
      shapes.push({ ...freeform(route, at), name: `Link (${shape})`, colour: colour(style.colour), width: Math.max(0.75, style.width * 0.75), dash: SLIDE_LINK_STYLES[shape].dash, arrow: ARROWS[style.arrow] });
      continue;
    }
    const curve = linkCurve(shape, frames.get(link.source)!, frames.get(link.target)!);
    const style = LINK_STYLES[shape];
    // A straight line between the curve's ends (a library line is not a glued connector; PRODUCT.md allows it).
    const from = at(curve.start.x, curve.start.y);
    const to = at(curve.end.x, curve.end.y);
    shapes.push({ kind: 'line', name: `Link (${shape})`, x1: from.x, y1: from.y, x2: to.x, y2: to.y, colour: colour(style.colour), width: Math.max(0.75, style.width * 0.75), dash: SLIDE_LINK_STYLES[shape].dash, arrow: ARROWS[style.arrow] });
  }
  for (const box of model.boxes) {
    const frame = frames.get(box.id)!;
    shapes.push({
      kind: 'rect',
      name: `Box: ${LEVELS.find((level) => level.id === box.level)?.name ?? box.level}`,
      ...at(frame.x, frame.y),
      w: frame.width * scale,
      h: frame.height * scale,
      fill: colour(BOX_STYLE.fill),
      line: { colour: colour(LEVEL_COLOURS[box.level].heading), width: 0.75 },
      rounded: true,
      text: { text: boxText(box, showProgress), size: points(BOX_STYLE.fontSize), colour: colour(BOX_STYLE.text), align: 'center', valign: 'middle' },
    });
  }
  // The key: a short line of each style, and its name.
  const keyTop = SLIDE_HEIGHT - MARGIN - KEY_HEIGHT + 0.1;
  const slot = (SLIDE_WIDTH - 2 * MARGIN) / LINK_SHAPES.length;
  LINK_SHAPES.forEach((shape, index) => {
    const style = LINK_STYLES[shape];
    const x = MARGIN + index * slot;
    shapes.push({ kind: 'line', name: `Key: ${style.label}`, x1: x, y1: keyTop + 0.12, x2: x + 0.6, y2: keyTop + 0.12, colour: colour(style.colour), width: 1.5, dash: SLIDE_LINK_STYLES[shape].dash, arrow: ARROWS[style.arrow] });
    // Two short lines at most: sized to fit, since PowerPoint and Impress autofit text differently.
    shapes.push({ kind: 'rect', name: `Key text: ${style.label}`, x: x + 0.7, y: keyTop - 0.08, w: slot - 0.75, h: 0.4, fill: colour(PAGE_STYLE.background), text: { text: `${style.label}: ${style.description}`, size: 8, colour: colour(PAGE_STYLE.mutedText), valign: 'middle' } });
  });
  return shapes;
}

/** A route as a freeform line's box and steps, in inches, through the diagram's scaling `at`. */
function freeform(route: Route, at: (x: number, y: number) => { x: number; y: number }): { kind: 'path'; x: number; y: number; w: number; h: number; points: SlidePathPoint[] } {
  const commands = drawCommands(route);
  const all = commands.flatMap((command) => (command.kind === 'cubic' ? [command.control1, command.control2, command.to] : command.kind === 'quad' ? [command.control, command.to] : [command.to])).map((point) => at(point.x, point.y));
  const x = Math.min(...all.map((point) => point.x));
  const y = Math.min(...all.map((point) => point.y));
  // PowerPoint wants a shape some size across even for a straight line.
  const w = Math.max(0.01, Math.max(...all.map((point) => point.x)) - x);
  const h = Math.max(0.01, Math.max(...all.map((point) => point.y)) - y);
  const local = (point: { x: number; y: number }) => {
    const p = at(point.x, point.y);
    return { x: round(p.x - x), y: round(p.y - y) };
  };
  const points = commands.map((command): SlidePathPoint => {
    if (command.kind === 'quad') {
      const control = local(command.control);
      return { ...local(command.to), curve: { type: 'quadratic', x1: control.x, y1: control.y } };
    }
    if (command.kind === 'cubic') {
      const c1 = local(command.control1);
      const c2 = local(command.control2);
      return { ...local(command.to), curve: { type: 'cubic', x1: c1.x, y1: c1.y, x2: c2.x, y2: c2.y } };
    }
    return local(command.to);
  });
  return { kind: 'path', x, y, w, h, points };
}

const round = (inches: number) => Math.round(inches * 10_000) / 10_000;

function titleShape(text: string): SlideShape {
  return { kind: 'rect', name: 'Title', x: MARGIN, y: MARGIN - 0.05, w: SLIDE_WIDTH - 2 * MARGIN, h: TITLE_HEIGHT, fill: colour(PAGE_STYLE.background), text: { text, size: 22, colour: colour(PAGE_STYLE.text), bold: true, valign: 'middle' } };
}

function diagramAlt(model: ModelContent, what: string): string {
  const levels = LEVELS.filter((level) => model.boxes.some((box) => box.level === level.id)).map((level) => level.name);
  return `${what}: ${model.boxes.length} ${model.boxes.length === 1 ? 'box' : 'boxes'} and ${model.links.length} ${model.links.length === 1 ? 'link' : 'links'} across seven lanes, from Inputs to Final outcomes${levels.length ? ` (boxes in ${levels.join(', ')})` : ''}. The speaker notes give every box and link as text.`;
}

function notesFor(model: ModelContent, flagLines: readonly string[], lead?: string): string {
  return [lead, flagLines.length ? `Flags:\n${flagLines.map((line) => `- ${line}`).join('\n')}` : 'Flags: none.', `Outline:\n${textOutline(model)}`].filter(Boolean).join('\n\n');
}

export function planSlides(model: ModelContent, options: SlidePlanOptions): PlannedSlide[] {
  const title = model.title.trim() || 'Untitled model';
  const showProgress = options.showProgress ?? false;
  const summary = `${model.boxes.length} ${model.boxes.length === 1 ? 'box' : 'boxes'} and ${model.links.length} ${model.links.length === 1 ? 'link' : 'links'}`;
  const slides: PlannedSlide[] = [
    {
      title,
      shapes: [
        { kind: 'rect', name: 'Title', x: 0.8, y: 2.3, w: SLIDE_WIDTH - 1.6, h: 1.3, fill: colour(PAGE_STYLE.background), text: { text: title, size: 36, colour: colour(PAGE_STYLE.text), bold: true, valign: 'middle' } },
        {
          kind: 'rect',
          name: 'Subtitle',
          x: 0.8,
          y: 3.7,
          w: SLIDE_WIDTH - 1.6,
          h: 1.6,
          fill: colour(PAGE_STYLE.background),
          text: { text: [model.description?.trim(), `Logic model, ${summary}. ${options.date}.`].filter(Boolean).join('\n'), size: 16, colour: colour(PAGE_STYLE.mutedText), valign: 'top' },
        },
      ],
      notes: `${title}. ${summary}.${model.description?.trim() ? `\n\n${model.description.trim()}` : ''}`,
    },
    {
      title: `${title}: the whole chain`,
      shapes: [titleShape(title), ...diagramShapes(model, diagramAlt(model, `Logic model diagram of “${title}”`), showProgress, options.routeLinks !== false)],
      notes: notesFor(model, flagsSummaryLines(model, options.flags)),
    },
  ];
  for (const asked of options.pathways ?? []) {
    const pathway: Pathway | null = computePathway(model, asked.boxIds);
    if (!pathway) continue;
    const cut = pathwayModel(model, pathway);
    const onIt = flagsOnPathway(options.flags, pathway);
    slides.push({
      title: `Pathway: ${asked.title}`,
      shapes: [titleShape(`Pathway: ${asked.title}`), ...diagramShapes(cut, diagramAlt(cut, `Pathway of ${asked.title}`), showProgress, options.routeLinks !== false)],
      notes: notesFor(cut, onIt.length ? flagsSummaryLines(cut, onIt).slice(1) : [], `The pathway in words: ${pathwayInWords(pathway)}`),
    });
  }
  return slides;
}
