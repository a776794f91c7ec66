/**
 * The canvas controls of issue 2 that other specs only use in passing: multi-select and delete with
 * Backspace, zoom, pan, fit view, the minimap, and the look of each link shape.
 */
import { LINK_STYLES } from '../../src/export/theme';
import { addBox, allBoxes, boxOnCanvas, canvas, createBlankModel, edges, expect, fitView, importFile, linkOnCanvas, openHome, test, zoomOf } from './helpers';

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

test('each shape of link is drawn in its own style: linear plain, skip, feedback and same-level each dashed and coloured differently', async ({ page }) => {
  const file = {
    format: 'outcome-chains/logic-model',
    formatVersion: 1,
    title: 'Four shapes',
    boxes: [
      { id: 'i', level: 'inputs', label: 'Pooled budget' },
      { id: 'a', level: 'activities', label: 'Joint training' },
      { id: 'a2', level: 'activities', label: 'Shared case meetings' },
      { id: 'r', level: 'reactions', label: 'Staff trust partners' },
    ],
    links: [
      { id: 'linear', source: 'i', target: 'a' },
      { id: 'skip', source: 'a', target: 'r' },
      { id: 'feedback', source: 'r', target: 'a2' },
      { id: 'same', source: 'a', target: 'a2' },
    ],
  };
  await openHome(page);
  await importFile(page, 'shapes.json', JSON.stringify(file));
  await expect(edges(page)).toHaveCount(4);
  const drawn = async (name: string) => {
    const path = linkOnCanvas(page, name).locator('path.react-flow__edge-path');
    return path.evaluate((element) => {
      const style = getComputedStyle(element);
      return { colour: style.stroke, dash: style.strokeDasharray };
    });
  };
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;
  const dash = (pattern: string | null) => (pattern ? pattern.split(' ').map((n) => `${n}px`).join(', ') : 'none');
  const cases = [
    ['linear', 'Link (linear) from Inputs: Pooled budget to Activities: Joint training'],
    ['skip', 'Link (skip) from Activities: Joint training to Reactions: Staff trust partners'],
    ['feedback', 'Link (feedback) from Reactions: Staff trust partners to Activities: Shared case meetings'],
    ['same-level', 'Link (same-level) from Activities: Joint training to Activities: Shared case meetings'],
  ] as const;
  const seen = new Set<string>();
  for (const [shape, name] of cases) {
    const style = await drawn(name);
    expect(style, shape).toEqual({ colour: rgb(LINK_STYLES[shape].colour), dash: dash(LINK_STYLES[shape].dash) });
    seen.add(`${style.colour}|${style.dash}`);
  }
  expect(seen.size, 'four different looks').toBe(4);
});
