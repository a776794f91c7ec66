/**
 * Boxes in the model's SVG (src/export/svg.ts): outline and fill by rating or change, wrapped label,
 * the evidence feature's mark, the flag badge, the rating's pill and a compare view's tag.
 */
import type { ChangeMark } from '../analysis/changeMarks';
import type { LevelId } from '../domain/levels';
import { BOX_LINE_HEIGHT } from '../domain/lanes';
import { isIsoDate, ukLongDate } from '../domain/isoDate';
import type { Box, Progress, Rating } from '../domain/model';
import { CONFIDENCE_WORDS, PROGRESS_WORDS } from '../domain/progress';
import { featureById } from '../evidence/features';
import {
  BOX_STYLE,
  CHANGE_STYLES,
  FEATURE_MARK,
  GHOST_DASH,
  LEVEL_COLOURS,
  PROGRESS_BADGE,
  PROGRESS_STYLES,
  UNRATED_STYLE,
} from './theme';
import { escapeXml, formatNumber as n } from './xml';
import { changeShapeSvg, flagBadgeSvg } from './svgLinks';
import { type PlacedBox, textAttributes } from './svgPieces';

/** The pill on a box's bottom edge, right-aligned as on the canvas: the change's shape and word. */
export function boxChangeTagSvg(change: ChangeMark, right: number, bottom: number): string {
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

export function featureMarkSvg(level: LevelId, right: number, top: number, featureName: string): string {
  const { width, height, notch } = FEATURE_MARK;
  const left = right - 28;
  const d = `M ${n(left)} ${n(top)} h ${width} v ${height} l ${-width / 2} ${-notch} l ${-width / 2} ${notch} Z`;
  return `<path class="feature-mark" d="${d}" fill="${LEVEL_COLOURS[level].heading}"><title>${escapeXml(featureName)}</title></path>`;
}

/** How a box is outlined and filled: by its rating when progress is shown, as a ghost when removed, in its change's colour when new or changed. */
export function boxLook(box: Box, change: ChangeMark | undefined, showProgress: boolean): { fill: string; stroke: string; width: number; dash: string } {
  if (change === 'removed') return { fill: CHANGE_STYLES.removed.fill, stroke: CHANGE_STYLES.removed.colour, width: 2, dash: ` stroke-dasharray="${GHOST_DASH}"` };
  if (showProgress) return progressLook(box.rating);
  if (change) return { fill: BOX_STYLE.fill, stroke: CHANGE_STYLES[change].colour, width: 2.5, dash: '' };
  return { fill: BOX_STYLE.fill, stroke: LEVEL_COLOURS[box.level].heading, width: BOX_STYLE.strokeWidth, dash: '' };
}

export function boxSvg(placed: PlacedBox, flagCount: number, showProgress: boolean): string {
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
export function progressLook(rating: Rating | undefined): { fill: string; stroke: string; width: number; dash: string } {
  if (!rating) return { fill: UNRATED_STYLE.fill, stroke: UNRATED_STYLE.border, width: BOX_STYLE.strokeWidth, dash: ` stroke-dasharray="${UNRATED_STYLE.dash}"` };
  const style = PROGRESS_STYLES[rating.progress];
  return { fill: style.fill, stroke: style.border, width: PROGRESS_BADGE.strokeWidth, dash: '' };
}

/** The rating's shape, drawn at (left, top) in a square of `size`. */
export function progressShapeSvg(progress: Progress, left: number, top: number, size: number): string {
  const style = PROGRESS_STYLES[progress];
  const mark = style.mark ? `<path d="${style.mark}" fill="none" stroke="#ffffff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>` : '';
  return `<g class="progress-shape" data-progress="${progress}" transform="translate(${n(left)} ${n(top)}) scale(${n(size / 16)})"><path d="${style.shape}" fill="${style.border}"/>${mark}</g>`;
}

/** Rough width of bold text in the badge's size: wide enough for the words it holds. */
export function badgeTextWidth(text: string): number {
  return text.length * PROGRESS_BADGE.fontSize * 0.62;
}

/** Everything a rating says, for the badge's tooltip. */
export function ratingDescription(rating: Rating): string {
  const date = isIsoDate(rating.date) ? ukLongDate(rating.date) : rating.date;
  const by = rating.by?.trim() ? ` by ${rating.by.trim()}` : '';
  return `Progress: ${PROGRESS_WORDS[rating.progress]}. Confidence: ${CONFIDENCE_WORDS[rating.confidence]}. Rated ${date}${by}.`;
}

/** The pill with the rating's shape and word, or "Not rated" in grey with a dashed edge. */
export function progressBadgeSvg(rating: Rating | undefined, left: number, top: number): string {
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
