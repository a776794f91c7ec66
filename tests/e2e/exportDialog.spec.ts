/**
 * Board-paper export (issue 5, PRODUCT.md §8) end to end: a 35-box model with links of all four
 * shapes and labels holding markup and ampersands is imported, then exported in every format through
 * the Export dialog; each downloaded file is opened and checked the way its reader would see it.
 * (The toolbar's own "Export model file" button is covered by export.spec.ts.)
 */
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { planRaster, type RasterPreset } from '../../src/export/size';
import { LINK_STYLES } from '../../src/export/theme';
import { boxOnCanvas, expect, importFile, openHome, tabTo, test, titleField, LEVEL_NAMES, LEVEL_IDS } from './helpers';
import { pdfPageTexts, pdfStrings } from './pdfText';

// ---------------------------------------------------------------------------------------------
// The model

const MARKUP = '<img src=x onerror=alert(1)>';
const TITLE = 'Health & justice partnership board';
const ROWS = 5;

type Shape = keyof typeof LINK_STYLES;

interface FileBox {
  id: string;
  level: string;
  label: string;
  x: number;
  y: number;
}
interface FileLink {
  id: string;
  source: string;
  target: string;
  note?: string;
}

function boxId(level: number, row: number): string {
  return `b${level}-${row}`;
}

const SPECIAL_LABELS: Record<string, string> = {
  [boxId(0, 0)]: `Pooled budget ${MARKUP}`,
  [boxId(1, 1)]: 'Joint training for police & probation staff',
  [boxId(3, 2)]: MARKUP,
  [boxId(4, 3)]: 'Staff know <b>what</b> partners do & why',
  [boxId(6, 4)]: 'Fewer people reoffend & more get treatment',
};

function buildModel(): { json: string; boxes: FileBox[]; links: (FileLink & { shape: Shape })[] } {
  const boxes: FileBox[] = [];
  LEVEL_NAMES.forEach((name, level) => {
    for (let row = 0; row < ROWS; row++) {
      const id = boxId(level, row);
      boxes.push({
        id,
        level: LEVEL_IDS[name],
        label: SPECIAL_LABELS[id] ?? `${name} ${row + 1}: partners agree the plan`,
        x: level * 260 + 20,
        y: 130 + row * 120,
      });
    }
  });
  const links: (FileLink & { shape: Shape })[] = [];
  const link = (from: [number, number], to: [number, number], shape: Shape, note?: string) =>
    links.push({ id: `l${links.length + 1}`, source: boxId(...from), target: boxId(...to), shape, ...(note ? { note } : {}) });
  for (let level = 0; level < LEVEL_NAMES.length - 1; level++) {
    for (let row = 0; row < ROWS; row++) link([level, row], [level + 1, row], 'linear');
  }
  link([0, 1], [2, 1], 'skip', 'Budget goes straight to engagement');
  link([1, 3], [5, 3], 'skip');
  link([5, 4], [1, 4], 'feedback', 'Practice change feeds back into activities');
  link([6, 4], [4, 4], 'feedback');
  link([2, 0], [2, 2], 'same-level');
  link([3, 1], [3, 3], 'same-level');
  const json = JSON.stringify({
    format: 'outcome-chains/logic-model',
    formatVersion: 1,
    title: TITLE,
    description: `Labels may hold markup such as ${MARKUP}; it must show as text.`,
    boxes,
    links: links.map(({ shape: _shape, ...rest }) => rest),
    conditions: [
      { id: 'c1', kind: 'assumption', text: 'Partners share data & meet monthly', status: 'holds' },
      { id: 'c2', kind: 'assumption', text: `Timeframes are realistic ${MARKUP}`, status: 'at-risk', comment: 'Reviewed in March' },
      { id: 'c3', kind: 'risk', text: 'Key staff leave', status: 'live' },
      { id: 'c4', kind: 'risk', text: 'Funding ends early', status: 'unchecked' },
    ],
  });
  return { json, boxes, links };
}

const MODEL = buildModel();

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Driving the dialog

/** Fails the test if the page (or any file shown in it) ever opens an alert, confirm or prompt. */
function forbidDialogs(page: Page, seen: string[]): void {
  page.on('dialog', (dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

async function importTestModel(page: Page, json = MODEL.json): Promise<void> {
  await openHome(page);
  await importFile(page, 'board-paper.json', json);
  await expect(page).toHaveURL(/#\/models\/[^/]+$/);
  await expect(titleField(page)).toHaveValue(JSON.parse(json).title as string);
}

function exportDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Export' });
}

async function openExportDialog(page: Page) {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

const FORMAT_LABELS = {
  png: 'PNG image',
  svg: 'SVG image',
  pdf: 'PDF document',
  html: 'Text (HTML)',
  markdown: 'Text (Markdown)',
  json: 'Model file (.json)',
} as const;

const SCALE_LABELS: Record<RasterPreset, string> = {
  screen: 'Screen (1×)',
  print: 'Print (2×)',
  a4: 'A4 landscape, 300 dpi',
  a3: 'A3 landscape, 300 dpi',
};

interface ExportChoice {
  format: keyof typeof FORMAT_LABELS;
  scale?: RasterPreset;
  page?: 'A4 landscape' | 'A3 landscape';
  flags?: boolean;
}

async function choose(page: Page, choice: ExportChoice): Promise<void> {
  const dialog = exportDialog(page);
  await dialog.getByRole('group', { name: 'Format' }).getByRole('radio', { name: FORMAT_LABELS[choice.format], exact: true }).check();
  if (choice.scale) await dialog.getByRole('group', { name: 'Scale' }).getByRole('radio', { name: SCALE_LABELS[choice.scale], exact: true }).check();
  if (choice.page) await dialog.getByRole('group', { name: 'Page' }).getByRole('radio', { name: choice.page, exact: true }).check();
  if (choice.flags !== undefined) await dialog.getByRole('checkbox', { name: 'Show flags on the image' }).setChecked(choice.flags);
}

/** The dialog's live status line, once it says `text`. */
function statusSaying(page: Page, text: string) {
  return exportDialog(page).getByRole('status').filter({ hasText: text });
}

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** Chooses the options, clicks Download, and returns the file. */
async function exportThrough(page: Page, choice: ExportChoice): Promise<{ name: string; bytes: Buffer }> {
  await choose(page, choice);
  const downloading = page.waitForEvent('download');
  await exportDialog(page).getByRole('button', { name: 'Download', exact: true }).click();
  const download = await downloading;
  const bytes = await bytesOf(download);
  await expect(statusSaying(page, `Downloaded ${download.suggestedFilename()}`)).toBeVisible();
  return { name: download.suggestedFilename(), bytes };
}

// ---------------------------------------------------------------------------------------------
// Reading the files

interface SvgFacts {
  width: number;
  height: number;
  title: string;
  header: string;
  boxLabels: Record<string, string>;
  linkCount: number;
  linkShapes: Record<string, string>;
  laneHeadings: string[];
  legend: string;
  unsafe: number;
  badges: number;
  /** For each link: points along its curve in the SVG's own units, and its colour. */
  linkSamples: { id: string; colour: string; points: { x: number; y: number }[] }[];
}

/** Parses the SVG with the browser's own XML parser and reads what a reader would see in it. */
async function readSvg(page: Page, svg: string): Promise<SvgFacts> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.getElementsByTagName('parsererror').length) throw new Error(`The SVG does not parse: ${doc.getElementsByTagName('parsererror')[0]?.textContent}`);
    const root = doc.documentElement;
    const boxLabels: Record<string, string> = {};
    for (const group of doc.querySelectorAll('g.box')) {
      const lines = [...group.querySelectorAll('text.box-label tspan')].map((tspan) => tspan.textContent ?? '');
      boxLabels[group.getAttribute('data-box-id') ?? '?'] = lines.join(' ');
    }
    const linkShapes: Record<string, string> = {};
    for (const path of doc.querySelectorAll('path.link')) linkShapes[path.getAttribute('data-link-id') ?? '?'] = path.getAttribute('data-shape') ?? '?';

    // Points along each link, measured by the browser on the drawing placed in the page (hidden).
    const holder = document.createElement('div');
    holder.style.cssText = 'position:fixed;left:0;top:0;visibility:hidden;pointer-events:none';
    const live = document.importNode(root, true) as unknown as SVGSVGElement;
    holder.append(live);
    document.body.append(holder);
    const linkSamples = [...live.querySelectorAll<SVGPathElement>('path.link')].map((path) => {
      const length = path.getTotalLength();
      const matrix = path.getCTM();
      const rootMatrix = live.getCTM();
      const toRoot = matrix && rootMatrix ? rootMatrix.inverse().multiply(matrix) : new DOMMatrix();
      const points: { x: number; y: number }[] = [];
      for (let step = 1; step < 40; step++) {
        const point = path.getPointAtLength((length * step) / 40);
        const mapped = new DOMPoint(point.x, point.y).matrixTransform(toRoot);
        points.push({ x: mapped.x, y: mapped.y });
      }
      return { id: path.getAttribute('data-link-id') ?? '?', colour: path.getAttribute('stroke') ?? '', points };
    });
    holder.remove();

    return {
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: doc.querySelector('svg > title')?.textContent ?? '',
      header: [...doc.querySelectorAll('g.header text')].map((t) => t.textContent).join('\n'),
      boxLabels,
      linkCount: doc.querySelectorAll('path.link').length,
      linkShapes,
      laneHeadings: [...doc.querySelectorAll('g.lane text.lane-heading')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')),
      legend: doc.querySelector('g.legend')?.textContent ?? '',
      unsafe: doc.querySelectorAll('foreignObject, script, image, iframe, a, *[onerror], *[onload]').length,
      badges: doc.querySelectorAll('g.flag-badge').length,
      linkSamples,
    };
  }, svg);
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

interface DecodedPng {
  width: number;
  height: number;
  data: Buffer;
}

function decodePng(bytes: Buffer): DecodedPng {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
}

/** The PNG's size from its header alone (no decoding). */
function pngHeaderSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Variance of the grey level over a grid of sample pixels: 0 for a blank image. */
function greyVariance(png: DecodedPng): number {
  const values: number[] = [];
  const stepX = Math.max(1, Math.floor(png.width / 400));
  const stepY = Math.max(1, Math.floor(png.height / 400));
  for (let y = 0; y < png.height; y += stepY) {
    for (let x = 0; x < png.width; x += stepX) {
      const i = (y * png.width + x) * 4;
      values.push(0.299 * png.data[i]! + 0.587 * png.data[i + 1]! + 0.114 * png.data[i + 2]!);
    }
  }
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
}

/** Closest colour distance to `rgb` among the pixels within `radius` of (x, y). */
function nearestColourDistance(png: DecodedPng, x: number, y: number, rgb: [number, number, number], radius: number): number {
  let best = Infinity;
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const px = Math.round(x) + dx;
      const py = Math.round(y) + dy;
      if (px < 0 || py < 0 || px >= png.width || py >= png.height) continue;
      const i = (py * png.width + px) * 4;
      best = Math.min(best, Math.hypot(png.data[i]! - rgb[0], png.data[i + 1]! - rgb[1], png.data[i + 2]! - rgb[2]));
    }
  }
  return best;
}

/**
 * Every link of the SVG drawn into the PNG: along each link's curve (mapped through the raster plan)
 * some pixels have the link's own colour. Returns the ids of links with no such pixel.
 */
function linksMissingFromPng(png: DecodedPng, svg: SvgFacts, preset: RasterPreset): string[] {
  const plan = planRaster(svg.width, svg.height, preset);
  const scale = plan.drawWidth / svg.width;
  const radius = Math.max(1, Math.round(scale));
  return svg.linkSamples
    .filter((link) => {
      const rgb = hexToRgb(link.colour);
      const hits = link.points.filter((point) => nearestColourDistance(png, plan.offsetX + point.x * scale, plan.offsetY + point.y * scale, rgb, radius) < 40);
      return hits.length === 0;
    })
    .map((link) => link.id);
}

// ---------------------------------------------------------------------------------------------
// Tests

test('every format exports the whole 35-box model through the Export dialog, and each file holds what it should', async ({ page }) => {
  test.setTimeout(180_000);
  const alerts: string[] = [];
  forbidDialogs(page, alerts);
  await importTestModel(page);

  // The canvas shows markup in a label as characters: no element is made from it.
  await expect(boxOnCanvas(page, 'Reactions', MARKUP)).toBeVisible();
  await expect(boxOnCanvas(page, 'Reactions', MARKUP)).toContainText(MARKUP);
  await expect(page.locator('.react-flow__nodes img, .react-flow__nodes b')).toHaveCount(0);

  const dialog = await openExportDialog(page);
  await expect(dialog.getByRole('img', { name: /^Preview of the diagram/ })).toBeVisible();
  const todayInPage = await page.evaluate(() => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()));

  // SVG: parsed by the browser; every label as text, one path per link, nothing that runs or is lost in Word.
  const svgFile = await exportThrough(page, { format: 'svg', flags: false });
  expect(svgFile.name).toBe('health-justice-partnership-board.svg');
  const svgText = svgFile.bytes.toString('utf8');
  const svg = await readSvg(page, svgText);
  expect(svg.title).toBe(TITLE);
  expect(svg.header).toContain(TITLE);
  expect(svg.header).toContain(todayInPage);
  expect(svg.laneHeadings).toEqual([...LEVEL_NAMES]);
  for (const style of Object.values(LINK_STYLES)) expect(svg.legend).toContain(style.label);
  expect(Object.keys(svg.boxLabels)).toHaveLength(MODEL.boxes.length);
  for (const box of MODEL.boxes) expect(normalise(svg.boxLabels[box.id] ?? ''), box.id).toBe(normalise(box.label));
  expect(svg.linkCount).toBe(MODEL.links.length);
  expect(svg.linkShapes).toEqual(Object.fromEntries(MODEL.links.map((link) => [link.id, link.shape])));
  expect(svg.unsafe).toBe(0);
  expect(svg.badges).toBe(0);
  expect(svgText).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(svgText).not.toContain('<img');

  // PNG at screen and print scale: exactly the planned size, not blank, every link drawn.
  for (const scale of ['screen', 'print'] as const) {
    const planned = planRaster(svg.width, svg.height, scale);
    await choose(page, { format: 'png', scale });
    await expect(dialog.getByTestId('export-planned-size')).toContainText(`${planned.width.toLocaleString('en-GB')} × ${planned.height.toLocaleString('en-GB')} pixels`);
    const file = await exportThrough(page, { format: 'png', scale });
    expect(file.name).toBe('health-justice-partnership-board.png');
    const png = decodePng(file.bytes);
    expect({ width: png.width, height: png.height }, scale).toEqual({ width: planned.width, height: planned.height });
    expect(greyVariance(png), `${scale} PNG is not blank`).toBeGreaterThan(200);
    expect(linksMissingFromPng(png, svg, scale), `links with no pixel of their colour in the ${scale} PNG`).toEqual([]);
  }

  // PNG on A4 and A3 pages at 300 dpi: exactly the page size in pixels.
  for (const [scale, size] of [
    ['a4', { width: 3508, height: 2480 }],
    ['a3', { width: 4961, height: 3508 }],
  ] as const) {
    const file = await exportThrough(page, { format: 'png', scale });
    const png = decodePng(file.bytes);
    expect({ width: png.width, height: png.height }, scale).toEqual(size);
    expect(greyVariance(png), `${scale} PNG is not blank`).toBeGreaterThan(100);
    expect(linksMissingFromPng(png, svg, scale), `links with no pixel of their colour in the ${scale} PNG`).toEqual([]);
  }

  // Flags overlay: badges on the drawing when asked for, none otherwise (checked above).
  const flagged = await readSvg(page, (await exportThrough(page, { format: 'svg', flags: true })).bytes.toString('utf8'));
  expect(flagged.badges).toBeGreaterThan(0);
  await choose(page, { format: 'svg', flags: false });

  // PDF on A4 and A3 landscape: vectors and text, the title inside, the conditions on page two.
  for (const [choice, mediaBox] of [
    ['A4 landscape', [842, 595]],
    ['A3 landscape', [1191, 842]],
  ] as const) {
    const file = await exportThrough(page, { format: 'pdf', page: choice });
    expect(file.name).toMatch(/^health-justice-partnership-board-a[34]\.pdf$/);
    expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = file.bytes.toString('latin1');
    const boxes = [...raw.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => m.slice(1).map(Number));
    expect(boxes.length, 'pages').toBeGreaterThanOrEqual(2);
    for (const [x0, y0, x1, y1] of boxes) {
      expect(x0).toBe(0);
      expect(y0).toBe(0);
      expect(Math.abs(x1! - mediaBox[0])).toBeLessThanOrEqual(1);
      expect(Math.abs(y1! - mediaBox[1])).toBeLessThanOrEqual(1);
    }
    expect(raw).toMatch(/\/Title\s*\(Health & justice partnership board\)/);
    const { text } = pdfStrings(file.bytes);
    expect(text).toContain(TITLE);
    expect(text).toContain(MARKUP);
    // Page one is the diagram, drawn as vector shapes and text (no picture of it): the lane headings
    // and the boxes' labels are there; page two holds the conditions.
    const [diagram, conditions] = pdfPageTexts(file.bytes);
    for (const level of LEVEL_NAMES) expect(diagram, `lane heading ${level} on page one`).toContain(level);
    expect(diagram).toContain('Pooled budget');
    expect(diagram).toContain('partners agree');
    expect(diagram).not.toContain('Assumptions and risks');
    expect(raw).not.toMatch(/\/Subtype\s*\/Image/);
    expect(conditions).toContain('Assumptions and risks');
    expect(conditions).toContain('Partners share data & meet monthly');
    expect(conditions).not.toContain('Pooled budget');
  }

  // Markdown: every label, escaped so that no markup in it can become an element.
  const markdown = (await exportThrough(page, { format: 'markdown' })).bytes.toString('utf8');
  const unescaped = markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  for (const box of MODEL.boxes) expect(unescaped, box.id).toContain(box.label);
  expect(markdown).not.toMatch(/(^|[^\\])<(img|b)\b/m);
  expect(markdown).toContain('## Flags');

  // HTML: opened in a page of its own, every label is text there, and no script runs.
  const htmlFile = await exportThrough(page, { format: 'html' });
  expect(htmlFile.name).toBe('health-justice-partnership-board.html');
  const html = htmlFile.bytes.toString('utf8');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(html).toContain('police &amp; probation');
  const reader = await page.context().newPage();
  forbidDialogs(reader, alerts);
  await reader.setContent(html);
  const shown = await reader.evaluate(() => ({
    text: document.body.textContent ?? '',
    elements: document.querySelectorAll('img, script, iframe, object, embed').length,
  }));
  for (const box of MODEL.boxes) expect(normalise(shown.text), box.id).toContain(normalise(box.label));
  expect(shown.elements).toBe(0);
  await reader.waitForTimeout(300);
  await reader.close();

  // The model file round-trips the boxes and links.
  const modelFile = await exportThrough(page, { format: 'json' });
  expect(modelFile.name).toBe('health-justice-partnership-board.json');
  const parsed = JSON.parse(modelFile.bytes.toString('utf8')) as { boxes: unknown[]; links: unknown[]; title: string };
  expect(parsed.title).toBe(TITLE);
  expect(parsed.boxes).toHaveLength(MODEL.boxes.length);
  expect(parsed.links).toHaveLength(MODEL.links.length);

  expect(alerts, 'alerts, confirms or prompts opened by any export').toEqual([]);
});

test('the Export dialog is reached and left by keyboard, and focus goes back to its button', async ({ page }) => {
  await importTestModel(page);
  const opener = page.getByRole('button', { name: 'Export…' });
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  // Focus is inside the modal dialog, on the first choice, and Tab never reaches the page behind it
  // (after the last control the browser's own UI may take focus, shown as the body; then it comes back).
  await expect(dialog.getByRole('radio', { name: 'PNG image' })).toBeFocused();
  const visited = new Set<string>();
  for (let press = 0; press < 25; press++) {
    await page.keyboard.press('Tab');
    const where = await dialog.evaluate((element) => {
      const active = document.activeElement;
      if (!active || active === document.body) return 'browser';
      return element.contains(active) ? `dialog: ${active.getAttribute('aria-label') ?? active.textContent?.trim() ?? active.tagName}` : `page: ${active.outerHTML.slice(0, 80)}`;
    });
    expect(where).not.toMatch(/^page: /);
    visited.add(where);
  }
  expect(visited).toContain('dialog: Download');
  expect(visited).toContain('dialog: Close');
  // Arrow keys move between formats; the scale group is only there for PNG.
  await dialog.getByRole('radio', { name: 'PNG image' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'SVG image' })).toBeChecked();
  await expect(dialog.getByRole('group', { name: 'Scale' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // Close button too.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('Escape then Enter straight away opens the Export dialog again, every time', async ({ page }) => {
  await importTestModel(page);
  const opener = page.getByRole('button', { name: 'Export…' });
  const dialog = exportDialog(page);
  await tabTo(page, opener);
  // Keys as fast as a person who knows them; the dialog's own close event must not undo the reopening.
  for (let round = 0; round < 5; round++) {
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.waitForTimeout(50);
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  }
});

test('a model too tall for 2× says so in the dialog and the PNG stays within the canvas limit', async ({ page }) => {
  const tall = JSON.stringify({
    format: 'outcome-chains/logic-model',
    formatVersion: 1,
    title: 'Very tall model',
    boxes: [
      { id: 'top', level: 'inputs', label: 'First input', x: 20, y: 130 },
      { id: 'bottom', level: 'outcomes', label: 'Far below', x: 1580, y: 9000 },
    ],
    links: [{ id: 'l1', source: 'top', target: 'bottom' }],
  });
  await importTestModel(page, tall);
  const dialog = await openExportDialog(page);
  await choose(page, { format: 'png', scale: 'screen' });
  await expect(dialog.getByText(/too large for/)).toHaveCount(0);
  await choose(page, { format: 'png', scale: 'print' });
  const message = dialog.getByRole('status').filter({ hasText: 'too large for a print (2×) image' });
  await expect(message).toBeVisible();
  await expect(message).toContainText('16,384 pixels a side');
  const file = await exportThrough(page, { format: 'png', scale: 'print' });
  const size = pngHeaderSize(file.bytes);
  expect(size.height).toBe(16_384);
  expect(size.width).toBeLessThanOrEqual(16_384);
  await expect(statusSaying(page, 'Downloaded')).toContainText(`${size.width.toLocaleString('en-GB')} × 16,384 pixels`);
});

test('"Image of current view" gives exactly the canvas on screen with its legend, without controls or minimap', async ({ page }) => {
  test.setTimeout(90_000);
  await importTestModel(page);
  const canvasBox = await page.locator('.react-flow').boundingBox();
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  if (!canvasBox) throw new Error('No canvas on screen');
  const dialog = await openExportDialog(page);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Image of current view' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('health-justice-partnership-board-view.png');
  const png = decodePng(await bytesOf(download));
  expect(Math.abs(png.width - canvasBox.width * ratio)).toBeLessThanOrEqual(2);
  expect(Math.abs(png.height - canvasBox.height * ratio)).toBeLessThanOrEqual(2);
  expect(greyVariance(png)).toBeGreaterThan(50);
  await expect(statusSaying(page, 'exactly what is on the canvas now')).toBeVisible();
  // The minimap and the zoom controls are left out: where the minimap stands on screen, the image
  // looks like the canvas with the minimap hidden, not like the canvas with it.
  await dialog.getByRole('button', { name: 'Close' }).click();
  const region = await imageRegionOf(page.locator('.react-flow__minimap'), canvasBox, ratio);
  const shotWith = PNG.sync.read(await page.locator('.react-flow').screenshot({ animations: 'disabled' }));
  await page.addStyleTag({ content: '.react-flow__minimap, .react-flow__controls, .react-flow__attribution { visibility: hidden !important; }' });
  const shotWithout = PNG.sync.read(await page.locator('.react-flow').screenshot({ animations: 'disabled' }));
  expect(regionDifference(png, shotWithout, region)).toBeLessThan(regionDifference(png, shotWith, region));
  // The legend is on screen, so it is in the image: there the image looks like the canvas with it.
  const legendRegion = await imageRegionOf(page.getByRole('heading', { name: 'Links', exact: true }).locator('..'), canvasBox, ratio);
  await page.addStyleTag({ content: '.legend { visibility: hidden !important; }' });
  const shotWithoutLegend = PNG.sync.read(await page.locator('.react-flow').screenshot({ animations: 'disabled' }));
  expect(regionDifference(png, shotWithout, legendRegion)).toBeLessThan(regionDifference(png, shotWithoutLegend, legendRegion));
});

type Region = { x: number; y: number; width: number; height: number };

/** Where an element on screen falls in an image of the canvas taken at `ratio` device pixels per CSS pixel. */
async function imageRegionOf(element: Locator, canvasBox: Region, ratio: number): Promise<Region> {
  const box = await element.boundingBox();
  if (!box) throw new Error('The element is not on screen');
  return {
    x: Math.round((box.x - canvasBox.x) * ratio),
    y: Math.round((box.y - canvasBox.y) * ratio),
    width: Math.round(box.width * ratio),
    height: Math.round(box.height * ratio),
  };
}

/** Mean absolute difference of the RGB values of two images over one region. */
function regionDifference(a: DecodedPng, b: DecodedPng, region: Region): number {
  let total = 0;
  let count = 0;
  for (let y = region.y; y < region.y + region.height; y++) {
    for (let x = region.x; x < region.x + region.width; x++) {
      if (x >= a.width || y >= a.height || x >= b.width || y >= b.height) continue;
      const i = (y * a.width + x) * 4;
      const j = (y * b.width + x) * 4;
      total += Math.abs(a.data[i]! - b.data[j]!) + Math.abs(a.data[i + 1]! - b.data[j + 1]!) + Math.abs(a.data[i + 2]! - b.data[j + 2]!);
      count++;
    }
  }
  return count ? total / count : 0;
}

test('"Copy image" puts the PNG on the clipboard and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? 'http://127.0.0.1:4173/').origin });
  await importTestModel(page);
  const dialog = await openExportDialog(page);
  await choose(page, { format: 'png', scale: 'screen' });
  await dialog.getByRole('button', { name: 'Copy image' }).click();
  await expect(statusSaying(page, 'Copied a ')).toBeVisible();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  const copied = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    const item = items.find((entry) => entry.types.includes('image/png'));
    if (!item) return null;
    const bitmap = await createImageBitmap(await item.getType('image/png'));
    return { width: bitmap.width, height: bitmap.height };
  });
  const svgSize = await page.evaluate(() => {
    const img = document.querySelector<HTMLImageElement>('.export__preview img');
    return img ? { width: img.naturalWidth, height: img.naturalHeight } : null;
  });
  expect(copied).not.toBeNull();
  expect(svgSize).not.toBeNull();
  expect(copied).toEqual({ width: svgSize!.width, height: svgSize!.height });
});

test('a PDF of a model in Welsh embeds a font that has ŵ and ŷ, instead of garbling them', async ({ page }) => {
  const welsh = 'Gwasanaethau i bobl ŵyr a ŷd';
  const json = JSON.stringify({
    format: 'outcome-chains/logic-model',
    formatVersion: 1,
    title: 'Partneriaeth Gymunedol',
    boxes: [
      { id: 'a', level: 'inputs', label: 'Cyllideb ar y cyd' },
      { id: 'b', level: 'outcomes', label: welsh },
    ],
    links: [{ source: 'a', target: 'b' }],
    conditions: [{ id: 'c1', kind: 'assumption', text: 'Mae’r bartneriaeth yn ŵr cryf', status: 'at-risk' }],
  });
  await importTestModel(page, json);
  await openExportDialog(page);
  const file = await exportThrough(page, { format: 'pdf', page: 'A4 landscape' });
  const { raw } = pdfStrings(file.bytes);
  const whole = file.bytes.toString('latin1');
  expect(whole, 'an embedded TrueType font').toContain('/FontFile2');
  expect(whole).toMatch(/\/BaseFont \/DejaVu/);
  // The font's character map says which glyphs are ŵ (U+0175) and ŷ (U+0177).
  expect(raw.toLowerCase()).toContain('<0175>');
  expect(raw.toLowerCase()).toContain('<0177>');
});

test('a PDF of a model in plain English uses the standard font and embeds none', async ({ page }) => {
  await importTestModel(page);
  await openExportDialog(page);
  const file = await exportThrough(page, { format: 'pdf', page: 'A4 landscape' });
  expect(file.bytes.toString('latin1')).not.toContain('/FontFile2');
});

test('the PDF library is loaded only when a PDF is asked for', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await importTestModel(page);
  await openExportDialog(page);
  await exportThrough(page, { format: 'svg' });
  expect(scripts.filter((url) => /jspdf|svg2pdf/i.test(url)), 'PDF code before a PDF was asked for').toEqual([]);
  await exportThrough(page, { format: 'pdf', page: 'A4 landscape' });
  expect(scripts.filter((url) => /jspdf/i.test(url)).length).toBeGreaterThan(0);
});
