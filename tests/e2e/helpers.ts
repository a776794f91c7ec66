/**
 * Shared pieces of the end-to-end suite: a `test` that fails when the page asks anything of the
 * network or throws, and helpers that read the page by role and accessible name and act on it the way
 * a person does (click, type, drag with the mouse; Tab and Enter with the keyboard).
 */
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

export { expect };
export type { BrowserContext, Locator, Page };

/** The level names as the app shows them, left to right. */
export const LEVEL_NAMES = [
  'Inputs',
  'Activities',
  'Engagement',
  'Reactions',
  'Knowledge, skills and attitudes',
  'Practice change',
  'Final outcomes',
] as const;
export type LevelName = (typeof LEVEL_NAMES)[number];

/** Level ids of the model file, by name. */
export const LEVEL_IDS: Record<LevelName, string> = {
  Inputs: 'inputs',
  Activities: 'activities',
  Engagement: 'engagement',
  Reactions: 'reactions',
  'Knowledge, skills and attitudes': 'learning',
  'Practice change': 'practice',
  'Final outcomes': 'outcomes',
};

function isOwnUrl(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url === origin || url.startsWith('data:') || url.startsWith('blob:');
}

export interface Guard {
  /** Every request made by any page of this test's context to somewhere other than the app. */
  readonly outsideRequests: string[];
  /** Uncaught exceptions thrown in any page of this test's context. */
  readonly pageErrors: string[];
}

/**
 * Watches a browser context: every request to anywhere but `origin` (or data:/blob:, or exactly the
 * origins in `alsoAllowed`: a team server a shared model talks to) and every uncaught exception in
 * any of its pages, including pages opened later (a second tab).
 */
export function guardContext(context: BrowserContext, origin: string, alsoAllowed: readonly string[] = []): Guard {
  const guard: Guard = { outsideRequests: [], pageErrors: [] };
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => guard.pageErrors.push(`${page.url()}: ${error.message}`));
  };
  context.on('request', (request) => {
    if (![origin, ...alsoAllowed].some((allowed) => isOwnUrl(request.url(), allowed))) guard.outsideRequests.push(`${request.method()} ${request.url()}`);
  });
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return guard;
}

export function expectGuardClean(guard: Guard): void {
  expect(guard.outsideRequests, 'requests to anywhere but the app itself (the app must make no network call)').toEqual([]);
  expect(guard.pageErrors, 'uncaught exceptions in the page').toEqual([]);
}

/**
 * `test` with an automatic guard: the app promises no network call at all, so any request that is
 * not to the app's own origin (or data:/blob:) fails the test, as does an uncaught exception in the
 * page. The guard watches the whole context, so pages opened later (a second tab) are covered too.
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context, baseURL }, use) => {
      const guard = guardContext(context, new URL(baseURL ?? 'http://127.0.0.1:4173/').origin);
      await use(guard);
      expectGuardClean(guard);
    },
    { auto: true },
  ],
});

// ---------------------------------------------------------------------------------------------
// Home page

export async function openHome(page: Page): Promise<void> {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'Your models', level: 2 })).toBeVisible();
}

/** The id in the editor's URL (`#/models/<id>`). */
export function modelIdOf(page: Page): string {
  const match = /#\/models\/([^/?#]+)$/.exec(page.url());
  if (!match?.[1]) throw new Error(`Not on a model page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/** Clicks a button of the new-model gallery and waits for the editor to open on the new model; returns its URL. */
export async function startFromGallery(page: Page, buttonName: string, title: string): Promise<string> {
  await page.getByRole('button', { name: buttonName, exact: true }).click();
  await expect(page).toHaveURL(/#\/models\/[^/]+$/);
  await expect(titleField(page)).toHaveValue(title);
  return page.url();
}

/** Home page → "New blank model" → the editor is open on it. Returns the model's id. */
export async function createBlankModel(page: Page): Promise<string> {
  await openHome(page);
  await page.getByRole('button', { name: 'New blank model' }).click();
  await expect(page).toHaveURL(/#\/models\/[^/]+$/);
  await expect(titleField(page)).toHaveValue('Untitled logic model');
  return modelIdOf(page);
}

export function modelsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Your models' });
}

/** The row of the models table whose title is exactly `title`. */
export function modelRow(page: Page, title: string): Locator {
  return modelsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
}

/** The "Boxes" cell of a model's row (cells after the row header: last changed, boxes, actions). */
export function boxCountCell(row: Locator): Locator {
  return row.getByRole('cell').nth(1);
}

/** The title cells of the models table, top to bottom (assert with toHaveText([...]), which waits). */
export function modelTitles(page: Page): Locator {
  return modelsTable(page).getByRole('rowheader');
}

// ---------------------------------------------------------------------------------------------
// Editor

export function titleField(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Model title' });
}

/** The toolbar's save status ("All changes saved", "Saving…", …); a shared model's "Sharing" status stands beside it. */
export function saveStatus(page: Page): Locator {
  return page.getByRole('banner').getByRole('status').and(page.locator('.save-status'));
}

export async function expectAllSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText('All changes saved');
}

export function canvas(page: Page): Locator {
  return page.getByRole('main', { name: 'Logic model' });
}

/** The "Details" tab of the side panel: what is selected, or the model when nothing is. */
export function detailsPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Side panel' }).getByRole('tabpanel', { name: 'Details' });
}

/** A box on the canvas, found by its accessible name "<Level name>: <label>". */
export function boxOnCanvas(page: Page, level: LevelName, label: string): Locator {
  return canvas(page).getByRole('group', { name: `${level}: ${label}`, exact: true });
}

/** Every box on the canvas: groups announced as a "node" (links are groups too, announced as an "edge"). */
export function allBoxes(page: Page): Locator {
  return canvas(page).getByRole('group').and(page.locator('[aria-roledescription="node"]'));
}

/** Every box in one lane. */
export function boxesInLane(page: Page, level: LevelName): Locator {
  return allBoxes(page).and(canvas(page).getByRole('group', { name: new RegExp(`^${escapeRegExp(level)}: `) }));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export { openPanelTab, type PanelTabName } from './sidePanelHelpers';

/** A drawn link, found by its accessible name ("Link (linear) from Inputs: A to Activities: B"). */
export function linkOnCanvas(page: Page, name: string): Locator {
  return canvas(page).getByRole('group', { name, exact: true }).and(page.locator('[aria-roledescription="edge"]'));
}

export function laneButton(page: Page, level: LevelName): Locator {
  return page.getByRole('button', { name: `Add a box to ${level}`, exact: true });
}

export function laneHeading(page: Page, level: LevelName): Locator {
  return canvas(page).getByRole('heading', { name: level, exact: true, level: 2 });
}

/**
 * The on-screen column of a lane: the lane that holds the heading (role heading, level 2) of that
 * level. Returns its left and right edge in page pixels.
 */
export async function laneColumn(page: Page, level: LevelName): Promise<{ left: number; right: number }> {
  const lane = laneHeading(page, level).locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " react-flow__node ")][1]');
  const box = await lane.boundingBox();
  if (!box) throw new Error(`The ${level} lane is not on screen`);
  return { left: box.x, right: box.x + box.width };
}

/** The level whose lane column holds this x (page pixels), or undefined between/outside lanes. */
export async function levelAtScreenX(page: Page, x: number): Promise<LevelName | undefined> {
  for (const level of LEVEL_NAMES) {
    const column = await laneColumn(page, level);
    if (x >= column.left && x < column.right) return level;
  }
  return undefined;
}

export function labelEditor(page: Page): Locator {
  return page.getByRole('textbox', { name: /^Label of this .* box$/ });
}

export function edges(page: Page): Locator {
  return page.locator('.react-flow__edge');
}

/**
 * Where a drawn link starts and ends on screen (page pixels), read from its path. A straight link
 * between level boxes is a horizontal line of zero height, which Playwright calls "hidden", so a
 * drawn link is checked by its ends instead.
 */
export async function linkEnds(link: Locator): Promise<{ start: { x: number; y: number }; end: { x: number; y: number } }> {
  return link.locator('path.react-flow__edge-path').evaluate((path) => {
    const line = path as SVGPathElement;
    const matrix = line.getScreenCTM();
    if (!matrix) throw new Error('The link is not rendered');
    const at = (length: number) => new DOMPoint(line.getPointAtLength(length).x, line.getPointAtLength(length).y).matrixTransform(matrix);
    const start = at(0);
    const end = at(line.getTotalLength());
    return { start: { x: start.x, y: start.y }, end: { x: end.x, y: end.y } };
  });
}

/** Checks that a link is drawn from the right side of `source` to the left side of `target`. */
export async function expectLinkDrawn(link: Locator, source: Locator, target: Locator): Promise<void> {
  await expect(link).toHaveCount(1);
  const [ends, from, to] = await Promise.all([linkEnds(link), source.boundingBox(), target.boundingBox()]);
  if (!from || !to) throw new Error('A linked box is not on screen');
  expect(Math.abs(ends.start.x - (from.x + from.width)), 'the link starts at the right side of its source box').toBeLessThan(6);
  expect(ends.start.y).toBeGreaterThan(from.y);
  expect(ends.start.y).toBeLessThan(from.y + from.height);
  expect(Math.abs(ends.end.x - to.x), 'the link ends at the left side of its target box').toBeLessThan(6);
  expect(ends.end.y).toBeGreaterThan(to.y);
  expect(ends.end.y).toBeLessThan(to.y + to.height);
}

/** React Flow's "Fit View" control: brings every box into view, as a person would before aiming. */
export async function fitView(page: Page): Promise<void> {
  await page.getByRole('button', { name: /fit view/i }).click();
  await waitForStillCanvas(page);
}

/**
 * Waits until the canvas stops moving (the view's transform and the boxes' places are the same over
 * a few frames), as a person waits for an animation to end before aiming the mouse.
 */
export async function waitForStillCanvas(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const snapshot = () =>
            [document.querySelector('.react-flow__viewport'), ...document.querySelectorAll('.react-flow__node')]
              .map((element) => (element instanceof HTMLElement ? `${element.style.transform}|${element.offsetWidth}x${element.offsetHeight}` : ''))
              .join(';');
          const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
          const before = snapshot();
          await frame();
          await frame();
          await frame();
          return before === snapshot();
        }),
      // Asked every 50 ms rather than at Playwright's widening intervals (100, 250, 500 ms, 1 s):
      // the canvas's own animations take 200 ms, and the next step waits on this one.
      { message: 'the canvas keeps moving', intervals: [50] },
    )
    .toBe(true);
}

/** Types a new box's label once its field has taken focus (it does so a frame or two after it appears). */
async function typeNewLabel(page: Page, level: LevelName, label: string): Promise<void> {
  const editor = labelEditor(page);
  await expect(editor).toBeFocused();
  await expect(editor).toHaveAccessibleName(`Label of this ${level} box`);
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
  await expect(editor).toHaveCount(0);
  await expect(boxOnCanvas(page, level, label)).toBeVisible();
}

/** Adds a box with the mouse: the lane's "Add box" button, then types the label and presses Enter. */
export async function addBox(page: Page, level: LevelName, label: string): Promise<Locator> {
  await fitView(page);
  await laneButton(page, level).click();
  await typeNewLabel(page, level, label);
  return boxOnCanvas(page, level, label);
}

/**
 * Adds a box by double-clicking an empty part of a lane, `below` canvas pixels under the lane's
 * heading block (its "Add box" button), then types the label.
 */
export async function addBoxByDoubleClick(page: Page, level: LevelName, label: string, below = 360): Promise<Locator> {
  await fitView(page);
  const button = await laneButton(page, level).boundingBox();
  if (!button) throw new Error(`No "Add a box to ${level}" button on screen`);
  await page.mouse.dblclick(button.x + button.width / 2, button.y + button.height + below * (await zoomOf(page)));
  await typeNewLabel(page, level, label);
  return boxOnCanvas(page, level, label);
}

/** The canvas zoom, from React Flow's viewport transform. */
export async function zoomOf(page: Page): Promise<number> {
  const transform = await page.locator('.react-flow__viewport').evaluate((element) => getComputedStyle(element).transform);
  const match = /matrix\(([^,]+),/.exec(transform);
  return match?.[1] ? Number(match[1]) : 1;
}

/**
 * Moves keyboard focus to `target` with Tab, or Shift+Tab when it comes before the focused element,
 * as a keyboard user would; fails after `max` presses.
 */
export async function tabTo(page: Page, target: Locator, { max = 80 } = {}): Promise<void> {
  await expect(target).toBeAttached();
  const backwards = await target.evaluate((element) => {
    const active = document.activeElement;
    if (!active || active === document.body) return false;
    return Boolean(active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING);
  });
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reachable with ${backwards ? 'Shift+Tab' : 'Tab'} within ${max} presses`).toBeFocused({ timeout: 1 });
}

/**
 * Counts trusted mouse and pointer presses in every page of the context, so a keyboard-only test can
 * prove it never used the mouse. Call before the first page is opened.
 */
export async function countMousePresses(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const counted = window as unknown as { __mousePresses: number };
    counted.__mousePresses = 0;
    // One press of a button (or one click of a double-click) is one pointerdown.
    for (const type of ['pointerdown', 'wheel']) {
      window.addEventListener(type, (event) => {
        if (event.isTrusted) counted.__mousePresses++;
      }, true);
    }
  });
}

export async function mousePresses(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __mousePresses: number }).__mousePresses);
}

/** Adds a box without the mouse: Tab to the lane's "Add box" button, Enter, type, Enter. */
export async function addBoxByKeyboard(page: Page, level: LevelName, label: string): Promise<Locator> {
  await tabTo(page, laneButton(page, level));
  await page.keyboard.press('Enter');
  await typeNewLabel(page, level, label);
  return boxOnCanvas(page, level, label);
}

/** Selects a box without the mouse: Tab to it on the canvas and press Enter. */
export async function selectBoxByKeyboard(page: Page, level: LevelName, label: string): Promise<void> {
  await tabTo(page, boxOnCanvas(page, level, label));
  await page.keyboard.press('Enter');
  await expect(detailsPanel(page).getByRole('heading', { name: 'Box details' })).toBeVisible();
  await expect(detailsPanel(page).getByRole('textbox', { name: 'Label', exact: true })).toHaveValue(label);
}

/** Selects a box with a click (after fitting the view so it is on screen). */
export async function selectBox(page: Page, level: LevelName, label: string): Promise<void> {
  await fitView(page);
  await boxOnCanvas(page, level, label).click();
  await expect(detailsPanel(page).getByRole('textbox', { name: 'Label', exact: true })).toHaveValue(label);
}

/** The entries of the details panel's "Links" list for the selected box. */
export function linksList(page: Page): Locator {
  return detailsPanel(page).getByRole('region', { name: 'Links of this box' }).getByRole('listitem');
}

/** What one entry of the "Links" list reads: "→ Activities: Joint training" and its "Remove" button. */
export function linkEntry(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*Remove$`);
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('Element is not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags with the mouse from one point to another in small steps, as a hand does. */
export async function dragMouse(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 12): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 4, from.y + 2, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

/** Links two boxes by dragging from the source's right handle to the target's left handle. */
export async function dragLink(page: Page, source: Locator, target: Locator): Promise<void> {
  await fitView(page);
  const from = await centreOf(source.locator('.react-flow__handle-right'));
  const to = await centreOf(target.locator('.react-flow__handle-left'));
  await dragMouse(page, from, to);
}

/** Drags a box by its middle so that its centre lands at `to` (page pixels). */
export async function dragBoxTo(page: Page, box: Locator, to: { x: number; y: number }): Promise<void> {
  const from = await centreOf(box);
  await dragMouse(page, from, to);
}

export { centreOf };

// ---------------------------------------------------------------------------------------------
// Accessible names

/** Every button (and other control) in `scope` has a non-empty accessible name. Returns how many were checked. */
export async function expectAllNamed(scope: Locator, roles: readonly Parameters<Locator['getByRole']>[0][]): Promise<number> {
  let checked = 0;
  for (const role of roles) {
    const controls = await scope.getByRole(role).all();
    // All asked at once, and the control's markup fetched only for one that fails: one round trip
    // to the browser per control instead of two, one after another.
    await Promise.all(
      controls.map(async (control) => {
        try {
          await expect(control).toHaveAccessibleName(/\S/);
        } catch (error) {
          throw new Error(`a ${role} without an accessible name: ${await control.evaluate((el: Element) => el.outerHTML.slice(0, 160))}`, { cause: error });
        }
      }),
    );
    checked += controls.length;
  }
  // The accessibility tree agrees: no unnamed button, textbox, combobox or searchbox anywhere in the scope.
  const snapshot = await scope.ariaSnapshot();
  expect(snapshot, 'unnamed controls in the accessibility snapshot').not.toMatch(/^\s*- (button|textbox|combobox|searchbox|checkbox|link)( \[[^\]]*\])?:?\s*$/m);
  return checked;
}

/** The roles of the controls a person operates, for expectAllNamed. */
export const CONTROL_ROLES = ['button', 'textbox', 'combobox', 'searchbox', 'checkbox', 'link', 'tab'] as const;

// ---------------------------------------------------------------------------------------------
// Files

export interface ModelFileJson {
  format: string;
  formatVersion: number;
  title: string;
  boxes: { id: string; level: string; label: string; x?: number; y?: number }[];
  links: { id?: string; source: string; target: string }[];
}

/** Clicks "Export model file" and returns the downloaded file's name and parsed JSON. */
export async function exportModelFile(page: Page): Promise<{ fileName: string; json: ModelFileJson; text: string }> {
  const downloadStarted = page.waitForEvent('download');
  await page.getByRole('banner').getByRole('button', { name: 'Export model file' }).click();
  const download = await downloadStarted;
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return { fileName: download.suggestedFilename(), json: JSON.parse(text) as ModelFileJson, text };
}

/** Chooses a file in the home page's "Import a model file" input. */
export async function importFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  await page.getByLabel('Import a model file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  });
}

/** A second tab in the same browser context (same IndexedDB), opened on a URL of the app. */
export async function openTab(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}
