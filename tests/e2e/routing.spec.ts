/**
 * Issue 26: links that go around boxes. Each drawn link is sampled with the browser's own path
 * geometry (getPointAtLength), on the canvas and in the SVG export, and no point may lie inside a
 * box other than the link's two ends; a box dragged across a skip link's path makes it go round on
 * the drop; View ▸ "Route links around boxes" off gives the curves back, and stays off for that model;
 * a skip link crossing a curve to the next lane hops over it, on the canvas and in the SVG export.
 */
import { readFile } from 'node:fs/promises';
import { boxXFor } from '../../src/domain/lanes';
import type { LevelId } from '../../src/domain/levels';
import type { Box } from '../../src/domain/model';
import { NEIGHBOURHOOD_MODEL } from '../../src/domain/routing/testing/realLookingModels';
import { boxOnCanvas, canvas, dragBoxTo, expect, fitView, importFile, openHome, test, titleField, waitForStillCanvas, type Page } from './helpers';

const MODEL_FILE = JSON.stringify({ format: 'outcome-chains/logic-model', formatVersion: 1, ...NEIGHBOURHOOD_MODEL });
const ENDS: Record<string, [string, string]> = Object.fromEntries(NEIGHBOURHOOD_MODEL.links.map((link) => [link.id, [link.source, link.target]]));

interface Fault {
  readonly link: string;
  readonly box: string;
}

/** Samples every link path in `root` every 2 units and names the boxes (other than its ends) a sample falls inside. */
function samplePaths(
  args: { root: 'canvas' | 'svg'; ends: Record<string, [string, string]>; svgText?: string },
): { faults: Fault[]; sampled: number; commands: Record<string, string> } {
  let container: Element;
  let boxes: { id: string; x: number; y: number; w: number; h: number }[];
  let paths: { id: string; path: SVGPathElement }[];
  if (args.root === 'canvas') {
    container = document.querySelector('.react-flow')!;
    boxes = [...container.querySelectorAll<HTMLElement>('.react-flow__node-box')].map((node) => {
      const match = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(node.style.transform)!;
      return { id: node.dataset.id!, x: Number(match[1]), y: Number(match[2]), w: node.offsetWidth, h: node.offsetHeight };
    });
    paths = [...container.querySelectorAll<SVGGElement>('.react-flow__edge')].map((edge) => ({ id: edge.dataset.id!, path: edge.querySelector<SVGPathElement>('path.react-flow__edge-path')! }));
  } else {
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;left:-99999px;top:0';
    holder.innerHTML = args.svgText!.replace(/^<\?xml[^>]*>/, '');
    document.body.append(holder);
    container = holder;
    boxes = [...holder.querySelectorAll<SVGGElement>('g.box')].map((group) => {
      const rect = group.querySelector('rect')!;
      return { id: group.dataset.boxId!, x: Number(rect.getAttribute('x')), y: Number(rect.getAttribute('y')), w: Number(rect.getAttribute('width')), h: Number(rect.getAttribute('height')) };
    });
    paths = [...holder.querySelectorAll<SVGPathElement>('path.link')].map((path) => ({ id: path.dataset.linkId!, path }));
  }
  const faults: Fault[] = [];
  const commands: Record<string, string> = {};
  let sampled = 0;
  for (const { id, path } of paths) {
    const [source, target] = args.ends[id]!;
    commands[id] = (path.getAttribute('d') ?? '').replace(/[^A-Za-z]/g, '');
    const length = path.getTotalLength();
    for (let at = 0; at <= length; at += 2) {
      const point = path.getPointAtLength(at);
      sampled++;
      for (const box of boxes) {
        if (box.id === source || box.id === target) continue;
        if (point.x > box.x + 1 && point.x < box.x + box.w - 1 && point.y > box.y + 1 && point.y < box.y + box.h - 1) {
          if (!faults.some((fault) => fault.link === id && fault.box === box.id)) faults.push({ link: id, box: box.id });
        }
      }
    }
  }
  if (args.root === 'svg') container.remove();
  return { faults, sampled, commands };
}

async function canvasLinks(page: Page) {
  await waitForStillCanvas(page);
  return page.evaluate(samplePaths, { root: 'canvas' as const, ends: ENDS });
}

async function openModel(page: Page): Promise<void> {
  await openHome(page);
  await importFile(page, 'neighbourhood.json', MODEL_FILE);
  await expect(titleField(page)).toHaveValue(NEIGHBOURHOOD_MODEL.title);
  await fitView(page);
}

async function exportSvgText(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('group', { name: 'Format' }).getByRole('radio', { name: 'SVG image', exact: true }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download', exact: true }).click();
  const download = await downloading;
  const text = await readFile(await download.path(), 'utf8');
  await dialog.getByRole('button', { name: 'Close' }).click();
  return text;
}

async function setRouting(page: Page, on: boolean): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'View' }).click();
  const item = page.getByRole('menu', { name: 'View' }).getByRole('menuitemcheckbox', { name: 'Route links around boxes' });
  await expect(item).toHaveAttribute('aria-checked', String(!on));
  await item.click();
  await expect(page.getByRole('menu', { name: 'View' })).toHaveCount(0);
}

test('no link on the canvas or in the SVG export passes through a box other than its ends', async ({ page }) => {
  await openModel(page);
  const drawn = await canvasLinks(page);
  expect(Object.keys(drawn.commands)).toHaveLength(NEIGHBOURHOOD_MODEL.links.length);
  expect(drawn.sampled).toBeGreaterThan(1000);
  expect(drawn.faults).toEqual([]);
  // The skip link from the housing to the rental homes is drawn with right angles, rounded corners (Q) and perhaps hops (C).
  expect(drawn.commands.l17).toMatch(/^M[LQC]*Q[LQC]*L$/);
  // Links to the next lane stay single curves.
  expect(drawn.commands.l1).toBe('MC');

  const svg = await exportSvgText(page);
  const exported = await page.evaluate(samplePaths, { root: 'svg' as const, ends: ENDS, svgText: svg });
  expect(Object.keys(exported.commands)).toHaveLength(NEIGHBOURHOOD_MODEL.links.length);
  expect(exported.faults).toEqual([]);
  expect(exported.commands.l17).toBe(drawn.commands.l17);
});

test('a box dragged across a skip link’s path makes the link go round it on the drop', async ({ page }) => {
  await openModel(page);
  // Where the skip link "Children enrolled → Better school attendance" crosses the Reactions lane, below its boxes' tops.
  const crossing = await page.evaluate(() => {
    const path = document.querySelector<SVGPathElement>('.react-flow__edge[data-id="l19"] path.react-flow__edge-path')!;
    const matrix = path.getScreenCTM()!;
    const length = path.getTotalLength();
    for (let at = 0; at <= length; at += 2) {
      const point = path.getPointAtLength(at);
      // The middle of the Reactions lane (its boxes stand from x 800 to 1020).
      if (point.x > 900 && point.x < 920) {
        const screen = new DOMPoint(point.x, point.y).matrixTransform(matrix);
        return { x: screen.x, y: screen.y, flowY: point.y, d: path.getAttribute('d') };
      }
    }
    return null;
  });
  expect(crossing).not.toBeNull();
  const box = boxOnCanvas(page, 'Reactions', 'Residents feel safer in the neighbourhood');
  const before = await box.boundingBox();
  await dragBoxTo(page, box, { x: before!.x + before!.width / 2, y: crossing!.y });
  await waitForStillCanvas(page);
  const after = await box.boundingBox();
  expect(Math.abs(after!.y + after!.height / 2 - crossing!.y)).toBeLessThan(8);
  await expect.poll(() => page.locator('.react-flow__edge[data-id="l19"] path.react-flow__edge-path').getAttribute('d')).not.toBe(crossing!.d);
  const drawn = await canvasLinks(page);
  expect(drawn.faults).toEqual([]);
});

test('View ▸ Route links around boxes off draws curves again, in the exports too, and stays off for this model', async ({ page }) => {
  await openModel(page);
  await setRouting(page, false);
  await expect.poll(async () => (await canvasLinks(page)).commands.l17).toBe('MC');
  // Drawn as one curve, some links run through boxes again: this is what the option gives up.
  expect((await canvasLinks(page)).faults.length).toBeGreaterThan(0);
  const svg = await exportSvgText(page);
  const exported = await page.evaluate(samplePaths, { root: 'svg' as const, ends: ENDS, svgText: svg });
  expect(Object.values(exported.commands).every((commands) => commands === 'MC')).toBe(true);

  await page.reload();
  await expect(titleField(page)).toHaveValue(NEIGHBOURHOOD_MODEL.title);
  await expect(canvas(page)).toBeVisible();
  await expect.poll(async () => (await canvasLinks(page)).commands.l17).toBe('MC');
  await setRouting(page, true);
  await expect.poll(async () => (await canvasLinks(page)).faults).toEqual([]);
});

test('the pathway view and the presentation draw the links round the boxes too', async ({ page }) => {
  await openModel(page);
  const canvasPaths = await page.locator('.react-flow__edge path.react-flow__edge-path').evaluateAll((paths) => paths.map((path) => path.getAttribute('d')));

  // The pathway's links, drawn again above the veil, follow the canvas's routes.
  await boxOnCanvas(page, 'Activities', 'Mixed-income housing built in phases').click();
  await page.getByRole('banner').getByRole('button', { name: 'View' }).click();
  await page.getByRole('menu', { name: 'View' }).getByRole('menuitem', { name: 'Show pathway', exact: true }).click();
  const copies = page.getByTestId('pathway-fade').locator('svg path');
  await expect(copies.first()).toBeAttached();
  const copied = await copies.evaluateAll((paths) => paths.map((path) => path.getAttribute('d')));
  expect(copied.length).toBeGreaterThan(2);
  for (const d of copied) expect(canvasPaths).toContain(d);
  // The pathway takes in the skip link to the rental homes: drawn with right angles, not as one curve.
  expect(copied.some((d) => /Q/.test(d ?? ''))).toBe(true);
  await page.getByRole('banner').getByRole('button', { name: 'View' }).click();
  await page.getByRole('menu', { name: 'View' }).getByRole('menuitem', { name: 'Hide pathway', exact: true }).click();

  // The presentation, every lane shown: no link passes through a card other than its ends.
  await page.getByRole('banner').getByRole('button', { name: 'View' }).click();
  await page.getByRole('menu', { name: 'View' }).getByRole('menuitem', { name: 'Present lane by lane', exact: true }).click();
  const show = page.getByRole('dialog', { name: `Presentation: ${NEIGHBOURHOOD_MODEL.title}` });
  await expect(show).toBeVisible();
  await page.keyboard.press('End');
  await expect(show.getByRole('status')).toHaveText('Step 8 of 8: Final outcomes');
  await expect(show.locator('.presentation__links g')).toHaveCount(NEIGHBOURHOOD_MODEL.links.length);
  const presented = await show.locator('.presentation__stage').evaluate((stage, ends) => {
    const origin = stage.getBoundingClientRect();
    const cards = [...stage.querySelectorAll<HTMLElement>('[data-box-id]')].map((card) => {
      const rect = card.getBoundingClientRect();
      return { id: card.dataset.boxId!, x: rect.left - origin.left, y: rect.top - origin.top, w: rect.width, h: rect.height };
    });
    const faults: string[] = [];
    let orthogonal = 0;
    for (const group of stage.querySelectorAll<SVGGElement>('.presentation__links g')) {
      const id = group.dataset.linkId!;
      const path = group.querySelector('path')!;
      if (/Q/.test(path.getAttribute('d') ?? '')) orthogonal++;
      const length = path.getTotalLength();
      for (let at = 0; at <= length; at += 2) {
        const point = path.getPointAtLength(at);
        for (const card of cards) {
          if (card.id === ends[id]![0] || card.id === ends[id]![1]) continue;
          if (point.x > card.x + 1 && point.x < card.x + card.w - 1 && point.y > card.y + 1 && point.y < card.y + card.h - 1) faults.push(`${id} through ${card.id}`);
        }
      }
    }
    return { faults: [...new Set(faults)], orthogonal };
  }, ENDS);
  expect(presented.faults).toEqual([]);
  expect(presented.orthogonal).toBeGreaterThan(3);
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
});

/** A tall curve from Activities down to Engagement, and a skip link from Inputs to Reactions across it. */
const CROSSING_BOXES: Box[] = (
  [
    ['from', 'activities', 'Youth workers trained', 100],
    ['to', 'engagement', 'Young people join the evening clubs', 420],
    ['start', 'inputs', 'Lottery grant for youth work', 260],
    ['finish', 'reactions', 'Parents trust the clubs', 260],
  ] as const
).map(([id, level, label, y]) => ({ id, level: level as LevelId, label, x: boxXFor(level as LevelId), y }));
const CROSSING_FILE = JSON.stringify({
  format: 'outcome-chains/logic-model',
  formatVersion: 1,
  ...NEIGHBOURHOOD_MODEL,
  title: 'Youth clubs: a skip link across a curve',
  boxes: CROSSING_BOXES,
  links: [
    { id: 'curve', source: 'from', target: 'to' },
    { id: 'skip', source: 'start', target: 'finish' },
  ],
});

/** The hop's centre from a path's data (its first arc ends on top of the hop, which bulges 4 up), and how near the other path's drawn geometry comes to it. */
function hopAgainst(args: { d: string; other: string }): { centre: { x: number; y: number }; nearest: number } | null {
  const arc = /C\s*[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+([-\d.]+)\s+([-\d.]+)/.exec(args.d);
  if (!arc) return null;
  const centre = { x: Number(arc[1]), y: Number(arc[2]) + 4 };
  const other = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  other.setAttribute('d', args.other);
  const holder = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  holder.append(other);
  document.body.append(holder);
  let nearest = Infinity;
  const length = other.getTotalLength();
  for (let at = 0; at <= length; at += 0.25) {
    const point = other.getPointAtLength(at);
    nearest = Math.min(nearest, Math.hypot(point.x - centre.x, point.y - centre.y));
  }
  holder.remove();
  return { centre, nearest };
}

test('a skip link crossing a curve to the next lane hops over it, on the canvas and in the SVG export', async ({ page }) => {
  await openHome(page);
  await importFile(page, 'youth-clubs.json', CROSSING_FILE);
  await expect(titleField(page)).toHaveValue('Youth clubs: a skip link across a curve');
  await fitView(page);
  await waitForStillCanvas(page);
  const pathOf = (id: string) => page.locator(`.react-flow__edge[data-id="${id}"] path.react-flow__edge-path`).getAttribute('d');
  const curve = (await pathOf('curve'))!;
  const skip = (await pathOf('skip'))!;
  expect(curve.replace(/[^A-Za-z]/g, '')).toBe('MC');
  // A straight line with one hop: two quarter-arcs (C C) between straight stretches.
  expect(skip.replace(/[^A-Za-z]/g, '')).toMatch(/^M[LQ]*LCCL[LQ]*$/);
  const hop = await page.evaluate(hopAgainst, { d: skip, other: curve });
  expect(hop).not.toBeNull();
  // The hop stands on the curve, in the gap between Activities and Engagement.
  expect(hop!.nearest).toBeLessThan(1);
  expect(hop!.centre.x).toBeGreaterThan(boxXFor('activities') + 220);
  expect(hop!.centre.x).toBeLessThan(boxXFor('engagement'));

  const svg = await exportSvgText(page);
  const exported = await page.evaluate((text) => {
    const holder = document.createElement('div');
    holder.innerHTML = text.replace(/^<\?xml[^>]*>/, '');
    const d = (id: string) => holder.querySelector(`path.link[data-link-id="${id}"]`)?.getAttribute('d') ?? '';
    return { skip: d('skip'), curve: d('curve') };
  }, svg);
  // The export draws the same route (placed on its own page, perhaps moved): one hop, standing on the curve.
  expect(exported.skip.replace(/[^A-Za-z]/g, '')).toBe(skip.replace(/[^A-Za-z]/g, ''));
  const exportedHop = await page.evaluate(hopAgainst, { d: exported.skip, other: exported.curve });
  expect(exportedHop!.nearest).toBeLessThan(1);
});
