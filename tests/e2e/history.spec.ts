/** Undo and redo: with Ctrl+Z / Ctrl+Shift+Z and with the toolbar buttons; what counts as one step. */
import { addBox, allBoxes, boxOnCanvas, centreOf, createBlankModel, dragBoxTo, expect, expectAllSaved, fitView, saveStatus, selectBox, test, titleField, type Page } from './helpers';

const undoButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Undo', exact: true });
const redoButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Redo', exact: true });

test('adding a box and typing its label is one step, undone and redone with Ctrl+Z / Ctrl+Shift+Z', async ({ page }) => {
  await createBlankModel(page);
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toBeDisabled();

  await addBox(page, 'Inputs', 'Pooled budget');
  await expect(undoButton(page)).toBeEnabled();

  await page.keyboard.press('ControlOrMeta+Z');
  // Not an "Untitled box" left behind: the box and its label go together.
  await expect(allBoxes(page)).toHaveCount(0);
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toBeEnabled();

  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget')).toBeVisible();
  await expect(allBoxes(page)).toHaveCount(1);
  await expect(redoButton(page)).toBeDisabled();

  // Ctrl+Y redoes too.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(allBoxes(page)).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Y');
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget')).toBeVisible();
});

test('the Undo and Redo buttons step back and forth through boxes added', async ({ page }) => {
  await createBlankModel(page);
  await addBox(page, 'Inputs', 'Pooled budget');
  await addBox(page, 'Activities', 'Joint training');
  await addBox(page, 'Engagement', 'Frontline staff');

  await undoButton(page).click();
  await expect(allBoxes(page)).toHaveCount(2);
  await expect(boxOnCanvas(page, 'Engagement', 'Frontline staff')).toHaveCount(0);
  await undoButton(page).click();
  await expect(allBoxes(page)).toHaveCount(1);
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget')).toBeVisible();
  await redoButton(page).click();
  await expect(boxOnCanvas(page, 'Activities', 'Joint training')).toBeVisible();
  await expect(allBoxes(page)).toHaveCount(2);
  await expect(redoButton(page)).toBeEnabled();

  // A new change drops what could have been redone.
  await addBox(page, 'Reactions', 'Trust');
  await expect(redoButton(page)).toBeDisabled();
  await expectAllSaved(page);

  // What undo left is what is stored.
  await undoButton(page).click();
  await expect(allBoxes(page)).toHaveCount(2);
  await expectAllSaved(page);
  await page.reload();
  await expect(allBoxes(page)).toHaveCount(2);
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget')).toBeVisible();
  await expect(boxOnCanvas(page, 'Activities', 'Joint training')).toBeVisible();
});

test('selecting a box is not a step: undo skips it', async ({ page }) => {
  await createBlankModel(page);
  await addBox(page, 'Inputs', 'Pooled budget');
  await addBox(page, 'Activities', 'Joint training');
  await selectBox(page, 'Inputs', 'Pooled budget');
  await fitView(page);
  await boxOnCanvas(page, 'Activities', 'Joint training').click();
  await boxOnCanvas(page, 'Inputs', 'Pooled budget').click();

  await page.keyboard.press('ControlOrMeta+Z');
  await expect(boxOnCanvas(page, 'Activities', 'Joint training')).toHaveCount(0);
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(allBoxes(page)).toHaveCount(0);
  await expect(undoButton(page)).toBeDisabled();
});

test('dragging a box is one step, however many moves the mouse made', async ({ page }) => {
  await createBlankModel(page);
  await addBox(page, 'Activities', 'Joint training');
  await fitView(page);
  const box = boxOnCanvas(page, 'Activities', 'Joint training');
  const before = await centreOf(box);

  await dragBoxTo(page, box, { x: before.x, y: before.y + 180 });
  await expect.poll(async () => (await centreOf(box)).y).toBeGreaterThan(before.y + 120);
  const after = await centreOf(box);
  expect(Math.abs(after.x - before.x), 'the box stays in its lane').toBeLessThan(2);

  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await centreOf(box)).y, { message: 'one undo takes the whole drag back' }).toBeCloseTo(before.y, 0);
  await expect(box, 'and only the drag: the box is still there').toBeVisible();

  await redoButton(page).click();
  await expect.poll(async () => (await centreOf(box)).y).toBeCloseTo(after.y, 0);

  await undoButton(page).click();
  await undoButton(page).click();
  await expect(allBoxes(page), 'the step before the drag was adding the box').toHaveCount(0);
  await expect(undoButton(page)).toBeDisabled();
});

test('typing a title is one step, and Ctrl+Z in the title field undoes the model change', async ({ page }) => {
  await createBlankModel(page);
  await titleField(page).fill('');
  await titleField(page).pressSequentially('Partnership plan');
  await expect(page).toHaveTitle('Partnership plan — Outcome Chains');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(titleField(page)).toHaveValue('Untitled logic model');
  await expect(undoButton(page)).toBeDisabled();
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(titleField(page)).toHaveValue('Partnership plan');
});

test('undoing a change before it is saved leaves the status at “All changes saved”, not “Saving…”', async ({ page }) => {
  await createBlankModel(page);
  await expectAllSaved(page);
  // One keystroke and its undo, quicker than the 300 ms autosave wait: the model is as stored again.
  await titleField(page).press('End');
  await titleField(page).press('s');
  await titleField(page).press('ControlOrMeta+Z');
  await expect(titleField(page)).toHaveValue('Untitled logic model');
  await expect(saveStatus(page)).toHaveText('All changes saved', { timeout: 3000 });
});
