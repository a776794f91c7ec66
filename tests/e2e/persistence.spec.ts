/** Autosave: reload and find everything; leave or close right after typing and lose nothing. */
import {
  addBox,
  allBoxes,
  boxOnCanvas,
  createBlankModel,
  detailsPanel,
  dragLink,
  edges,
  expect,
  expectAllSaved,
  labelEditor,
  laneButton,
  linkEntry,
  linkOnCanvas,
  linksList,
  modelRow,
  boxCountCell,
  saveStatus,
  selectBox,
  test,
  titleField,
  fitView,
} from './helpers';

test('reload and find everything: title, boxes, labels, notes, links', async ({ page }) => {
  const id = await createBlankModel(page);
  await titleField(page).fill('Reducing reoffending');
  await addBox(page, 'Inputs', 'Pooled budget');
  await addBox(page, 'Activities', 'Joint training');
  await addBox(page, 'Final outcomes', 'Fewer people reoffend');
  await dragLink(page, boxOnCanvas(page, 'Inputs', 'Pooled budget'), boxOnCanvas(page, 'Activities', 'Joint training'));
  await expect(edges(page)).toHaveCount(1);
  // A second link, through "Link to…", and a note on the box.
  await selectBox(page, 'Activities', 'Joint training');
  await detailsPanel(page).getByRole('textbox', { name: 'Notes' }).fill('Run by probation and the police together');
  await detailsPanel(page).getByRole('button', { name: 'Link to…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Final outcomes: Fewer people reoffend' }).click();
  await expect(edges(page)).toHaveCount(2);
  await expectAllSaved(page);

  await page.reload();
  await expect(titleField(page)).toHaveValue('Reducing reoffending');
  await expect(page).toHaveTitle('Reducing reoffending — Outcome Chains');
  await expect(allBoxes(page)).toHaveCount(3);
  for (const [level, label] of [
    ['Inputs', 'Pooled budget'],
    ['Activities', 'Joint training'],
    ['Final outcomes', 'Fewer people reoffend'],
  ] as const) {
    await expect(boxOnCanvas(page, level, label)).toBeVisible();
  }
  await expect(edges(page)).toHaveCount(2);
  await expect(linkOnCanvas(page, 'Link (linear) from Inputs: Pooled budget to Activities: Joint training')).toHaveCount(1);
  await expect(linkOnCanvas(page, 'Link (skip) from Activities: Joint training to Final outcomes: Fewer people reoffend')).toHaveCount(1);
  await selectBox(page, 'Activities', 'Joint training');
  await expect(linksList(page)).toHaveText([linkEntry('→ Final outcomes: Fewer people reoffend'), linkEntry('← Inputs: Pooled budget')]);
  await expect(detailsPanel(page).getByRole('textbox', { name: 'Notes' })).toHaveValue('Run by probation and the police together');

  // And from the home page, in a fresh visit.
  await page.goto('/');
  const row = modelRow(page, 'Reducing reoffending');
  await expect(boxCountCell(row)).toHaveText('3');
  await row.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`#/models/${id}$`));
  await expect(allBoxes(page)).toHaveCount(3);
});

test('changes are saved within about a second of the last keystroke', async ({ page }) => {
  await createBlankModel(page);
  await expectAllSaved(page);
  await titleField(page).fill('Saved quickly');
  await expect(saveStatus(page)).toHaveText('Saving…');
  const typed = Date.now();
  await expect(saveStatus(page)).toHaveText('All changes saved', { timeout: 3000 });
  expect(Date.now() - typed, 'from the last change to "All changes saved"').toBeLessThan(2000);
});

test('going back to "All models" right after typing a label keeps the label', async ({ page }) => {
  await createBlankModel(page);
  await titleField(page).fill('Left at once');
  await expectAllSaved(page);
  await fitView(page);
  await laneButton(page, 'Reactions').click();
  await expect(labelEditor(page)).toBeFocused();
  await page.keyboard.type('Partners trust each other');
  await page.getByRole('link', { name: 'All models' }).click();
  await expect(boxCountCell(modelRow(page, 'Left at once'))).toHaveText('1');
  await modelRow(page, 'Left at once').getByRole('link').click();
  await expect(boxOnCanvas(page, 'Reactions', 'Partners trust each other')).toBeVisible();
});

/*
 * A person types a label and closes the tab at once. `page.close({ runBeforeUnload: true })` is the
 * closest model of clicking the tab's close button: the page gets beforeunload, pagehide and
 * visibilitychange, as in a real close (plain `page.close()` behaves the same here). IndexedDB belongs
 * to the browser context, so the model is reopened in a new page of the same context.
 */
test('closing the tab right after typing a label keeps the label', async ({ page, context }) => {
  await createBlankModel(page);
  await addBox(page, 'Inputs', 'Pooled budget');
  await expectAllSaved(page);
  const url = page.url();

  await fitView(page);
  await laneButton(page, 'Activities').click();
  await expect(labelEditor(page)).toBeFocused();
  await page.keyboard.type('Joint training for frontline staff');
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;

  const reopened = await context.newPage();
  await reopened.goto(url);
  await expect(boxOnCanvas(reopened, 'Inputs', 'Pooled budget')).toBeVisible();
  // The model is open (its first box shows), so the second box is there now or never.
  await expect(boxOnCanvas(reopened, 'Activities', 'Joint training for frontline staff')).toBeVisible({ timeout: 1000 });
});
