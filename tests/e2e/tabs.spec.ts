/**
 * Two tabs on one model (two pages of one browser context, so one IndexedDB and one BroadcastChannel).
 *
 * What the code does (src/store/modelSession.ts, autosave.ts): each tab saves ~300 ms after a change
 * (at most 1 s), and every save is revision-checked. When the other tab's save is announced, a tab
 * with nothing unsaved takes it in; a tab with unsaved changes shows the conflict banner; and a tab
 * whose own save meets a newer stored revision shows the same banner. So nothing is overwritten
 * silently: either B takes A's change, or B asks.
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
  createBlankModel,
  expect,
  expectAllSaved,
  fitView,
  labelEditor,
  laneButton,
  modelIdOf,
  modelRow,
  openHome,
  saveStatus,
  test,
  titleField,
  type BrowserContext,
  type Page,
} from './helpers';

const CONFLICT_TEXT = 'This model was changed in another tab while you were editing it here. Your changes in this tab are not saved yet.';

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

/** Tab B edits its title and keeps the edit unsaved (its timers held) while tab A adds and saves a box. */
async function editBothBeforeEitherSaves(a: Page, b: Page): Promise<void> {
  await holdTimers(b, true);
  await titleField(b).fill('Shared model, B’s wording');
  await expect(saveStatus(b)).toHaveText('Saving…');
  await addBox(a, 'Activities', 'Joint training');
  await expectAllSaved(a);
}

function conflictBanner(page: Page) {
  return page.getByRole('alert').filter({ hasText: CONFLICT_TEXT });
}

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
  await expect(conflictBanner(a)).toHaveCount(0);
  await expect(conflictBanner(b)).toHaveCount(0);
  await expectAllSaved(b);
});

test('both tabs edit before either saves: B asks, and “Save my version as a copy” keeps both', async ({ page, context }) => {
  const { a, b } = await twoTabs(page, context, { pausableB: true });
  const originalId = modelIdOf(a);
  await editBothBeforeEitherSaves(a, b);

  const banner = conflictBanner(b);
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Save my version as a copy' })).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Load the other tab’s version' })).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Keep my version' })).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Export model file' })).toBeVisible();
  // B's edit is still on screen, not replaced by A's.
  await expect(titleField(b)).toHaveValue('Shared model, B’s wording');
  await expect(boxOnCanvas(b, 'Activities', 'Joint training')).toHaveCount(0);

  await holdTimers(b, false);
  await expect(saveStatus(b)).toHaveText('Not saved: changed in another tab');
  await banner.getByRole('button', { name: 'Save my version as a copy' }).click();
  await expect(b).not.toHaveURL(new RegExp(`#/models/${originalId}$`));
  await expect(titleField(b)).toHaveValue('Shared model, B’s wording (copy)');
  await expect(allBoxes(b)).toHaveCount(1);
  await expect(conflictBanner(b)).toHaveCount(0);

  // Nothing lost: A's box is in the original, B's wording in the copy, both stored.
  await expect(allBoxes(a)).toHaveCount(2);
  await expect(titleField(a)).toHaveValue('Shared model');
  await openHome(b);
  await expect(modelRow(b, 'Shared model')).toHaveCount(1);
  await expect(modelRow(b, 'Shared model, B’s wording (copy)')).toHaveCount(1);
});

test('both tabs edit before either saves: “Load the other tab’s version” shows A’s change in B', async ({ page, context }) => {
  const { a, b } = await twoTabs(page, context, { pausableB: true });
  await editBothBeforeEitherSaves(a, b);
  await expect(conflictBanner(b)).toBeVisible();
  await holdTimers(b, false);
  await conflictBanner(b).getByRole('button', { name: 'Load the other tab’s version' }).click();
  await expect(conflictBanner(b)).toHaveCount(0);
  await expect(boxOnCanvas(b, 'Activities', 'Joint training')).toBeVisible();
  await expect(titleField(b)).toHaveValue('Shared model');
  await expectAllSaved(b);
  // B goes on editing normally, and A sees it.
  await addBox(b, 'Engagement', 'Frontline staff');
  await expect(boxOnCanvas(a, 'Engagement', 'Frontline staff')).toBeVisible({ timeout: 5000 });
});

test('both tabs edit before either saves: “Keep my version” saves B’s, and A takes it', async ({ page, context }) => {
  const { a, b } = await twoTabs(page, context, { pausableB: true });
  await editBothBeforeEitherSaves(a, b);
  await expect(conflictBanner(b)).toBeVisible();
  await holdTimers(b, false);
  await conflictBanner(b).getByRole('button', { name: 'Keep my version' }).click();
  await expect(conflictBanner(b)).toHaveCount(0);
  await expectAllSaved(b);
  // A had nothing unsaved, so it takes the version B chose to keep.
  await expect(titleField(a)).toHaveValue('Shared model, B’s wording', { timeout: 5000 });
  await expect(allBoxes(a)).toHaveCount(1);
  await a.reload();
  await expect(titleField(a)).toHaveValue('Shared model, B’s wording');
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
