/**
 * Measures over time (issue 22), as a partnership enters them: a measure described, four periods'
 * figures typed without a mouse and a fifth pasted from a spreadsheet; the chart's description, the
 * Progress tab and the box on the canvas say the trend; a paste with a cell that is not a number is
 * refused in words and changes nothing; undo takes back the last figures; a reload keeps it all.
 */
import {
  addBox,
  canvas,
  CONTROL_ROLES,
  createBlankModel,
  detailsPanel,
  expect,
  expectAllNamed,
  expectAllSaved,
  openPanelTab,
  selectBox,
  tabTo,
  test,
  type Locator,
  type Page,
} from './helpers';
import { saveVersion } from './versionHelpers';

const BOX = 'Families in stable homes';
const MEASURE = 'Families housed';
/** Each period's actual and target, typed in the grid (the last one pasted). */
const TYPED = [
  ['2022/23', '12', '20'],
  ['2023/24', '15', '25'],
  ['2024/25', '18', '30'],
  ['2025/26', '22', '35'],
] as const;
const SUMMARY = `${MEASURE}: 26 families in 2026/27, improving for four periods; target 40 families not met`;
const HEADLINE = `${MEASURE}: 26 families, improving for four periods; target 40 families not met`;

function cell(panel: Locator, column: 'Actual' | 'Target' | 'Status' | 'Note', period: string): Locator {
  return panel.getByRole(column === 'Status' ? 'combobox' : 'textbox', { name: `${column} for ${period}, indicator 1`, exact: true });
}

/** Pastes text into the focused element as the browser does for Ctrl+V: a paste event carrying text/plain. */
async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('a measure entered by keyboard and paste, charted and said in words; a bad paste refused; undone; kept after a reload', async ({ page }) => {
  await createBlankModel(page);
  await addBox(page, 'Final outcomes', BOX);
  await selectBox(page, 'Final outcomes', BOX);
  const panel = detailsPanel(page);

  await tabTo(page, panel.getByRole('textbox', { name: 'New indicator' }));
  await page.keyboard.type(MEASURE);
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('textbox', { name: 'Indicator 1', exact: true })).toHaveValue(MEASURE);

  // Describe it: unit, which way is better, frequency.
  await tabTo(page, panel.getByRole('textbox', { name: 'Unit of indicator 1' }));
  await page.keyboard.type('families');
  await panel.getByRole('combobox', { name: 'Which way is better for indicator 1' }).selectOption({ label: 'Higher is better' });
  await panel.getByRole('combobox', { name: 'Frequency of indicator 1' }).selectOption({ label: 'Annual' });

  // The first period typed over the proposed one; then Enter, figures, Tab, Enter, Enter… for the rest.
  const toAdd = panel.getByRole('textbox', { name: 'Period to add to indicator 1' });
  await expect(toAdd).toHaveValue(/^\d{4}\/\d{2}$/);
  await tabTo(page, toAdd);
  await page.keyboard.press('Control+a');
  await page.keyboard.type(TYPED[0][0]);
  for (const [period, actual, target] of TYPED) {
    if (period !== TYPED[0][0]) await expect(toAdd).toHaveValue(period);
    await page.keyboard.press('Enter');
    await expect(cell(panel, 'Actual', period)).toBeFocused();
    await page.keyboard.type(actual);
    await page.keyboard.press('Tab');
    await expect(cell(panel, 'Target', period)).toBeFocused();
    await page.keyboard.type(target);
    // Enter goes down the column; from the last row, to the next period to add.
    await page.keyboard.press('Enter');
    await expect(toAdd).toBeFocused();
  }
  await expect(panel.getByRole('combobox', { name: 'Frequency of indicator 1' })).toBeDisabled();
  await expect(panel.getByText('Fixed: it has figures')).toBeVisible();

  // The fifth period: added with Enter, its row pasted from a spreadsheet (actual, target, status, note).
  await expect(toAdd).toHaveValue('2026/27');
  await page.keyboard.press('Enter');
  await expect(cell(panel, 'Actual', '2026/27')).toBeFocused();
  await pasteText(page, '26\t40\tProvisional\tTwo hostels opened\r\n');
  await expect(panel.getByRole('status').filter({ hasText: 'Pasted into 1 period, 2026/27.' })).toBeVisible();
  await expect(cell(panel, 'Actual', '2026/27')).toHaveValue('26');
  await expect(cell(panel, 'Target', '2026/27')).toHaveValue('40');
  await expect(cell(panel, 'Status', '2026/27').getByRole('option', { selected: true })).toHaveText('Provisional');
  await expect(cell(panel, 'Note', '2026/27')).toHaveValue('Two hostels opened');

  // Enter moves down a column like a spreadsheet.
  await cell(panel, 'Target', '2023/24').focus();
  await page.keyboard.press('Enter');
  await expect(cell(panel, 'Target', '2024/25')).toBeFocused();

  // The trend in words and a shape, and the chart described in those words.
  await expect(panel.getByText(SUMMARY, { exact: true })).toBeVisible();
  const chart = panel.getByRole('img', { name: `Chart of ${MEASURE}` });
  await expect(chart).toHaveAccessibleDescription(new RegExp(`^${SUMMARY}\\. Up 14 families since 2022/23`));
  await expect(chart.locator('.measure-chart__point')).toHaveCount(5);
  await expect(chart.locator('.measure-chart__latest')).toHaveText('26 families');
  await panel.getByRole('button', { name: 'Show as table: indicator 1' }).click();
  await expect(panel.getByRole('table', { name: `Figures of ${MEASURE}` }).getByRole('row')).toHaveCount(6);
  await panel.getByRole('button', { name: 'Show as chart: indicator 1' }).click();
  await expect(chart).toBeVisible();
  await expectAllNamed(panel, CONTROL_ROLES);

  // A paste with a cell that is not a number: refused in words naming the cell, nothing changed.
  await cell(panel, 'Actual', '2022/23').focus();
  await pasteText(page, '13\n14 families\n');
  await expect(panel.getByRole('alert')).toHaveText('2023/24, Actual: “14 families” is not a number. Nothing was pasted.');
  await expect(cell(panel, 'Actual', '2022/23')).toHaveValue('12');
  await expect(cell(panel, 'Actual', '2023/24')).toHaveValue('15');
  // And typed: the cell says so, and keeps its figure once left.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('n/a');
  await expect(panel.getByRole('alert')).toHaveText('2022/23, Actual: “n/a” is not a number');
  await expect(cell(panel, 'Actual', '2022/23')).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Tab');
  await expect(cell(panel, 'Actual', '2022/23')).toHaveValue('12');

  // On the canvas, with Show progress on, the box says its headline measure.
  await page.getByRole('button', { name: 'Show progress' }).click();
  // Its name now carries its rating too.
  const box = canvas(page).getByRole('group', { name: `Final outcomes: ${BOX} (Not rated)`, exact: true });
  await expect(box).toContainText(HEADLINE);

  // The Progress tab: a sparkline and the words for the measure.
  const progress = await openPanelTab(page, 'Progress');
  const row = progress.getByRole('table', { name: 'Progress of every box' }).getByRole('row', { name: new RegExp(BOX) });
  await expect(row).toContainText(SUMMARY);
  await expect(row.locator('svg.sparkline path')).toHaveCount(2);

  // Undo takes back the last figures (the paste, one step); redo brings them back.
  await openPanelTab(page, 'Details');
  await page.keyboard.press('Control+z');
  await expect(cell(panel, 'Actual', '2026/27')).toHaveValue('');
  await expect(box).toContainText(`${MEASURE}: 22 families, improving for three periods; target 35 families not met`);
  await page.keyboard.press('Control+Shift+z');
  await expect(cell(panel, 'Actual', '2026/27')).toHaveValue('26');

  await expectAllSaved(page);
  await page.reload();
  await expect(canvas(page)).toBeVisible();
  await selectBox(page, 'Final outcomes', BOX);
  for (const [period, actual, target] of TYPED) {
    await expect(cell(panel, 'Actual', period)).toHaveValue(actual);
    await expect(cell(panel, 'Target', period)).toHaveValue(target);
  }
  await expect(cell(panel, 'Note', '2026/27')).toHaveValue('Two hostels opened');
  await expect(panel.getByRole('textbox', { name: 'Unit of indicator 1' })).toHaveValue('families');
  await expect(panel.getByRole('img', { name: `Chart of ${MEASURE}` })).toHaveAccessibleDescription(new RegExp(`^${SUMMARY}`));

  // Looking at a saved version, where nothing can be switched, the figures are a table under the chart.
  await saveVersion(page, 'Q4');
  await page.getByRole('tabpanel', { name: 'Versions' }).getByRole('button', { name: 'Look at Q4' }).click();
  await expect(page.getByRole('region', { name: 'Looking at a version' })).toBeVisible();
  await selectBox(page, 'Final outcomes', BOX);
  const seen = await openPanelTab(page, 'Details');
  await expect(seen.getByRole('img', { name: `Chart of ${MEASURE}` })).toBeVisible();
  await expect(seen.getByRole('table', { name: `Figures of ${MEASURE}` }).getByRole('row')).toHaveCount(6);
  await expect(seen.getByRole('button', { name: /Show as (table|chart)/ })).toHaveCount(0);
});
