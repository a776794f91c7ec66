/** Editing a box's label in place on the canvas, by mouse (double-click) and by keyboard (F2). */
import { addBox, boxOnCanvas, createBlankModel, expect, test } from './helpers';

test('double-clicking a box edits its label in place; F2 does the same from the keyboard', async ({ page }) => {
  await createBlankModel(page);
  const box = await addBox(page, 'Activities', 'Monthly meetings');

  await box.dblclick();
  const editor = page.getByRole('textbox', { name: 'Label of this Activities box' });
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue('Monthly meetings');
  await page.keyboard.press('End');
  await page.keyboard.type(' to share information');
  await page.keyboard.press('Enter');
  const renamed = boxOnCanvas(page, 'Activities', 'Monthly meetings to share information');
  await expect(renamed).toBeVisible();
  await expect(renamed).toBeFocused();

  await page.keyboard.press('F2');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Joint training');
  await page.keyboard.press('Enter');
  await expect(boxOnCanvas(page, 'Activities', 'Joint training')).toBeVisible();

  // Both edits are undone one at a time.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(renamed).toBeVisible();
});
