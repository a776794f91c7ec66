/**
 * The canvas controls of issue 2 that other specs only use in passing: multi-select and delete with
 * Backspace, zoom, pan, fit view and the minimap.
 */
import { addBox, allBoxes, boxOnCanvas, canvas, createBlankModel, expect, fitView, test, zoomOf } from './helpers';

test('Ctrl+click selects several boxes; Backspace deletes them all as one undo step', async ({ page }) => {
  await createBlankModel(page);
  await addBox(page, 'Inputs', 'Pooled budget');
  await addBox(page, 'Activities', 'Joint training');
  await addBox(page, 'Engagement', 'Third sector forum');
  await fitView(page);

  await boxOnCanvas(page, 'Inputs', 'Pooled budget').click();
  await boxOnCanvas(page, 'Activities', 'Joint training').click({ modifiers: ['Control'] });
  await expect(page.getByText('2 boxes and 0 links selected.')).toBeVisible();

  await page.keyboard.press('Backspace');
  await expect(allBoxes(page)).toHaveCount(1);
  await expect(boxOnCanvas(page, 'Engagement', 'Third sector forum')).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(allBoxes(page)).toHaveCount(3);
});

test('zoom in and out with the controls, pan by dragging the background, and the minimap shows every box', async ({ page }) => {
  await createBlankModel(page);
  await addBox(page, 'Inputs', 'Pooled budget');
  await addBox(page, 'Final outcomes', 'Reduced reoffending');
  await fitView(page);
  const start = await zoomOf(page);

  await page.getByRole('button', { name: /zoom in/i }).click();
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(start);
  await page.getByRole('button', { name: /zoom out/i }).click();
  await page.getByRole('button', { name: /zoom out/i }).click();
  await expect.poll(() => zoomOf(page)).toBeLessThan(start);

  const box = boxOnCanvas(page, 'Inputs', 'Pooled budget');
  const before = await box.boundingBox();
  const area = await canvas(page).boundingBox();
  if (!before || !area) throw new Error('The canvas is not on screen');
  // Drag on the background between the legend (left) and the minimap (right).
  const from = { x: area.x + area.width / 2, y: area.y + area.height - 30 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 120, from.y - 50, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await box.boundingBox())?.x).toBeLessThan(before.x - 100);

  const minimap = page.getByRole('img', { name: /overview map|mini ?map/i }).or(page.locator('.react-flow__minimap'));
  await expect(minimap.first()).toBeVisible();
  await expect(page.locator('.react-flow__minimap .react-flow__minimap-node')).toHaveCount(7 + 2);
});
