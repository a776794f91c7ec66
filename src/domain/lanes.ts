import { LEVELS, levelIndex, type LevelId } from './levels';
import type { Box } from './model';

/**
 * Lane geometry in canvas units, shared by the canvas, tidy-up and the exporters so that a box
 * sits in the same place everywhere.
 */
export const LANE_WIDTH = 260;
export const BOX_WIDTH = 220;
export const LANE_PADDING_X = (LANE_WIDTH - BOX_WIDTH) / 2;
/** Room above the first box for the lane heading and its "Add box" button. */
export const LANE_HEADER_HEIGHT = 110;
export const BOX_GAP_Y = 28;
export const LANE_MIN_HEIGHT = 640;
/** Characters that fit on one line of a box at its width (conservative, for layout only). */
export const BOX_CHARS_PER_LINE = 28;
export const BOX_LINE_HEIGHT = 18;
export const BOX_PADDING_Y = 14;

/**
 * The canvas draws each lane as an item beside the boxes, with an id of this form; no box may take
 * one (the model file refuses them).
 */
export const LANE_ID_PREFIX = 'lane:';

export function isLaneId(id: string): boolean {
  return id.startsWith(LANE_ID_PREFIX) && LEVELS.some((level) => id === LANE_ID_PREFIX + level.id);
}

export function laneLeft(level: LevelId): number {
  return levelIndex(level) * LANE_WIDTH;
}

/** The x at which a box of this level stands: boxes keep to the middle of their lane. */
export function boxXFor(level: LevelId): number {
  return laneLeft(level) + LANE_PADDING_X;
}

/** The level whose lane contains this x (a box's centre), clamped to the outer lanes. */
export function levelAtX(x: number): LevelId {
  if (Number.isNaN(x)) return (LEVELS[0] as (typeof LEVELS)[number]).id;
  const index = Math.min(LEVELS.length - 1, Math.max(0, Math.floor(x / LANE_WIDTH)));
  return (LEVELS[index] as (typeof LEVELS)[number]).id;
}

export function totalLanesWidth(): number {
  return LEVELS.length * LANE_WIDTH;
}

/** Splits a label into lines for a box, breaking at spaces; long words are cut. */
export function wrapText(text: string, charsPerLineAsked: number = BOX_CHARS_PER_LINE): string[] {
  const charsPerLine = Math.max(1, Math.floor(charsPerLineAsked));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const rawWord of paragraph.split(/\s+/).filter(Boolean)) {
      let word = rawWord;
      while (word.length > charsPerLine) {
        if (line) {
          lines.push(line);
          line = '';
        }
        lines.push(word.slice(0, charsPerLine));
        word = word.slice(charsPerLine);
      }
      if (!line) line = word;
      else if (line.length + 1 + word.length <= charsPerLine) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.length ? lines : [''];
}

/** Height a box needs for its label, used for layout and export (the canvas may differ by a few px). */
export function estimateBoxHeight(label: string): number {
  const lines = Math.max(1, wrapText(label).length);
  return BOX_PADDING_Y * 2 + lines * BOX_LINE_HEIGHT + 10;
}

/** The y below the lowest box of a lane, where a new box can go without overlapping. */
export function nextFreeY(boxes: readonly Box[], level: LevelId): number {
  let bottom = LANE_HEADER_HEIGHT - BOX_GAP_Y;
  for (const box of boxes) {
    if (box.level === level) bottom = Math.max(bottom, box.y + estimateBoxHeight(box.label));
  }
  return bottom + BOX_GAP_Y;
}

/** Height the lanes must have to hold every box with room to add more below. */
export function laneHeightFor(boxes: readonly Box[]): number {
  let bottom = 0;
  for (const box of boxes) bottom = Math.max(bottom, box.y + estimateBoxHeight(box.label));
  return Math.max(LANE_MIN_HEIGHT, bottom + 160);
}
