/**
 * Two tabs on one model (two pages of one browser context, so one IndexedDB and one BroadcastChannel).
 *
 * What the code does (src/store/modelSession.ts, autosave.ts): each tab stores its document's new
 * updates ~300 ms after a change (at most 1 s); when the other tab's write is announced, a tab reads
 * the updates it has not seen and merges them into its own document. Documents merge field by field,
 * so neither tab's edit is lost and no banner asks which version to keep.
 *
 * To hold tab B in "edited but not yet saved" while A's save arrives, B's timers can be held: while
 * held, a timer that comes due waits until they are let go. B's autosave then cannot fire, exactly as
 * if A's save landed inside B's 300 ms quiet time (a window too short to hit reliably otherwise).
 * Playwright's own clock cannot do this: it is shared by every page of the context, so A would stop too.
 */
import {
  addBox,
  allBoxes,
  boxOnCanvas,
  centreOf,
  createBlankModel,
  detailsPanel,
  dragBoxTo,
  expect,
  expectAllSaved,
  fitView,
  labelEditor,
  laneButton,
  saveStatus,
  selectBox,
  test,
  titleField,
  type BrowserContext,
  type Page,
} from './helpers';

/** Any banner at all: the tabs must merge without asking. */
const banners = (page: Page) => page.getByRole('alert');

async function twoTabs(page: Page, context: BrowserContext, { pausableB = false } = {}): Promise<{ a: Page; b: Page; url: string }> {
  await createBlankModel(page);
  await titleField(page).fill('Shared model');
  await addBox(page, 'Inputs', 'Pooled budget');
  await expectAllSaved(page);
  const url = page.url();
  const b = await context.newPage();
  if (pausableB) await b.addInitScript(installTimerHold);
  await b.goto(url);
  await expect(boxOnCanvas(b, 'Inputs', 'Pooled budget')).toBeVisible();
  await expect(titleField(b)).toHaveValue('Shared model');
  return { a: page, b, url };
}

/** Runs in tab B before the app: `__holdTimers(true)` makes timers that come due wait; `(false)` lets them run. */
function installTimerHold(): void {
  const realSetTimeout = window.setTimeout.bind(window);
  let held = false;
  (window as unknown as { __holdTimers: (on: boolean) => void }).__holdTimers = (on) => {
    held = on;
  };
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) =>
    realSetTimeout(function due() {
      if (held) realSetTimeout(due, 20);
      else if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
    }, delay)) as typeof window.setTimeout;
}

const holdTimers = (page: Page, on: boolean) => page.evaluate((value: boolean) => (window as unknown as { __holdTimers: (on: boolean) => void }).__holdTimers(value), on);


test('a box added in tab A appears in tab B within a few seconds', async ({ page, context }) => {
  const { a, b } = await twoTabs(page, context);
  await addBox(a, 'Activities', 'Joint training');
  await expect(boxOnCanvas(b, 'Activities', 'Joint training')).toBeVisible({ timeout: 5000 });
  await titleField(a).fill('Renamed in A');
  await expect(titleField(b)).toHaveValue('Renamed in A', { timeout: 5000 });
  // And the other way round.
  await addBox(b, 'Engagement', 'Frontline staff');
  await expect(boxOnCanvas(a, 'Engagement', 'Frontline staff')).toBeVisible({ timeout: 5000 });
  await expect(allBoxes(a)).toHaveCount(3);
  await expect(allBoxes(b)).toHaveCount(3);
  await expect(banners(a)).toHaveCount(0);
  await expect(banners(b)).toHaveCount(0);
  await expectAllSaved(b);
});

test('A renames box X while B moves X and adds Y, before either saves: both tabs, and a reload, show all three; nothing asks', async ({ page, context }) => {
  const { a, b } = await twoTabs(page, context, { pausableB: true });
  await fitView(a);
  await fitView(b);
  const xInA = boxOnCanvas(a, 'Inputs', 'Pooled budget');
  const before = await xInA.boundingBox();

  // B's move stays unsaved (its timers held) while A's rename of the same box is made and stored.
  await holdTimers(b, true);
  const xInB = boxOnCanvas(b, 'Inputs', 'Pooled budget');
  const start = await centreOf(xInB);
  await dragBoxTo(b, xInB, { x: start.x, y: start.y + 120 });
  await expect(saveStatus(b)).toHaveText('Saving…');
  await selectBox(a, 'Inputs', 'Pooled budget');
  await detailsPanel(a).getByRole('textbox', { name: 'Label', exact: true }).fill('Pooled budget, ring-fenced');
  await expectAllSaved(a);
  await holdTimers(b, false);
  await addBox(b, 'Activities', 'Joint training');

  for (const tab of [a, b]) {
    await expect(boxOnCanvas(tab, 'Inputs', 'Pooled budget, ring-fenced')).toBeVisible({ timeout: 5000 });
    await expect(boxOnCanvas(tab, 'Activities', 'Joint training')).toBeVisible({ timeout: 5000 });
    await expect(allBoxes(tab)).toHaveCount(2);
    await expectAllSaved(tab);
    await expect(banners(tab)).toHaveCount(0);
  }
  await expect.poll(async () => ((await boxOnCanvas(a, 'Inputs', 'Pooled budget, ring-fenced').boundingBox())?.y ?? 0) - (before?.y ?? 0)).toBeGreaterThan(40);

  const third = await context.newPage();
  await third.goto(a.url());
  await expect(boxOnCanvas(third, 'Inputs', 'Pooled budget, ring-fenced')).toBeVisible();
  await expect(boxOnCanvas(third, 'Activities', 'Joint training')).toBeVisible();
  await expect(allBoxes(third)).toHaveCount(2);
});

test('both tabs change the title and add boxes before either saves: every change is kept, in both tabs', async ({ page, context }) => {
  const { a, b } = await twoTabs(page, context, { pausableB: true });
  await holdTimers(b, true);
  await titleField(b).fill('Shared model, B’s wording');
  await addBox(b, 'Engagement', 'Frontline staff');
  await addBox(a, 'Activities', 'Joint training');
  await expectAllSaved(a);
  await holdTimers(b, false);
  for (const tab of [a, b]) {
    await expect(titleField(tab)).toHaveValue('Shared model, B’s wording', { timeout: 5000 });
    await expect(boxOnCanvas(tab, 'Engagement', 'Frontline staff')).toBeVisible({ timeout: 5000 });
    await expect(boxOnCanvas(tab, 'Activities', 'Joint training')).toBeVisible({ timeout: 5000 });
    await expect(banners(tab)).toHaveCount(0);
  }
});

test('undo is per tab: A adds a box, B relabels another, and undo in A takes away only A’s box', async ({ page, context }) => {
  const { a, b } = await twoTabs(page, context);
  await addBox(a, 'Activities', 'Joint training');
  await expect(boxOnCanvas(b, 'Activities', 'Joint training')).toBeVisible({ timeout: 5000 });
  await selectBox(b, 'Inputs', 'Pooled budget');
  await detailsPanel(b).getByRole('textbox', { name: 'Label', exact: true }).fill('Pooled budget, relabelled in B');
  await expect(boxOnCanvas(a, 'Inputs', 'Pooled budget, relabelled in B')).toBeVisible({ timeout: 5000 });

  await a.getByRole('button', { name: 'Undo', exact: true }).click();
  for (const tab of [a, b]) {
    await expect(boxOnCanvas(tab, 'Activities', 'Joint training')).toHaveCount(0, { timeout: 5000 });
    await expect(boxOnCanvas(tab, 'Inputs', 'Pooled budget, relabelled in B')).toBeVisible();
  }
});

test('B is typing a label (its first words already saved) when A’s change arrives: B keeps typing into the label', async ({ page, context }) => {
  const { a, b } = await twoTabs(page, context);
  await fitView(b);
  await laneButton(b, 'Activities').click();
  await expect(labelEditor(b)).toBeFocused();
  await b.keyboard.type('Joint');
  // A pause in typing: B saves what it has, so B has nothing unsaved when A's change comes.
  await expectAllSaved(b);
  await expect(boxOnCanvas(a, 'Activities', 'Joint')).toBeVisible({ timeout: 5000 });

  await addBox(a, 'Engagement', 'Frontline staff');
  await expectAllSaved(a);
  await expect(boxOnCanvas(b, 'Engagement', 'Frontline staff')).toBeVisible({ timeout: 5000 });

  // The person in B goes on typing the label they were in the middle of.
  await expect(labelEditor(b), 'B’s label field is still open and focused').toBeFocused({ timeout: 1000 });
  await b.keyboard.type(' training');
  await b.keyboard.press('Enter');
  await expect(boxOnCanvas(b, 'Activities', 'Joint training')).toBeVisible();
  await expect(boxOnCanvas(a, 'Activities', 'Joint training')).toBeVisible({ timeout: 5000 });
  await expect(allBoxes(a)).toHaveCount(3);
});
