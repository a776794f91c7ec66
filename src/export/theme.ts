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
import type { Progress } from '../domain/model';
import type { ChangeMark } from '../analysis/changeMarks';
import type { Direction } from '../domain/direction';
import type { MeasureDirection } from '../domain/trend';

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

/**
 * How a rated box looks while progress is shown (PRODUCT.md §2): the red, amber, green and blue of
 * UK board papers, never alone. Each rating also has its own shape (drawn as a path, since a PDF's
 * font may lack a symbol glyph) and its word, so the box reads the same in greyscale.
 */
export interface ProgressStyle {
  /** Pale tint filling the box (box text stays BOX_STYLE.text, AA on it). */
  readonly fill: string;
  /** Strong colour for the box's outline and the shape. */
  readonly border: string;
  /** The rating's word on the tint; AA on the tint and on white. */
  readonly text: string;
  /** The shape, filled with `border`, in a 16 × 16 box. */
  readonly shape: string;
  /** A mark stroked in white on the shape (a cross, a tick, "!"), or '' for none. */
  readonly mark: string;
  /** What the rating means, for the legend. */
  readonly meaning: string;
}

/** A circle of radius 8 in Bézier curves (every SVG reader draws these; not all draw arcs alike). */
const CIRCLE_16 = 'M 8 0 C 12.42 0 16 3.58 16 8 C 16 12.42 12.42 16 8 16 C 3.58 16 0 12.42 0 8 C 0 3.58 3.58 0 8 0 Z';

export const PROGRESS_STYLES: Readonly<Record<Progress, ProgressStyle>> = {
  'off-track': {
    fill: '#fbe9e7',
    border: '#b3261e',
    text: '#8c1d18',
    shape: 'M 4.7 0 H 11.3 L 16 4.7 V 11.3 L 11.3 16 H 4.7 L 0 11.3 V 4.7 Z',
    mark: 'M 5 5 L 11 11 M 11 5 L 5 11',
    meaning: 'not happening as planned: needs action',
  },
  'at-risk': {
    fill: '#fdf1d8',
    border: '#a15c00',
    text: '#7a4500',
    shape: 'M 8 0.5 L 16 15.5 H 0 Z',
    mark: 'M 8 6 V 10 M 8 12.4 V 12.6',
    meaning: 'happening in part, or late',
  },
  'on-track': {
    fill: '#e6f4ea',
    border: '#1e7b34',
    text: '#17602a',
    shape: CIRCLE_16,
    mark: 'M 4.4 8.4 L 7 11 L 11.8 5.4',
    meaning: 'happening as planned',
  },
  achieved: {
    fill: '#e7effc',
    border: '#1a56b0',
    text: '#174ea6',
    shape: 'M 8 0.2 L 10.12 5.69 L 15.99 6 L 11.42 9.71 L 12.94 15.4 L 8 12.2 L 3.06 15.4 L 4.58 9.71 L 0.01 6 L 5.88 5.69 Z',
    mark: '',
    meaning: 'the change has been seen',
  },
};

/** A box with no rating while progress is shown: white, a grey dashed outline and "Not rated". */
export const UNRATED_STYLE = {
  word: 'Not rated',
  fill: '#ffffff',
  border: '#6b7178',
  text: '#4b5258',
  dash: '5 3',
  meaning: 'no rating yet',
} as const;

/** The pill on a box's top edge holding the rating's shape and word. */
export const PROGRESS_BADGE = { height: 20, iconSize: 12, padding: 5, gap: 4, fontSize: 11, strokeWidth: 2.5 } as const;

/**
 * How a compare view marks what changed (PRODUCT.md §12), on the canvas and in every export: always a
 * word and a shape, never colour alone. Removed boxes and links are ghosts: dashed and greyed.
 */
export interface ChangeStyle {
  readonly word: string;
  readonly colour: string;
  readonly fill: string;
  /** A 16 × 16 shape (drawn filled in `colour`), with a white mark on it. */
  readonly shape: string;
  readonly mark: string;
  readonly meaning: string;
}

export const CHANGE_STYLES: Readonly<Record<ChangeMark, ChangeStyle>> = {
  new: {
    word: 'New',
    colour: '#1a7f37',
    fill: '#e6f4ea',
    shape: CIRCLE_16,
    mark: 'M 8 4 V 12 M 4 8 H 12',
    meaning: 'added since the earlier version',
  },
  changed: {
    word: 'Changed',
    colour: '#8a5a00',
    fill: '#fdf1d8',
    shape: 'M 8 0 L 16 8 L 8 16 L 0 8 Z',
    mark: 'M 5 8 H 11',
    meaning: 'different from the earlier version: its details say how',
  },
  removed: {
    word: 'Removed',
    colour: '#6e7781',
    fill: '#f3f4f6',
    shape: 'M 1 1 H 15 V 15 H 1 Z',
    mark: 'M 4.5 4.5 L 11.5 11.5 M 11.5 4.5 L 4.5 11.5',
    meaning: 'in the earlier version only, drawn where it was',
  },
};

/** The dash of a removed box's outline and of a removed link. */
export const GHOST_DASH = '6 4';

/**
 * The direction of travel's arrows (PRODUCT.md §12) on a rating badge and in exports: a 16 × 16
 * shape, always beside or read with its word (src/domain/direction.ts).
 */
export const DIRECTION_SHAPES: Readonly<Record<Direction, string>> = {
  improved: 'M 8 1 L 14.5 8 H 10.2 V 15 H 5.8 V 8 H 1.5 Z',
  worse: 'M 8 15 L 14.5 8 H 10.2 V 1 H 5.8 V 8 H 1.5 Z',
  'no-change': 'M 15 8 L 8 1.5 V 5.8 H 1 V 10.2 H 8 V 14.5 Z',
  'newly-rated': 'M 8 2 L 14 8 L 8 14 L 2 8 Z',
};

/**
 * A measure's direction (PRODUCT.md §17), beside its word on the page and in exports: a 16 × 16
 * triangle up for improving, level for maintaining, down for worsening, whatever the polarity (the
 * glyphs of plain text, MEASURE_DIRECTION_GLYPHS, point the same ways).
 */
export const MEASURE_DIRECTION_SHAPES: Readonly<Record<MeasureDirection, string>> = {
  improving: 'M 8 2 L 15 13 H 1 Z',
  maintaining: 'M 14 8 L 3 1.5 V 14.5 Z',
  worsening: 'M 8 14 L 15 3 H 1 Z',
};
