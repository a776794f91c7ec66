/**
 * A browser that ran release 1 (Dexie schema 1, version-1 model documents) opens this release with
 * every model intact: the records are migrated to version 2 and saved back in place.
 */
import { boxCountCell, boxOnCanvas, detailsPanel, expect, modelRow, openHome, selectBox, test, titleField } from './helpers';
import type { Page } from './helpers';

const RELEASE_ONE_RECORD = {
  id: 'model-release-one',
  title: 'Written by release 1',
  createdAt: Date.UTC(2026, 5, 1, 9, 30),
  updatedAt: Date.UTC(2026, 5, 2, 14, 0),
  boxCount: 2,
  revision: 4,
  deletedAt: 0,
  document: {
    format: 'outcome-chains/logic-model',
    formatVersion: 1,
    title: 'Written by release 1',
    boxes: [
      { id: 'a', level: 'inputs', label: 'Pooled budget', owner: 'Council', x: 20, y: 110 },
      { id: 'b', level: 'outcomes', label: 'Less <b>reoffending</b>', notes: 'Ŵ and ŷ stay', x: 1580, y: 110 },
    ],
    links: [{ id: 'l1', source: 'a', target: 'b', note: 'Skips levels on purpose' }],
    conditions: [{ id: 'r1', kind: 'risk', text: 'Lack of ownership amongst partners', status: 'live' }],
  },
};

/** Plants a schema-1 database with the bare IndexedDB API, from a page of the app's origin that runs no app code. */
async function plantReleaseOneDatabase(page: Page): Promise<void> {
  await page.route('**/seed-release-one.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto('/seed-release-one.html');
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('outcome-chains', 10);
        request.onupgradeneeded = () => {
          const store = request.result.createObjectStore('models', { keyPath: 'id' });
          store.createIndex('updatedAt', 'updatedAt');
          store.createIndex('deletedAt', 'deletedAt');
          store.put(record);
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    RELEASE_ONE_RECORD,
  );
}

async function storedRecord(page: Page): Promise<{ dbVersion: number; record: typeof RELEASE_ONE_RECORD }> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('outcome-chains');
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('models').objectStore('models').get(id);
          get.onsuccess = () => {
            resolve({ dbVersion: db.version, record: get.result });
            db.close();
          };
          get.onerror = () => reject(get.error);
        };
        request.onerror = () => reject(request.error);
      }),
    RELEASE_ONE_RECORD.id,
  );
}

test('a release-1 database opens with its model intact, migrated to version 2 and saved back', async ({ page }) => {
  await plantReleaseOneDatabase(page);
  await openHome(page);
  const row = modelRow(page, 'Written by release 1');
  await expect(boxCountCell(row)).toHaveText('2');

  const { dbVersion, record } = await storedRecord(page);
  expect(dbVersion).toBe(20);
  expect(record.revision).toBe(4);
  expect(record.document).toEqual({ ...RELEASE_ONE_RECORD.document, formatVersion: 2 });

  await row.getByRole('link').click();
  await expect(titleField(page)).toHaveValue('Written by release 1');
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget')).toBeVisible();
  await expect(boxOnCanvas(page, 'Final outcomes', 'Less <b>reoffending</b>')).toBeVisible();
  await selectBox(page, 'Final outcomes', 'Less <b>reoffending</b>');
  await expect(detailsPanel(page).getByLabel('Notes')).toHaveValue('Ŵ and ŷ stay');
});
