/**
 * A browser that ran an earlier release opens this one with every model intact: release 1 (Dexie
 * schema 1, version-1 model files stored as JSON) and release 2 (schema 2, version-2 JSON with
 * progress data). Each JSON model becomes a live document, checked before its JSON is removed, and
 * exports as the very same model file.
 */
import { boxCountCell, boxOnCanvas, detailsPanel, expect, exportModelFile, modelRow, openHome, selectBox, test, titleField } from './helpers';
import type { Page } from './helpers';

interface PlantedRecord {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  boxCount: number;
  revision: number;
  deletedAt: number;
  document: Record<string, unknown>;
}

/** A model file object in the file's own field order, as export writes it. */
function modelFile(formatVersion: number, title: string, progress: boolean): Record<string, unknown> {
  const outcome: Record<string, unknown> = { id: 'b', level: 'outcomes', label: 'Less <b>reoffending</b>', notes: 'Ŵ and ŷ stay', x: 1580, y: 110 };
  if (progress) {
    outcome.indicators = [{ id: 'i1', text: 'Proven reoffending rate', target: '24%', due: '2027-03-31' }];
    outcome.evidence = [{ id: 'e1', date: '2026-06-01', kind: 'data', summary: 'Rate fell to 26%', by: 'Ann' }];
    outcome.rating = { progress: 'on-track', confidence: 'medium', date: '2026-06-02' };
  }
  return {
    format: 'outcome-chains/logic-model',
    formatVersion,
    title,
    boxes: [{ id: 'a', level: 'inputs', label: 'Pooled budget', owner: 'Council', x: 20, y: 110 }, outcome],
    links: [{ id: 'l1', source: 'a', target: 'b', note: 'Skips levels on purpose' }],
    conditions: [{ id: 'r1', kind: 'risk', text: 'Lack of ownership amongst partners', status: 'live' }],
  };
}

function record(id: string, title: string, document: Record<string, unknown>): PlantedRecord {
  return { id, title, createdAt: Date.UTC(2026, 5, 1, 9, 30), updatedAt: Date.UTC(2026, 5, 2, 14, 0), boxCount: 2, revision: 4, deletedAt: 0, document };
}

const RELEASES = [
  { name: 'release 1 (schema 1, version-1 files)', schema: 10, record: record('model-release-one', 'Written by release 1', modelFile(1, 'Written by release 1', false)) },
  { name: 'release 2 (schema 2, version-2 files with progress)', schema: 20, record: record('model-release-two', 'Written by release 2', modelFile(2, 'Written by release 2', true)) },
];

/** Plants an old database with the bare IndexedDB API, from a page of the app's origin that runs no app code. */
async function plantDatabase(page: Page, schema: number, planted: PlantedRecord): Promise<void> {
  await page.route('**/seed-old-release.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto('/seed-old-release.html');
  await page.evaluate(
    ({ version, value }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('outcome-chains', version);
        request.onupgradeneeded = () => {
          const store = request.result.createObjectStore('models', { keyPath: 'id' });
          store.createIndex('updatedAt', 'updatedAt');
          store.createIndex('deletedAt', 'deletedAt');
          store.put(value);
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    { version: schema, value: planted },
  );
}

/** What the new release keeps for the model, read with the bare IndexedDB API. */
async function storedState(page: Page, id: string): Promise<{ dbVersion: number; record: Record<string, unknown>; updateRows: number }> {
  return page.evaluate(
    (modelId) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('outcome-chains');
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(['models', 'updates']);
          const get = transaction.objectStore('models').get(modelId);
          const rows = transaction.objectStore('updates').getAll();
          transaction.oncomplete = () => {
            resolve({ dbVersion: db.version, record: get.result, updateRows: rows.result.filter((row: { modelId: string }) => row.modelId === modelId).length });
            db.close();
          };
          transaction.onerror = () => reject(transaction.error);
        };
        request.onerror = () => reject(request.error);
      }),
    id,
  );
}

for (const release of RELEASES) {
  test(`a database of ${release.name} opens with its model intact, as a document that exports the same file`, async ({ page }) => {
    const planted = release.record;
    await plantDatabase(page, release.schema, planted);
    await openHome(page);
    const row = modelRow(page, planted.title);
    await expect(boxCountCell(row)).toHaveText('2');

    const { dbVersion, record: stored, updateRows } = await storedState(page, planted.id);
    expect(dbVersion).toBe(50); // Dexie stores its schema version × 10: schema 5 (plans) is the newest
    expect(updateRows).toBe(1);
    expect(stored).not.toHaveProperty('document');
    expect(stored).toMatchObject({ title: planted.title, createdAt: planted.createdAt, boxCount: 2 });

    await row.getByRole('link').click();
    await expect(titleField(page)).toHaveValue(planted.title);
    await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget')).toBeVisible();
    await selectBox(page, 'Final outcomes', 'Less <b>reoffending</b>');
    await expect(detailsPanel(page).getByLabel('Notes')).toHaveValue('Ŵ and ŷ stay');

    // The model file is byte for byte the one the old release would export, at today's version.
    const { text } = await exportModelFile(page);
    expect(text).toBe(`${JSON.stringify({ ...planted.document, formatVersion: 4 }, null, 2)}\n`);
  });
}
