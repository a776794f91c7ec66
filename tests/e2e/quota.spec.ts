/**
 * A write that fails in the browser (a full disk): the banner says so in plain words, editing goes on
 * in memory, and export to file still gives the latest work.
 */
import { addBox, createBlankModel, expect, exportModelFile, test } from './helpers';

test('when saving fails for lack of space, a banner says so, editing goes on and export still works', async ({ page }) => {
  await createBlankModel(page);
  await addBox(page, 'Inputs', 'Pooled budget');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('All changes saved');

  // From now on every IndexedDB write fails as a full disk does.
  await page.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });
  await addBox(page, 'Activities', 'Joint training');

  const banner = page.getByRole('alert').filter({ hasText: /storage is full/i });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('Not saved');

  // Editing goes on, and the file holds everything, including what could not be stored.
  await addBox(page, 'Final outcomes', 'Reduced reoffending');
  const { json } = await exportModelFile(page);
  expect(json.boxes.map((box) => box.label)).toEqual(['Pooled budget', 'Joint training', 'Reduced reoffending']);
  await expect(banner.getByRole('button', { name: 'Export model file' })).toBeVisible();
});
