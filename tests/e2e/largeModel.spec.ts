/**
 * A large model zoomed in on one corner: the exports are drawn from the model, not read from the
 * page, so they hold every box whatever part of the model is in view.
 */
import { allBoxes, expect, importFile, LEVEL_IDS, LEVEL_NAMES, openHome, test, titleField, type LevelName } from './helpers';

const BOX_COUNT = 600;

/** Box n (from 1) stands in the n-th lane, round and round: about 86 rows of seven. */
function levelOf(n: number): LevelName {
  return LEVEL_NAMES[(n - 1) % LEVEL_NAMES.length]!;
}

function largeModelFile(): string {
  const boxes = Array.from({ length: BOX_COUNT }, (_, index) => ({ id: `b${index}`, level: LEVEL_IDS[levelOf(index + 1)], label: `Resource ${index + 1}` }));
  return JSON.stringify({ format: 'outcome-chains/logic-model', formatVersion: 1, title: 'A very large model', boxes, links: [] });
}

test('the exports of a 600-box model hold every box, whatever part of it is in view', async ({ page }) => {
  test.setTimeout(90_000);
  await openHome(page);
  await importFile(page, 'large.json', largeModelFile());
  await expect(titleField(page)).toHaveValue('A very large model');
  await expect(allBoxes(page)).toHaveCount(BOX_COUNT);
  // Only a corner of the model in view.
  for (let step = 0; step < 6; step++) await page.getByRole('button', { name: /zoom in/i }).click();

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'SVG image', exact: true }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download', exact: true }).click();
  const svg = (await import('node:fs')).readFileSync(await (await downloading).path(), 'utf8');
  for (const index of [1, BOX_COUNT / 2, BOX_COUNT]) expect(svg).toContain(`>Resource ${index}<`);
  expect(svg.match(/>Resource \d+</g)).toHaveLength(BOX_COUNT);
});
