/**
 * Progress and evidence, as a partnership records them: a box's indicators, its evidence log (newest
 * first) and its rating, all without a mouse; the Progress tab's table, filtered to the box and
 * leading back to it on the canvas; undo; and everything still there after a reload.
 */
import {
  boxOnCanvas,
  canvas,
  CONTROL_ROLES,
  countMousePresses,
  detailsPanel,
  expect,
  expectAllNamed,
  expectAllSaved,
  mousePresses,
  openHome,
  openPanelTab,
  selectBox,
  selectBoxByKeyboard,
  startFromGallery,
  tabTo,
  test,
  type Locator,
  type Page,
} from './helpers';

const EXAMPLE_TITLE = 'Worked example: specialist services reducing reoffending';
const OUTCOME = 'Reduced reoffending';
const PRACTICE = 'Access to specialist multidisciplinary services';
const NEW_INDICATOR = 'Proven reoffending rate falls by a fifth';
const OLDER = { date: '2025-03-31', summary: 'Reconviction figures for the first year', source: 'https://example.org/reconviction-statistics' };
const NEWER = { summary: 'Service users say the support kept them out of trouble', by: 'Sam Jones' };

async function openExample(page: Page): Promise<void> {
  await openHome(page);
  await startFromGallery(page, 'Start from Reducing reoffending', EXAMPLE_TITLE);
}

/** Today as the browser's date field gives it (YYYY-MM-DD, local time). */
async function todayInPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
}

function ukLong(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function evidenceEntries(page: Page): Locator {
  return detailsPanel(page).getByRole('list', { name: 'Evidence, newest first' }).getByRole('listitem');
}

/** Moves a focused, closed <select> with the arrow keys, as a keyboard user does, and checks where it landed. */
async function arrowSelect(page: Page, select: Locator, presses: number, expected: string): Promise<void> {
  await tabTo(page, select);
  for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowDown');
  await expect(select.getByRole('option', { selected: true })).toHaveText(expected);
}

function progressTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Progress of every box' });
}

function progressRow(page: Page, label: string): Locator {
  return progressTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
}

test('indicators, evidence and a rating added without a mouse; found in the Progress tab; undone; kept after a reload', async ({ page, context }) => {
  // Every field is typed a key at a time and reached by Tab: 37-43 s of the default 45 on 2 cores.
  test.setTimeout(90_000);
  await countMousePresses(context);
  await openExample(page);
  const pressesAtStart = await mousePresses(page);
  const today = await todayInPage(page);

  await selectBoxByKeyboard(page, 'Final outcomes', OUTCOME);
  const panel = detailsPanel(page);

  // An indicator: type it, press Enter; it joins the template's two; move it up one place.
  await tabTo(page, panel.getByRole('textbox', { name: 'New indicator' }));
  await page.keyboard.type(NEW_INDICATOR);
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('textbox', { name: 'Indicator 3', exact: true })).toHaveValue(NEW_INDICATOR);
  await expect(panel.getByRole('textbox', { name: 'New indicator' })).toHaveValue('');
  const moveUp = panel.getByRole('button', { name: `Move indicator “${NEW_INDICATOR}” up` });
  await tabTo(page, moveUp);
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('textbox', { name: 'Indicator 2', exact: true })).toHaveValue(NEW_INDICATOR);
  await expect(moveUp).toBeFocused();
  await tabTo(page, panel.getByRole('textbox', { name: 'Target of indicator 2' }));
  await page.keyboard.type('A fifth lower than the baseline');

  // Two evidence entries: an older one with a source, then one dated today (the default) by a person.
  const summary = panel.getByRole('textbox', { name: 'Summary', exact: true });
  const date = panel.getByLabel('Date', { exact: true });
  await expect(date).toHaveValue(today);
  await tabTo(page, date);
  await date.fill(OLDER.date);
  await tabTo(page, summary);
  await page.keyboard.type(OLDER.summary);
  await tabTo(page, panel.getByRole('textbox', { name: 'Source (optional)' }));
  await page.keyboard.type(OLDER.source);
  await page.keyboard.press('Enter');
  await expect(evidenceEntries(page)).toHaveCount(1);
  await expect(summary).toBeFocused();
  await expect(summary).toHaveValue('');

  await tabTo(page, date);
  await date.fill(today);
  await arrowSelect(page, panel.getByRole('combobox', { name: 'Kind', exact: true }), 1, 'Feedback');
  await tabTo(page, summary);
  await page.keyboard.type(NEWER.summary);
  await tabTo(page, panel.getByRole('textbox', { name: 'Added by (optional)' }));
  await page.keyboard.type(NEWER.by);
  await tabTo(page, panel.getByRole('button', { name: 'Add evidence' }));
  await page.keyboard.press('Enter');
  await expect(evidenceEntries(page)).toHaveCount(2);
  await expect(evidenceEntries(page).nth(0)).toContainText(`${ukLong(today)} · Feedback · added by ${NEWER.by}`);
  await expect(evidenceEntries(page).nth(0)).toContainText(NEWER.summary);
  await expect(evidenceEntries(page).nth(1)).toContainText(`${ukLong(OLDER.date)} · Data`);
  // A web address is shown as text, never as a link the app would follow.
  await expect(evidenceEntries(page).nth(1)).toContainText(`Source: ${OLDER.source}`);
  await expect(panel.getByRole('list', { name: 'Evidence, newest first' }).getByRole('link')).toHaveCount(0);

  // A rating: on track, medium confidence, dated today.
  await arrowSelect(page, panel.getByRole('combobox', { name: 'Progress' }), 3, 'On track');
  await expect(panel.getByText('Choose both progress and confidence')).toBeVisible();
  await arrowSelect(page, panel.getByRole('combobox', { name: 'Confidence in the evidence' }), 2, 'Medium');
  await expect(panel.getByRole('heading', { name: 'Rating On track, medium confidence' })).toBeVisible();
  await expect(panel.getByLabel('Date rated')).toHaveValue(today);
  await expect(panel.getByRole('button', { name: 'Clear rating' })).toBeVisible();

  // The Progress tab, by arrows: Left from the first wraps round to the last (Comments), then back past Versions.
  await tabTo(page, page.getByRole('tab', { name: 'Details' }));
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: /^Comments/ })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Versions' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  const progress = page.getByRole('tabpanel', { name: 'Progress' });
  await expect(progress).toBeVisible();
  const total = await progressTable(page).locator('tbody tr').count();
  expect(total).toBeGreaterThan(10);

  // Choosing another box's row selects that box on the canvas.
  await tabTo(page, progressRow(page, PRACTICE).getByRole('button', { name: PRACTICE }));
  await page.keyboard.press('Enter');
  await expect(boxOnCanvas(page, 'Practice change', PRACTICE)).toHaveClass(/selected/);
  await expect(boxOnCanvas(page, 'Final outcomes', OUTCOME)).not.toHaveClass(/selected/);

  // Filter by rating, then by level, down to the one box.
  await arrowSelect(page, progress.getByRole('combobox', { name: 'Rating' }), 3, 'On track');
  await expect(progressTable(page).locator('tbody tr')).toHaveCount(1);
  await arrowSelect(page, progress.getByRole('combobox', { name: 'Level' }), 7, 'Final outcomes');
  await expect(progress.getByRole('status')).toHaveText(`1 of ${total} boxes`);
  const row = progressRow(page, OUTCOME);
  await expect(row.getByRole('cell')).toHaveText(['Final outcomes', '—no owner', 'On track', 'Medium', '3', ukLong(today), /^\d+$/]);
  await tabTo(page, row.getByRole('button', { name: OUTCOME }));
  await page.keyboard.press('Enter');
  const outcomeBox = boxOnCanvas(page, 'Final outcomes', OUTCOME);
  await expect(outcomeBox).toHaveClass(/selected/);
  await expect(boxOnCanvas(page, 'Practice change', PRACTICE)).not.toHaveClass(/selected/);
  await expect(outcomeBox).toBeInViewport();

  // Undo takes the rating away (the table, filtered to "On track", empties); redo brings it back.
  await page.keyboard.press('Control+z');
  await expect(progressTable(page).locator('tbody tr')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(progressTable(page).locator('tbody tr')).toHaveCount(1);

  expect(await mousePresses(page), 'no mouse press from selecting the box to choosing its row').toBe(pressesAtStart);

  await expectAllSaved(page);
  await page.reload();
  await expect(canvas(page)).toBeVisible();
  await selectBoxByKeyboard(page, 'Final outcomes', OUTCOME);
  await expect(panel.getByRole('textbox', { name: 'Indicator 2', exact: true })).toHaveValue(NEW_INDICATOR);
  await expect(panel.getByRole('textbox', { name: 'Target of indicator 2' })).toHaveValue('A fifth lower than the baseline');
  await expect(evidenceEntries(page)).toHaveCount(2);
  await expect(evidenceEntries(page).nth(0)).toContainText(NEWER.summary);
  await expect(evidenceEntries(page).nth(1)).toContainText(OLDER.summary);
  await expect(panel.getByRole('combobox', { name: 'Progress' }).getByRole('option', { selected: true })).toHaveText('On track');
  await expect(panel.getByRole('combobox', { name: 'Confidence in the evidence' }).getByRole('option', { selected: true })).toHaveText('Medium');
  await expect(panel.getByRole('textbox', { name: 'Rated by' })).toHaveValue(NEWER.by);
});

test('evidence is edited and deleted, an indicator deleted, a rating cleared in one action; undo restores each', async ({ page }) => {
  await openExample(page);
  await selectBox(page, 'Practice change', PRACTICE);
  const panel = detailsPanel(page);
  const indicators = panel.getByRole('textbox', { name: /^Indicator \d$/ });
  const first = await indicators.first().inputValue();
  const before = await indicators.count();
  await panel.getByRole('button', { name: `Delete indicator “${first}”` }).click();
  await expect(indicators).toHaveCount(before - 1);
  await expect(panel.getByRole('textbox', { name: 'New indicator' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(indicators).toHaveCount(before);
  await expect(indicators.first()).toHaveValue(first);

  await panel.getByRole('textbox', { name: 'Summary', exact: true }).fill('Joint clinic opened');
  await panel.getByRole('button', { name: 'Add evidence' }).click();
  await expect(evidenceEntries(page)).toHaveCount(1);
  await evidenceEntries(page).getByRole('button', { name: /^Edit evidence .*Joint clinic opened$/ }).click();
  const editedSummary = panel.getByRole('textbox', { name: 'Summary of this entry' });
  await expect(editedSummary).toBeFocused();
  await editedSummary.fill('Joint clinic opened in March');
  await panel.getByRole('combobox', { name: 'Kind of this entry' }).selectOption('Observation');
  await panel.getByRole('button', { name: 'Done' }).click();
  await expect(evidenceEntries(page).first()).toContainText('Observation');
  await expect(evidenceEntries(page).first()).toContainText('Joint clinic opened in March');
  await panel.getByRole('button', { name: /^Delete evidence .*Joint clinic opened in March$/ }).click();
  await expect(evidenceEntries(page)).toHaveCount(0);
  await expect(panel.getByText('No evidence logged yet.')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(evidenceEntries(page)).toHaveCount(1);

  await panel.getByRole('combobox', { name: 'Progress' }).selectOption('At risk');
  await panel.getByRole('combobox', { name: 'Confidence in the evidence' }).selectOption('Low');
  await expect(panel.getByRole('heading', { name: 'Rating At risk, low confidence' })).toBeVisible();
  await panel.getByRole('button', { name: 'Clear rating' }).click();
  await expect(panel.getByRole('heading', { name: 'Rating (not rated)' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Clear rating' })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(panel.getByRole('heading', { name: 'Rating At risk, low confidence' })).toBeVisible();
});

test('the Progress tab sorts by its column buttons, and every new control has a name', async ({ page }) => {
  await openExample(page);
  await selectBox(page, 'Final outcomes', OUTCOME);
  const panel = detailsPanel(page);
  await panel.getByRole('textbox', { name: 'Summary', exact: true }).fill('Figures are in');
  await panel.getByRole('button', { name: 'Add evidence' }).click();
  await panel.getByRole('combobox', { name: 'Progress' }).selectOption('Achieved');
  await panel.getByRole('combobox', { name: 'Confidence in the evidence' }).selectOption('High');
  const indicator = await panel.getByRole('textbox', { name: 'Indicator 1', exact: true }).inputValue();
  await expect(panel.getByRole('button', { name: `Move indicator “${indicator}” down` })).toBeEnabled();
  await expect(panel.getByRole('button', { name: `Move indicator “${indicator}” up` })).toBeDisabled();
  await expect(panel.getByRole('textbox', { name: 'Source of indicator 1' })).toBeVisible();
  await expect(panel.getByLabel('Due date of indicator 1')).toBeVisible();
  await expect(panel.locator('#new-indicator-text')).toHaveAccessibleName('New indicator');
  await expect(panel.locator('#new-evidence-summary')).toHaveAccessibleName('Summary');
  expect(await expectAllNamed(panel, CONTROL_ROLES)).toBeGreaterThan(20);

  const progress = await openPanelTab(page, 'Progress');
  expect(await expectAllNamed(progress, CONTROL_ROLES)).toBeGreaterThan(10);
  const header = (name: string) => progressTable(page).getByRole('columnheader', { name });
  await expect(header('Level')).toHaveAttribute('aria-sort', 'ascending');
  await progressTable(page).getByRole('button', { name: 'Rating' }).click();
  await expect(header('Rating')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header('Level')).not.toHaveAttribute('aria-sort');
  await progressTable(page).getByRole('button', { name: 'Rating' }).click();
  await expect(header('Rating')).toHaveAttribute('aria-sort', 'descending');
  // Achieved comes first going down; the unrated boxes stay last.
  await expect(progressTable(page).getByRole('rowheader').first()).toHaveText(OUTCOME);
  await expect(progressTable(page).locator('tbody tr').first().getByRole('cell').nth(2)).toHaveText('Achieved');
  await expect(progressTable(page).locator('tbody tr').last().getByRole('cell').nth(2)).toHaveText('Unrated');
});
