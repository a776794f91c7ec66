/**
 * Issue 25: axe (WCAG 2.2 AA rules) finds no serious or critical violation anywhere a person goes:
 * the home page, the join page, the editor, every side-panel tab, every dialog, the presentation and
 * the pathway panel. Each place is reached as a person would (clicks, keys, files chosen), then scanned.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, expectAllSaved, modelRow, openHome, openPanelTab, selectBox, test, type Page } from './helpers';
import { FAMILY_MODEL, openFamilyModel, saveVersion } from './versionHelpers';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What axe found that matters (serious or critical), one line each, named by the place scanned. */
async function violations(page: Page, place: string, include?: string): Promise<string[]> {
  // axe.run in the page itself: the app has no frames, and the default (a partial run per frame, then
  // a fresh blank page to merge them) opened a page for every one of the scans. Passes are left out
  // of the results: only violations are judged (options first: they replace the tags' rule choice).
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_22_AA).setLegacyMode();
  if (include) builder = builder.include(include);
  const { violations: found } = await builder.analyze();
  const lines = found
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${place}: ${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
  // Said as they are found too, so one run shows every place's findings.
  for (const line of lines) console.log(line);
  return lines;
}

async function openDialog(page: Page, opener: () => Promise<void>, name: string | RegExp) {
  await opener();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
}

const PERFORMANCE_CSV = ['Measure,Unit,Polarity,2024/25,2025/26,Target', 'Families housed,families,High,22,31,45'].join('\r\n');
const TABLE_CSV = ['Activities,Outputs,Short-term outcomes', 'Joint training,Families join,Trust grows'].join('\r\n');

test('axe finds no serious or critical WCAG 2.2 AA violation on any page, panel or dialog', async ({ page }) => {
  test.setTimeout(240_000);
  const found: string[] = [];

  // The join page, as a newcomer sees it (asked for a name; nothing is sent until Join).
  await page.goto('/#/join/a-room/e.abcdefabcdefabcdefabcdef');
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeVisible();
  found.push(...(await violations(page, 'join page')));

  await openFamilyModel(page);
  await saveVersion(page, 'Q1 board');
  await expectAllSaved(page);

  // The home page, with a model listed, then Duplicate and the import preview.
  await openHome(page);
  await expect(modelRow(page, FAMILY_MODEL.title)).toBeVisible();
  found.push(...(await violations(page, 'home page')));
  const duplicate = await openDialog(page, () => modelRow(page, FAMILY_MODEL.title).getByRole('button', { name: `Duplicate “${FAMILY_MODEL.title}”` }).click(), `Duplicate “${FAMILY_MODEL.title}”`);
  found.push(...(await violations(page, 'Duplicate dialog')));
  await duplicate.getByRole('button', { name: 'Cancel' }).click();
  await page.getByLabel('Import a model file').setInputFiles({ name: 'table.csv', mimeType: 'text/csv', buffer: Buffer.from(TABLE_CSV, 'utf8') });
  const preview = page.getByRole('dialog', { name: /^Import / });
  await expect(preview).toBeVisible();
  found.push(...(await violations(page, 'import preview')));
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toHaveCount(0);

  // The editor, then every tab of the side panel.
  await modelRow(page, FAMILY_MODEL.title).getByRole('link').click();
  await selectBox(page, 'Activities', 'Joint training');
  found.push(...(await violations(page, 'editor')));
  for (const tab of ['Details', 'Flags', 'Evidence', 'Conditions', 'Progress', 'Versions', 'Comments'] as const) {
    const panel = await openPanelTab(page, tab);
    for (const folded of await panel.locator('details:not([open]) > summary').all()) await folded.click();
    found.push(...(await violations(page, `${tab} tab`)));
  }
  // The More menu at the end of the tab row, holding the tabs that do not fit.
  await openPanelTab(page, 'Details');
  await page.getByRole('button', { name: /^More tabs/ }).click();
  await expect(page.getByRole('menu', { name: 'More tabs' })).toBeVisible();
  found.push(...(await violations(page, 'More tabs menu')));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'More tabs' })).toHaveCount(0);

  // The Versions tab's delete confirmation.
  const versions = await openPanelTab(page, 'Versions');
  await versions.getByRole('button', { name: 'Delete Q1 board' }).click();
  await expect(page.getByRole('group', { name: 'Delete Q1 board?' })).toBeVisible();
  found.push(...(await violations(page, 'version delete confirmation')));
  await page.getByRole('group', { name: 'Delete Q1 board?' }).getByRole('button', { name: 'Keep it' }).click();

  // Import figures, from the Progress tab.
  const progress = await openPanelTab(page, 'Progress');
  const choosing = page.waitForEvent('filechooser');
  await progress.getByRole('button', { name: 'Import figures…' }).click();
  await (await choosing).setFiles({ name: 'performance.csv', mimeType: 'text/csv', buffer: Buffer.from(PERFORMANCE_CSV, 'utf8') });
  const figures = page.getByRole('dialog', { name: 'Import figures from “performance.csv”' });
  await expect(figures).toBeVisible();
  found.push(...(await violations(page, 'Import figures dialog')));
  await page.keyboard.press('Escape');
  await expect(figures).toHaveCount(0);

  // The toolbar's dialogs.
  const banner = page.getByRole('banner');
  for (const [button, name] of [
    ['Export…', 'Export'],
    ['Export model file', 'Export model file'],
    ['Share…', 'Share with partners'],
  ] as const) {
    await openDialog(page, () => banner.getByRole('button', { name: button }).click(), name);
    found.push(...(await violations(page, `${name} dialog`)));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name })).toHaveCount(0);
  }
  await canvasKey(page, '?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  found.push(...(await violations(page, 'Keyboard shortcuts dialog')));
  await page.keyboard.press('Escape');

  // The pathway panel, then the presentation.
  await openPanelTab(page, 'Details');
  await selectBox(page, 'Activities', 'Joint training');
  await viewMenu(page, 'Show pathway');
  await expect(page.getByRole('region', { name: /^Pathway of/ })).toBeVisible();
  found.push(...(await violations(page, 'pathway panel')));
  await viewMenu(page, 'Present lane by lane');
  await expect(page.getByRole('dialog', { name: /^Presentation: / })).toBeVisible();
  found.push(...(await violations(page, 'presentation')));
  await page.keyboard.press('Escape');

  expect(found, found.join('\n')).toEqual([]);
});

async function canvasKey(page: Page, key: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'View' }).focus();
  await page.keyboard.press(key);
}

async function viewMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'View' }).click();
  await page.getByRole('menu', { name: 'View' }).getByRole('menuitem', { name: item, exact: true }).click();
}
