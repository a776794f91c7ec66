/**
 * The visual language shared by the canvas and every export (PRODUCT.md §3): calm and print-first.
 * Plain constants only, so the canvas, the SVG renderer and the PDF can all read the same values.
 *
 * Every text colour here keeps WCAG AA contrast (4.5:1) on the background it is drawn on, which
 * also keeps it readable when a board paper is printed in greyscale; theme.test.ts checks the ratios.
 * Link shapes never rely on colour alone: each has its own dash pattern and arrowhead.
 */
import type { LevelId } from '../domain/levels';
import type { LinkShape } from '../domain/linkShape';

/** System fonts only, so an export looks the same offline and on a machine without web fonts. */
// DejaVu Sans second: the PDF embeds it (and names it so) when text goes beyond Windows-1252.
export const FONT_FAMILY = '"Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif';

export interface LevelColours {
  /** Pale tint filling the lane. */
  readonly lane: string;
  /** Stronger colour for the heading text and the lane's accent bar; AA on the tint and on white. */
  readonly heading: string;
  /** Body text drawn on the tint (the plain question under the heading). */
  readonly text: string;
}

const BODY_TEXT = '#1f2328';

export const LEVEL_COLOURS: Readonly<Record<LevelId, LevelColours>> = {
  inputs: { lane: '#eef3fb', heading: '#1d4e89', text: BODY_TEXT },
  activities: { lane: '#edf7f0', heading: '#1e6b3a', text: BODY_TEXT },
  engagement: { lane: '#fdf4e6', heading: '#8a4b08', text: BODY_TEXT },
  reactions: { lane: '#fbeef3', heading: '#8c2a4f', text: BODY_TEXT },
  learning: { lane: '#f3effa', heading: '#5a3a8c', text: BODY_TEXT },
  practice: { lane: '#ebf6f7', heading: '#17616a', text: BODY_TEXT },
  outcomes: { lane: '#f4f4ee', heading: '#4d5720', text: BODY_TEXT },
};

/**
 * Arrowheads, each drawn in a 10 × 10 box pointing right (+x) with its tip at (10, 5), so an SVG
 * <marker> or a canvas edge can use the same outline.
 */
export type ArrowHead = 'filled' | 'open' | 'hollow' | 'diamond';

export const ARROWHEAD_OUTLINES: Readonly<Record<ArrowHead, { readonly path: string; readonly filled: boolean; readonly closed: boolean }>> = {
  filled: { path: 'M 0 0 L 10 5 L 0 10 Z', filled: true, closed: true },
  open: { path: 'M 1 0.5 L 10 5 L 1 9.5', filled: false, closed: false },
  hollow: { path: 'M 0.8 0.8 L 10 5 L 0.8 9.2 Z', filled: false, closed: true },
  diamond: { path: 'M 0 5 L 5 1 L 10 5 L 5 9 Z', filled: true, closed: true },
};

export interface LinkStyle {
  /** Legend name. */
  readonly label: string;
  /** Legend explanation, in the briefing's terms. */
  readonly description: string;
  /** SVG stroke-dasharray, or null for a solid line. */
  readonly dash: string | null;
  readonly colour: string;
  readonly width: number;
  readonly arrow: ArrowHead;
}

export const LINK_STYLES: Readonly<Record<LinkShape, LinkStyle>> = {
  linear: {
    label: 'Linear',
    description: 'to the next level',
    dash: null,
    colour: '#30363d',
    width: 1.8,
    arrow: 'filled',
  },
  skip: {
    label: 'Skip',
    description: 'jumps forward over one or more levels',
    dash: '10 5',
    colour: '#1f4f8f',
    width: 1.8,
    arrow: 'open',
  },
  feedback: {
    label: 'Feedback',
    description: 'back to an earlier level (not just linear)',
    dash: '2 4',
    colour: '#8a3413',
    width: 2,
    arrow: 'hollow',
  },
  'same-level': {
    label: 'Same level',
    description: 'between boxes of one level',
    dash: '10 4 2 4',
    colour: '#5b3f8c',
    width: 1.8,
    arrow: 'diamond',
  },
};

export const BOX_STYLE = {
  fill: '#ffffff',
  text: BODY_TEXT,
  radius: 8,
  strokeWidth: 1.5,
  fontSize: 13,
} as const;

/** The small bookmark on a box that stands for an evidence feature; drawn in the level's heading colour. */
export const FEATURE_MARK = { width: 10, height: 14, notch: 4 } as const;

/** The badge counting a box's flags: white text on a deep red that keeps AA contrast. */
export const FLAG_BADGE = { fill: '#a4262c', text: '#ffffff', radius: 10, fontSize: 11 } as const;

/** Title, date and legend text on the white page. */
export const PAGE_STYLE = {
  background: '#ffffff',
  text: BODY_TEXT,
  mutedText: '#4b5258',
  titleSize: 24,
  subtitleSize: 13,
  headingSize: 15,
  questionSize: 12,
  legendSize: 12,
} as const;
