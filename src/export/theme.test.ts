import { describe, expect, it } from 'vitest';
import { LEVEL_IDS } from '../domain/levels';
import { LINK_SHAPES } from '../domain/linkShape';
import { PROGRESS_VALUES } from '../domain/model';
import { BOX_STYLE, FLAG_BADGE, LEVEL_COLOURS, LINK_STYLES, PAGE_STYLE, PROGRESS_STYLES, UNRATED_STYLE } from './theme';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('theme', () => {
  it('keeps every level heading and body text at WCAG AA (4.5:1) on its lane tint and on white', () => {
    for (const level of LEVEL_IDS) {
      const colours = LEVEL_COLOURS[level];
      expect(contrast(colours.heading, colours.lane), level).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours.text, colours.lane), level).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours.heading, BOX_STYLE.fill), level).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps page, box and badge text at AA', () => {
    expect(contrast(PAGE_STYLE.text, PAGE_STYLE.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(PAGE_STYLE.mutedText, PAGE_STYLE.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(BOX_STYLE.text, BOX_STYLE.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(FLAG_BADGE.text, FLAG_BADGE.fill)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps lane tints pale, so boxes and headings stand out when printed in greyscale', () => {
    for (const level of LEVEL_IDS) expect(luminance(LEVEL_COLOURS[level].lane), level).toBeGreaterThan(0.8);
  });

  it('tells link shapes apart by dash and arrowhead, not colour alone', () => {
    const dashes = new Set(LINK_SHAPES.map((shape) => LINK_STYLES[shape].dash));
    const arrows = new Set(LINK_SHAPES.map((shape) => LINK_STYLES[shape].arrow));
    expect(dashes.size).toBe(LINK_SHAPES.length);
    expect(arrows.size).toBe(LINK_SHAPES.length);
    for (const shape of LINK_SHAPES) {
      for (const level of LEVEL_IDS) expect(contrast(LINK_STYLES[shape].colour, LEVEL_COLOURS[level].lane)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("keeps each rating's word and the box text at AA on its tint and on white, and the outline visible", () => {
    for (const progress of PROGRESS_VALUES) {
      const style = PROGRESS_STYLES[progress];
      expect(contrast(style.text, style.fill), progress).toBeGreaterThanOrEqual(4.5);
      expect(contrast(style.text, '#ffffff'), progress).toBeGreaterThanOrEqual(4.5);
      expect(contrast(BOX_STYLE.text, style.fill), progress).toBeGreaterThanOrEqual(4.5);
      // The white mark on the shape, and the shape against the tint (WCAG's 3:1 for graphics).
      expect(contrast('#ffffff', style.border), progress).toBeGreaterThanOrEqual(4.5);
      expect(contrast(style.border, style.fill), progress).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(UNRATED_STYLE.text, UNRATED_STYLE.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(UNRATED_STYLE.border, UNRATED_STYLE.fill)).toBeGreaterThanOrEqual(3);
  });

  it('gives every rating its own shape, so colour is never the only cue', () => {
    const shapes = new Set(PROGRESS_VALUES.map((progress) => PROGRESS_STYLES[progress].shape));
    expect(shapes.size).toBe(PROGRESS_VALUES.length);
    for (const progress of PROGRESS_VALUES) expect(PROGRESS_STYLES[progress].shape).toMatch(/^M [\d. LHVCZ-]+$/);
  });
});
