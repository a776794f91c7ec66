/** Adding boxes and linking them: by mouse (lane button, double-click, dragging handles) and by keyboard only. */
import {
  addBox,
  addBoxByDoubleClick,
  addBoxByKeyboard,
  allBoxes,
  boxOnCanvas,
  centreOf,
  countMousePresses,
  createBlankModel,
  detailsPanel,
  dragLink,
  dragMouse,
  edges,
  expect,
  expectAllSaved,
  expectLinkDrawn,
  fitView,
  linkEntry,
  linkOnCanvas,
  linksList,
  mousePresses,
  openHome,
  selectBox,
  selectBoxByKeyboard,
  tabTo,
  test,
  titleField,
} from './helpers';

test('boxes added with the mouse in three lanes, and linked by dragging from handle to handle', async ({ page }) => {
  await createBlankModel(page);
  await addBox(page, 'Inputs', 'Pooled budget');
  await addBox(page, 'Activities', 'Joint training');
  await addBox(page, 'Engagement', 'Frontline staff take part');
  // A double-click in an empty part of a lane adds a box there.
  await addBoxByDoubleClick(page, 'Activities', 'Shared protocols');
  await expect(allBoxes(page)).toHaveCount(4);
  await fitView(page);
  const training = await centreOf(boxOnCanvas(page, 'Activities', 'Joint training'));
  const protocols = await centreOf(boxOnCanvas(page, 'Activities', 'Shared protocols'));
  expect(Math.abs(protocols.x - training.x), 'both Activities boxes stand in the Activities lane').toBeLessThan(2);
  expect(protocols.y, 'the double-clicked box is where the double-click was, below the first').toBeGreaterThan(training.y + 40);

  await expect(edges(page)).toHaveCount(0);
  await dragLink(page, boxOnCanvas(page, 'Inputs', 'Pooled budget'), boxOnCanvas(page, 'Activities', 'Joint training'));
  await expect(edges(page)).toHaveCount(1);
  await dragLink(page, boxOnCanvas(page, 'Activities', 'Joint training'), boxOnCanvas(page, 'Engagement', 'Frontline staff take part'));
  await expect(edges(page)).toHaveCount(2);

  await selectBox(page, 'Activities', 'Joint training');
  await expect(linksList(page)).toHaveText([linkEntry('→ Engagement: Frontline staff take part'), linkEntry('← Inputs: Pooled budget')]);
  await selectBox(page, 'Activities', 'Shared protocols');
  await expect(linksList(page)).toHaveCount(0);
  await expect(detailsPanel(page).getByText('Not linked to anything yet.')).toBeVisible();

  // The drawn links name what they join.
  await fitView(page);
  await expectLinkDrawn(
    linkOnCanvas(page, 'Link (linear) from Inputs: Pooled budget to Activities: Joint training'),
    boxOnCanvas(page, 'Inputs', 'Pooled budget'),
    boxOnCanvas(page, 'Activities', 'Joint training'),
  );
  await expectLinkDrawn(
    linkOnCanvas(page, 'Link (linear) from Activities: Joint training to Engagement: Frontline staff take part'),
    boxOnCanvas(page, 'Activities', 'Joint training'),
    boxOnCanvas(page, 'Engagement', 'Frontline staff take part'),
  );
  await expectAllSaved(page);
});

test('a drag that ends on empty canvas, or on the box it started from, makes no link', async ({ page }) => {
  await createBlankModel(page);
  await addBox(page, 'Inputs', 'Pooled budget');
  await addBox(page, 'Activities', 'Joint training');
  await fitView(page);
  const source = boxOnCanvas(page, 'Inputs', 'Pooled budget');
  const from = await centreOf(source.locator('.react-flow__handle-right'));
  const target = await centreOf(boxOnCanvas(page, 'Activities', 'Joint training'));
  await dragMouse(page, from, { x: target.x, y: target.y + 250 });
  await dragMouse(page, from, await centreOf(source.locator('.react-flow__handle-left')));
  await expect(edges(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await selectBox(page, 'Inputs', 'Pooled budget');
  await expect(linksList(page)).toHaveCount(0);
});

test('keyboard only: create a model, add boxes, select, link with “Link to…”, delete with Delete', async ({ page, context }) => {
  await countMousePresses(context);
  await openHome(page);
  await tabTo(page, page.getByRole('button', { name: 'New blank model' }));
  await page.keyboard.press('Enter');
  await expect(titleField(page)).toHaveValue('Untitled logic model');

  await tabTo(page, titleField(page));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Keyboard model');
  await addBoxByKeyboard(page, 'Inputs', 'Pooled budget');
  await addBoxByKeyboard(page, 'Activities', 'Joint training');
  await addBoxByKeyboard(page, 'Final outcomes', 'Fewer people reoffend');
  await expect(allBoxes(page)).toHaveCount(3);
  await expect(titleField(page)).toHaveValue('Keyboard model');

  // Select a box (focus it, Enter), open "Link to…", find the target in the list.
  await selectBoxByKeyboard(page, 'Inputs', 'Pooled budget');
  await tabTo(page, detailsPanel(page).getByRole('button', { name: 'Link to…' }));
  await page.keyboard.press('Enter');
  const chooser = page.getByRole('dialog', { name: 'Link “Inputs: Pooled budget” to…' });
  await expect(chooser).toBeVisible();
  const search = chooser.getByRole('searchbox', { name: 'Find a box' });
  await expect(search).toBeFocused();
  await expect(chooser.getByRole('list', { name: 'Boxes to link to' }).getByRole('button')).toHaveText(['Activities: Joint training', 'Final outcomes: Fewer people reoffend']);
  await page.keyboard.type('train');
  await expect(chooser.getByRole('list', { name: 'Boxes to link to' }).getByRole('button')).toHaveText(['Activities: Joint training']);
  await tabTo(page, chooser.getByRole('button', { name: 'Activities: Joint training' }));
  await page.keyboard.press('Enter');
  await expect(chooser).toBeHidden();
  await expect(linksList(page)).toHaveText([linkEntry('→ Activities: Joint training')]);
  await expect(edges(page)).toHaveCount(1);

  // Escape closes the chooser without linking.
  await tabTo(page, detailsPanel(page).getByRole('button', { name: 'Link to…' }));
  await page.keyboard.press('Enter');
  await expect(chooser).toBeVisible();
  await expect(chooser.getByRole('button', { name: 'Activities: Joint training' }), 'an existing link is not offered again').toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(chooser).toBeHidden();
  await expect(edges(page)).toHaveCount(1);

  // Delete a linked box with the Delete key: the box and its link go.
  await selectBoxByKeyboard(page, 'Activities', 'Joint training');
  await page.keyboard.press('Delete');
  await expect(boxOnCanvas(page, 'Activities', 'Joint training')).toHaveCount(0);
  await expect(allBoxes(page)).toHaveCount(2);
  await expect(edges(page)).toHaveCount(0);
  await expect(detailsPanel(page).getByRole('heading', { name: 'About this model' })).toBeVisible();

  await expectAllSaved(page);
  expect(await mousePresses(page), 'mouse presses during a keyboard-only test').toBe(0);
});

test('F2 edits the label of the selected box; Escape leaves the field', async ({ page, context }) => {
  await countMousePresses(context);
  await createBlankModel(page);
  await addBoxByKeyboard(page, 'Reactions', 'Trust');
  await selectBoxByKeyboard(page, 'Reactions', 'Trust');
  await page.keyboard.press('F2');
  const editor = page.getByRole('textbox', { name: 'Label of this Reactions box' });
  await expect(editor).toBeFocused();
  await page.keyboard.type(' between partners');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(boxOnCanvas(page, 'Reactions', 'Trust between partners')).toBeFocused();
  // createBlankModel clicked "New blank model"; nothing after it used the mouse.
  expect(await mousePresses(page)).toBe(1);
});
