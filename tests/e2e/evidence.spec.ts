/**
 * Issue 3, "Start from the evidence", end to end in Chromium: the new-model gallery, the evidence
 * library, tagging a box from a suggestion, and Table 1's conditions surviving a reload.
 */
import type { Locator, Page } from '@playwright/test';
import { FEATURES } from '../../src/evidence/features';
import {
  allBoxes,
  boxesInLane,
  boxOnCanvas,
  detailsPanel,
  escapeRegExp,
  expect,
  expectAllSaved,
  exportModelFile,
  LEVEL_NAMES,
  openHome,
  openPanelTab,
  selectBox,
  startFromGallery,
  test,
  type LevelName,
} from './helpers';

const EVIDENCE_TITLE = 'Evidence template: effective partnership';
const DIAGRAM_NOTE = 'Built from the text of the briefing; Diagram 1 itself is not reproduced.';

/** Selects a box with a click and returns the Details panel showing it. */
async function selectBoxInDetails(page: Page, level: LevelName, label: string): Promise<Locator> {
  await openPanelTab(page, 'Details');
  await selectBox(page, level, label);
  return detailsPanel(page);
}

test('the gallery starts a model from the evidence template, and editing that model leaves the template as it was', async ({ page }) => {
  await openHome(page);
  const gallery = page.getByRole('list', { name: 'Templates' });
  await expect(gallery.getByRole('article')).toHaveCount(4);
  for (const name of ['Evidence template', 'Blank model', 'Reducing reoffending', 'Third sector and trust']) {
    const card = gallery.getByRole('article', { name, exact: true });
    await expect(card.getByRole('heading', { name, exact: true })).toBeVisible();
    const preview = card.getByRole('img');
    await expect(preview).toHaveAttribute('src', /^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    await expect(preview).toHaveAttribute('alt', new RegExp(`^Preview of ${escapeRegExp(name)}: `));
    // The picture decodes: a broken data URL would leave it 0 × 0.
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
  const evidenceCard = gallery.getByRole('article', { name: 'Evidence template', exact: true });
  await expect(evidenceCard).toContainText('Every feature of effective partnership from the briefing, at its level');
  await expect(evidenceCard).toContainText(DIAGRAM_NOTE);
  await expect(evidenceCard.getByRole('img')).toHaveAttribute('alt', new RegExp(`^Preview of Evidence template: ${FEATURES.length} boxes and \\d+ links across the seven lanes$`));
  await expect(gallery.getByRole('article', { name: 'Blank model' }).getByRole('button', { name: 'New blank model', exact: true })).toBeVisible();

  const firstUrl = await startFromGallery(page, 'Start from Evidence template', EVIDENCE_TITLE);
  // Seven filled lanes: every feature of the library, each in its own level's lane.
  await expect(allBoxes(page)).toHaveCount(FEATURES.length);
  for (const level of LEVEL_NAMES) {
    await expect(boxesInLane(page, level).first()).toBeVisible();
  }
  for (const level of LEVEL_NAMES) {
    expect(await boxesInLane(page, level).count(), `boxes in ${level}`).toBeGreaterThan(0);
  }
  // The long description shows in "About this model".
  await expect((await openPanelTab(page, 'Details')).getByRole('textbox', { name: 'Description' })).toHaveValue(new RegExp(escapeRegExp(DIAGRAM_NOTE)));
  // The library marks all of them as in the model.
  const library = await openPanelTab(page, 'Evidence');
  await expect(library).toContainText(`${FEATURES.length} of ${FEATURES.length} features are in this model.`);
  await expect(library.getByRole('button', { name: /^Add to model: “/ })).toHaveCount(0);
  await expect(library.getByRole('button', { name: /^In the model/ })).toHaveCount(FEATURES.length);

  // Edit a box of the new model.
  const details = await selectBoxInDetails(page, 'Inputs', 'Realistic timeframes');
  await details.getByRole('textbox', { name: 'Label', exact: true }).fill('Timeframes agreed with every partner');
  await expect(boxOnCanvas(page, 'Inputs', 'Timeframes agreed with every partner')).toBeVisible();
  await expect(boxOnCanvas(page, 'Inputs', 'Realistic timeframes')).toHaveCount(0);
  await expectAllSaved(page);

  // Back to the gallery and start again: the template is as it was.
  await page.getByRole('link', { name: /All models/ }).click();
  await expect(page.getByRole('heading', { name: 'Start a new model', level: 2 })).toBeVisible();
  const secondUrl = await startFromGallery(page, 'Start from Evidence template', EVIDENCE_TITLE);
  expect(secondUrl).not.toBe(firstUrl);
  await expect(boxOnCanvas(page, 'Inputs', 'Realistic timeframes')).toHaveCount(1);
  await expect(boxOnCanvas(page, 'Inputs', 'Timeframes agreed with every partner')).toHaveCount(0);
  await expect(allBoxes(page)).toHaveCount(FEATURES.length);

  // And the first model kept its edit.
  await page.goto(firstUrl);
  await expect(boxOnCanvas(page, 'Inputs', 'Timeframes agreed with every partner')).toHaveCount(1);
  await expect(boxOnCanvas(page, 'Inputs', 'Realistic timeframes')).toHaveCount(0);
});

test('the evidence library filters by name and quote, and adds a missing feature to its lane', async ({ page }) => {
  await openHome(page);
  await startFromGallery(page, 'New blank model', 'Untitled logic model');
  await expect(allBoxes(page)).toHaveCount(0);
  const library = await openPanelTab(page, 'Evidence');
  await expect(library).toContainText(`0 of ${FEATURES.length} features are in this model.`);
  for (const level of LEVEL_NAMES) {
    await expect(library.getByRole('region', { name: new RegExp(`^${escapeRegExp(level)} \\(0 of \\d+ in the model\\)$`) })).toBeVisible();
  }
  await expect(library.getByRole('button', { name: /^Add to model: “/ })).toHaveCount(FEATURES.length);
  const features = library.getByRole('listitem');

  const filter = library.getByRole('searchbox', { name: 'Filter features' });
  // A word found only in a quote: "The transparent and equitable distribution of power ... arguably the most important factor".
  await filter.fill('arguably');
  await expect(features).toHaveCount(1);
  await expect(features).toContainText('Power shared equally and transparently');
  await expect(features).toContainText('arguably the most important factor');
  await expect(features).toContainText('Factors influencing partnership effectiveness');
  await expect(library.getByRole('region', { name: /^Reactions/ })).toBeVisible();
  await expect(library.getByRole('region', { name: /^Inputs/ })).toHaveCount(0);

  await filter.fill('no such words anywhere');
  await expect(features).toHaveCount(0);
  await expect(library).toContainText('No feature matches “no such words anywhere”.');

  // A feature name.
  await filter.fill('timeframes');
  await expect(features).toHaveCount(1);
  await expect(features).toContainText('Realistic timeframes');
  await expect(features).toContainText('Timeframes are realistic');
  await library.getByRole('button', { name: 'Add to model: “Realistic timeframes”', exact: true }).click();

  await expect(boxOnCanvas(page, 'Inputs', 'Realistic timeframes')).toBeVisible();
  await expect(allBoxes(page)).toHaveCount(1);
  const mark = library.getByRole('button', { name: 'In the model: show “Realistic timeframes” on the canvas' });
  await expect(mark).toBeVisible();
  await expect(mark).toHaveText('✓ In the model');
  await expect(mark).toBeFocused();
  await expect(library.getByRole('button', { name: 'Add to model: “Realistic timeframes”' })).toHaveCount(0);
  await expect(library).toContainText(`1 of ${FEATURES.length} features are in this model.`);
  await expect(library.getByRole('region', { name: 'Inputs (1 of 7 in the model)' })).toBeVisible();

  // The mark leads to the box: add another feature (which selects its new box), then follow the mark back.
  await filter.fill('arguably');
  await library.getByRole('button', { name: 'Add to model: “Power shared equally and transparently”' }).click();
  await expect(boxOnCanvas(page, 'Reactions', 'Power shared equally and transparently')).toBeVisible();
  await expect(library).toContainText(`2 of ${FEATURES.length} features are in this model.`);
  await filter.fill('timeframes');
  await mark.click();
  const details = await openPanelTab(page, 'Details');
  await expect(details.getByRole('heading', { name: 'Box details' })).toBeVisible();
  await expect(details.getByRole('textbox', { name: 'Label', exact: true })).toHaveValue('Realistic timeframes');
  await expect(details.getByRole('combobox', { name: 'Evidence feature' })).toHaveValue('realistic-timeframes');
  await expect(details.getByRole('textbox', { name: 'Notes' })).toHaveValue('Briefing, "Table 1": “Timeframes are realistic”');
  await expect(boxOnCanvas(page, 'Inputs', 'Realistic timeframes').locator('.box-node__feature')).toHaveCount(1);
  await expectAllSaved(page);
});

test('a box is tagged only when the user accepts a suggestion', async ({ page }) => {
  await openHome(page);
  await startFromGallery(page, 'New blank model', 'Untitled logic model');
  await page.getByRole('button', { name: /fit view/i }).click();
  await page.getByRole('button', { name: 'Add a box to Activities', exact: true }).click();
  const editor = page.getByRole('textbox', { name: 'Label of this Activities box' });
  await expect(editor).toBeFocused();
  await page.keyboard.type('Monthly information-sharing meetings');
  await page.keyboard.press('Enter');
  const added = boxOnCanvas(page, 'Activities', 'Monthly information-sharing meetings');
  await expect(added).toBeVisible();

  const details = await selectBoxInDetails(page, 'Activities', 'Monthly information-sharing meetings');
  const field = details.getByRole('combobox', { name: 'Evidence feature' });
  await expect(field).toHaveValue('');
  const suggestions = details.getByRole('region', { name: 'Suggested evidence features' });
  const accept = suggestions.getByRole('button', { name: 'Tag as “Communication and information sharing”', exact: true });
  await expect(suggestions.getByRole('button').first()).toHaveAccessibleName('Tag as “Communication and information sharing”');
  await expect(accept).toBeVisible();
  // Suggesting tagged nothing: not on the canvas, not in the library, not in the saved file.
  await expect(added.locator('.box-node__feature')).toHaveCount(0);
  await expectAllSaved(page);
  const before = await exportModelFile(page);
  expect((before.json.boxes[0] as { feature?: string }).feature).toBeUndefined();

  await accept.click();
  await expect(field).toHaveValue('communication-information');
  await expect(suggestions).toHaveCount(0);
  await expect(details).toContainText('“improving communication and information sharing” — the briefing, “Features of an effective partnership”');
  await expect(added.locator('.box-node__feature')).toHaveCount(1);
  const library = await openPanelTab(page, 'Evidence');
  await expect(library.getByRole('button', { name: 'In the model: show “Communication and information sharing” on the canvas' })).toBeVisible();
  await expectAllSaved(page);
  const after = await exportModelFile(page);
  expect((after.json.boxes[0] as { feature?: string }).feature).toBe('communication-information');

  // The field also untags.
  await openPanelTab(page, 'Details');
  await field.selectOption({ label: 'None' });
  await expect(field).toHaveValue('');
  await expect(added.locator('.box-node__feature')).toHaveCount(0);
});

test('conditions: set an assumption at risk, comment, add and remove your own; all kept after a reload and in the file', async ({ page }) => {
  await openHome(page);
  const url = await startFromGallery(page, 'New blank model', 'Untitled logic model');
  let panel = await openPanelTab(page, 'Conditions');
  const assumptions = panel.getByRole('region', { name: /^Assumptions/ });
  const risks = panel.getByRole('region', { name: /^Risks/ });
  await expect(assumptions.getByRole('listitem')).toHaveCount(9);
  await expect(risks.getByRole('listitem')).toHaveCount(9);
  // Table 1's wording is not editable, and cannot be removed.
  await expect(panel.getByRole('button', { name: /^Remove/ })).toHaveCount(0);

  const status = panel.getByRole('combobox', { name: 'Status of: Timeframes are realistic', exact: true });
  await expect(status).toHaveValue('unchecked');
  await expect(status.getByRole('option')).toHaveText(['Holds', 'At risk', 'Unchecked']);
  await expect(panel.getByRole('combobox', { name: 'Status of: Lack of ownership amongst partners' }).getByRole('option')).toHaveText(['Managed', 'Live', 'Unchecked']);
  await status.selectOption({ label: 'At risk' });
  await expect(status).toHaveValue('at-risk');
  await panel.getByRole('textbox', { name: 'Comment on: Timeframes are realistic' }).fill('Funding is for two years only');

  await assumptions.getByRole('button', { name: 'Add an assumption' }).click();
  await expect(assumptions.getByRole('listitem')).toHaveCount(10);
  const ownText = assumptions.getByRole('textbox', { name: 'Your assumption 1' });
  await expect(ownText).toBeFocused();
  await page.keyboard.type('Partners will share case data');
  await panel.getByRole('combobox', { name: 'Status of: Partners will share case data' }).selectOption({ label: 'Holds' });

  await risks.getByRole('button', { name: 'Add a risk' }).click();
  await expect(risks.getByRole('textbox', { name: 'Your risk 1' })).toBeFocused();
  await page.keyboard.type('Key staff leave');
  await risks.getByRole('button', { name: 'Remove “Key staff leave”' }).click();
  await expect(risks.getByRole('listitem')).toHaveCount(9);
  await expect(risks.getByRole('button', { name: 'Add a risk' })).toBeFocused();
  await expectAllSaved(page);

  // The flags panel's "Review" comes back to this assumption's status.
  const flags = await openPanelTab(page, 'Flags');
  await flags.getByRole('listitem').filter({ hasText: 'Timeframes are realistic' }).getByRole('button', { name: 'Review' }).click();
  panel = page.getByRole('tabpanel', { name: 'Conditions' });
  await expect(panel.getByRole('combobox', { name: 'Status of: Timeframes are realistic' })).toBeFocused();

  await page.reload();
  await expect(page).toHaveURL(url);
  panel = await openPanelTab(page, 'Conditions');
  await expect(panel.getByRole('combobox', { name: 'Status of: Timeframes are realistic' })).toHaveValue('at-risk');
  await expect(panel.getByRole('textbox', { name: 'Comment on: Timeframes are realistic' })).toHaveValue('Funding is for two years only');
  await expect(panel.getByRole('textbox', { name: 'Your assumption 1' })).toHaveValue('Partners will share case data');
  await expect(panel.getByRole('combobox', { name: 'Status of: Partners will share case data' })).toHaveValue('holds');
  await expect(panel.getByRole('region', { name: /^Risks/ }).getByRole('listitem')).toHaveCount(9);
  await expect(panel.getByText('Key staff leave')).toHaveCount(0);

  const { json } = await exportModelFile(page);
  const conditions = (json as unknown as { conditions: { id: string; kind: string; text: string; status: string; comment?: string }[] }).conditions;
  expect(conditions.find((c) => c.text === 'Timeframes are realistic')).toMatchObject({ kind: 'assumption', status: 'at-risk', comment: 'Funding is for two years only' });
  expect(conditions.find((c) => c.text === 'Partners will share case data')).toMatchObject({ kind: 'assumption', status: 'holds' });
  expect(conditions.filter((c) => c.kind === 'risk')).toHaveLength(9);
});
