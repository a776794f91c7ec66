/** The model list: create, rename, open, duplicate, delete, undo the delete, restore from the trash. */
import { addBox, boxCountCell, createBlankModel, expect, expectAllSaved, modelIdOf, modelRow, modelsTable, modelTitles, openHome, test, titleField } from './helpers';

test('a new blank model, renamed in the toolbar, is listed with its box count', async ({ page }) => {
  await openHome(page);
  await expect(page.getByText('No models yet.')).toBeVisible();

  const id = await createBlankModel(page);
  await titleField(page).fill('Reducing reoffending');
  await addBox(page, 'Inputs', 'Pooled budget');
  await addBox(page, 'Activities', 'Joint training');
  await expect(page).toHaveTitle('Reducing reoffending — Outcome Chains');
  await expectAllSaved(page);

  await page.getByRole('link', { name: 'All models' }).click();
  await expect(page).toHaveURL(/#\/$/);
  const row = modelRow(page, 'Reducing reoffending');
  await expect(row).toHaveCount(1);
  await expect(boxCountCell(row)).toHaveText('2');
  await expect(modelTitles(page)).toHaveText(['Reducing reoffending']);
  // Last changed: today, as a UK reader writes it, with the time.
  const today = (date: Date) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
  const lastChanged = await row.getByRole('cell').first().innerText();
  expect([today(new Date()), today(new Date(Date.now() - 60_000))].some((date) => lastChanged.startsWith(date)), lastChanged).toBe(true);
  expect(lastChanged).toMatch(/\d{2}:\d{2}$/);

  // Each model has its own address: the title link opens it, and Back returns to the list.
  await row.getByRole('link', { name: 'Reducing reoffending' }).click();
  await expect(page).toHaveURL(new RegExp(`#/models/${id}$`));
  await expect(titleField(page)).toHaveValue('Reducing reoffending');
  await page.goBack();
  await expect(modelRow(page, 'Reducing reoffending')).toBeVisible();
  await page.goForward();
  await expect(titleField(page)).toHaveValue('Reducing reoffending');
  expect(modelIdOf(page)).toBe(id);
});

test('the editor asks the browser to keep its storage, so that the models are not cleared to free space', async ({ page }) => {
  await page.addInitScript(() => {
    const asked = { count: 0 };
    (window as unknown as { persistAsked: typeof asked }).persistAsked = asked;
    const persist = navigator.storage.persist.bind(navigator.storage);
    navigator.storage.persist = () => {
      asked.count++;
      return persist();
    };
  });
  await openHome(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as { persistAsked: { count: number } }).persistAsked.count)).toBe(1);
});

test('rename and duplicate from the home page', async ({ page }) => {
  await createBlankModel(page);
  await titleField(page).fill('Draft model');
  await addBox(page, 'Engagement', 'Service users on the board');
  await expectAllSaved(page);
  await page.getByRole('link', { name: 'All models' }).click();

  await modelRow(page, 'Draft model').getByRole('button', { name: 'Rename “Draft model”' }).click();
  const field = page.getByRole('textbox', { name: 'New title for “Draft model”' });
  await expect(field).toBeFocused();
  await field.fill('Youth justice partnership');
  await page.getByRole('button', { name: 'Save title' }).click();
  await expect(modelRow(page, 'Youth justice partnership')).toHaveCount(1);
  await expect(modelRow(page, 'Draft model')).toHaveCount(0);

  await modelRow(page, 'Youth justice partnership').getByRole('button', { name: 'Duplicate “Youth justice partnership”' }).click();
  await page.getByRole('dialog', { name: 'Duplicate “Youth justice partnership”' }).getByRole('button', { name: 'Make the copy' }).click();
  const copy = modelRow(page, 'Copy of Youth justice partnership');
  await expect(copy).toHaveCount(1);
  await expect(boxCountCell(copy)).toHaveText('1');
  await expect(modelTitles(page)).toHaveCount(2);

  // The copy is a model of its own, with the original's box, and the rename is stored.
  await copy.getByRole('link').click();
  await expect(titleField(page)).toHaveValue('Copy of Youth justice partnership');
  await expect(page.getByRole('group', { name: 'Engagement: Service users on the board' })).toBeVisible();
  await page.reload();
  await expect(titleField(page)).toHaveValue('Copy of Youth justice partnership');
  await page.getByRole('link', { name: 'All models' }).click();
  // Most recently changed first: the copy was made after the rename.
  await expect(modelTitles(page)).toHaveText(['Copy of Youth justice partnership', 'Youth justice partnership']);
});

test('a cancelled rename changes nothing', async ({ page }) => {
  await createBlankModel(page);
  await titleField(page).fill('Keep this title');
  await expectAllSaved(page);
  await page.getByRole('link', { name: 'All models' }).click();
  await page.getByRole('button', { name: 'Rename “Keep this title”' }).click();
  await page.getByRole('textbox', { name: 'New title for “Keep this title”' }).fill('Something else');
  await page.keyboard.press('Escape');
  await expect(modelRow(page, 'Keep this title')).toHaveCount(1);
  await page.reload();
  await expect(modelTitles(page)).toHaveText(['Keep this title']);
});

test('delete, then Undo in the notice, brings the model back', async ({ page }) => {
  await createBlankModel(page);
  await titleField(page).fill('Model to delete');
  await addBox(page, 'Inputs', 'Shared data');
  await expectAllSaved(page);
  await page.getByRole('link', { name: 'All models' }).click();

  await page.getByRole('button', { name: 'Delete “Model to delete”', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('“Model to delete” moved to the trash.');
  await expect(modelsTable(page)).toHaveCount(0);
  await expect(page.getByText('No models yet.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Trash' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Model to delete' })).toContainText('(1 box)');

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(modelRow(page, 'Model to delete')).toHaveCount(1);
  await expect(boxCountCell(modelRow(page, 'Model to delete'))).toHaveText('1');
  await expect(page.getByRole('heading', { name: 'Trash' })).toHaveCount(0);
  await page.reload();
  await expect(modelTitles(page)).toHaveText(['Model to delete']);
});

test('a deleted model stays in the Trash across a reload and can be restored from there', async ({ page }) => {
  await createBlankModel(page);
  await titleField(page).fill('First');
  await expectAllSaved(page);
  await createBlankModel(page);
  await titleField(page).fill('Second');
  await addBox(page, 'Final outcomes', 'Fewer people reoffend');
  await expectAllSaved(page);
  await page.getByRole('link', { name: 'All models' }).click();

  await page.getByRole('button', { name: 'Delete “Second”', exact: true }).click();
  await expect(modelRow(page, 'Second')).toHaveCount(0);
  await page.reload();
  await expect(modelTitles(page)).toHaveText(['First']);
  const trash = page.getByRole('region', { name: 'Trash' });
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  await expect(trash.getByRole('listitem')).toContainText('Second');

  await trash.getByRole('button', { name: 'Restore “Second”' }).click();
  await expect(modelRow(page, 'Second')).toHaveCount(1);
  await expect(boxCountCell(modelRow(page, 'Second'))).toHaveText('1');
  await expect(page.getByRole('region', { name: 'Trash' })).toHaveCount(0);

  // Restored, it opens with its content.
  await modelRow(page, 'Second').getByRole('link').click();
  await expect(page.getByRole('group', { name: 'Final outcomes: Fewer people reoffend' })).toBeVisible();
});

test('"Delete for good" asks first, and only removes the model when confirmed', async ({ page }) => {
  await createBlankModel(page);
  await titleField(page).fill('Old draft');
  await expectAllSaved(page);
  await page.getByRole('link', { name: 'All models' }).click();
  await page.getByRole('button', { name: 'Delete “Old draft”', exact: true }).click();
  const trash = page.getByRole('region', { name: 'Trash' });

  page.once('dialog', (dialog) => void dialog.dismiss());
  await trash.getByRole('button', { name: 'Delete “Old draft” for good' }).click();
  await expect(trash.getByRole('listitem')).toHaveCount(1);

  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.accept();
  });
  await trash.getByRole('button', { name: 'Delete “Old draft” for good' }).click();
  await expect(page.getByRole('region', { name: 'Trash' })).toHaveCount(0);
  expect(asked).toEqual(['Delete “Old draft” for good? This cannot be undone.']);
  await page.reload();
  await expect(page.getByText('No models yet.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Trash' })).toHaveCount(0);
});
