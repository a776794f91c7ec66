/** Opening the side panel's tabs, in the row or under More (src/ui/sidePanel); helpers.ts passes it on. */
import { expect, type Locator, type Page } from '@playwright/test';

export type PanelTabName = 'Details' | 'Flags' | 'Evidence' | 'Conditions' | 'Progress' | 'Versions' | 'Comments';

/**
 * Opens a tab of the side panel as a person does: its tab when the row shows it, otherwise through
 * More at the row's end (the tabs that do not fit the panel's width are there). `calledNow` is what
 * the tab or its menu item must be called when clicked ("Comments (2 new)"). Returns its panel.
 */
export async function openPanelTab(page: Page, name: PanelTabName, { calledNow = new RegExp(`^${name}`) }: { calledNow?: RegExp } = {}): Promise<Locator> {
  const tab = page.getByRole('tab', { name: new RegExp(`^${name}`) });
  await expect(page.getByRole('tablist', { name: 'Side panel' })).toBeVisible();
  if (await tab.isVisible()) {
    await page.getByRole('tab', { name: calledNow }).click();
  } else {
    await page.getByRole('button', { name: /^More tabs/ }).click();
    await page.getByRole('menu', { name: 'More tabs' }).getByRole('menuitem', { name: calledNow }).click();
  }
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  return page.getByRole('tabpanel', { name: new RegExp(`^${name}`) });
}
