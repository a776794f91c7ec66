/** When IndexedDB is unavailable: a clear banner, the editor works in memory, and export still downloads. */
import { addBox, boxCountCell, boxOnCanvas, createBlankModel, dragLink, edges, expect, exportModelFile, importFile, modelRow, openHome, saveStatus, test, titleField } from './helpers';

const KEPT_IN_TAB = /your work is kept in this tab only/;

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
});

test('a banner says work is kept in this tab only; creating, editing and export still work', async ({ page }) => {
  await openHome(page);
  const banner = page.getByRole('alert');
  await expect(banner).toHaveText(KEPT_IN_TAB);
  await expect(banner).toContainText('IndexedDB is unavailable');
  await expect(banner).toContainText('Export your model to a file to keep it.');

  await createBlankModel(page);
  await expect(page.getByRole('alert').filter({ hasText: KEPT_IN_TAB })).toBeVisible();
  await titleField(page).fill('Workshop draft');
  await addBox(page, 'Inputs', 'Pooled budget');
  await addBox(page, 'Activities', 'Joint training');
  await dragLink(page, boxOnCanvas(page, 'Inputs', 'Pooled budget'), boxOnCanvas(page, 'Activities', 'Joint training'));
  await expect(edges(page)).toHaveCount(1);
  await expect(saveStatus(page)).toHaveText('Kept in this tab only');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(edges(page)).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(edges(page)).toHaveCount(1);

  const { fileName, json } = await exportModelFile(page);
  expect(fileName).toBe('workshop-draft.json');
  expect(json.title).toBe('Workshop draft');
  expect(json.boxes.map((box) => box.label).sort()).toEqual(['Joint training', 'Pooled budget']);
  expect(json.links).toHaveLength(1);

  // Within the tab, the model list works from memory.
  await page.getByRole('link', { name: 'All models' }).click();
  await expect(boxCountCell(modelRow(page, 'Workshop draft'))).toHaveText('2');
  await modelRow(page, 'Workshop draft').getByRole('link').click();
  await expect(boxOnCanvas(page, 'Activities', 'Joint training')).toBeVisible();
});

test('importing a file works without storage, and the banner stays', async ({ page }) => {
  await openHome(page);
  await importFile(
    page,
    'minimal.json',
    JSON.stringify({ format: 'outcome-chains/logic-model', formatVersion: 1, title: 'Minimal', boxes: [{ id: 'a', level: 'inputs', label: 'Pooled budget' }], links: [] }),
  );
  await expect(titleField(page)).toHaveValue('Minimal');
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: KEPT_IN_TAB })).toBeVisible();
});
