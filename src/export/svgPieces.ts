/**
 * What the parts of the model's SVG share (src/export/svg.ts): a box or link as placed on the
 * drawing, the diagram's sizes, and text attributes in the one font stack.
 */
import type { ChangeMark } from '../analysis/changeMarks';
import type { LinkShape } from '../domain/linkShape';
import type { Box } from '../domain/model';
import type { Route } from '../domain/routing';
import type { Frame, LinkCurve } from './linkGeometry';
import { FONT_FAMILY } from './theme';

export const MARGIN = 32;
export const TITLE_LINE_HEIGHT = 30;
export const SUBTITLE_LINE_HEIGHT = 18;
export const HEADER_GAP = 18;
export const HEADING_LINE_HEIGHT = 19;
export const HEADING_CHARS_PER_LINE = 24;
export const LANE_ACCENT_HEIGHT = 4;
export const LEGEND_GAP = 24;
export const LEGEND_HEADING_HEIGHT = 22;
export const LEGEND_ROW_HEIGHT = 26;
export const LEGEND_ITEM_WIDTH = 440;
export const LEGEND_SAMPLE_WIDTH = 60;
/** Room kept around drawn shapes for arrowheads, badges and stroke widths. */
export const DRAWING_BLEED = 14;
export const ARROW_SIZE = 11;

export interface PlacedBox {
  readonly box: Box;
  readonly frame: Frame;
  readonly lines: readonly string[];
  /** In a compare view: new, changed, or removed (a ghost of the earlier side). */
  readonly change?: ChangeMark;
}

export interface PlacedLink {
  readonly id: string;
  readonly shape: LinkShape;
  readonly curve: LinkCurve;
  /** Its route around the boxes, when links are routed. */
  readonly route?: Route;
  readonly change?: ChangeMark;
}

/** The font stack with single quotes, so it sits in an attribute without entities. */
export const FONT_ATTRIBUTE = FONT_FAMILY.replace(/"/g, "'");

export function textAttributes(size: number, fill: string, extra = ''): string {
  return `font-family="${FONT_ATTRIBUTE}" font-size="${size}" fill="${fill}"${extra}`;
}
