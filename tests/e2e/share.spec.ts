/**
 * Sharing a model with partners (issue 11): two people (two browser contexts, each with its own
 * storage) on one real team server process, which also serves the app.
 */
import * as Y from 'yjs';
import { openRawSocket } from '../../server/test/rawSocket';
import { addBox, boxOnCanvas, centreOf, detailsPanel, dragLink, expect, laneButton, linkOnCanvas, modelsTable, openHome, saveStatus, selectBox, titleField } from './helpers';
import { closePerson, join, newPerson, PREVIEW_URL, shareNewModel, sharingStatus, test, whoIsHere } from './shareHelpers';

test.describe.configure({ timeout: 90_000 });

const undoButton = (page: import('./helpers').Page) => page.getByRole('banner').getByRole('button', { name: 'Undo', exact: true });

test('A adds and links boxes and B, who opened the edit link, sees them; each sees who is here and what the other selects', async ({ page, browser, baseURL }) => {
  const links = await shareNewModel(page, 'Alice', 'Youth justice partnership');
  expect(links.edit).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/join\/[A-Za-z0-9_-]{22}\/[^/]+$/);
  expect(links.view).not.toBe(links.edit);

  const bob = await newPerson(browser, baseURL as string);
  await join(bob.page, links.edit, 'Bob');
  await expect(titleField(bob.page)).toHaveValue('Youth justice partnership');

  await addBox(page, 'Inputs', 'Pooled budget');
  await addBox(page, 'Activities', 'Joint case reviews');
  await dragLink(page, boxOnCanvas(page, 'Inputs', 'Pooled budget'), boxOnCanvas(page, 'Activities', 'Joint case reviews'));
  const link = 'Link (linear) from Inputs: Pooled budget to Activities: Joint case reviews';
  await expect(linkOnCanvas(page, link)).toBeAttached();

  await expect(boxOnCanvas(bob.page, 'Inputs', 'Pooled budget')).toBeVisible();
  await expect(boxOnCanvas(bob.page, 'Activities', 'Joint case reviews')).toBeVisible();
  await expect(linkOnCanvas(bob.page, link)).toBeAttached();

  await expect(whoIsHere(page)).toHaveText('Bob');
  await expect(whoIsHere(bob.page)).toHaveText('Alice');
  await selectBox(page, 'Inputs', 'Pooled budget');
  await expect(boxOnCanvas(bob.page, 'Inputs', 'Pooled budget')).toContainText('Selected by Alice');

  // Alice's drag shows on Bob's screen while it moves, before anything is written.
  const bobsBox = boxOnCanvas(bob.page, 'Activities', 'Joint case reviews');
  const before = await bobsBox.boundingBox();
  const from = await centreOf(boxOnCanvas(page, 'Activities', 'Joint case reviews'));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 3, { steps: 2 });
  await page.mouse.move(from.x + 40, from.y + 160, { steps: 10 });
  await expect.poll(async () => ((await bobsBox.boundingBox())?.y ?? 0) - (before?.y ?? 0)).toBeGreaterThan(40);
  await page.mouse.up();

  // The model is in Bob's list, marked as shared.
  await openHome(bob.page);
  await expect(modelsTable(bob.page).getByRole('row', { name: /Youth justice partnership/ })).toContainText('Shared');
  await closePerson(bob);
});

test('both edit the same box at once, in different fields, and both edits remain', async ({ page, browser, baseURL }) => {
  const links = await shareNewModel(page, 'Alice', 'Same box');
  await addBox(page, 'Practice change', 'Shared assessments');
  const bob = await newPerson(browser, baseURL as string);
  await join(bob.page, links.edit, 'Bob');
  await selectBox(page, 'Practice change', 'Shared assessments');
  await selectBox(bob.page, 'Practice change', 'Shared assessments');

  await Promise.all([
    detailsPanel(page).getByRole('textbox', { name: 'Label', exact: true }).fill('Shared assessments in all four areas'),
    detailsPanel(bob.page).getByRole('textbox', { name: /^Owner/ }).fill('Probation'),
  ]);
  for (const person of [page, bob.page]) {
    await expect(detailsPanel(person).getByRole('textbox', { name: 'Label', exact: true })).toHaveValue('Shared assessments in all four areas');
    await expect(detailsPanel(person).getByRole('textbox', { name: /^Owner/ })).toHaveValue('Probation');
  }
  await closePerson(bob);
});

test('B goes offline and both edit; B keeps working and saving here, and on reconnect both see both edits', async ({ page, browser, baseURL }) => {
  const links = await shareNewModel(page, 'Alice', 'Offline merge');
  await addBox(page, 'Inputs', 'Seconded staff');
  const bob = await newPerson(browser, baseURL as string);
  await join(bob.page, links.edit, 'Bob');
  await expect(boxOnCanvas(bob.page, 'Inputs', 'Seconded staff')).toBeVisible();

  await bob.offline();
  await expect(sharingStatus(bob.page)).toHaveText('Offline: changes are kept on this computer');
  await addBox(bob.page, 'Final outcomes', 'Fewer first-time entrants');
  await addBox(page, 'Activities', 'Weekly triage meeting');
  await expect(saveStatus(bob.page)).toHaveText('All changes saved');
  // Neither sees the other's edit while B is cut off.
  await expect(boxOnCanvas(page, 'Final outcomes', 'Fewer first-time entrants')).toHaveCount(0);
  await expect(boxOnCanvas(bob.page, 'Activities', 'Weekly triage meeting')).toHaveCount(0);

  bob.online();
  await expect(sharingStatus(bob.page)).toHaveText('Connected', { timeout: 15_000 });
  for (const person of [page, bob.page]) {
    await expect(boxOnCanvas(person, 'Final outcomes', 'Fewer first-time entrants')).toBeVisible();
    await expect(boxOnCanvas(person, 'Activities', 'Weekly triage meeting')).toBeVisible();
  }
  await closePerson(bob);
});

test('a viewer sees no editing controls, and a write forced through a view link is refused: nobody sees it', async ({ page, browser, baseURL, teamServer }) => {
  const links = await shareNewModel(page, 'Alice', 'For the board');
  await addBox(page, 'Inputs', 'Pooled budget');
  const viewer = await newPerson(browser, baseURL as string);
  await join(viewer.page, links.view, 'Vic');
  const seen = viewer.page;
  await expect(boxOnCanvas(seen, 'Inputs', 'Pooled budget')).toBeVisible();
  await expect(seen.getByRole('heading', { name: /For the board/, level: 1 })).toContainText('View only');
  await expect(titleField(seen)).toHaveCount(0);
  for (const name of ['Undo', 'Redo', 'Tidy up', 'Share…']) await expect(seen.getByRole('button', { name, exact: true })).toHaveCount(0);
  await expect(laneButton(seen, 'Inputs')).toHaveCount(0);
  await boxOnCanvas(seen, 'Inputs', 'Pooled budget').click();
  await expect(detailsPanel(seen).getByRole('textbox', { name: 'Label', exact: true })).toBeDisabled();
  await expect(detailsPanel(seen).getByRole('textbox', { name: 'Label', exact: true })).toHaveValue('Pooled budget');
  await openHome(seen);
  await expect(modelsTable(seen).getByRole('row', { name: /For the board/ })).toContainText('View only');

  // A tampered client: the view link's token, and a Yjs update adding a box, sent by hand.
  const url = new URL(links.view);
  const [, room, token] = /^#\/join\/([^/]+)\/([^/]+)$/.exec(url.hash) ?? [];
  const raw = await openRawSocket(teamServer.wsUrl);
  raw.sendAuth(decodeURIComponent(room ?? ''), decodeURIComponent(token ?? ''));
  await expect.poll(() => raw.authReplies).toEqual(['authenticated:readonly']);
  const forged = new Y.Doc();
  forged.getMap('boxes').set('forced', new Y.Map<unknown>([['level', 'inputs'], ['label', 'Forced by a viewer'], ['x', 40], ['y', 200], ['order', 9]]));
  raw.sendUpdate(decodeURIComponent(room ?? ''), Y.encodeStateAsUpdate(forged));
  // A later real edit reaches the viewer, so the forced one would have arrived by now if it were taken.
  await addBox(page, 'Activities', 'After the forced write');
  await seen.goBack();
  await expect(boxOnCanvas(seen, 'Activities', 'After the forced write')).toBeVisible();
  await expect(boxOnCanvas(seen, 'Inputs', 'Forced by a viewer')).toHaveCount(0);
  await expect(boxOnCanvas(page, 'Inputs', 'Forced by a viewer')).toHaveCount(0);
  await page.reload();
  await expect(boxOnCanvas(page, 'Activities', 'After the forced write')).toBeVisible();
  await expect(boxOnCanvas(page, 'Inputs', 'Forced by a viewer')).toHaveCount(0);
  raw.close();
  await closePerson(viewer);
});

test('undo in A takes back only A\'s own change, never B\'s', async ({ page, browser, baseURL }) => {
  const links = await shareNewModel(page, 'Alice', 'Undo is mine');
  await addBox(page, 'Inputs', 'Pooled budget');
  const bob = await newPerson(browser, baseURL as string);
  await join(bob.page, links.edit, 'Bob');
  await addBox(bob.page, 'Activities', 'Bob’s activity');
  await expect(boxOnCanvas(page, 'Activities', 'Bob’s activity')).toBeVisible();
  await addBox(page, 'Engagement', 'Alice’s engagement');
  await expect(boxOnCanvas(bob.page, 'Engagement', 'Alice’s engagement')).toBeVisible();

  await undoButton(page).click();
  for (const person of [page, bob.page]) {
    await expect(boxOnCanvas(person, 'Engagement', 'Alice’s engagement')).toHaveCount(0);
    await expect(boxOnCanvas(person, 'Activities', 'Bob’s activity')).toBeVisible();
  }
  // Alice's next undo takes her first box, still not Bob's.
  await undoButton(page).click();
  for (const person of [page, bob.page]) {
    await expect(boxOnCanvas(person, 'Inputs', 'Pooled budget')).toHaveCount(0);
    await expect(boxOnCanvas(person, 'Activities', 'Bob’s activity')).toBeVisible();
  }
  await closePerson(bob);
});

test('"Make new links": the old links stop working, a partner on one is told and keeps a copy here', async ({ page, browser, baseURL }) => {
  const links = await shareNewModel(page, 'Alice', 'Rotated');
  await addBox(page, 'Inputs', 'Kept by Bob');
  const bob = await newPerson(browser, baseURL as string);
  await join(bob.page, links.edit, 'Bob');
  await expect(boxOnCanvas(bob.page, 'Inputs', 'Kept by Bob')).toBeVisible();

  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share with partners' });
  await dialog.getByRole('button', { name: 'Make new links' }).click();
  await expect(dialog.getByText('New links made.')).toBeVisible();
  const fresh = await dialog.getByRole('textbox', { name: 'Can edit' }).inputValue();
  expect(fresh).not.toBe(links.edit);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(sharingStatus(page)).toHaveText('Connected');

  await expect(bob.page.getByRole('alert')).toContainText('These links were replaced by new ones');
  await expect(sharingStatus(bob.page)).toHaveText('Not connected: your copy stays on this computer');
  await expect(boxOnCanvas(bob.page, 'Inputs', 'Kept by Bob')).toBeVisible();
  await addBox(bob.page, 'Activities', 'Still saved here');
  await expect(saveStatus(bob.page)).toHaveText('All changes saved');
  await bob.page.reload();
  await expect(boxOnCanvas(bob.page, 'Activities', 'Still saved here')).toBeVisible();
  await expect(boxOnCanvas(page, 'Activities', 'Still saved here')).toHaveCount(0);
  await expect(sharingStatus(bob.page)).toHaveText('Not connected: your copy stays on this computer');
  await bob.page.getByRole('button', { name: 'Share…' }).click();
  await expect(bob.page.getByRole('dialog', { name: 'Share with partners' })).toContainText('Ask whoever shared it for the new link');
  await bob.page.getByRole('button', { name: 'Close' }).click();

  // The new link works for someone new.
  const carol = await newPerson(browser, baseURL as string);
  await join(carol.page, fresh, 'Carol');
  await expect(boxOnCanvas(carol.page, 'Inputs', 'Kept by Bob')).toBeVisible();
  await closePerson(carol);
  await closePerson(bob);
});

test('an editor not loaded from a team server asks for its address, explains one that does not answer, and shares through the right one', async ({ browser, teamServer }) => {
  // Served by vite preview; the guard allows exactly the team server's origin besides the app's own.
  const elsewhere = await newPerson(browser, PREVIEW_URL, teamServer.httpUrl);
  const page = elsewhere.page;
  await page.goto('/#/');
  await page.getByRole('button', { name: 'New blank model' }).click();
  await expect(sharingStatus(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share with partners' });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Alice');
  const address = dialog.getByRole('textbox', { name: 'Team server address' });
  await address.fill('ftp://files.example.org');
  await dialog.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('starts with https://');
  // The app's own origin has no team server behind it (vite preview answers with the page).
  await address.fill(PREVIEW_URL);
  await dialog.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('No team server answered at');
  await address.fill(teamServer.httpUrl);
  await dialog.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(dialog.getByRole('textbox', { name: 'Can edit' })).toHaveValue(new RegExp(`^${teamServer.httpUrl}/#/join/`));
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(sharingStatus(page)).toHaveText('Connected');
  await closePerson(elsewhere);
});
