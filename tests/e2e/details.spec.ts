/**
 * Details of the editor a person relies on: removing a link (on the canvas with Delete, and from the
 * details panel), a box's owner, the lanes' questions and the link legend on the canvas, and evidence
 * suggestions drawn from a box's notes as well as its label.
 */
import {
  addBox,
  boxOnCanvas,
  canvas,
  createBlankModel,
  detailsPanel,
  dragLink,
  edges,
  expect,
  expectAllSaved,
  fitView,
  laneHeading,
  LEVEL_NAMES,
  linkEnds,
  linkEntry,
  linkOnCanvas,
  linksList,
  openPanelTab,
  selectBox,
  test,
  type LevelName,
  type Locator,
  type Page,
} from './helpers';

const LINK_NAME = 'Link (linear) from Inputs: Pooled budget to Activities: Joint training';

/** A new blank model with two boxes in adjacent lanes, linked by dragging; returns the drawn link. */
async function twoLinkedBoxes(page: Page): Promise<Locator> {
  await createBlankModel(page);
  await addBox(page, 'Inputs', 'Pooled budget');
  await addBox(page, 'Activities', 'Joint training');
  await dragLink(page, boxOnCanvas(page, 'Inputs', 'Pooled budget'), boxOnCanvas(page, 'Activities', 'Joint training'));
  const link = linkOnCanvas(page, LINK_NAME);
  await expect(link).toHaveCount(1);
  return link;
}

/**
 * Clicks a drawn link halfway along it, as a person aims at the line between two boxes (a straight
 * link has zero height, so Playwright's own click would call it hidden), and waits for its details.
 */
async function clickLink(page: Page, link: Locator): Promise<void> {
  await fitView(page);
  const { start, end } = await linkEnds(link);
  await page.mouse.click((start.x + end.x) / 2, (start.y + end.y) / 2);
  await expect(detailsPanel(page).getByRole('heading', { name: 'Link details' })).toBeVisible();
  await expect(detailsPanel(page)).toContainText('From Inputs: Pooled budget');
  await expect(detailsPanel(page)).toContainText('to Activities: Joint training');
}

/** Selects the source box and checks what its "Links of this box" list says. */
async function expectBoxLinks(page: Page, entries: RegExp[]): Promise<void> {
  await selectBox(page, 'Inputs', 'Pooled budget');
  if (entries.length) {
    await expect(linksList(page)).toHaveText(entries);
  } else {
    await expect(linksList(page)).toHaveCount(0);
    await expect(detailsPanel(page).getByText('Not linked to anything yet.')).toBeVisible();
  }
}

test('a link clicked on the canvas goes with Delete, from the canvas and the box’s links; Undo brings it back', async ({ page }) => {
  const link = await twoLinkedBoxes(page);
  await clickLink(page, link);
  await page.keyboard.press('Delete');
  await expect(link).toHaveCount(0);
  await expect(edges(page)).toHaveCount(0);
  await expect(detailsPanel(page).getByRole('heading', { name: 'About this model' })).toBeVisible();
  await expectBoxLinks(page, []);
  // Both boxes stay.
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget')).toBeVisible();
  await expect(boxOnCanvas(page, 'Activities', 'Joint training')).toBeVisible();

  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(link).toHaveCount(1);
  await expectBoxLinks(page, [linkEntry('→ Activities: Joint training')]);
  await expectAllSaved(page);
});

test('the link details panel’s “Delete link” removes the link', async ({ page }) => {
  const link = await twoLinkedBoxes(page);
  await clickLink(page, link);
  await detailsPanel(page).getByRole('button', { name: 'Delete link', exact: true }).click();
  await expect(link).toHaveCount(0);
  await expect(edges(page)).toHaveCount(0);
  await expectBoxLinks(page, []);
});

test('a box’s “Remove link to …” button removes the link, and the other box’s list forgets it too', async ({ page }) => {
  const link = await twoLinkedBoxes(page);
  await selectBox(page, 'Activities', 'Joint training');
  await expect(linksList(page)).toHaveText([linkEntry('← Inputs: Pooled budget')]);
  await expectBoxLinks(page, [linkEntry('→ Activities: Joint training')]);
  await detailsPanel(page).getByRole('button', { name: 'Remove link to Activities: Joint training', exact: true }).click();
  await expect(link).toHaveCount(0);
  await expect(edges(page)).toHaveCount(0);
  await expect(linksList(page)).toHaveCount(0);
  await expect(detailsPanel(page).getByText('Not linked to anything yet.')).toBeVisible();
  await selectBox(page, 'Activities', 'Joint training');
  await expect(linksList(page)).toHaveCount(0);
});

test('the owner typed in the Details panel shows on the box, and is still there after a reload', async ({ page }) => {
  await createBlankModel(page);
  const box = await addBox(page, 'Activities', 'Joint training');
  await expect(box).not.toContainText('Probation service');
  await selectBox(page, 'Activities', 'Joint training');
  const owner = detailsPanel(page).getByRole('textbox', { name: /^Owner/ });
  await expect(owner).toHaveValue('');
  await owner.fill('Probation service');
  await expect(box.getByText('Probation service', { exact: true })).toBeVisible();
  await expect(box.getByText('Joint training', { exact: true })).toBeVisible();
  await expectAllSaved(page);

  await page.reload();
  await expect(box.getByText('Probation service', { exact: true })).toBeVisible();
  await selectBox(page, 'Activities', 'Joint training');
  await expect(detailsPanel(page).getByRole('textbox', { name: /^Owner/ })).toHaveValue('Probation service');
});

test('each lane shows its heading and plain question, and the legend names the four link styles', async ({ page }) => {
  await createBlankModel(page);
  await fitView(page);
  const questions: Record<LevelName, string> = {
    Inputs: 'What we invest',
    Activities: 'What we do',
    Engagement: 'Who with',
    Reactions: 'How they feel',
    'Knowledge, skills and attitudes': 'What they learn and gain',
    'Practice change': 'What they do differently',
    'Final outcomes': 'What difference it makes',
  };
  await expect(canvas(page).getByRole('heading', { level: 2 }).filter({ hasNotText: /^Links$/ })).toHaveText([...LEVEL_NAMES]);
  for (const level of LEVEL_NAMES) {
    const heading = laneHeading(page, level);
    await expect(heading).toBeVisible();
    const lane = heading.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " react-flow__node ")][1]');
    const question = lane.getByText(questions[level], { exact: true });
    await expect(question, `the ${level} lane's question`).toBeVisible();
    const [headingBox, questionBox] = await Promise.all([heading.boundingBox(), question.boundingBox()]);
    expect(questionBox!.y, `the ${level} question stands under its heading`).toBeGreaterThanOrEqual(headingBox!.y + headingBox!.height - 1);
  }

  const legendHeading = canvas(page).getByRole('heading', { name: 'Links', exact: true, level: 2 });
  await expect(legendHeading).toBeVisible();
  const legend = legendHeading.locator('xpath=..');
  await expect(legend.getByRole('listitem')).toHaveText([
    'Linear: to the next level',
    'Skip: jumps forward over one or more levels',
    'Feedback: back to an earlier level (not just linear)',
    'Same level: between boxes of one level',
  ]);
  for (const item of await legend.getByRole('listitem').all()) await expect(item).toBeVisible();
});

test('a box with a neutral label is offered the feature its notes describe, and not without those notes', async ({ page }) => {
  const THIRD_SECTOR = 'Tag as “The voluntary and community (third) sector engaged”';
  await createBlankModel(page);
  await addBox(page, 'Activities', 'Monthly session');
  await openPanelTab(page, 'Details');
  await selectBox(page, 'Activities', 'Monthly session');
  const details = detailsPanel(page);
  const field = details.getByRole('combobox', { name: 'Evidence feature' });
  const suggestions = details.getByRole('region', { name: 'Suggested evidence features' });
  const notes = details.getByRole('textbox', { name: 'Notes' });

  // The label alone suggests nothing.
  await expect(field).toHaveValue('');
  await expect(details).toContainText('Not tagged. Pick the feature this box stands for, if any.');
  await expect(suggestions).toHaveCount(0);
  await expect(details.getByRole('button', { name: THIRD_SECTOR })).toHaveCount(0);

  // Notes that speak of the voluntary sector bring that feature up.
  await notes.fill('Run with the voluntary sector and local charities');
  await expect(suggestions.getByRole('button').first()).toHaveAccessibleName(THIRD_SECTOR);
  await expect(suggestions).toContainText('matched “voluntary”');
  await expect(field, 'suggesting tags nothing').toHaveValue('');

  // Take the notes away again: same label, no suggestion.
  await notes.fill('');
  await expect(suggestions).toHaveCount(0);
  await expect(details.getByRole('button', { name: THIRD_SECTOR })).toHaveCount(0);
  await expect(details).toContainText('Not tagged. Pick the feature this box stands for, if any.');
});

test('relabelling a box renames its links on the canvas as the label is typed', async ({ page }) => {
  await twoLinkedBoxes(page);
  await selectBox(page, 'Inputs', 'Pooled budget');
  const label = detailsPanel(page).getByRole('textbox', { name: 'Label', exact: true });
  await label.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' for prevention');
  await expect(linkOnCanvas(page, 'Link (linear) from Inputs: Pooled budget for prevention to Activities: Joint training')).toHaveCount(1);
  await expect(linkOnCanvas(page, LINK_NAME)).toHaveCount(0);
});
