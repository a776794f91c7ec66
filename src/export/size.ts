/**
 * How big a PNG export will be (PRODUCT.md §8). Pure, so the dialog can tell the user before any
 * pixel is drawn whether the scale had to drop.
 */

export type RasterPreset = 'screen' | 'print' | 'a4' | 'a3';

/** Browsers refuse (or silently blank) canvases larger than this on a side. */
export const MAX_CANVAS_SIDE = 16_384;
/** …and larger than this in area (Chromium's limit; others are no larger on desktop). */
export const MAX_CANVAS_AREA = 268_435_456;

/** Landscape pages at 300 dpi, in pixels. */
export const PAGE_PIXELS = {
  a4: { width: 3508, height: 2480 },
  a3: { width: 4961, height: 3508 },
} as const;

/** White space kept round the diagram on a page: 10 mm at 300 dpi. */
export const PAGE_MARGIN_PIXELS = 118;

export const PRESET_LABELS: Readonly<Record<RasterPreset, string>> = {
  screen: 'Screen (1×)',
  print: 'Print (2×)',
  a4: 'A4 landscape, 300 dpi',
  a3: 'A3 landscape, 300 dpi',
};

export interface RasterPlan {
  /** Size of the PNG in pixels. */
  readonly width: number;
  readonly height: number;
  /** Pixels per SVG unit. */
  readonly scale: number;
  /** Where the diagram is drawn inside the PNG (non-zero on a page, for the margins). */
  readonly offsetX: number;
  readonly offsetY: number;
  /** The diagram's drawn size in pixels. */
  readonly drawWidth: number;
  readonly drawHeight: number;
  /** The diagram was scaled to fit a page. */
  readonly fitted: boolean;
  /** The scale was lowered to keep the image within the browser's canvas limits. */
  readonly lowered: boolean;
  /** For the user, when the scale was lowered. */
  readonly message?: string;
}

const FREE_SCALES = { screen: 1, print: 2 } as const;

export function planRaster(svgWidth: number, svgHeight: number, preset: RasterPreset): RasterPlan {
  const width = Math.max(1, svgWidth);
  const height = Math.max(1, svgHeight);
  if (preset === 'a4' || preset === 'a3') return planPage(width, height, PAGE_PIXELS[preset]);

  const wanted = FREE_SCALES[preset];
  const largest = Math.min(MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height, Math.sqrt(MAX_CANVAS_AREA / (width * height)));
  const lowered = wanted > largest;
  const scale = lowered ? largest : wanted;
  // Rounding down when lowered keeps the result on the safe side of the limit.
  const round = lowered ? Math.floor : Math.ceil;
  const pixelWidth = Math.min(MAX_CANVAS_SIDE, Math.max(1, round(width * scale)));
  const pixelHeight = Math.min(MAX_CANVAS_SIDE, Math.max(1, round(height * scale)));
  return {
    width: pixelWidth,
    height: pixelHeight,
    scale,
    offsetX: 0,
    offsetY: 0,
    drawWidth: pixelWidth,
    drawHeight: pixelHeight,
    fitted: false,
    lowered,
    ...(lowered
      ? {
          message:
            `This model is too large for a ${PRESET_LABELS[preset].toLowerCase()} image, so it is drawn at ` +
            `${formatScale(scale)}× (${pixelWidth.toLocaleString('en-GB')} × ${pixelHeight.toLocaleString('en-GB')} pixels) ` +
            `to stay within the browser's limit of ${MAX_CANVAS_SIDE.toLocaleString('en-GB')} pixels a side.`,
        }
      : {}),
  };
}

function planPage(svgWidth: number, svgHeight: number, page: { width: number; height: number }): RasterPlan {
  const scale = Math.min((page.width - 2 * PAGE_MARGIN_PIXELS) / svgWidth, (page.height - 2 * PAGE_MARGIN_PIXELS) / svgHeight);
  const drawWidth = svgWidth * scale;
  const drawHeight = svgHeight * scale;
  return {
    width: page.width,
    height: page.height,
    scale,
    offsetX: (page.width - drawWidth) / 2,
    offsetY: (page.height - drawHeight) / 2,
    drawWidth,
    drawHeight,
    fitted: true,
    lowered: false,
  };
}

function formatScale(scale: number): string {
  return scale >= 0.1 ? scale.toFixed(2).replace(/\.?0+$/, '') : scale.toPrecision(2);
}
