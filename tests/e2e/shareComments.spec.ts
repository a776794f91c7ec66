/**
 * Comments on a shared model (issue 17): an editor, a commenter and a viewer, each a browser context
 * of their own, on one real team server process. The server, not the page, decides who may write:
 * forced writes over a commenter's and a viewer's link are refused and nobody sees them.
 */
import * as Y from 'yjs';
import { openRawSocket } from '../../server/test/rawSocket';
import { addBox, boxOnCanvas, detailsPanel, expect, laneButton, openPanelTab, titleField, type Page } from './helpers';
import { closePerson, join, newPerson, shareNewModel, test, whoIsHere } from './shareHelpers';

test.describe.configure({ timeout: 120_000 });

function commentsPanel(page: Page) {
  return page.getByRole('tabpanel', { name: /^Comments/ });
}

async function openComments(page: Page) {
  return openPanelTab(page, 'Comments');
}

function roomAndToken(link: string): { room: string; token: string } {
  const [, room, token] = /^#\/join\/([^/]+)\/([^/]+)$/.exec(new URL(link).hash) ?? [];
  return { room: decodeURIComponent(room ?? ''), token: decodeURIComponent(token ?? '') };
}

test('commenter C comments on a box; editor A sees the badge and thread live, replies and resolves; C sees that. C cannot edit, and a model write forced over C’s link is refused', async ({ page, browser, baseURL, teamServer }) => {
  const links = await shareNewModel(page, 'Alice', 'Under review');
  await addBox(page, 'Activities', 'Joint training');

  const commenter = await newPerson(browser, baseURL as string);
  await join(commenter.page, links.comment, 'Cara');
  const c = commenter.page;
  await expect(boxOnCanvas(c, 'Activities', 'Joint training')).toBeVisible();
  await expect(c.getByRole('heading', { name: /Under review/, level: 1 })).toContainText('Can comment');
  await expect(titleField(c)).toHaveCount(0);
  for (const name of ['Undo', 'Redo', 'Share…']) await expect(c.getByRole('button', { name, exact: true })).toHaveCount(0);
  await expect(laneButton(c, 'Activities')).toHaveCount(0);
  // Presence shows commenters.
  await expect(whoIsHere(page)).toContainText('Cara');

  await boxOnCanvas(c, 'Activities', 'Joint training').click();
  await expect(detailsPanel(c).getByRole('textbox', { name: 'Label', exact: true })).toBeDisabled();
  await c.getByRole('button', { name: 'Comment on this box' }).click();
  await commentsPanel(c).getByRole('textbox', { name: 'New comment' }).fill('Who delivers this?');
  await commentsPanel(c).getByRole('button', { name: 'Post comment' }).click();

  // A sees the badge and the thread, live.
  await expect(boxOnCanvas(page, 'Activities', 'Joint training').getByText('1 open comment')).toBeAttached();
  const aPanel = await openComments(page);
  const thread = aPanel.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'On box ‘Joint training’ (Activities)' }) });
  await expect(thread.getByText('Who delivers this?')).toBeVisible();
  await expect(thread.getByText('New', { exact: true })).toBeVisible();
  await thread.getByRole('textbox', { name: 'Reply' }).fill('The council’s training team.');
  await thread.getByRole('button', { name: 'Reply' }).click();
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(boxOnCanvas(page, 'Activities', 'Joint training').getByText('1 open comment')).toHaveCount(0);

  // C sees the reply and the resolution.
  await expect(boxOnCanvas(c, 'Activities', 'Joint training').getByText('1 open comment')).toHaveCount(0);
  const cPanel = commentsPanel(c);
  await cPanel.getByRole('radio', { name: 'All' }).check();
  const cThread = cPanel.getByRole('listitem').filter({ has: c.getByRole('heading', { name: /On box ‘Joint training’/ }) });
  await expect(cThread.getByText('Resolved', { exact: true })).toBeVisible();
  const opener = cThread.getByRole('button', { name: /^Open thread/ });
  if (await opener.count()) await opener.click();
  await expect(cThread.getByText('The council’s training team.')).toBeVisible();
  await expect(cThread.getByText(/Resolved by Alice/)).toBeVisible();

  // A tampered commenter: the comment link's token, a Yjs update adding a box to the model.
  const { room, token } = roomAndToken(links.comment);
  const raw = await openRawSocket(teamServer.wsUrl);
  raw.sendAuth(room, token);
  await expect.poll(() => raw.authReplies).toEqual(['authenticated:readonly']);
  const forged = new Y.Doc();
  forged.getMap('boxes').set('forced', new Y.Map<unknown>([['level', 'inputs'], ['label', 'Forced by a commenter'], ['x', 40], ['y', 200], ['order', 9]]));
  raw.sendUpdate(room, Y.encodeStateAsUpdate(forged));
  await addBox(page, 'Inputs', 'After the forced write');
  await expect(boxOnCanvas(c, 'Inputs', 'After the forced write')).toBeVisible();
  await expect(boxOnCanvas(c, 'Inputs', 'Forced by a commenter')).toHaveCount(0);
  await page.reload();
  await expect(boxOnCanvas(page, 'Inputs', 'After the forced write')).toBeVisible();
  await expect(boxOnCanvas(page, 'Inputs', 'Forced by a commenter')).toHaveCount(0);
  raw.close();
  await closePerson(commenter);
});

test('viewer V reads the thread but has no control to comment, and a comment forced over V’s link is refused', async ({ page, browser, baseURL, teamServer }) => {
  const links = await shareNewModel(page, 'Alice', 'For the board');
  await addBox(page, 'Activities', 'Joint training');
  await boxOnCanvas(page, 'Activities', 'Joint training').click();
  await page.getByRole('button', { name: 'Comment on this box' }).click();
  await commentsPanel(page).getByRole('textbox', { name: 'New comment' }).fill('Evidence for this, please.');
  await commentsPanel(page).getByRole('button', { name: 'Post comment' }).click();

  const viewer = await newPerson(browser, baseURL as string);
  await join(viewer.page, links.view, 'Vic');
  const v = viewer.page;
  await expect(boxOnCanvas(v, 'Activities', 'Joint training').getByText('1 open comment')).toBeAttached();
  const vPanel = await openComments(v);
  await expect(vPanel.getByText('Evidence for this, please.')).toBeVisible();
  await expect(vPanel.getByRole('textbox', { name: 'New comment' })).toHaveCount(0);
  await expect(vPanel.getByRole('button', { name: /Post comment|Reply|Resolve/ })).toHaveCount(0);
  await boxOnCanvas(v, 'Activities', 'Joint training').click();
  await v.getByRole('tab', { name: 'Details' }).click();
  await expect(v.getByRole('button', { name: 'Comment on this box' })).toHaveCount(0);
  await v.keyboard.press('c');
  // C left the viewer where they were: Details chosen, no Comments panel (the Comments tab not chosen, in the row or under More).
  await expect(v.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
  await expect(commentsPanel(v)).toHaveCount(0);

  // A tampered viewer: the view link's token, a whole thread sent by hand to the comments document.
  const { room, token } = roomAndToken(links.view);
  const raw = await openRawSocket(teamServer.wsUrl);
  raw.sendAuth(`${room}.comments`, token);
  await expect.poll(() => raw.authReplies).toEqual(['authenticated:readonly']);
  const forged = new Y.Doc();
  const comments = new Y.Map<unknown>([['m-forced', { id: 'm-forced', by: 'Mallory', at: '2026-12-01T09:00:00Z', text: 'Forced by a viewer' }]]);
  forged.getMap('threads').set('t-forced', new Y.Map<unknown>([['on', { kind: 'model' }], ['comments', comments]]));
  raw.sendUpdate(`${room}.comments`, Y.encodeStateAsUpdate(forged));
  // A later real comment reaches the viewer, so the forced one would have arrived by now if taken.
  await commentsPanel(page).getByRole('combobox', { name: 'Comment on' }).selectOption({ label: 'The whole model' });
  await commentsPanel(page).getByRole('textbox', { name: 'New comment' }).fill('After the forced write');
  await commentsPanel(page).getByRole('button', { name: 'Post comment' }).click();
  await openComments(v);
  await vPanel.getByRole('radio', { name: 'All' }).check();
  await expect(vPanel.getByText('After the forced write')).toBeVisible();
  await expect(vPanel.getByText('Forced by a viewer')).toHaveCount(0);
  await page.reload();
  const aPanel = await openComments(page);
  await aPanel.getByRole('radio', { name: 'All' }).check();
  await expect(aPanel.getByText('After the forced write')).toBeVisible();
  await expect(aPanel.getByText('Forced by a viewer')).toHaveCount(0);
  raw.close();
  await closePerson(viewer);
});
