import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, PAGE_MARGIN_PIXELS, planRaster } from './size';

describe('planRaster', () => {
  it('draws at 1× for the screen and 2× for print', () => {
    expect(planRaster(1914, 874, 'screen')).toMatchObject({ width: 1914, height: 874, scale: 1, fitted: false, lowered: false });
    const print = planRaster(1914, 874, 'print');
    expect(print).toMatchObject({ width: 3828, height: 1748, scale: 2, offsetX: 0, offsetY: 0, fitted: false, lowered: false });
    expect(print.message).toBeUndefined();
  });

  it('makes A4 and A3 exactly their 300 dpi landscape pixels, the diagram fitted inside the margins', () => {
    for (const [preset, width, height] of [
      ['a4', 3508, 2480],
      ['a3', 4961, 3508],
    ] as const) {
      for (const [svgWidth, svgHeight] of [
        [1914, 874],
        [1914, 9000],
        [300, 200],
        [40_000, 500],
      ] as const) {
        const plan = planRaster(svgWidth, svgHeight, preset);
        expect(plan).toMatchObject({ width, height, fitted: true, lowered: false });
        expect(plan.offsetX).toBeGreaterThanOrEqual(PAGE_MARGIN_PIXELS - 0.001);
        expect(plan.offsetY).toBeGreaterThanOrEqual(PAGE_MARGIN_PIXELS - 0.001);
        expect(plan.offsetX + plan.drawWidth).toBeLessThanOrEqual(width - PAGE_MARGIN_PIXELS + 0.001);
        expect(plan.offsetY + plan.drawHeight).toBeLessThanOrEqual(height - PAGE_MARGIN_PIXELS + 0.001);
        expect(plan.drawWidth / plan.drawHeight).toBeCloseTo(svgWidth / svgHeight, 6);
        // Fitted means touching the margins on one side, not floating small in the middle.
        expect(Math.min(plan.offsetX, plan.offsetY)).toBeCloseTo(PAGE_MARGIN_PIXELS, 6);
      }
    }
  });

  it('lowers the scale, and says so, when the image would pass 16,384 pixels a side', () => {
    const plan = planRaster(1914, 12_000, 'print');
    expect(plan.lowered).toBe(true);
    expect(plan.height).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(plan.scale).toBeLessThan(2);
    expect(plan.scale).toBeCloseTo(MAX_CANVAS_SIDE / 12_000, 6);
    expect(plan.message).toMatch(/16,384 pixels a side/);
    expect(plan.message).toContain('1.37×');
  });

  it('keeps a huge model within both the side and the area limit, even at 1×', () => {
    const plan = planRaster(60_000, 40_000, 'screen');
    expect(plan.lowered).toBe(true);
    expect(plan.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(plan.height).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(plan.width * plan.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(plan.message).toBeDefined();
  });

  it('survives a zero-sized drawing', () => {
    expect(planRaster(0, 0, 'screen')).toMatchObject({ width: 1, height: 1, lowered: false });
  });
});
