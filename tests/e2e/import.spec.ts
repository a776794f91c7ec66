/** Importing model files: every bad file gets one clear message and changes nothing; a good one opens as a new model. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  addBox,
  allBoxes,
  boxCountCell,
  boxOnCanvas,
  centreOf,
  createBlankModel,
  edges,
  expect,
  expectAllSaved,
  expectLinkDrawn,
  fitView,
  importFile,
  levelAtScreenX,
  linkOnCanvas,
  modelIdOf,
  modelRow,
  modelTitles,
  openHome,
  test,
  titleField,
  type Page,
} from './helpers';

const MINIMAL = readFileSync(fileURLToPath(new URL('../fixtures/minimal-model.json', import.meta.url)), 'utf8');

const good = (patch: Record<string, unknown>) => JSON.stringify({ ...(JSON.parse(MINIMAL) as Record<string, unknown>), ...patch });

/** One stored model to check that a failed import leaves the list as it was. */
async function withOneModel(page: Page): Promise<void> {
  await createBlankModel(page);
  await titleField(page).fill('Existing model');
  await addBox(page, 'Inputs', 'Pooled budget');
  await expectAllSaved(page);
  await openHome(page);
  await expect(modelTitles(page)).toHaveText(['Existing model']);
}

async function expectListUnchanged(page: Page): Promise<void> {
  await expect(page).toHaveURL(/#\/$/);
  await expect(modelTitles(page)).toHaveText(['Existing model']);
  await expect(boxCountCell(modelRow(page, 'Existing model'))).toHaveText('1');
  await expect(page.getByRole('region', { name: 'Trash' })).toHaveCount(0);
}

const BROKEN: { what: string; name: string; content: string | Buffer; says: RegExp }[] = [
  { what: 'not JSON', name: 'notes.json', content: 'Inputs: pooled budget\nActivities: joint training', says: /^Could not import “notes\.json”: This file is not a model file: it is not valid JSON/ },
  {
    what: 'wrong format',
    name: 'other-app.json',
    content: good({ format: 'someone-else/diagram' }),
    says: /^Could not import “other-app\.json”: This is not an Outcome Chains model file: its format is text "someone-else\/diagram"/,
  },
  {
    what: 'a link to a missing box',
    name: 'dangling.json',
    content: good({ links: [{ source: 'a', target: 'b' }, { source: 'b', target: 'zz' }] }),
    says: /^Could not import “dangling\.json”: Link 2 ends at box "zz", which is not in the file\.$/,
  },
  { what: 'no format at all', name: 'plain.json', content: '{"title":"x","boxes":[]}', says: /it has no "format" field/ },
  { what: 'a newer format version', name: 'future.json', content: good({ formatVersion: 5 }), says: /format version 5, made by a newer Outcome Chains; this one reads versions 1 to 4/ },
  {
    what: 'an unknown level',
    name: 'levels.json',
    content: good({ boxes: [{ id: 'a', level: 'impact', label: 'Pooled budget' }], links: [] }),
    says: /Box 1 "a" has an unknown level text "impact"; the levels are inputs, activities/,
  },
  {
    what: 'duplicate box ids',
    name: 'twice.json',
    content: good({ boxes: [{ id: 'a', level: 'inputs', label: 'One' }, { id: 'a', level: 'activities', label: 'Two' }], links: [] }),
    says: /Two boxes have the id "a" \(boxes 1 and 2\)/,
  },
  {
    what: 'a label of the wrong type',
    name: 'types.json',
    content: good({ boxes: [{ id: 'a', level: 'inputs', label: 42 }], links: [] }),
    says: /Box 1 "a": "label" must be text, but it is number 42\./,
  },
  {
    what: 'a __proto__ key',
    name: 'proto.json',
    content: '{"format":"outcome-chains/logic-model","formatVersion":1,"title":"x","boxes":[{"id":"a","level":"inputs","label":"A","__proto__":{"polluted":true}}],"links":[]}',
    says: /forbidden key "__proto__" \(in boxes\[0\]\)/,
  },
  {
    what: 'over 5 MB',
    name: 'huge.json',
    content: Buffer.from(good({ description: 'x'.repeat(5 * 1024 * 1024 + 10) })),
    says: /^Could not import “huge\.json”: The file is too large \(5\.0 MB\); model files may be at most 5 MB\.$/,
  },
];

test('each kind of broken file gets one clear message naming the problem, and the list is unchanged', async ({ page }) => {
  await withOneModel(page);
  for (const broken of BROKEN) {
    await test.step(broken.what, async () => {
      await importFile(page, broken.name, broken.content);
      const alert = page.getByRole('alert');
      await expect(alert).toHaveCount(1);
      await expect(alert).toHaveText(broken.says);
      await expectListUnchanged(page);
    });
  }
  // Nothing was stored either: a reload shows the same single model and no message.
  await page.reload();
  await expectListUnchanged(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a valid minimal file opens as a new model, boxes laid out in their lanes and the link drawn', async ({ page }) => {
  await withOneModel(page);
  // A bad file first: the good one that follows clears its message.
  await importFile(page, 'notes.json', 'not a model');
  await expect(page.getByRole('alert')).toBeVisible();

  await importFile(page, 'minimal.json', MINIMAL);
  await expect(page).toHaveURL(/#\/models\/[^/]+$/);
  const id = modelIdOf(page);
  await expect(titleField(page)).toHaveValue('Minimal');
  await expect(allBoxes(page)).toHaveCount(3);
  await fitView(page);
  const placed = [
    ['Inputs', 'Pooled budget'],
    ['Activities', 'Joint training'],
    ['Final outcomes', 'Reduced reoffending'],
  ] as const;
  for (const [level, label] of placed) {
    const box = boxOnCanvas(page, level, label);
    await expect(box).toBeVisible();
    expect(await levelAtScreenX(page, (await centreOf(box)).x), `“${label}” stands in the ${level} lane`).toBe(level);
  }
  await expect(edges(page)).toHaveCount(1);
  await expectLinkDrawn(
    linkOnCanvas(page, 'Link (linear) from Inputs: Pooled budget to Activities: Joint training'),
    boxOnCanvas(page, 'Inputs', 'Pooled budget'),
    boxOnCanvas(page, 'Activities', 'Joint training'),
  );
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Added, never overwriting: importing the same file again makes a second model.
  await openHome(page);
  await expect(modelTitles(page)).toHaveText(['Minimal', 'Existing model']);
  await expect(boxCountCell(modelRow(page, 'Minimal'))).toHaveText('3');
  await importFile(page, 'minimal.json', MINIMAL);
  await expect(page).toHaveURL(/#\/models\/[^/]+$/);
  expect(modelIdOf(page)).not.toBe(id);
  await openHome(page);
  await expect(modelTitles(page)).toHaveText(['Minimal', 'Minimal', 'Existing model']);
});

test('markup in an imported label is shown as text, never run', async ({ page }) => {
  await openHome(page);
  const label = '<img src=x onerror="window.__ran=1"><b>bold</b>';
  await importFile(page, 'markup.json', good({ title: '<script>window.__ran=2</script>', boxes: [{ id: 'a', level: 'inputs', label }], links: [] }));
  await expect(boxOnCanvas(page, 'Inputs', label)).toBeVisible();
  await expect(boxOnCanvas(page, 'Inputs', label)).toContainText(label);
  await expect(titleField(page)).toHaveValue('<script>window.__ran=2</script>');
  await expect(page.locator('.react-flow img, .react-flow b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
});
