/**
 * The key under the model's SVG (src/export/svg.ts): what each link style, mark and rating means,
 * and a compare view's marks.
 */
import type { ChangeMark } from '../analysis/changeMarks';
import { LINK_SHAPES, type LinkShape } from '../domain/linkShape';
import { PROGRESS_VALUES, type Progress } from '../domain/model';
import { PROGRESS_WORDS } from '../domain/progress';
import {
  BOX_STYLE,
  CHANGE_STYLES,
  FEATURE_MARK,
  GHOST_DASH,
  LINK_STYLES,
  PAGE_STYLE,
  PROGRESS_BADGE,
  PROGRESS_STYLES,
  UNRATED_STYLE,
} from './theme';
import { escapeXml, formatNumber as n } from './xml';
import { progressShapeSvg } from './svgBoxes';
import { changeShapeSvg, flagBadgeSvg, markerId, strokeAttributes } from './svgLinks';
import { LEGEND_HEADING_HEIGHT, LEGEND_ITEM_WIDTH, LEGEND_ROW_HEIGHT, LEGEND_SAMPLE_WIDTH, MARGIN, textAttributes } from './svgPieces';

export type LegendEntry = { kind: 'link'; shape: LinkShape } | { kind: 'feature' } | { kind: 'flags' } | { kind: 'progress'; progress: Progress } | { kind: 'unrated' };

export function legendEntries(withFlags: boolean, withProgress: boolean): LegendEntry[] {
  const entries: LegendEntry[] = LINK_SHAPES.map((shape) => ({ kind: 'link', shape }));
  entries.push({ kind: 'feature' });
  if (withFlags) entries.push({ kind: 'flags' });
  if (withProgress) {
    for (const progress of PROGRESS_VALUES) entries.push({ kind: 'progress', progress });
    entries.push({ kind: 'unrated' });
  }
  return entries;
}

export const CHANGE_KEY: readonly ChangeMark[] = ['new', 'changed', 'removed'];

/** The key to a compare view's marks, under the Key, laid out in its columns: each mark's look, word and meaning. */
export function changeKeySvg(columns: number, top: number): string {
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

export function legendSvg(entries: readonly LegendEntry[], columns: number, top: number): string {
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
