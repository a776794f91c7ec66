/** A box dragged from one lane into another takes that lane's level. */
import { addBox, boxOnCanvas, centreOf, createBlankModel, detailsPanel, dragBoxTo, expect, expectAllSaved, fitView, LEVEL_NAMES, laneColumn, laneHeading, levelAtScreenX, selectBox, test } from './helpers';

test('the lanes stand left to right in level order', async ({ page }) => {
  await createBlankModel(page);
  await fitView(page);
  let previousRight = -Infinity;
  for (const level of LEVEL_NAMES) {
    await expect(laneHeading(page, level)).toBeVisible();
    const column = await laneColumn(page, level);
    expect(column.left, `${level} starts where the lane before it ends`).toBeGreaterThanOrEqual(previousRight - 1);
    previousRight = column.right;
  }
});

test('dragging a box from Inputs into the Engagement lane makes it an Engagement box', async ({ page }) => {
  await createBlankModel(page);
  await addBox(page, 'Inputs', 'Shared data');
  await addBox(page, 'Engagement', 'Frontline staff');
  await fitView(page);
  const box = boxOnCanvas(page, 'Inputs', 'Shared data');
  const start = await centreOf(box);
  expect(await levelAtScreenX(page, start.x)).toBe('Inputs');

  const engagement = await laneColumn(page, 'Engagement');
  // Drop it a little off the lane's middle and below the box already there: it settles in the lane.
  await dragBoxTo(page, box, { x: engagement.left + (engagement.right - engagement.left) * 0.35, y: start.y + 140 });

  const moved = boxOnCanvas(page, 'Engagement', 'Shared data');
  await expect(moved).toBeVisible();
  await expect(boxOnCanvas(page, 'Inputs', 'Shared data')).toHaveCount(0);
  const centre = await centreOf(moved);
  expect(await levelAtScreenX(page, centre.x)).toBe('Engagement');
  const other = await centreOf(boxOnCanvas(page, 'Engagement', 'Frontline staff'));
  expect(Math.abs(centre.x - other.x), 'it lines up with the lane’s other box').toBeLessThan(2);

  await selectBox(page, 'Engagement', 'Shared data');
  const levelField = detailsPanel(page).getByRole('combobox', { name: 'Level' });
  await expect(levelField).toHaveValue('engagement');
  await expect(levelField.getByRole('option', { selected: true })).toHaveText('Engagement');

  // Stored so.
  await expectAllSaved(page);
  await page.reload();
  await expect(boxOnCanvas(page, 'Engagement', 'Shared data')).toBeVisible();
});

test('a box dropped past the last lane stays in Final outcomes; the Level select moves it back', async ({ page }) => {
  await createBlankModel(page);
  await addBox(page, 'Practice change', 'Joint case reviews');
  await fitView(page);
  const box = boxOnCanvas(page, 'Practice change', 'Joint case reviews');
  const start = await centreOf(box);
  const outcomes = await laneColumn(page, 'Final outcomes');
  await dragBoxTo(page, box, { x: outcomes.right + 30, y: start.y + 60 });
  const moved = boxOnCanvas(page, 'Final outcomes', 'Joint case reviews');
  await expect(moved).toBeVisible();
  await fitView(page);
  expect(await levelAtScreenX(page, (await centreOf(moved)).x)).toBe('Final outcomes');

  await selectBox(page, 'Final outcomes', 'Joint case reviews');
  await detailsPanel(page).getByRole('combobox', { name: 'Level' }).selectOption({ label: 'Practice change' });
  await expect(boxOnCanvas(page, 'Practice change', 'Joint case reviews')).toBeVisible();
  await fitView(page);
  expect(await levelAtScreenX(page, (await centreOf(boxOnCanvas(page, 'Practice change', 'Joint case reviews'))).x)).toBe('Practice change');
});
