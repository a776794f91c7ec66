/**
 * A copy keeps everything: Duplicate on the home page copies a model with its saved versions, and
 * its comments only when asked; a version's "Open as a new model" says what it leaves behind.
 */
import { expect, expectAllSaved, modelRow, openHome, openPanelTab, selectBox, test, titleField, type Page } from './helpers';
import { FAMILY_MODEL, openFamilyModel, saveVersion } from './versionHelpers';

async function commentOnTraining(page: Page, text: string): Promise<void> {
  await page.evaluate(() => localStorage.setItem('outcome-chains:person-name', 'Asha'));
  await openPanelTab(page, 'Details');
  await selectBox(page, 'Activities', 'Joint training');
  await page.getByRole('button', { name: 'Comment on this box' }).click();
  const panel = page.getByRole('tabpanel', { name: /^Comments/ });
  await panel.getByRole('textbox', { name: 'New comment' }).fill(text);
  await panel.getByRole('button', { name: 'Post comment' }).click();
  await expect(panel.getByRole('heading', { name: /On box ‘Joint training’/ })).toBeVisible();
}

async function duplicate(page: Page, withComments: boolean): Promise<void> {
  await openHome(page);
  await modelRow(page, FAMILY_MODEL.title).getByRole('button', { name: `Duplicate “${FAMILY_MODEL.title}”` }).click();
  const dialog = page.getByRole('dialog', { name: `Duplicate “${FAMILY_MODEL.title}”` });
  await expect(dialog.getByText(/keeps everything in the model and its saved versions/)).toBeVisible();
  if (withComments) await dialog.getByRole('checkbox', { name: 'Copy its comments too' }).check();
  await dialog.getByRole('button', { name: 'Make the copy' }).click();
  await expect(dialog).toBeHidden();
}

test('Duplicate keeps the saved versions, and the comments when asked', async ({ page }) => {
  await openFamilyModel(page);
  await saveVersion(page, 'Q1 board');
  await commentOnTraining(page, 'Where is the evidence?');
  await expectAllSaved(page);

  await duplicate(page, true);
  await modelRow(page, `Copy of ${FAMILY_MODEL.title}`).getByRole('link').click();
  await expect(titleField(page)).toHaveValue(`Copy of ${FAMILY_MODEL.title}`);
  await openPanelTab(page, 'Versions');
  await expect(page.getByRole('list', { name: 'Saved versions' }).getByRole('heading', { name: 'Q1 board' })).toBeVisible();
  await expect(page.getByText('Open as a new model makes a model of that version alone: this model\'s other saved versions and its comments stay here.')).toBeVisible();
  await openPanelTab(page, 'Comments');
  await expect(page.getByRole('tabpanel', { name: /^Comments/ }).getByRole('heading', { name: /On box ‘Joint training’/ })).toBeVisible();

  // A plain copy has the versions but none of the comments.
  await page.getByRole('link', { name: 'All models' }).click();
  await modelRow(page, FAMILY_MODEL.title).getByRole('button', { name: `Duplicate “${FAMILY_MODEL.title}”` }).click();
  await page.getByRole('dialog', { name: `Duplicate “${FAMILY_MODEL.title}”` }).getByRole('button', { name: 'Make the copy' }).click();
  const copies = modelRow(page, `Copy of ${FAMILY_MODEL.title}`);
  await expect(copies).toHaveCount(2);
  await copies.first().getByRole('link').click();
  await openPanelTab(page, 'Versions');
  await expect(page.getByRole('list', { name: 'Saved versions' }).getByRole('heading', { name: 'Q1 board' })).toBeVisible();
  await openPanelTab(page, 'Comments');
  await expect(page.getByRole('tabpanel', { name: /^Comments/ }).getByRole('heading', { name: /On box ‘Joint training’/ })).toHaveCount(0);
});
