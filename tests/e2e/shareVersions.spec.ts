/**
 * Saved versions of a shared model (issue 15), on a real team server: a version saved by one
 * partner reaches the other, who compares it with now; a viewer can look and compare but has no
 * control to save, and a version forced over a viewer's connection is refused by the server.
 */
import * as Y from 'yjs';
import { openRawSocket } from '../../server/test/rawSocket';
import { addBox, detailsPanel, expect, openPanelTab, selectBox, type Page } from './helpers';
import { closePerson, join, newPerson, shareNewModel, test } from './shareHelpers';

test.describe.configure({ timeout: 90_000 });

function versionItem(page: Page, name: string) {
  return page.getByRole('list', { name: 'Saved versions' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

test('A saves a version; B sees it and compares it with now; a viewer cannot save, and a forced save is refused', async ({ page, browser, baseURL, teamServer }) => {
  const links = await shareNewModel(page, 'Alice', 'Shared with history');
  await addBox(page, 'Inputs', 'Pooled budget');
  const partner = await newPerson(browser, baseURL as string);
  await join(partner.page, links.edit, 'Ben');
  const viewer = await newPerson(browser, baseURL as string);
  await join(viewer.page, links.view, 'Vic');

  const panel = await openPanelTab(page, 'Versions');
  await panel.getByRole('form', { name: 'Save this version' }).getByRole('textbox', { name: 'Name' }).fill('Q2 board');
  await panel.getByRole('button', { name: 'Save this version' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Saved the version "Q2 board".' })).toBeVisible();

  // B sees it, by Alice, and compares it with now after A relabels the box.
  await openPanelTab(partner.page, 'Versions');
  await expect(versionItem(partner.page, 'Q2 board')).toContainText('by Alice');
  await openPanelTab(page, 'Details');
  await selectBox(page, 'Inputs', 'Pooled budget');
  await detailsPanel(page).getByRole('textbox', { name: 'Label', exact: true }).fill('Pooled budget 2027');
  await expect(partner.page.getByRole('group', { name: 'Inputs: Pooled budget 2027', exact: true })).toBeVisible();
  await versionItem(partner.page, 'Q2 board').getByRole('button', { name: 'Compare with now Q2 board' }).click();
  const changed = partner.page.getByRole('region', { name: 'What changed since "Q2 board"' });
  await expect(changed.getByRole('status')).toHaveText('1 change: Boxes 1');
  await expect(changed.getByRole('list', { name: 'Boxes' })).toContainText('Relabelled box “Pooled budget” → “Pooled budget 2027” (Inputs)');

  // The viewer looks and compares, and has no control to save, rename, restore or delete.
  const seen = await openPanelTab(viewer.page, 'Versions');
  await expect(versionItem(viewer.page, 'Q2 board')).toBeVisible();
  await expect(seen.getByRole('form', { name: 'Save this version' })).toHaveCount(0);
  await expect(seen.getByText('only the model\'s editors can save or change them')).toBeVisible();
  for (const name of ['Restore this version Q2 board', 'Rename Q2 board', 'Delete Q2 board']) await expect(seen.getByRole('button', { name })).toHaveCount(0);
  await expect(seen.getByRole('button', { name: 'Compare with now Q2 board' })).toBeVisible();

  // A tampered viewer: a version written by hand with the view link's token never reaches anyone.
  const url = new URL(links.view);
  const [, room, token] = /^#\/join\/([^/]+)\/([^/]+)$/.exec(url.hash) ?? [];
  const raw = await openRawSocket(teamServer.wsUrl);
  raw.sendAuth(decodeURIComponent(room ?? ''), decodeURIComponent(token ?? ''));
  await expect.poll(() => raw.authReplies).toEqual(['authenticated:readonly']);
  const forged = new Y.Doc();
  const version = new Y.Map<unknown>([['name', 'Forged by a viewer'], ['savedAt', '2026-12-01T09:00:00.000Z'], ['content', new Uint8Array([1, 2, 3])]]);
  forged.getMap('versions').set('forged', version);
  raw.sendUpdate(decodeURIComponent(room ?? ''), Y.encodeStateAsUpdate(forged));
  // A later real save reaches everyone, so the forced one would have arrived by now if it were taken.
  await openPanelTab(page, 'Versions');
  await panel.getByRole('form', { name: 'Save this version' }).getByRole('textbox', { name: 'Name' }).fill('After the forced write');
  await panel.getByRole('button', { name: 'Save this version' }).click();
  await expect(versionItem(viewer.page, 'After the forced write')).toBeVisible();
  await expect(versionItem(viewer.page, 'Forged by a viewer')).toHaveCount(0);
  await expect(versionItem(page, 'Forged by a viewer')).toHaveCount(0);
  raw.close();
  await closePerson(partner);
  await closePerson(viewer);
});

test('a version saved offline reaches the partner on reconnect; two saved at once are both kept', async ({ page, browser, baseURL }) => {
  const links = await shareNewModel(page, 'Alice', 'Saved while apart');
  await addBox(page, 'Inputs', 'Pooled budget');
  const partner = await newPerson(browser, baseURL as string);
  await join(partner.page, links.edit, 'Ben');

  await partner.offline();
  const theirs = await openPanelTab(partner.page, 'Versions');
  await theirs.getByRole('form', { name: 'Save this version' }).getByRole('textbox', { name: 'Name' }).fill('Saved on the train');
  await theirs.getByRole('button', { name: 'Save this version' }).click();
  await expect(theirs.getByRole('status').filter({ hasText: 'Saved the version "Saved on the train".' })).toBeVisible();
  const mine = await openPanelTab(page, 'Versions');
  await mine.getByRole('form', { name: 'Save this version' }).getByRole('textbox', { name: 'Name' }).fill('Saved in the office');
  await mine.getByRole('button', { name: 'Save this version' }).click();
  await expect(versionItem(page, 'Saved on the train')).toHaveCount(0);

  partner.online();
  for (const person of [page, partner.page]) {
    await expect(versionItem(person, 'Saved on the train')).toBeVisible({ timeout: 15_000 });
    await expect(versionItem(person, 'Saved in the office')).toBeVisible({ timeout: 15_000 });
  }
  await closePerson(partner);
});
