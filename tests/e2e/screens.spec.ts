/**
 * Issue 25: the laptop screens partnerships are handed. At 1366 × 768 and 1280 × 800 the toolbar is
 * one row, with a long title shortened on screen and whole in the field and its tooltip. Measured
 * from the page (bounding boxes), not from a screenshot.
 */
import { createBlankModel, expect, test, titleField, type Page } from './helpers';

const LONG_TITLE = 'Whole-family support across the partnership: early help, housing, health visiting, schools and the voluntary sector working as one';

/** The rows the toolbar's items stand on: items whose tops lie within a few pixels share a row. */
async function toolbarRows(page: Page): Promise<number> {
  const tops = await page
    .getByRole('banner')
    .locator(':scope > *')
    .evaluateAll((items) =>
      items
        .map((item) => item.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0)
        .map((box) => box.top + box.height / 2),
    );
  const rows: number[] = [];
  for (const middle of tops) if (!rows.some((row) => Math.abs(row - middle) < 12)) rows.push(middle);
  return rows.length;
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
]) {
  test(`at ${size.width} × ${size.height} the toolbar is one row, a long title shortened on screen and whole in its field and tooltip`, async ({ page }) => {
    await page.setViewportSize(size);
    await createBlankModel(page);
    await titleField(page).fill(LONG_TITLE);
    await expect(page.getByRole('banner').getByRole('status').last()).toHaveText('All changes saved');
    expect(await toolbarRows(page)).toBe(1);
    const banner = await page.getByRole('banner').boundingBox();
    expect(banner!.height).toBeLessThan(56);
    // Nothing runs off the right edge.
    const right = await page.getByRole('banner').locator(':scope > *').evaluateAll((items) => Math.max(...items.map((item) => item.getBoundingClientRect().right)));
    expect(right).toBeLessThanOrEqual(size.width);
    // The title: narrower on screen than its text, whole in the field's value and its tooltip.
    const field = titleField(page);
    await expect(field).toHaveValue(LONG_TITLE);
    await expect(field).toHaveAttribute('title', LONG_TITLE);
    expect(await field.evaluate((input: HTMLInputElement) => input.scrollWidth > input.clientWidth)).toBe(true);
  });

  test(`at ${size.width} × ${size.height} the side panel's seven tabs are one row, each named in words, each opened by a click`, async ({ page }) => {
    await page.setViewportSize(size);
    await createBlankModel(page);
    const tabs = page.getByRole('tablist', { name: 'Side panel' }).getByRole('tab');
    await expect(tabs).toHaveCount(7);
    const tops = await tabs.evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const list = await page.getByRole('tablist', { name: 'Side panel' }).boundingBox();
    expect(list!.height).toBeLessThan(60);
    for (const name of ['Details', 'Flags', 'Evidence', 'Conditions', 'Progress', 'Versions', 'Comments'] as const) {
      const tab = page.getByRole('tab', { name: new RegExp(`^${name}`) });
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      await expect(tab).toBeInViewport({ ratio: 1 });
    }
  });
}

test('at 1024 × 768 the side panel folds away behind a button and the canvas keeps the room', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await createBlankModel(page);
  const panel = page.getByRole('complementary', { name: 'Side panel' });
  const toggle = page.getByRole('button', { name: 'Side panel', exact: true });
  await expect(panel).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const canvasBox = await page.getByRole('main', { name: 'Logic model' }).boundingBox();
  const toggleBox = await toggle.boundingBox();
  expect(canvasBox!.width).toBeGreaterThanOrEqual(1024 - toggleBox!.width - 2);

  await toggle.click();
  await expect(panel).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Details' })).toBeVisible();
  const hide = page.getByRole('button', { name: 'Hide side panel' });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await hide.click();
  await expect(panel).toBeHidden();
});

test('at 1280 × 800 the side panel stays open, with no button to fold it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await createBlankModel(page);
  await expect(page.getByRole('complementary', { name: 'Side panel' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Side panel', exact: true })).toBeHidden();
});
