/**
 * Links in the model's SVG (src/export/svg.ts): arrowheads defined once per link shape, each link
 * along its route (or its curve), its flag count and a compare view's tag.
 */
import type { ChangeMark } from '../analysis/changeMarks';
import { LINK_SHAPES, type LinkShape } from '../domain/linkShape';
import { routeMidpoint, routePath } from '../domain/routing';
import { curveMidpoint, type LinkCurve } from './linkGeometry';
import {
  ARROWHEAD_OUTLINES,
  CHANGE_STYLES,
  FLAG_BADGE,
  GHOST_DASH,
  LINK_STYLES,
  PAGE_STYLE,
  PROGRESS_BADGE,
} from './theme';
import { escapeXml, formatNumber as n } from './xml';
import { badgeTextWidth } from './svgBoxes';
import { ARROW_SIZE, type PlacedLink, textAttributes } from './svgPieces';

export function markerId(shape: LinkShape, ghost = false): string {
  return ghost ? `oc-arrow-${shape}-removed` : `oc-arrow-${shape}`;
}

export function markerDefinition(shape: LinkShape, ghost: boolean): string {
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
export function markerDefinitions(withGhosts: boolean): string {
  const markers = LINK_SHAPES.map((shape) => markerDefinition(shape, false));
  if (withGhosts) markers.push(...LINK_SHAPES.map((shape) => markerDefinition(shape, true)));
  return `<defs>\n${markers.join('\n')}\n</defs>\n`;
}

export function linkPathData(curve: LinkCurve): string {
  const { start, control1, control2, end } = curve;
  return `M ${n(start.x)} ${n(start.y)} C ${n(control1.x)} ${n(control1.y)} ${n(control2.x)} ${n(control2.y)} ${n(end.x)} ${n(end.y)}`;
}

export function strokeAttributes(shape: LinkShape): string {
  const style = LINK_STYLES[shape];
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
  return `fill="none" stroke="${style.colour}" stroke-width="${style.width}"${dash}`;
}

/** A removed link's stroke: its shape's width, dashed and grey. */
export function ghostStrokeAttributes(shape: LinkShape): string {
  return `fill="none" stroke="${CHANGE_STYLES.removed.colour}" stroke-width="${LINK_STYLES[shape].width}" stroke-dasharray="${GHOST_DASH}"`;
}

export function linkSvg(link: PlacedLink, flagCount: number): string {
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
export function linkChangeTagSvg(change: ChangeMark, centre: { x: number; y: number }): string {
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
export function changeShapeSvg(change: ChangeMark, left: number, top: number, size: number): string {
  const style = CHANGE_STYLES[change];
  return (
    `<g class="change-shape" data-change="${change}" transform="translate(${n(left)} ${n(top)}) scale(${n(size / 16)})">` +
    `<path d="${style.shape}" fill="${style.colour}"/><path d="${style.mark}" fill="none" stroke="#ffffff" stroke-width="2" stroke-linecap="round"/></g>`
  );
}

export function flagBadgeSvg(centre: { x: number; y: number }, count: number): string {
  const label = count > 99 ? '99+' : String(count);
  return (
    `<g class="flag-badge"><circle cx="${n(centre.x)}" cy="${n(centre.y)}" r="${FLAG_BADGE.radius}" fill="${FLAG_BADGE.fill}" stroke="${PAGE_STYLE.background}" stroke-width="1.5"/>` +
    `<text x="${n(centre.x)}" y="${n(centre.y + FLAG_BADGE.fontSize * 0.36)}" text-anchor="middle" ${textAttributes(FLAG_BADGE.fontSize, FLAG_BADGE.text, ' font-weight="bold"')}>${label}</text></g>\n`
  );
}
