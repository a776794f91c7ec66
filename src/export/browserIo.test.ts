// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyPngToClipboard } from './download';
import { withPixelSize } from './rasterise';
import { regionInDrawing } from './viewImage';

describe('withPixelSize', () => {
  it('changes only the root element size, keeping the viewBox and everything inside', () => {
    const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50"><rect width="10" height="10"/></svg>';
    expect(withPixelSize(svg, 400, 200)).toBe(
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 100 50"><rect width="10" height="10"/></svg>',
    );
  });
});

describe('regionInDrawing', () => {
  it('finds the part of the drawing on screen from the view and where the canvas origin lies in the drawing', () => {
    // Zoomed to 0.5 and panned so that canvas point (100, 40) sits at the screen's top left corner.
    const view = { x: -50, y: -20, zoom: 0.5, width: 800, height: 600 };
    expect(regionInDrawing(view, { x: 32, y: 60 })).toEqual({ left: 132, top: 100, width: 1600, height: 1200 });
  });
});

describe('copyPngToClipboard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says why when the browser cannot copy images', async () => {
    vi.stubGlobal('ClipboardItem', undefined);
    const result = await copyPngToClipboard(new Blob([''], { type: 'image/png' }));
    expect(result.copied).toBe(false);
    expect(!result.copied && result.reason).toMatch(/cannot copy images/);
  });

  it('reports a refusal instead of throwing', async () => {
    vi.stubGlobal('ClipboardItem', class {});
    vi.stubGlobal('navigator', { clipboard: { write: () => Promise.reject(new Error('Document is not focused.')) } });
    const result = await copyPngToClipboard(new Blob([''], { type: 'image/png' }));
    expect(result).toEqual({ copied: false, reason: 'The browser did not allow copying the image (Document is not focused.). Download the PNG instead.' });
  });

  it('copies when the browser allows it', async () => {
    const written: unknown[] = [];
    vi.stubGlobal('ClipboardItem', class {
      constructor(readonly items: Record<string, unknown>) {}
    });
    vi.stubGlobal('navigator', { clipboard: { write: (items: unknown[]) => (written.push(...items), Promise.resolve()) } });
    expect(await copyPngToClipboard(new Blob([''], { type: 'image/png' }))).toEqual({ copied: true });
    expect(written).toHaveLength(1);
  });
});
