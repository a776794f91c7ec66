/**
 * Comments on a model kept on this computer: a thread on a box from its details, its badge on the
 * canvas read out in words, reply, resolve, reopen, edit and delete one's own (asked first), an
 * orphan when the box is deleted that undo re-attaches, comments surviving a reload, and an export
 * and import of the model file. Markup in a comment is shown as text.
 */
import { readFile } from 'node:fs/promises';
import {
  addBox,
  boxOnCanvas,
  canvas,
  dragLink,
  fitView,
  linkEnds,
  linkOnCanvas,
  createBlankModel,
  expect,
  expectAllSaved,
  exportModelFile,
  importFile,
  openHome,
  openPanelTab,
  selectBox,
  test,
  titleField,
  type Page,
} from './helpers';

function commentsPanel(page: Page) {
  return page.getByRole('tabpanel', { name: /^Comments/ });
}

async function rememberName(page: Page, name: string): Promise<void> {
  await page.evaluate((value) => localStorage.setItem('outcome-chains:person-name', value), name);
}

test('comment on a box: badge, reply, resolve, reopen, edit, delete; kept after a reload', async ({ page }) => {
  await createBlankModel(page);
  await rememberName(page, 'Asha');
  await addBox(page, 'Activities', 'Joint training');
  await expectAllSaved(page);
  await selectBox(page, 'Activities', 'Joint training');
  await page.getByRole('button', { name: 'Comment on this box' }).click();

  const panel = commentsPanel(page);
  await expect(panel.getByRole('combobox', { name: 'Comment on' })).toHaveValue(/^box:/);
  const text = 'Where is the evidence?\n<b>not bold</b>';
  await panel.getByRole('textbox', { name: 'New comment' }).fill(text);
  await panel.getByRole('button', { name: 'Post comment' }).click();

  const box = boxOnCanvas(page, 'Activities', 'Joint training');
  await expect(box.getByText('1 open comment')).toBeAttached();
  const thread = panel.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'On box ‘Joint training’ (Activities)' }) });
  await expect(thread).toHaveCount(1);
  // Markup is text: the tags are there as characters, and no <b> element was made.
  // A thread this person started is shown whole; one with news opens by itself.
  const opener = thread.getByRole('button', { name: /^Open thread/ });
  if (await opener.count()) await opener.click();
  await expect(thread.getByText('<b>not bold</b>', { exact: false })).toBeVisible();
  await expect(thread.locator('b')).toHaveCount(0);

  // Comments are not part of undo: undo takes back the box's creation steps, never the comment.
  await thread.getByRole('textbox', { name: 'Reply' }).fill('Page 4 of the review.');
  await thread.getByRole('button', { name: 'Reply' }).click();
  await expect(thread.getByText('Page 4 of the review.')).toBeVisible();

  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(box.getByText('1 open comment')).toHaveCount(0);
  await expect(panel.getByText('No open threads.')).toBeVisible();
  await panel.getByRole('radio', { name: 'All' }).check();
  const resolved = thread;
  await resolved.getByRole('button', { name: /^Open thread/ }).click();
  await resolved.getByRole('button', { name: 'Reopen' }).click();
  await expect(box.getByText('1 open comment')).toBeAttached();

  // Edit one's own comment, then delete the reply (asked first).
  await expect(resolved.getByRole('listitem').nth(1)).toContainText('Page 4 of the review.');
  const reply = resolved.getByRole('listitem').nth(1);
  await reply.getByRole('button', { name: 'Edit your comment' }).click();
  await reply.getByRole('textbox', { name: 'Edit your comment' }).fill('Page 5 of the review.');
  await reply.getByRole('button', { name: 'Save' }).click();
  await expect(resolved.getByText('Page 5 of the review.')).toBeVisible();
  await expect(resolved.getByText('(edited)')).toBeVisible();
  const edited = resolved.getByRole('listitem').filter({ hasText: 'Page 5 of the review.' });
  await edited.getByRole('button', { name: 'Delete your comment' }).click();
  await expect(edited.getByRole('group', { name: 'Delete this comment?' })).toBeVisible();
  await edited.getByRole('button', { name: 'Delete comment' }).click();
  await expect(resolved.getByText('Page 5 of the review.')).toHaveCount(0);

  await page.reload();
  await expect(boxOnCanvas(page, 'Activities', 'Joint training').getByText('1 open comment')).toBeAttached();
  await openPanelTab(page, 'Comments');
  await expect(commentsPanel(page).getByRole('heading', { name: 'On box ‘Joint training’ (Activities)' })).toBeVisible();
});

test('a thread on an assumption from its row, and choosing a box thread selects the box', async ({ page }) => {
  await createBlankModel(page);
  await rememberName(page, 'Asha');
  await addBox(page, 'Inputs', 'Pooled budget');
  await selectBox(page, 'Inputs', 'Pooled budget');
  await page.getByRole('button', { name: 'Comment on this box' }).click();
  await commentsPanel(page).getByRole('textbox', { name: 'New comment' }).fill('Agreed by all four?');
  await commentsPanel(page).getByRole('button', { name: 'Post comment' }).click();

  const conditions = await openPanelTab(page, 'Conditions');
  const discuss = conditions.getByRole('button', { name: /^Start a comment thread on “/ }).first();
  const name = ((await discuss.getAttribute('aria-label')) ?? '').replace(/^Start a comment thread on “|”$/g, '');
  await discuss.click();
  await commentsPanel(page).getByRole('textbox', { name: 'New comment' }).fill('Does this hold here?');
  await commentsPanel(page).getByRole('button', { name: 'Post comment' }).click();
  await expect(commentsPanel(page).getByRole('heading', { name: `On assumption ‘${name.slice(0, 60)}${name.length > 60 ? '…' : ''}’` })).toBeVisible();
  await openPanelTab(page, 'Conditions');
  await expect(conditions.getByText('1 open comment').first()).toBeVisible();

  // Choosing the box thread selects the box (another one is selected now): its details show.
  await openPanelTab(page, 'Details');
  await addBox(page, 'Activities', 'Joint training');
  await selectBox(page, 'Activities', 'Joint training');
  await openPanelTab(page, 'Comments');
  await commentsPanel(page).getByRole('button', { name: 'On box ‘Pooled budget’ (Inputs)' }).click();
  await openPanelTab(page, 'Details');
  await expect(page.getByRole('tabpanel', { name: 'Details' }).getByRole('textbox', { name: 'Label', exact: true })).toHaveValue('Pooled budget');
});

test('a comment over 5,000 characters is refused with a message', async ({ page }) => {
  await createBlankModel(page);
  await rememberName(page, 'Asha');
  await openPanelTab(page, 'Comments');
  const panel = commentsPanel(page);
  await panel.getByRole('textbox', { name: 'New comment' }).fill('x'.repeat(5001));
  await panel.getByRole('button', { name: 'Post comment' }).click();
  await expect(panel.getByRole('alert')).toHaveText('A comment can be at most 5,000 characters; this one has 5,001.');
  await expect(panel.getByRole('list', { name: 'Comment threads' })).toHaveCount(0);
});

test('a box with a thread is deleted: the thread is an orphan; undo re-attaches it. The C key starts a comment', async ({ page }) => {
  await createBlankModel(page);
  await rememberName(page, 'Asha');
  await addBox(page, 'Inputs', 'Pooled budget');
  await selectBox(page, 'Inputs', 'Pooled budget');
  await page.keyboard.press('c');
  const panel = commentsPanel(page);
  await expect(panel.getByRole('textbox', { name: 'New comment' })).toBeFocused();
  await page.keyboard.type('Is this agreed?');
  await page.keyboard.press('Control+Enter');
  await expect(panel.getByRole('heading', { name: 'On box ‘Pooled budget’ (Inputs)' })).toBeVisible();

  await openPanelTab(page, 'Details');
  await selectBox(page, 'Inputs', 'Pooled budget');
  await page.keyboard.press('Delete');
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget')).toHaveCount(0);
  await openPanelTab(page, 'Comments');
  await expect(panel.getByRole('heading', { name: 'On a deleted box ‘Pooled budget’' })).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget')).toHaveCount(1);
  await expect(panel.getByRole('heading', { name: 'On box ‘Pooled budget’ (Inputs)' })).toBeVisible();
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget').getByText('1 open comment')).toBeAttached();
});

test('comments on a model that is not shared survive an export and import of the model file', async ({ page }) => {
  await createBlankModel(page);
  await rememberName(page, 'Asha');
  await addBox(page, 'Activities', 'Joint training');
  await selectBox(page, 'Activities', 'Joint training');
  await page.getByRole('button', { name: 'Comment on this box' }).click();
  await commentsPanel(page).getByRole('textbox', { name: 'New comment' }).fill('Who runs it?');
  await commentsPanel(page).getByRole('button', { name: 'Post comment' }).click();
  await expect(commentsPanel(page).getByRole('heading', { name: /On box ‘Joint training’/ })).toBeVisible();
  await expectAllSaved(page);

  const { text, json } = await exportModelFile(page);
  expect(json.formatVersion).toBe(4);
  const comments = (JSON.parse(text) as { comments: { on: unknown; comments: { by: string; text: string }[] }[] }).comments;
  expect(comments).toHaveLength(1);
  expect(comments[0]?.comments[0]).toMatchObject({ by: 'Asha', text: 'Who runs it?' });

  await openHome(page);
  await importFile(page, 'with-comments.json', text.replace('"title": "Untitled logic model"', '"title": "Imported with comments"'));
  await expect(page).toHaveURL(/#\/models\/[^/]+$/);
  await expect(titleField(page)).toHaveValue('Imported with comments');
  await expect(boxOnCanvas(page, 'Activities', 'Joint training').getByText('1 open comment')).toBeAttached();
  await openPanelTab(page, 'Comments');
  await expect(commentsPanel(page).getByText('Who runs it?')).toBeVisible();
});

test('the text version adds the open comments as an appendix only when asked', async ({ page }) => {
  await createBlankModel(page);
  await rememberName(page, 'Asha');
  await addBox(page, 'Activities', 'Joint training');
  await selectBox(page, 'Activities', 'Joint training');
  await page.keyboard.press('c');
  await page.keyboard.type('Who runs it? <i>soon</i>');
  await page.keyboard.press('Control+Enter');
  await expect(commentsPanel(page).getByRole('heading', { name: /On box ‘Joint training’/ })).toBeVisible();

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('group', { name: 'Format' }).getByRole('radio', { name: 'Text (Markdown)', exact: true }).check();
  const appendix = dialog.getByRole('checkbox', { name: 'Add the open comments as an appendix' });
  await expect(appendix).not.toBeChecked();
  const read = async () => {
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download', exact: true }).click();
    const download = await downloading;
    return readFile(await download.path(), 'utf8');
  };
  expect(await read()).not.toContain('Open comments');
  await appendix.check();
  const markdown = await read();
  expect(markdown).toContain('## Open comments');
  expect(markdown).toContain('Who runs it? \\<i\\>soon\\</i\\>');
  // Image formats offer no such choice.
  await dialog.getByRole('group', { name: 'Format' }).getByRole('radio', { name: 'PNG image', exact: true }).check();
  await expect(appendix).toHaveCount(0);
});

test('a comment on a link from its details: the link carries the badge', async ({ page }) => {
  await createBlankModel(page);
  await rememberName(page, 'Asha');
  await addBox(page, 'Inputs', 'Pooled budget');
  await addBox(page, 'Activities', 'Joint training');
  await dragLink(page, boxOnCanvas(page, 'Inputs', 'Pooled budget'), boxOnCanvas(page, 'Activities', 'Joint training'));
  const link = linkOnCanvas(page, 'Link (linear) from Inputs: Pooled budget to Activities: Joint training');
  await expect(link).toHaveCount(1);
  await fitView(page);
  const { start, end } = await linkEnds(link);
  await page.mouse.click((start.x + end.x) / 2, (start.y + end.y) / 2);
  await page.getByRole('button', { name: 'Comment on this link' }).click();
  await commentsPanel(page).getByRole('textbox', { name: 'New comment' }).fill('Is this causal?');
  await commentsPanel(page).getByRole('button', { name: 'Post comment' }).click();
  await expect(commentsPanel(page).getByRole('heading', { name: 'On link ‘Pooled budget’ → ‘Joint training’' })).toBeVisible();
  await expect(canvas(page).locator('.link-comments').getByText('1 open comment')).toBeAttached();
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget').getByText(/open comment/)).toHaveCount(0);
});

test('an imported comment on an id the model lacks is kept as an orphan', async ({ page }) => {
  await openHome(page);
  const file = {
    format: 'outcome-chains/logic-model',
    formatVersion: 3,
    title: 'With an orphan',
    boxes: [{ id: 'b1', level: 'inputs', label: 'Pooled budget' }],
    links: [],
    comments: [
      { id: 't1', on: { kind: 'box', id: 'gone' }, comments: [{ id: 'm1', by: 'Ben', at: '2026-11-30T09:00:00Z', text: 'About a box that is not here' }] },
      { id: 't2', on: { kind: 'box', id: 'b1' }, comments: [{ id: 'm2', by: 'Ben', at: '2026-11-30T10:00:00Z', text: '<img src=x onerror=alert(1)>' }] },
    ],
  };
  await importFile(page, 'orphan.json', JSON.stringify(file));
  await expect(titleField(page)).toHaveValue('With an orphan');
  const panel = commentsPanel(page);
  // The news is said in the row: on the Comments tab when it stands there, else on More.
  await expect(page.getByRole('tab', { name: /^Comments \(2 new\)/ }).or(page.getByRole('button', { name: 'More tabs (2 new)' }))).toBeVisible();
  await openPanelTab(page, 'Comments', { calledNow: /^Comments \(2 new\)/ });
  await expect(panel.getByRole('heading', { name: 'On a deleted box' })).toBeVisible();
  await expect(panel.getByText('About a box that is not here')).toBeVisible();
  await expect(panel.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
  await expect(panel.locator('img')).toHaveCount(0);
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget').getByText('1 open comment')).toBeAttached();
});
