/**
 * Issue 4 end to end in Chromium: the flags follow the model as it is edited — a deleted evidence
 * box shows up as a missing feature, a link drawn back to an earlier level is drawn and listed as
 * feedback, and undo takes both away again.
 */
import type { Locator, Page } from '@playwright/test';
import { boxOnCanvas, canvas, dragLink, expect, fitView, importFile, openHome, openPanelTab, test, titleField, waitForStillCanvas } from './helpers';

const LEADERSHIP = 'Strong, reflective and responsive leadership';
const CROSS_AGENCY = 'Working across agencies as everyday practice';

async function startFromEvidence(page: Page): Promise<void> {
  await page.goto('/#/');
  await page.getByRole('button', { name: 'Start from Evidence template', exact: true }).click();
  await expect(page).toHaveURL(/#\/models\/[^/]+$/);
  await expect(boxOnCanvas(page, 'Activities', LEADERSHIP)).toBeVisible();
}

/** Checks that an element is wholly inside the visible canvas. */
async function expectInView(page: Page, element: Locator): Promise<void> {
  const [area, box] = await Promise.all([canvas(page).boundingBox(), element.boundingBox()]);
  if (!area || !box) throw new Error('Not on the page');
  expect(box.x, 'left edge in view').toBeGreaterThanOrEqual(area.x);
  expect(box.y, 'top edge in view').toBeGreaterThanOrEqual(area.y);
  expect(box.x + box.width, 'right edge in view').toBeLessThanOrEqual(area.x + area.width);
  expect(box.y + box.height, 'bottom edge in view').toBeLessThanOrEqual(area.y + area.height);
}

function summary(panel: Locator): Locator {
  return panel.getByLabel('Flags summary');
}

function feedbackLinks(page: Page): Locator {
  return canvas(page).locator('[aria-roledescription="edge"]').and(page.getByRole('group', { name: /^Link \(feedback\)/ }));
}

test('deleting an evidence box raises its missing feature; undo brings it back', async ({ page }) => {
  await startFromEvidence(page);
  const panel = await openPanelTab(page, 'Flags');
  await expect(summary(panel)).toContainText('32 of 32 evidence features');
  await expect(panel.getByText(`No box stands for “${LEADERSHIP}”`)).toHaveCount(0);

  const leadership = boxOnCanvas(page, 'Activities', LEADERSHIP);
  await leadership.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(leadership).toHaveCount(0);

  await expect(summary(panel)).toContainText('31 of 32 evidence features');
  const flag = panel.locator('[data-flag-kind="missing-feature"]').filter({ hasText: `No box stands for “${LEADERSHIP}”` });
  await expect(flag).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Flags/ })).toContainText('gap');

  // The flag's own action puts a tagged box back in its lane.
  await flag.getByRole('button', { name: 'Add this feature' }).click();
  await expect(boxOnCanvas(page, 'Activities', LEADERSHIP)).toHaveCount(1);
  await expect(summary(panel)).toContainText('32 of 32 evidence features');

  await page.keyboard.press('Control+z');
  await expect(summary(panel)).toContainText('31 of 32 evidence features');
  await page.keyboard.press('Control+z');
  await expect(boxOnCanvas(page, 'Activities', LEADERSHIP)).toHaveCount(1);
  await expect(summary(panel)).toContainText('32 of 32 evidence features');
  await expect(flag).toHaveCount(0);
});

test('a link drawn from practice back to an activity is drawn and listed as feedback; undo removes both', async ({ page }) => {
  await startFromEvidence(page);
  const panel = await openPanelTab(page, 'Flags');
  // The template holds one feedback link already: the briefing's own example, explained in its note.
  await expect(feedbackLinks(page)).toHaveCount(1);
  await expect(summary(panel)).toContainText('1 non-linear link');
  const before = await panel.locator('[data-flag-kind="feedback-link"]').count();

  await fitView(page);
  await dragLink(page, boxOnCanvas(page, 'Practice change', CROSS_AGENCY), boxOnCanvas(page, 'Activities', LEADERSHIP));
  const drawn = canvas(page).getByRole('group', { name: `Link (feedback) from Practice change: ${CROSS_AGENCY} to Activities: ${LEADERSHIP}`, exact: true });
  await expect(drawn).toHaveCount(1);
  // Drawn in the feedback style: a dotted line, distinct from a plain linear link.
  const stroke = await drawn.locator('path.react-flow__edge-path').getAttribute('style');
  expect(stroke).toMatch(/stroke-dasharray: 2,? 4/);

  await expect(summary(panel)).toContainText('2 non-linear links');
  await expect(panel.locator('[data-flag-kind="feedback-link"]')).toHaveCount(before + 1);
  const listed = panel.locator('[data-flag-kind="feedback-link"]').filter({ hasText: LEADERSHIP });
  await expect(listed).toHaveCount(1);
  await expect(listed.getByRole('button', { name: 'Explain this link' })).toBeVisible();

  // Choosing the flag selects the link; its action opens the link's note for typing.
  await listed.getByRole('button', { name: /runs back to/ }).click();
  await expect(drawn).toHaveClass(/selected/);
  await listed.getByRole('button', { name: 'Explain this link' }).click();
  const note = page.getByRole('textbox', { name: /^Note/ });
  await expect(note).toBeFocused();
  await page.keyboard.type('Working across agencies shows leaders what to change');
  await openPanelTab(page, 'Flags');
  await expect(listed).toContainText('Explained');
  await page.keyboard.press('Control+z');
  await expect(listed).not.toContainText('Explained');

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(drawn).toHaveCount(0);
  await expect(listed).toHaveCount(0);
  await expect(summary(panel)).toContainText('1 non-linear link');
});

test('choosing a loop’s flag selects it, highlights its boxes and brings them all into view; choosing something else ends the highlight', async ({ page }) => {
  await startFromEvidence(page);
  const panel = await openPanelTab(page, 'Flags');
  await fitView(page);
  // Communication feeds practice, and the template's feedback link closes a loop back to it.
  const loops = panel.locator('[data-flag-kind="loop"]');
  await expect(loops).toHaveCount(1);
  // Zoomed in far enough that most of the model is off screen.
  for (let press = 0; press < 4; press++) await page.getByRole('button', { name: /zoom in/i }).click();
  await waitForStillCanvas(page);
  await loops.getByRole('button').first().click();
  const highlighted = canvas(page).locator('.box-node.is-highlighted');
  await expect(highlighted.first()).toBeVisible();
  expect(await highlighted.count()).toBeGreaterThanOrEqual(2);
  // Every box of the loop is brought into view, not only the first.
  await waitForStillCanvas(page);
  for (const box of await highlighted.all()) await expectInView(page, box);

  // Choosing something else ends the highlight.
  await openPanelTab(page, 'Details');
  await fitView(page);
  await boxOnCanvas(page, 'Inputs', 'Realistic timeframes').click();
  await expect(highlighted).toHaveCount(0);
});

test('choosing an empty level’s flag brings its lane and its Add button into view', async ({ page }) => {
  await openHome(page);
  await page.getByRole('button', { name: 'New blank model', exact: true }).click();
  await expect(titleField(page)).toHaveValue('Untitled logic model');
  for (let press = 0; press < 4; press++) await page.getByRole('button', { name: /zoom in/i }).click();
  await waitForStillCanvas(page);
  const addToOutcomes = page.getByRole('button', { name: 'Add a box to Final outcomes', exact: true });
  const [area, before] = await Promise.all([canvas(page).boundingBox(), addToOutcomes.boundingBox()]);
  expect(before!.x, 'the last lane starts off screen').toBeGreaterThan(area!.x + area!.width);
  const panel = await openPanelTab(page, 'Flags');
  // Seven empty levels: more than start unfolded.
  await panel.getByText('Empty levels (7)', { exact: true }).click();
  await panel.getByRole('button', { name: /^The Final outcomes level has no boxes yet/ }).click();
  await waitForStillCanvas(page);
  await expectInView(page, addToOutcomes);
  await addToOutcomes.click();
  await expect(page.getByRole('textbox', { name: 'Label of this Final outcomes box' })).toBeFocused();
});

test('a box with flags carries a badge whose tooltip lists them', async ({ page }) => {
  await startFromEvidence(page);
  await page.getByRole('button', { name: 'Add a box to Engagement', exact: true }).click();
  const editor = page.getByRole('textbox', { name: 'Label of this Engagement box' });
  await expect(editor).toBeFocused();
  await page.keyboard.type('Housing association joins the board');
  await page.keyboard.press('Enter');
  const added = boxOnCanvas(page, 'Engagement', 'Housing association joins the board');
  const badge = added.locator('.box-node__badge');
  await expect(badge).toBeVisible();
  await expect(badge).toHaveAttribute('title', /not linked|no links/i);
  // A linked evidence box has none.
  await expect(boxOnCanvas(page, 'Activities', LEADERSHIP).locator('.box-node__badge')).toHaveCount(0);
});

test('a kind with many flags starts folded, and unfolds to its first hundred and then to all of them', async ({ page }) => {
  const boxes = Array.from({ length: 130 }, (_, index) => ({ id: `b${index}`, level: 'inputs', label: `Resource ${index + 1}` }));
  await openHome(page);
  await importFile(page, 'many.json', JSON.stringify({ format: 'outcome-chains/logic-model', formatVersion: 1, title: 'Many loose boxes', boxes, links: [] }));
  await expect(titleField(page)).toHaveValue('Many loose boxes');
  const panel = await openPanelTab(page, 'Flags');
  const loose = panel.getByRole('group').filter({ has: page.getByText('Boxes with no links (130)', { exact: true }) });
  await expect(loose).toHaveCount(1);
  await expect(loose.getByRole('listitem')).toHaveCount(0);

  await loose.getByText('Boxes with no links (130)', { exact: true }).click();
  await expect(loose.getByRole('listitem')).toHaveCount(100);
  await loose.getByRole('button', { name: 'Show all 130' }).click();
  await expect(loose.getByRole('listitem')).toHaveCount(130);
  await expect(loose.getByRole('button', { name: /^Show all/ })).toHaveCount(0);

  // A flag far down the list still leads to its box.
  await loose.getByRole('button', { name: /“Resource 130”/ }).click();
  await expect(boxOnCanvas(page, 'Inputs', 'Resource 130')).toHaveClass(/selected/);
});
