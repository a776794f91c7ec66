/** Accessible names: every box is announced "<level name>: <label>", and every control on the page has a name. */
import { addBox, allBoxes, boxOnCanvas, CONTROL_ROLES, createBlankModel, detailsPanel, dragLink, edges, expect, expectAllNamed, LEVEL_NAMES, openHome, openPanelTab, selectBox, test, titleField } from './helpers';

const BOX_NAME = new RegExp(`^(${LEVEL_NAMES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}): \\S.*$`, 's');

test('every box is announced as “<level name>: <label>”, and every control of the editor has a name', async ({ page }) => {
  await createBlankModel(page);
  await titleField(page).fill('Names');
  const labels = [
    ['Inputs', 'Pooled budget'],
    ['Activities', 'Joint training'],
    ['Engagement', 'Service users'],
    ['Reactions', 'Trust'],
    ['Knowledge, skills and attitudes', 'Shared aims'],
    ['Practice change', 'Joint case reviews'],
    ['Final outcomes', 'Fewer people reoffend'],
  ] as const;
  for (const [level, label] of labels) await addBox(page, level, label);
  await dragLink(page, boxOnCanvas(page, 'Inputs', 'Pooled budget'), boxOnCanvas(page, 'Activities', 'Joint training'));
  await expect(edges(page)).toHaveCount(1);

  await expect(allBoxes(page)).toHaveCount(labels.length);
  const names = await allBoxes(page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')));
  expect(names.sort()).toEqual(labels.map(([level, label]) => `${level}: ${label}`).sort());
  for (const [level, label] of labels) await expect(boxOnCanvas(page, level, label)).toHaveAccessibleName(`${level}: ${label}`);

  // Nothing selected, then a box selected (its panel has the most buttons), then the "Link to…" dialog.
  expect(await expectAllNamed(page.locator('body'), CONTROL_ROLES)).toBeGreaterThan(15);
  await selectBox(page, 'Activities', 'Joint training');
  await expectAllNamed(page.locator('body'), CONTROL_ROLES);
  await detailsPanel(page).getByRole('button', { name: 'Link to…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName('Link “Activities: Joint training” to…');
  await expectAllNamed(dialog, CONTROL_ROLES);
  await expect(dialog.getByRole('button', { name: BOX_NAME })).toHaveCount(labels.length - 1);
});

test('every control in the Evidence, Conditions and Flags tabs and in the Export dialog has a name', async ({ page }) => {
  await createBlankModel(page);
  await addBox(page, 'Inputs', 'Pooled budget');
  for (const tab of ['Evidence', 'Conditions', 'Flags'] as const) {
    const panel = await openPanelTab(page, tab);
    // Folded groups of flags hide their controls: unfold them all first.
    for (const folded of await panel.locator('details:not([open]) > summary').all()) await folded.click();
    expect(await expectAllNamed(panel, CONTROL_ROLES), `controls in the ${tab} tab`).toBeGreaterThan(3);
  }
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  expect(await expectAllNamed(dialog, [...CONTROL_ROLES, 'radio'])).toBeGreaterThan(5);
});

test('a box with an empty label is announced as an untitled box of its level', async ({ page }) => {
  await createBlankModel(page);
  await addBox(page, 'Reactions', 'Temporary');
  await selectBox(page, 'Reactions', 'Temporary');
  await detailsPanel(page).getByRole('textbox', { name: 'Label', exact: true }).fill('');
  await expect(boxOnCanvas(page, 'Reactions', 'Untitled box')).toBeVisible();
});

test('every control of the home page has a name, with models and the trash listed', async ({ page }) => {
  await createBlankModel(page);
  await titleField(page).fill('Kept');
  await addBox(page, 'Inputs', 'Pooled budget');
  await createBlankModel(page);
  await titleField(page).fill('Binned');
  await openHome(page);
  await page.getByRole('button', { name: 'Delete “Binned”', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Trash' })).toBeVisible();
  expect(await expectAllNamed(page.locator('body'), CONTROL_ROLES)).toBeGreaterThan(5);
  await expect(page.getByLabel('Import a model file')).toBeAttached();
});
