/**
 * Progress on the canvas and in the exports (issue 8, PRODUCT.md §2 and §8): a version-2 file with a
 * rated box is imported, "Show progress" is turned on by keyboard, and the SVG, Markdown and PDF made
 * through the Export dialog (by keyboard) carry the rating; version-1 files open unchanged and are
 * saved back as version 2 with the same content.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { boxXFor, LANE_HEADER_HEIGHT } from '../../src/domain/lanes';
import {
  allBoxes,
  boxOnCanvas,
  canvas,
  detailsPanel,
  edges,
  expect,
  exportModelFile,
  importFile,
  linkOnCanvas,
  openHome,
  openPanelTab,
  selectBox,
  tabTo,
  test,
  titleField,
  type Page,
} from './helpers';
import { PNG } from 'pngjs';
import { pdfPageTexts } from './pdfText';

const RATED = {
  format: 'outcome-chains/logic-model',
  formatVersion: 2,
  title: 'Youth justice board',
  boxes: [
    { id: 'budget', level: 'inputs', label: 'Pooled budget' },
    {
      id: 'reviews',
      level: 'activities',
      label: 'Joint case reviews',
      indicators: [{ id: 'i1', text: 'Reviews held each month', target: '12 a year', due: '2027-03-31' }],
      evidence: [
        { id: 'e2', date: '2026-11-20', kind: 'data', summary: 'Only 3 of 6 reviews held' },
        { id: 'e1', date: '2026-09-01', kind: 'feedback', summary: 'Partners find them useful' },
      ],
      rating: { progress: 'off-track', confidence: 'medium', date: '2026-11-21', by: 'Chair' },
    },
    { id: 'fewer', level: 'outcomes', label: 'Fewer first-time entrants', rating: { progress: 'achieved', confidence: 'high', date: '2026-10-01' } },
  ],
  links: [{ id: 'l1', source: 'budget', target: 'reviews' }],
};

const MINIMAL_V1 = readFileSync(fileURLToPath(new URL('../fixtures/minimal-model.json', import.meta.url)), 'utf8');

/** Every field a version-1 file could hold, each box and link with its id and position. */
const FULL_V1 = {
  format: 'outcome-chains/logic-model',
  formatVersion: 1,
  title: 'Every version-1 field',
  description: 'Written before progress & evidence existed.',
  boxes: [
    { id: 'a', level: 'inputs', label: 'Pooled budget', notes: 'Agreed in March', feature: 'leadership', owner: 'Council', x: boxXFor('inputs'), y: LANE_HEADER_HEIGHT },
    { id: 'b', level: 'activities', label: 'Joint training', owner: 'Police', x: boxXFor('activities'), y: LANE_HEADER_HEIGHT },
    { id: 'c', level: 'outcomes', label: 'Reduced reoffending', x: boxXFor('outcomes'), y: LANE_HEADER_HEIGHT + 120 },
  ],
  links: [
    { id: 'ab', source: 'a', target: 'b', note: 'Money pays for the training' },
    { id: 'bc', source: 'b', target: 'c' },
  ],
  conditions: [
    { id: 'own-a', kind: 'assumption', text: 'Partners will share case data', status: 'holds', comment: 'Signed in June' },
    { id: 'own-r', kind: 'risk', text: 'Key staff leave', status: 'live' },
  ],
};

function exportDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Export' });
}

function showProgressButton(page: Page) {
  return page.getByRole('banner').getByRole('button', { name: 'Show progress' });
}

/** In the open Export dialog, by keyboard only: moves the format choice with the arrow keys, then Download. */
async function downloadByKeyboard(page: Page, format: string): Promise<{ name: string; text: string; bytes: Buffer }> {
  const dialog = exportDialog(page);
  const formats = dialog.getByRole('group', { name: 'Format' });
  await tabTo(page, formats.getByRole('radio', { checked: true }));
  const target = formats.getByRole('radio', { name: format, exact: true });
  for (let presses = 0; presses < 6 && !(await target.isChecked()); presses++) await page.keyboard.press('ArrowDown');
  await expect(target).toBeChecked();
  await tabTo(page, dialog.getByRole('button', { name: 'Download', exact: true }));
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  const bytes = await readFile(await download.path());
  await expect(dialog.getByRole('status').filter({ hasText: `Downloaded ${download.suggestedFilename()}` })).toBeVisible();
  return { name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

test('"Show progress" by keyboard colours the rated box with its word and keys it; SVG, Markdown and PDF carry the rating', async ({ page }) => {
  await openHome(page);
  await importFile(page, 'rated.json', JSON.stringify(RATED));
  await expect(titleField(page)).toHaveValue('Youth justice board');
  const toggle = showProgressButton(page);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(boxOnCanvas(page, 'Activities', 'Joint case reviews')).not.toContainText('Off track');

  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const rated = canvas(page).getByRole('group', { name: 'Activities: Joint case reviews (Off track)', exact: true });
  await expect(rated).toContainText('Off track');
  await expect(canvas(page).getByRole('group', { name: 'Final outcomes: Fewer first-time entrants (Achieved)', exact: true })).toContainText('Achieved');
  const unrated = canvas(page).getByRole('group', { name: 'Inputs: Pooled budget (Not rated)', exact: true });
  await expect(unrated).toContainText('Not rated');
  // The box is red-tinted as well as named: not the white of an unrated box.
  const fillOf = (box: typeof rated) => box.locator('.box-node').evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await fillOf(rated)).not.toBe(await fillOf(unrated));
  const legend = canvas(page).getByRole('list', { name: 'Progress' });
  await expect(legend).toBeVisible();
  await expect(legend.getByRole('listitem')).toHaveText([/^Off track: /, /^At risk: /, /^On track: /, /^Achieved: /, /^Not rated: /]);

  // Space turns it off again: names, words and the legend go.
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(legend).toHaveCount(0);
  await expect(boxOnCanvas(page, 'Activities', 'Joint case reviews')).not.toContainText('Off track');
  await page.keyboard.press('Enter');
  await expect(legend).toBeVisible();

  // The Export dialog, by keyboard; "Show progress" starts as the canvas has it.
  await tabTo(page, page.getByRole('button', { name: 'Export…' }));
  await page.keyboard.press('Enter');
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Show progress' })).toBeChecked();

  const svg = await downloadByKeyboard(page, 'SVG image');
  expect(svg.name).toBe('youth-justice-board.svg');
  const read = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const badge = (id: string) => doc.querySelector(`g.box[data-box-id="${id}"] g.progress-badge`)?.textContent ?? null;
    return { reviews: badge('reviews'), fewer: badge('fewer'), budget: badge('budget'), legend: doc.querySelector('g.legend')?.textContent ?? '' };
  }, svg.text);
  expect(read.reviews).toBe('Progress: Off track. Confidence: Medium. Rated 21 November 2026 by Chair.Off track');
  expect(read.fewer).toContain('Achieved');
  expect(read.budget).toBe('Not rated');
  expect(read.legend).toContain('Off track: not happening as planned');

  const markdown = await downloadByKeyboard(page, 'Text (Markdown)');
  expect(markdown.name).toBe('youth-justice-board.md');
  expect(markdown.text).toContain(
    [
      '- **Joint case reviews**',
      '  - Rating: Off track, confidence medium (rated 21 November 2026 by Chair)',
      '  - Indicators:',
      '    - Reviews held each month (target: 12 a year; due 31 March 2027)',
      '  - Evidence, newest first:',
      '    - 20 November 2026, Data: Only 3 of 6 reviews held',
      '    - 1 September 2026, Feedback: Partners find them useful',
    ].join('\n'),
  );

  const pdf = await downloadByKeyboard(page, 'PDF document');
  const pages = pdfPageTexts(pdf.bytes);
  expect(pages).toHaveLength(3);
  expect(pages[1]).toContain('Assumptions and risks');
  const progressPage = pages[2]!;
  expect(progressPage).toContain('Progress and evidence');
  expect(progressPage).toContain('Activities: Joint case reviews');
  expect(progressPage).toContain('Rating: Off track, confidence medium');
  expect(progressPage).toContain('Indicator: Reviews held each month (target: 12 a year; due 31 March 2027)');
  expect(progressPage).toContain('Latest evidence: 20 November 2026, Data: Only 3 of 6 reviews held');
  expect(progressPage).not.toContain('Partners find them useful');
  expect(progressPage).toContain('Rating: Not rated');

  // Without "Show progress" the PDF has no progress page.
  await tabTo(page, dialog.getByRole('checkbox', { name: 'Show progress' }));
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('checkbox', { name: 'Show progress' })).not.toBeChecked();
  const plainPdf = await downloadByKeyboard(page, 'PDF document');
  expect(pdfPageTexts(plainPdf.bytes)).toHaveLength(2);
});

test('the minimal version-1 file opens unchanged and is exported as version 2 with the same content', async ({ page }) => {
  await openHome(page);
  await importFile(page, 'minimal.json', MINIMAL_V1);
  await expect(titleField(page)).toHaveValue('Minimal');
  await expect(allBoxes(page)).toHaveCount(3);
  for (const [level, label] of [['Inputs', 'Pooled budget'], ['Activities', 'Joint training'], ['Final outcomes', 'Reduced reoffending']] as const) {
    await expect(boxOnCanvas(page, level, label)).toBeVisible();
  }
  await expect(linkOnCanvas(page, 'Link (linear) from Inputs: Pooled budget to Activities: Joint training')).toBeAttached();

  const { json, text } = await exportModelFile(page);
  expect(json.formatVersion).toBe(4);
  const original = JSON.parse(MINIMAL_V1) as { boxes: { id: string; level: string; label: string }[]; links: { source: string; target: string }[] };
  expect(json.boxes.map(({ id, level, label }) => ({ id, level, label }))).toEqual(original.boxes);
  expect(json.links.map(({ source, target }) => ({ source, target }))).toEqual(original.links);
  expect(text).not.toMatch(/"(indicators|evidence|rating)"/);
});

test('a version-1 file with every field opens with the same boxes, links, notes, owners and conditions, and exports as version 2 unchanged', async ({ page }) => {
  await openHome(page);
  await importFile(page, 'full-v1.json', JSON.stringify(FULL_V1));
  await expect(titleField(page)).toHaveValue('Every version-1 field');
  await expect(allBoxes(page)).toHaveCount(3);
  await expect(boxOnCanvas(page, 'Inputs', 'Pooled budget')).toContainText('Council');
  await expect(boxOnCanvas(page, 'Activities', 'Joint training')).toContainText('Police');
  await expect(boxOnCanvas(page, 'Final outcomes', 'Reduced reoffending')).toBeVisible();
  await expect(edges(page)).toHaveCount(2);
  await expect(linkOnCanvas(page, 'Link (skip) from Activities: Joint training to Final outcomes: Reduced reoffending')).toBeAttached();

  await selectBox(page, 'Inputs', 'Pooled budget');
  await expect(detailsPanel(page).getByRole('textbox', { name: 'Notes' })).toHaveValue('Agreed in March');
  await expect(detailsPanel(page).getByRole('textbox', { name: /^Owner/ })).toHaveValue('Council');

  const conditions = await openPanelTab(page, 'Conditions');
  await expect(conditions.getByRole('textbox', { name: 'Your assumption 1' })).toHaveValue('Partners will share case data');
  await expect(conditions.getByRole('combobox', { name: 'Status of: Partners will share case data' })).toHaveValue('holds');
  await expect(conditions.getByRole('textbox', { name: 'Comment on: Partners will share case data' })).toHaveValue('Signed in June');
  await expect(conditions.getByRole('combobox', { name: 'Status of: Key staff leave' })).toHaveValue('live');

  // Unchanged but for its version and the uid a model is given when first made here (a plan's models point at it).
  const { json } = await exportModelFile(page);
  const { uid, ...rest } = json as unknown as Record<string, unknown>;
  expect(uid).toMatch(/\S/);
  expect(rest).toEqual({ ...FULL_V1, formatVersion: 4 });
});

/** The mean red-minus-green of an element's area in an image of the canvas (positive where a box is red-tinted). */
async function rednessIn(image: Buffer, element: ReturnType<typeof canvas>, page: Page): Promise<number> {
  const png = PNG.sync.read(image);
  const canvasBox = await page.locator('.react-flow').boundingBox();
  const box = await element.boundingBox();
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  if (!canvasBox || !box) throw new Error('not on screen');
  let total = 0;
  let count = 0;
  for (let y = Math.round((box.y - canvasBox.y) * ratio); y < (box.y - canvasBox.y + box.height) * ratio; y++) {
    for (let x = Math.round((box.x - canvasBox.x) * ratio); x < (box.x - canvasBox.x + box.width) * ratio; x++) {
      const i = (y * png.width + x) * 4;
      total += png.data[i]! - png.data[i + 1]!;
      count++;
    }
  }
  return total / count;
}

test('"Image of current view" shows the ratings when the canvas does', async ({ page }) => {
  await openHome(page);
  await importFile(page, 'rated.json', JSON.stringify(RATED));
  await expect(titleField(page)).toHaveValue('Youth justice board');
  // Named with its rating while progress is shown, so found by the start of its name.
  const box = canvas(page).getByRole('group', { name: /^Activities: Joint case reviews/ });
  const viewImage = async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog');
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Image of current view' }).click();
    const bytes = await readFile(await (await downloading).path());
    await dialog.getByRole('button', { name: 'Close' }).click();
    return bytes;
  };
  const plain = await rednessIn(await viewImage(), box, page);
  await showProgressButton(page).click();
  await expect(box).toContainText('Off track');
  const rated = await rednessIn(await viewImage(), box, page);
  expect(plain).toBeLessThan(3);
  expect(rated).toBeGreaterThan(plain + 5);
});
