/**
 * Measures on a shared model (issue 22): two partners on one real team server enter figures for
 * different periods of one measure at the same moment, and both keep both (the live document keys
 * figures by indicator and period), with the chart's words saying the trend the same on each screen.
 */
import { addBox, detailsPanel, expect, selectBox, type Locator, type Page } from './helpers';
import { closePerson, join, newPerson, shareNewModel, test, type Person } from './shareHelpers';

test.describe.configure({ timeout: 120_000 });

const BOX = 'Families in stable homes';
const MEASURE = 'Families housed';

function cell(panel: Locator, column: 'Actual' | 'Target', period: string): Locator {
  return panel.getByRole('textbox', { name: `${column} for ${period}, indicator 1`, exact: true });
}

/** Adds a period through the grid's "Period to add" field and types its actual and target, by keyboard. */
async function enterPeriod(page: Page, period: string, actual: string, target: string): Promise<void> {
  const panel = detailsPanel(page);
  const toAdd = panel.getByRole('textbox', { name: 'Period to add to indicator 1' });
  await toAdd.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(period);
  await page.keyboard.press('Enter');
  await expect(cell(panel, 'Actual', period)).toBeFocused();
  await page.keyboard.type(actual);
  await page.keyboard.press('Tab');
  await page.keyboard.type(target);
  await page.keyboard.press('Tab');
}

test('two partners enter different periods of one measure at once, and both see both', async ({ page, browser, baseURL }) => {
  const people: Person[] = [];
  try {
    const links = await shareNewModel(page, 'Alice', 'Housing outcomes');
    await addBox(page, 'Final outcomes', BOX);
    await selectBox(page, 'Final outcomes', BOX);
    const panel = detailsPanel(page);
    await panel.getByRole('textbox', { name: 'New indicator' }).fill(MEASURE);
    await panel.getByRole('button', { name: 'Add indicator' }).click();
    await panel.getByRole('combobox', { name: 'Which way is better for indicator 1' }).selectOption({ label: 'Higher is better' });
    await panel.getByRole('combobox', { name: 'Frequency of indicator 1' }).selectOption({ label: 'Annual' });
    await enterPeriod(page, '2023/24', '15', '25');

    const bob = await newPerson(browser, baseURL as string);
    people.push(bob);
    await join(bob.page, links.edit, 'Bob');
    await selectBox(bob.page, 'Final outcomes', BOX);
    await expect(cell(detailsPanel(bob.page), 'Actual', '2023/24')).toHaveValue('15');

    // At once: Alice the year after, Bob the year after that.
    await Promise.all([enterPeriod(page, '2024/25', '18', '30'), enterPeriod(bob.page, '2025/26', '22', '35')]);

    for (const person of [page, bob.page]) {
      const personPanel = detailsPanel(person);
      await expect(cell(personPanel, 'Actual', '2024/25')).toHaveValue('18');
      await expect(cell(personPanel, 'Target', '2024/25')).toHaveValue('30');
      await expect(cell(personPanel, 'Actual', '2025/26')).toHaveValue('22');
      await expect(cell(personPanel, 'Target', '2025/26')).toHaveValue('35');
      await expect(personPanel.getByRole('img', { name: `Chart of ${MEASURE}` })).toHaveAccessibleDescription(
        new RegExp(`^${MEASURE}: 22 in 2025/26, improving for two periods; target 35 not met`),
      );
    }
  } finally {
    for (const person of people) await closePerson(person);
  }
});
