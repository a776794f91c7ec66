/**
 * Reporting periods: a version saved, five things changed, and the comparison naming exactly those
 * five in words and marking them on the canvas; looking at a version read-only; restoring it and
 * taking the restore back with Undo; a model file carrying its versions out and back in.
 */
import {
  boxOnCanvas,
  canvas,
  detailsPanel,
  expect,
  expectAllSaved,
  importFile,
  linkOnCanvas,
  modelRow,
  openHome,
  openPanelTab,
  selectBox,
  addBox,
  test,
  titleField,
  type Page,
} from './helpers';
import { FAMILY_MODEL as MODEL, openFamilyModel, saveVersion } from './versionHelpers';




/** Exports the model shown through the Export dialog in a text format (Markdown, SVG) and returns the file. */
async function exportedText(page: Page, format: string): Promise<string> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('group', { name: 'Format' }).getByRole('radio', { name: format, exact: true }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download', exact: true }).click();
  const download = await downloading;
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return Buffer.concat(chunks).toString('utf8');
}

function versionItem(page: Page, name: string) {
  return page.getByRole('list', { name: 'Saved versions' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

test('save a version, change five things, compare: the list names exactly those five, and the canvas marks them', async ({ page }) => {
  await openFamilyModel(page);
  const panel = await openPanelTab(page, 'Versions');
  // The name offered is today's date, as a UK reader writes it.
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
  await expect(panel.getByRole('form', { name: 'Save this version' }).getByRole('textbox', { name: 'Name' })).toHaveValue(today);
  await saveVersion(page, 'Q2 board');
  await expect(versionItem(page, 'Q2 board')).toContainText('4 boxes, 3 links, 1 rated');

  // 1. Add a box.
  await openPanelTab(page, 'Details');
  await addBox(page, 'Reactions', 'Partners trust each other');
  // 2. Relabel one.
  await selectBox(page, 'Engagement', 'Families join the panel');
  await detailsPanel(page).getByRole('textbox', { name: 'Label', exact: true }).fill('Families lead the panel');
  // 3. Delete a link.
  await selectBox(page, 'Final outcomes', 'Fewer families reach crisis');
  await detailsPanel(page).getByRole('button', { name: 'Remove link from Engagement: Families lead the panel', exact: true }).click();
  // 4. Improve a rating; 5. add evidence.
  await selectBox(page, 'Activities', 'Joint training');
  await detailsPanel(page).getByRole('combobox', { name: 'Progress' }).selectOption({ label: 'On track' });
  await detailsPanel(page).getByRole('textbox', { name: 'Summary', exact: true }).fill('Every partner has now trained staff');
  await detailsPanel(page).getByRole('button', { name: 'Add evidence' }).click();
  await expectAllSaved(page);

  await openPanelTab(page, 'Versions');
  await versionItem(page, 'Q2 board').getByRole('button', { name: 'Compare with now Q2 board' }).click();
  await expect(page.getByRole('region', { name: 'Comparing versions' })).toContainText('Comparing "Q2 board"');
  const changed = page.getByRole('region', { name: 'What changed since "Q2 board"' });
  await expect(changed.getByRole('status')).toHaveText('5 changes: Boxes 2, Links 1, Progress 1, Evidence 1');
  // In reading order: by level, left to right.
  await expect(changed.getByRole('list', { name: 'Boxes' }).getByRole('button')).toHaveText([
    'Relabelled box “Families join the panel” → “Families lead the panel” (Engagement)',
    'Added box “Partners trust each other” (Reactions)',
  ]);
  await expect(changed.getByRole('list', { name: 'Links' }).getByRole('button')).toHaveText(['Removed link “Families join the panel” → “Fewer families reach crisis”']);
  await expect(changed.getByRole('list', { name: 'Progress' }).getByRole('button')).toHaveText(['“Joint training”: progress improved from At risk to On track']);
  await expect(changed.getByRole('list', { name: 'Evidence' }).getByRole('button')).toHaveText([/^Added evidence to “Joint training”: .*Every partner has now trained staff/]);

  // The canvas marks them in words: new, changed, and the removed link drawn as a ghost.
  await expect(boxOnCanvas(page, 'Reactions', 'Partners trust each other (New)')).toBeVisible();
  await expect(boxOnCanvas(page, 'Engagement', 'Families lead the panel (Changed)')).toContainText('Changed');
  await expect(boxOnCanvas(page, 'Activities', 'Joint training (Changed)')).toBeVisible();
  await expect(linkOnCanvas(page, 'Link (skip) from Engagement: Families lead the panel to Final outcomes: Fewer families reach crisis (Removed)')).toHaveCount(1);
  await expect(canvas(page).getByRole('heading', { name: 'Changes' })).toBeVisible();
  // Nothing can be edited in a comparison.
  await expect(titleField(page)).toHaveCount(0);

  // Choosing a change selects its box, and the details say before → after.
  await changed.getByRole('button', { name: /^Relabelled box/ }).click();
  await expect(page.getByRole('group', { name: 'How this box changed' })).toContainText('Label: Families join the panel → Families lead the panel');

  await page.getByRole('button', { name: 'Back to now' }).click();
  await expect(titleField(page)).toHaveValue(MODEL.title);
  await expect(boxOnCanvas(page, 'Engagement', 'Families lead the panel')).toBeVisible();
});

test('look at a version read-only; restore it; Undo brings the present back; the model file carries the versions', async ({ page }) => {
  await openFamilyModel(page);
  await saveVersion(page, 'Q1 board');
  await openPanelTab(page, 'Details');
  await selectBox(page, 'Inputs', 'Pooled budget');
  await detailsPanel(page).getByRole('textbox', { name: 'Label', exact: true }).fill('Pooled budget 2027');
  await expectAllSaved(page);

  // Look at it: a banner, the old label, nothing editable.
  await openPanelTab(page, 'Versions');
  await versionItem(page, 'Q1 board').getByRole('button', { name: 'Look at Q1 board' }).click();
  const banner = page.getByRole('region', { name: 'Looking at a version' });
  await expect(banner).toContainText(/You are looking at "Q1 board", saved \d+ \w+ \d{4}/);
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget')).toBeVisible();
  await expect(titleField(page)).toHaveCount(0);
  // The progress table still sorts and filters: it changes nothing in the model.
  await openPanelTab(page, 'Progress');
  const progress = page.getByRole('tabpanel', { name: 'Progress' });
  await expect(progress.getByRole('combobox', { name: 'Owner' })).toBeEnabled();
  await progress.getByRole('table', { name: 'Progress of every box' }).getByRole('button', { name: 'Box', exact: true }).click();
  await expect(progress.getByRole('columnheader', { name: 'Box' })).toHaveAttribute('aria-sort', 'ascending');
  // Every export works on the version: its text and its image hold the label as it was.
  for (const format of ['Text (Markdown)', 'SVG image']) {
    const text = await exportedText(page, format);
    expect(text).toContain('Pooled budget');
    expect(text).not.toContain('Pooled budget 2027');
  }
  await banner.getByRole('button', { name: 'Back to now' }).click();
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget 2027')).toBeVisible();

  // Restore: the version comes back, the present is kept as a version, and Undo takes the restore back.
  await openPanelTab(page, 'Versions');
  await versionItem(page, 'Q1 board').getByRole('button', { name: 'Restore this version Q1 board' }).click();
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget')).toBeVisible();
  await expect(versionItem(page, 'Before restoring Q1 board')).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget 2027')).toBeVisible();
  await expectAllSaved(page);

  // The model file asks whether to carry the versions (yes by default), and an import keeps them.
  const downloadStarted = page.waitForEvent('download');
  await page.getByRole('banner').getByRole('button', { name: 'Export model file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export model file' });
  await expect(dialog.getByRole('checkbox', { name: 'Include the 2 saved versions' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Export' }).click();
  const download = await downloadStarted;
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const file = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  expect(file.formatVersion).toBe(4);
  expect(file.versions.map((version: { name: string }) => version.name)).toEqual(['Q1 board', 'Before restoring Q1 board']);
  expect(file.versions[0].content.boxes[0].label).toBe('Pooled budget');
  // The Export dialog's model file carries them too.
  const fromDialog = JSON.parse(await exportedText(page, 'Model file (.json)'));
  expect(fromDialog.versions.map((version: { name: string }) => version.name)).toEqual(['Q1 board', 'Before restoring Q1 board']);

  await openHome(page);
  await importFile(page, 'with-versions.json', JSON.stringify({ ...file, title: 'Imported with versions' }));
  await expect(titleField(page)).toHaveValue('Imported with versions');
  await openPanelTab(page, 'Versions');
  await expect(versionItem(page, 'Q1 board')).toBeVisible();
  await expect(versionItem(page, 'Before restoring Q1 board')).toBeVisible();
  await openHome(page);
  await expect(modelRow(page, 'Imported with versions')).toBeVisible();
});

test('deleting a version asks first and names it', async ({ page }) => {
  await openFamilyModel(page);
  await saveVersion(page, 'Draft for the away day');
  await versionItem(page, 'Draft for the away day').getByRole('button', { name: 'Delete Draft for the away day' }).click();
  const confirm = page.getByRole('group', { name: 'Delete Draft for the away day?' });
  await expect(confirm).toContainText('Delete the version "Draft for the away day" for good?');
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(versionItem(page, 'Draft for the away day')).toBeVisible();
  await versionItem(page, 'Draft for the away day').getByRole('button', { name: 'Delete Draft for the away day' }).click();
  await page.getByRole('button', { name: 'Delete "Draft for the away day"' }).click();
  await expect(versionItem(page, 'Draft for the away day')).toHaveCount(0);
  await expect(page.getByText('No versions saved yet.')).toBeVisible();
});

test('direction of travel: a strip in the Progress tab, an arrow on the rating badge, and a flag for an improvement with no new evidence', async ({ page }) => {
  await openFamilyModel(page);
  await saveVersion(page, 'Q2 board');
  await openPanelTab(page, 'Details');
  await selectBox(page, 'Activities', 'Joint training');
  await detailsPanel(page).getByRole('combobox', { name: 'Progress' }).selectOption({ label: 'On track' });
  await expectAllSaved(page);

  const progress = await openPanelTab(page, 'Progress');
  const row = progress.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Joint training', exact: true }) });
  await expect(progress.getByRole('columnheader', { name: 'Direction of travel' })).toBeVisible();
  await expect(row.getByRole('cell').last()).toHaveText(/Q2 board: At risk; now: On track \(improved\)/);

  await page.getByRole('button', { name: 'Show progress' }).click();
  await expect(boxOnCanvas(page, 'Activities', 'Joint training (On track, improved)')).toBeVisible();
  await expect(canvas(page).getByRole('heading', { name: 'Since “Q2 board”' })).toBeVisible();

  const flags = await openPanelTab(page, 'Flags');
  await expect(flags.getByText('Ratings improved with no evidence since the previous version')).toBeVisible();
});
