/**
 * A model of more than 500 boxes (ONLY_VISIBLE_ABOVE_BOXES in src/canvas/Canvas.tsx): the canvas keeps
 * only the boxes in view in the page, which keeps typing cheap. "Every box drawn" then means every
 * box in view: the whole model in view draws all of them, a box brought into view from afar is drawn,
 * and the exports, drawn from the model, still hold every box.
 */
import { allBoxes, boxOnCanvas, expect, fitView, importFile, LEVEL_IDS, LEVEL_NAMES, openHome, openPanelTab, test, titleField, type LevelName } from './helpers';

const BOX_COUNT = 600;

// Tall enough that the whole model fits in view at the canvas's smallest zoom.
test.use({ viewport: { width: 1600, height: 1200 } });

/** Box n (from 1) stands in the n-th lane, round and round: about 86 rows of seven. */
function levelOf(n: number): LevelName {
  return LEVEL_NAMES[(n - 1) % LEVEL_NAMES.length]!;
}

function largeModelFile(): string {
  const boxes = Array.from({ length: BOX_COUNT }, (_, index) => ({ id: `b${index}`, level: LEVEL_IDS[levelOf(index + 1)], label: `Resource ${index + 1}` }));
  return JSON.stringify({ format: 'outcome-chains/logic-model', formatVersion: 1, title: 'A very large model', boxes, links: [] });
}

test('a 600-box model draws every box in view: all of them when the whole model is in view, and a far box brought into view', async ({ page }) => {
  test.setTimeout(90_000);
  await openHome(page);
  await importFile(page, 'large.json', largeModelFile());
  await expect(titleField(page)).toHaveValue('A very large model');

  await fitView(page);
  await expect(allBoxes(page)).toHaveCount(BOX_COUNT);
  await expect(boxOnCanvas(page, levelOf(1), 'Resource 1')).toBeVisible();
  await expect(boxOnCanvas(page, levelOf(BOX_COUNT), `Resource ${BOX_COUNT}`)).toBeVisible();

  // A flag leads to the last box: the view moves to it, it is drawn and selected, and the boxes
  // far above it are no longer in the page.
  const panel = await openPanelTab(page, 'Flags');
  const loose = panel.getByRole('group').filter({ has: page.getByText(`Boxes with no links (${BOX_COUNT})`, { exact: true }) });
  await loose.getByText(`Boxes with no links (${BOX_COUNT})`, { exact: true }).click();
  await loose.getByRole('button', { name: `Show all ${BOX_COUNT}` }).click();
  await loose.getByRole('button', { name: new RegExp(`“Resource ${BOX_COUNT}”`) }).click();
  const last = boxOnCanvas(page, levelOf(BOX_COUNT), `Resource ${BOX_COUNT}`);
  await expect(last).toBeVisible();
  await expect(last).toHaveClass(/selected/);
  await expect(boxOnCanvas(page, levelOf(1), 'Resource 1')).toHaveCount(0);
  await expect.poll(() => allBoxes(page).count()).toBeLessThan(BOX_COUNT);

  // The whole model in view again: every box is drawn.
  await fitView(page);
  await expect(allBoxes(page)).toHaveCount(BOX_COUNT);
});

test('the exports of a 600-box model hold every box, whatever part of it is in view', async ({ page }) => {
  test.setTimeout(90_000);
  await openHome(page);
  await importFile(page, 'large.json', largeModelFile());
  await expect(titleField(page)).toHaveValue('A very large model');
  // Only a corner of the model in view.
  for (let step = 0; step < 6; step++) await page.getByRole('button', { name: /zoom in/i }).click();
  await expect.poll(() => allBoxes(page).count()).toBeLessThan(BOX_COUNT);

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'SVG image', exact: true }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download', exact: true }).click();
  const svg = (await import('node:fs')).readFileSync(await (await downloading).path(), 'utf8');
  for (const index of [1, BOX_COUNT / 2, BOX_COUNT]) expect(svg).toContain(`>Resource ${index}<`);
  expect(svg.match(/>Resource \d+</g)).toHaveLength(BOX_COUNT);
});
