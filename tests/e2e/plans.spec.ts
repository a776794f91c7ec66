/**
 * Plans (issue 23): three models made into a plan whose dashboard shows their ratings and sorts; a
 * box that opens a new model, rated there, with the roll-up read on the box after going back by the
 * breadcrumb; a final outcome tagged with a Scottish national outcome, found in the Word report as
 * LibreOffice reads it; and the plan file exported and imported as a new plan of new copies.
 */
import { readFile } from 'node:fs/promises';
import type { ModelContent, Progress } from '../../src/domain/model';
import { serialiseModel } from '../../src/file/serialise';
import { addBox, boxOnCanvas, detailsPanel, expect, expectAllSaved, importFile, openHome, selectBox, test, titleField, type Page } from './helpers';
import { spaced, textThroughLibreOffice } from './officeText';
import { readDocx, tableRowsOf } from '../../src/export/testing/docxReading';

function modelFile(title: string, outcomes: readonly (Progress | null)[], activity?: string): string {
  const boxes: ModelContent['boxes'][number][] = [];
  if (activity) boxes.push({ id: 'a1', level: 'activities', label: activity, x: 0, y: 0 });
  outcomes.forEach((progress, i) => {
    boxes.push({ id: `o${i + 1}`, level: 'outcomes', label: `${title} outcome ${i + 1}`, x: 0, y: i * 120, ...(progress ? { rating: { progress, confidence: 'medium', date: '2026-11-01' } } : {}) });
  });
  return serialiseModel({ title, boxes, links: [], conditions: [] });
}

async function importModel(page: Page, title: string, text: string): Promise<void> {
  await openHome(page);
  await importFile(page, `${title}.json`, text);
  await expect(titleField(page)).toHaveValue(title);
  await expectAllSaved(page);
}

async function makePlan(page: Page, name: string, models: readonly string[]): Promise<void> {
  await openHome(page);
  await page.getByRole('button', { name: 'New plan' }).click();
  const form = page.getByRole('form', { name: 'New plan' });
  await form.getByRole('textbox', { name: 'Plan name' }).fill(name);
  for (const model of models) await form.getByRole('checkbox', { name: model }).check();
  await form.getByRole('button', { name: 'Make the plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: `The plan “${name}” was made.` })).toBeVisible();
}

function dashboardTitles(page: Page, plan: string) {
  return page.getByRole('table', { name: `Dashboard of ${plan}` }).locator('tbody').getByRole('rowheader');
}

test('a plan of three models: its dashboard shows their ratings and sorts by its columns, and a row opens its model', async ({ page }) => {
  await importModel(page, 'Ardmore locality', modelFile('Ardmore locality', ['on-track', 'on-track']));
  await importModel(page, 'Brae locality', modelFile('Brae locality', ['off-track', 'at-risk', null]));
  await importModel(page, 'Craig locality', modelFile('Craig locality', ['achieved']));
  await makePlan(page, 'Riverside plan', ['Ardmore locality', 'Brae locality', 'Craig locality']);

  const plans = page.getByRole('list', { name: 'Your plans' });
  // In the order the models were listed when the plan was made: the newest first.
  await expect(plans.getByRole('list', { name: 'Models in Riverside plan' }).getByRole('listitem')).toHaveText(['Craig locality', 'Brae locality', 'Ardmore locality']);
  await plans.getByRole('link', { name: 'Riverside plan' }).click();
  await expect(page.getByRole('heading', { name: 'Riverside plan', level: 1 })).toBeVisible();

  const table = page.getByRole('table', { name: 'Dashboard of Riverside plan' });
  await expect(dashboardTitles(page, 'Riverside plan')).toHaveText(['Ardmore locality', 'Brae locality', 'Craig locality']);
  await expect(table.getByRole('row', { name: /Brae locality/ })).toContainText('1 at risk, 1 off track, 1 not rated');
  await expect(table.getByRole('row', { name: /Ardmore locality/ })).toContainText('2 on track');
  await expect(table.locator('tfoot')).toContainText('The plan (3 models)');
  await expect(table.locator('tfoot')).toContainText('1 achieved, 2 on track, 1 at risk, 1 off track, 1 not rated');

  await table.getByRole('button', { name: 'Model' }).click();
  await expect(table.getByRole('columnheader', { name: 'Model' })).toHaveAttribute('aria-sort', 'descending');
  await expect(dashboardTitles(page, 'Riverside plan')).toHaveText(['Craig locality', 'Brae locality', 'Ardmore locality']);
  // Best rated first, then the other way.
  await table.getByRole('button', { name: 'Ratings by progress' }).click();
  await expect(table.getByRole('columnheader', { name: 'Ratings by progress' })).toHaveAttribute('aria-sort', 'descending');
  await expect(dashboardTitles(page, 'Riverside plan')).toHaveText(['Craig locality', 'Ardmore locality', 'Brae locality']);
  await table.getByRole('button', { name: 'Ratings by progress' }).click();
  await expect(dashboardTitles(page, 'Riverside plan')).toHaveText(['Brae locality', 'Ardmore locality', 'Craig locality']);

  // The dashboard for board papers: a Word plan report and an Excel sheet, read back.
  const wordDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Plan report (Word)' }).click();
  const report = readDocx(await readFile(await (await wordDownload).path()));
  expect(tableRowsOf(report.documentXml).map((row) => row[0])).toEqual(['Model', 'Brae locality', 'Ardmore locality', 'Craig locality', 'The plan (3 models)']);
  const excelDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Dashboard (Excel)' }).click();
  expect((await excelDownload).suggestedFilename()).toBe('riverside-plan-dashboard.xlsx');

  await table.getByRole('link', { name: 'Brae locality' }).click();
  await expect(titleField(page)).toHaveValue('Brae locality');
});

test('a box opens a new model; two outcomes rated there; back by the breadcrumb, the box shows the roll-up', async ({ page }) => {
  await importModel(page, 'Riverside LOIP', modelFile('Riverside LOIP', ['on-track'], 'Family support'));
  await selectBox(page, 'Activities', 'Family support');
  const panel = detailsPanel(page);
  await panel.getByRole('button', { name: 'Make a new model for this box' }).click();
  const opens = panel.getByRole('region', { name: 'The model this box opens' });
  await expect(opens).toContainText('This box opens Family support.');
  await expect(boxOnCanvas(page, 'Activities', 'Family support')).toContainText('Opens Family support');
  await expectAllSaved(page);

  await opens.getByRole('button', { name: 'Open Family support' }).click();
  await expect(titleField(page)).toHaveValue('Family support');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Riverside LOIP');
  await addBox(page, 'Final outcomes', 'Families housed');
  await selectBox(page, 'Final outcomes', 'Families housed');
  await panel.getByRole('combobox', { name: 'Progress' }).selectOption('On track');
  await panel.getByRole('combobox', { name: 'Confidence in the evidence' }).selectOption('High');
  await addBox(page, 'Final outcomes', 'Children kept safe');
  await selectBox(page, 'Final outcomes', 'Children kept safe');
  await panel.getByRole('combobox', { name: 'Progress' }).selectOption('At risk');
  await panel.getByRole('combobox', { name: 'Confidence in the evidence' }).selectOption('Low');
  await expectAllSaved(page);

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Riverside LOIP' }).click();
  await expect(titleField(page)).toHaveValue('Riverside LOIP');
  await expect(boxOnCanvas(page, 'Activities', 'Family support')).toContainText('1 on track, 1 at risk');

  // A loop of openings is refused in words: the child cannot open its parent.
  await page.goBack();
  await expect(titleField(page)).toHaveValue('Family support');
  await selectBox(page, 'Final outcomes', 'Families housed');
  await panel.getByRole('button', { name: 'Opens a model…' }).click();
  await panel.getByRole('combobox', { name: 'Model this box opens' }).selectOption({ label: 'Riverside LOIP' });
  await panel.getByRole('button', { name: 'Open it from this box' }).click();
  await expect(panel.getByRole('alert')).toHaveText(/This would make a loop of openings \(Family support › Riverside LOIP › Family support\)/);

  // A child that is no longer here is said plainly, never an error.
  await openHome(page);
  await page.getByRole('button', { name: 'Delete “Family support”' }).click();
  await page.getByRole('table', { name: 'Your models' }).getByRole('link', { name: 'Riverside LOIP' }).click();
  await expect(boxOnCanvas(page, 'Activities', 'Family support')).toContainText('not among this computer’s models');
  await selectBox(page, 'Activities', 'Family support');
  await expect(panel.getByRole('region', { name: 'The model this box opens' })).toContainText('The model this box opens (“Family support”) is not among this computer’s models');
});

test('a final outcome tagged with a Scottish national outcome is in the Word report as LibreOffice reads it', async ({ page }) => {
  test.setTimeout(240_000);
  await importModel(page, 'Riverside LOIP', modelFile('Riverside LOIP', ['on-track']));
  await selectBox(page, 'Final outcomes', 'Riverside LOIP outcome 1');
  const panel = detailsPanel(page);
  await panel.getByRole('button', { name: 'Contributes to a national outcome…' }).click();
  await panel.getByRole('combobox', { name: 'Framework' }).selectOption({ label: "Scotland's National Performance Framework: National Outcomes (2018)" });
  await panel.getByRole('combobox', { name: 'National outcome' }).selectOption({ label: 'Poverty — We tackle poverty by sharing opportunities, wealth and power more equally' });
  await panel.getByRole('button', { name: 'Add national outcome' }).click();
  const contributes = panel.getByRole('region', { name: 'What this outcome contributes to' });
  await expect(contributes.getByRole('listitem')).toHaveText([/Poverty — Scotland's National Performance Framework: National Outcomes \(2018\)/]);
  await expectAllSaved(page);

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Board report (Word)' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download', exact: true }).click();
  const download = await downloading;
  const { text } = await textThroughLibreOffice(await readFile(await download.path()));
  const words = spaced(text);
  expect(words).toContain('Contribution to national outcomes');
  expect(words).toContain('Poverty: We tackle poverty by sharing opportunities, wealth and power more equally');
  expect(words).toContain('Contributing outcome: Riverside LOIP outcome 1 — On track');
});

test('the plan file is exported and imported as a new plan of new copies, the links between them kept', async ({ page }) => {
  await importModel(page, 'Riverside LOIP', modelFile('Riverside LOIP', ['on-track'], 'Family support'));
  await selectBox(page, 'Activities', 'Family support');
  await detailsPanel(page).getByRole('button', { name: 'Make a new model for this box' }).click();
  await expect(boxOnCanvas(page, 'Activities', 'Family support')).toContainText('Opens Family support');
  await expectAllSaved(page);
  await makePlan(page, 'Riverside plan', ['Riverside LOIP', 'Family support']);
  await page.getByRole('list', { name: 'Your plans' }).getByRole('link', { name: 'Riverside plan' }).click();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export plan file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('riverside-plan.plan.json');
  const text = await readFile(await download.path(), 'utf8');
  const file = JSON.parse(text) as { format: string; name: string; models: { uid: string; title: string; boxes: { opens?: { model: string } }[] }[] };
  expect(file.format).toBe('outcome-chains/plan');
  expect(file.models.map((model) => model.title)).toEqual(['Riverside LOIP', 'Family support']);
  expect(file.models[0]!.boxes[0]!.opens?.model).toBe(file.models[1]!.uid);

  await openHome(page);
  await page.getByLabel('Import a plan file').setInputFiles({ name: 'riverside-plan.plan.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  await expect(page.getByRole('heading', { name: 'Riverside plan', level: 1 })).toBeVisible();
  await expect(dashboardTitles(page, 'Riverside plan')).toHaveText(['Family support', 'Riverside LOIP']);
  await page.getByRole('table', { name: 'Dashboard of Riverside plan' }).getByRole('link', { name: 'Riverside LOIP' }).click();
  await expect(titleField(page)).toHaveValue('Riverside LOIP');
  // The copy opens the copy of its child, not the original.
  await selectBox(page, 'Activities', 'Family support');
  await detailsPanel(page).getByRole('button', { name: 'Open Family support' }).click();
  await expect(titleField(page)).toHaveValue('Family support');
  const copyId = /#\/models\/([^/]+)$/.exec(page.url())![1];
  await openHome(page);
  await expect(page.getByRole('table', { name: 'Your models' }).getByRole('rowheader', { name: 'Family support', exact: true })).toHaveCount(2);
  expect(copyId).toBeTruthy();

  // A hostile plan file is refused in words, and nothing is added.
  await page.getByLabel('Import a plan file').setInputFiles({ name: 'bad.plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'outcome-chains/plan', formatVersion: 1, name: 'Bad', models: [{ format: 'outcome-chains/logic-model', formatVersion: 4, title: 'Broken', boxes: 'x' }] })) });
  await expect(page.getByRole('alert')).toHaveText('Could not import “bad.plan.json”: Model 1 “Broken” could not be read, so the plan was not imported: "boxes" must be a list, but it is text "x".');
});
