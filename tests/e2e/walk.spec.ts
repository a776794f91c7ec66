/**
 * Issue 18: walking and presenting the chain — a pathway with the rest faded, keyboard travel along
 * links, the presentation view, and focus that is never left off screen (WCAG 2.2, 2.4.11).
 */
import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { addBox, boxOnCanvas, canvas, createBlankModel, expect, fitView, importFile, laneButton, linkOnCanvas, openHome, tabTo, test, titleField } from './helpers';

const TITLE = 'Family support partnership';

/**
 * Pooled budget → Joint training → Families join the panel → Fewer families reach crisis, with a
 * second activity (Shared data, also fed by Office space) joining the chain at engagement.
 */
const MODEL = {
  format: 'outcome-chains/logic-model',
  formatVersion: 1,
  title: TITLE,
  boxes: [
    { id: 'budget', level: 'inputs', label: 'Pooled budget', x: 20, y: 120 },
    { id: 'office', level: 'inputs', label: 'Office space', x: 20, y: 260 },
    { id: 'training', level: 'activities', label: 'Joint training', x: 280, y: 120 },
    { id: 'data', level: 'activities', label: 'Shared data', x: 280, y: 260 },
    { id: 'panel', level: 'engagement', label: 'Families join the panel', x: 540, y: 120 },
    { id: 'crisis', level: 'outcomes', label: 'Fewer families reach crisis', x: 1580, y: 120 },
  ],
  links: [
    { id: 'l1', source: 'budget', target: 'training' },
    { id: 'l2', source: 'budget', target: 'data' },
    { id: 'l3', source: 'training', target: 'panel' },
    { id: 'l4', source: 'panel', target: 'crisis' },
    { id: 'l5', source: 'office', target: 'data' },
    { id: 'l6', source: 'data', target: 'panel' },
  ],
};

async function openModel(page: Page): Promise<void> {
  await openHome(page);
  await importFile(page, 'family.json', JSON.stringify(MODEL));
  await expect(titleField(page)).toHaveValue(TITLE);
  await fitView(page);
}

async function chooseFromViewMenu(page: Page, item: string, by: 'keyboard' | 'mouse' = 'keyboard'): Promise<void> {
  const button = page.getByRole('banner').getByRole('button', { name: 'View' });
  if (by === 'mouse') {
    await button.click();
    await page.getByRole('menu', { name: 'View' }).getByRole('menuitem', { name: item, exact: true }).click();
    await expect(page.getByRole('menu', { name: 'View' })).toHaveCount(0);
    return;
  }
  await button.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'View' });
  await expect(menu).toBeVisible();
  const target = menu.getByRole('menuitem', { name: item, exact: true });
  for (let presses = 0; presses < 6 && !(await target.evaluate((element) => element === document.activeElement)); presses++) await page.keyboard.press('ArrowDown');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
}

/**
 * How dark the darkest pixel on screen is around the middle of an element (0 black … 255 white):
 * what a person sees of it, whatever draws the fade. A box's middle holds its label's text; a
 * link's holds its line.
 */
async function darkestAtMiddleOf(page: Page, element: Locator, half = 12): Promise<number> {
  const box = (await element.boundingBox())!;
  const shot = PNG.sync.read(await page.screenshot({ clip: { x: box.x + box.width / 2 - half, y: box.y + box.height / 2 - half / 2, width: 2 * half, height: half } }));
  let darkest = 255;
  for (let i = 0; i < shot.data.length; i += 4) darkest = Math.min(darkest, Math.round(0.299 * shot.data[i]! + 0.587 * shot.data[i + 1]! + 0.114 * shot.data[i + 2]!));
  return darkest;
}

test('Show pathway keeps what leads to the box and what it leads to, fades the rest, says it in words, and exports only it', async ({ page }) => {
  await openModel(page);
  await boxOnCanvas(page, 'Activities', 'Joint training').click();
  await chooseFromViewMenu(page, 'Show pathway');

  const panel = page.getByRole('region', { name: 'Pathway of “Activities: Joint training”' });
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('pathway-words')).toHaveText(
    'Inputs: Pooled budget → Activities: Joint training → Engagement: Families join the panel → Final outcomes: Fewer families reach crisis',
  );
  await expect(panel).toContainText('4 boxes and 3 links of 6');

  // Read from the screen: the pathway's boxes and links keep their dark text and lines, the rest is pale.
  const kept = [
    boxOnCanvas(page, 'Inputs', 'Pooled budget'),
    boxOnCanvas(page, 'Activities', 'Joint training'),
    boxOnCanvas(page, 'Engagement', 'Families join the panel'),
    boxOnCanvas(page, 'Final outcomes', 'Fewer families reach crisis'),
    linkOnCanvas(page, 'Link (linear) from Inputs: Pooled budget to Activities: Joint training'),
  ];
  const faded = [boxOnCanvas(page, 'Inputs', 'Office space'), boxOnCanvas(page, 'Activities', 'Shared data'), linkOnCanvas(page, 'Link (linear) from Inputs: Pooled budget to Activities: Shared data')];
  const looks = async () => (await Promise.all([...kept, ...faded].map((element) => darkestAtMiddleOf(page, element)))).map((darkest) => (darkest < 140 ? 'dark' : darkest > 170 ? 'pale' : `between (${darkest})`));
  await expect.poll(looks).toEqual(['dark', 'dark', 'dark', 'dark', 'dark', 'pale', 'pale', 'pale']);

  // The panel lies over the canvas's top: a lane's button tabbed to comes out from under it, even
  // when the view has to move to show it.
  const zoomIn = page.getByRole('button', { name: /zoom in/i });
  for (let step = 0; step < 4; step++) await zoomIn.click();
  const laneAdd = laneButton(page, 'Inputs');
  await tabTo(page, laneAdd);
  await expect
    .poll(async () => {
      const [button, cover] = [await laneAdd.boundingBox(), await panel.boundingBox()];
      return Boolean(button && cover && button.y >= cover.y + cover.height);
    }, { message: '“Add a box to Inputs” is below the pathway panel' })
    .toBe(true);

  // Every export offers only this pathway.
  await page.getByRole('banner').getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const only = dialog.getByRole('checkbox', { name: 'Only this pathway' });
  await expect(only).toBeChecked();
  await expect(dialog).toContainText('4 boxes and 3 links');
  await only.uncheck();
  await expect(dialog).toContainText('6 boxes and 6 links');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await panel.getByRole('button', { name: 'Hide pathway' }).click();
  await expect(panel).toHaveCount(0);
  await fitView(page);
  await expect.poll(looks).toEqual(['dark', 'dark', 'dark', 'dark', 'dark', 'dark', 'dark', 'dark']);
});

test('walk a chain by keyboard: ] follows a link out, [ goes back, and a list offers the choice where there are several', async ({ page }) => {
  await openModel(page);
  const budget = boxOnCanvas(page, 'Inputs', 'Pooled budget');
  await tabTo(page, budget);
  await expect(budget).toHaveAccessibleName('Inputs: Pooled budget');
  await expect(budget).toHaveAccessibleDescription('2 links out, 0 in');

  await page.keyboard.press(']');
  const choice = page.getByRole('dialog', { name: 'Follow a link out of “Inputs: Pooled budget” to…' });
  await expect(choice).toBeVisible();
  await expect(choice.getByRole('list').getByRole('button')).toHaveText(['Activities: Joint training', 'Activities: Shared data']);
  await expect(choice.getByRole('button', { name: 'Activities: Joint training' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(choice).toHaveCount(0);

  const data = boxOnCanvas(page, 'Activities', 'Shared data');
  await expect(data).toBeFocused();
  await expect(data).toHaveAccessibleDescription('1 link out, 2 in');

  await page.keyboard.press(']');
  const panel = boxOnCanvas(page, 'Engagement', 'Families join the panel');
  await expect(panel).toBeFocused();
  await expect(panel).toHaveAccessibleName('Engagement: Families join the panel');
  await expect(panel).toHaveAccessibleDescription('1 link out, 2 in');

  // Back along a link in: two come in, so the list asks; Escape leaves focus where it was.
  await page.keyboard.press('[');
  const back = page.getByRole('dialog', { name: 'Go back along a link into “Engagement: Families join the panel” from…' });
  await expect(back.getByRole('list').getByRole('button')).toHaveText(['Activities: Joint training', 'Activities: Shared data']);
  await page.keyboard.press('Escape');
  await expect(back).toHaveCount(0);
  await expect(panel).toBeFocused();

  await page.keyboard.press(']');
  const crisis = boxOnCanvas(page, 'Final outcomes', 'Fewer families reach crisis');
  await expect(crisis).toBeFocused();
  await expect(crisis).toHaveAccessibleDescription('0 links out, 1 in');
  await page.keyboard.press(']');
  await expect(page.getByRole('status').filter({ hasText: 'No link leads out of Final outcomes: Fewer families reach crisis.' })).toBeAttached();
  await expect(crisis).toBeFocused();

  await page.keyboard.press('[');
  await expect(panel).toBeFocused();

  // The keys are in the keyboard help.
  await chooseFromViewMenu(page, 'Keyboard shortcuts');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Follow a link out of the focused box');
  await expect(help).toContainText('Go back along a link into the focused box');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // "?" opens them too, as in most web apps; typed in a text field, it is just a character.
  await boxOnCanvas(page, 'Inputs', 'Pooled budget').focus();
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await expect(help).toContainText('Open these keyboard shortcuts');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  const title = titleField(page);
  const before = await title.inputValue();
  await title.focus();
  await page.keyboard.press('End');
  await page.keyboard.type('?');
  await expect(title).toHaveValue(`${before}?`);
  await expect(help).toHaveCount(0);
});

test('present lane by lane with a clicker’s keys, ratings on request, nothing editable, and Escape to leave', async ({ page }) => {
  await openModel(page);
  await boxOnCanvas(page, 'Inputs', 'Pooled budget').click();
  await chooseFromViewMenu(page, 'Present lane by lane', 'mouse');

  const show = page.getByRole('dialog', { name: `Presentation: ${TITLE}` });
  await expect(show).toBeVisible();
  // The whole window, over the toolbar.
  const size = page.viewportSize()!;
  expect(await show.boundingBox()).toEqual({ x: 0, y: 0, width: size.width, height: size.height });
  const toolbar = (await page.getByRole('banner').boundingBox())!;
  expect(await page.evaluate(({ x, y }) => Boolean(document.elementFromPoint(x, y)?.closest('dialog.presentation')), { x: toolbar.x + 20, y: toolbar.y + toolbar.height / 2 })).toBe(true);
  const counter = show.getByRole('status');
  await expect(counter).toHaveText('Step 1 of 5');
  await expect(show.getByRole('heading', { name: TITLE })).toBeVisible();

  await page.keyboard.press('PageDown');
  await expect(counter).toHaveText('Step 2 of 5: Inputs');
  await expect(show.getByRole('region', { name: 'Inputs' })).toContainText('Pooled budget');
  await expect(show.getByRole('region', { name: 'Activities' })).toHaveCount(0);
  await page.keyboard.press(' ');
  await expect(counter).toHaveText('Step 3 of 5: Activities');
  await expect(show.getByRole('region', { name: 'Activities' })).toContainText('Joint training');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('Step 5 of 5: Final outcomes');
  await page.keyboard.press('PageDown');
  await expect(counter).toHaveText('Step 5 of 5: Final outcomes');
  await page.keyboard.press('PageUp');
  await expect(counter).toHaveText('Step 4 of 5: Engagement');
  await expect(show.getByRole('region', { name: 'Final outcomes' })).toHaveCount(0);

  // Large text.
  const textSize = await show.getByText('Pooled budget').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(textSize).toBeGreaterThanOrEqual(18);

  await expect(show.getByText('Not rated')).toHaveCount(0);
  await page.keyboard.press('r');
  await expect(show.getByText('Not rated').first()).toBeVisible();

  // Nothing can be edited: no field, and the editor's keys do nothing behind it.
  await expect(show.getByRole('textbox')).toHaveCount(0);
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget')).toBeVisible();
  await expect(canvas(page).locator('.react-flow__node-box')).toHaveCount(6);
});

test('present along a pathway steps through only its levels and boxes', async ({ page }) => {
  await openModel(page);
  await boxOnCanvas(page, 'Activities', 'Shared data').click();
  await chooseFromViewMenu(page, 'Show pathway');
  await page.getByRole('region', { name: /^Pathway of/ }).getByRole('button', { name: 'Present this pathway' }).click();
  const show = page.getByRole('dialog', { name: `Presentation: ${TITLE}: a pathway` });
  await expect(show.getByRole('status')).toHaveText('Step 1 of 5');
  await page.keyboard.press('End');
  await expect(show.getByRole('region', { name: 'Activities' })).toContainText('Shared data');
  await expect(show.getByRole('region', { name: 'Activities' })).not.toContainText('Joint training');
  await expect(show.getByRole('region', { name: 'Inputs' })).toContainText('Office space');
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
});

test('focus is never hidden: zoomed in six steps, tabbing to “Add a box to Inputs” brings it into view', async ({ page }) => {
  await createBlankModel(page);
  await addBox(page, 'Final outcomes', 'Fewer families reach crisis');
  const zoomIn = page.getByRole('button', { name: /zoom in/i });
  for (let step = 0; step < 6; step++) await zoomIn.click();

  const view = await canvas(page).locator('.react-flow').boundingBox();
  const inView = async (target: Locator) => {
    const box = await target.boundingBox();
    if (!box || !view) return false;
    return box.x >= view.x && box.y >= view.y && box.x + box.width <= view.x + view.width && box.y + box.height <= view.y + view.height;
  };

  const button = laneButton(page, 'Inputs');
  await tabTo(page, button);
  await expect(button).toBeFocused();
  await expect.poll(() => inView(button), { message: '“Add a box to Inputs” is inside the visible canvas' }).toBe(true);
  expect(await canvas(page).locator('.react-flow').evaluate((element) => element.scrollLeft + element.scrollTop)).toBe(0);

  // And back to the box in Final outcomes, far to the right.
  const box = boxOnCanvas(page, 'Final outcomes', 'Fewer families reach crisis');
  await tabTo(page, box);
  await expect.poll(() => inView(box)).toBe(true);
});

test('focus is never hidden: tabbing to a link off screen brings it into view', async ({ page }) => {
  await openModel(page);
  const zoomIn = page.getByRole('button', { name: /zoom in/i });
  for (let step = 0; step < 6; step++) await zoomIn.click();
  const view = await canvas(page).locator('.react-flow').boundingBox();
  const link = linkOnCanvas(page, 'Link (linear) from Inputs: Pooled budget to Activities: Joint training');
  const inView = async () => {
    const box = await link.boundingBox();
    return Boolean(box && view && box.x >= view.x && box.x + box.width <= view.x + view.width && box.y >= view.y && box.y + box.height <= view.y + view.height);
  };
  expect(await inView(), 'the link starts off screen').toBe(false);
  await tabTo(page, link);
  await expect.poll(inView, { message: 'the focused link is inside the visible canvas' }).toBe(true);
});
