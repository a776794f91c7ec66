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

test('from the keyboard, L opens “Link to…” for the selected box, and Delete keeps focus in the lane', async ({ page }) => {
  await createBlankModel(page);
  await addBox(page, 'Inputs', 'Pooled budget');
  await addBox(page, 'Inputs', 'Staff time');
  await addBox(page, 'Activities', 'Joint training');

  const budget = boxOnCanvas(page, 'Inputs', 'Pooled budget');
  await budget.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('l');
  const chooser = page.getByRole('dialog', { name: 'Link “Inputs: Pooled budget” to…' });
  await expect(chooser).toBeVisible();
  await page.keyboard.type('joint');
  await chooser.getByRole('button', { name: 'Activities: Joint training' }).click();
  await expect(chooser).toBeHidden();

  await budget.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(budget).toHaveCount(0);
  // Focus moves to the next box down the lane, so the user can carry on.
  await expect(boxOnCanvas(page, 'Inputs', 'Staff time')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(page.getByRole('button', { name: 'Add a box to Inputs', exact: true })).toBeFocused();
});
