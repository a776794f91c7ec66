/** "Export model file": a download whose JSON is a model file holding every box, label, link and the title. */
import { addBox, boxOnCanvas, createBlankModel, dragLink, edges, expect, exportModelFile, importFile, openHome, test, titleField, allBoxes, linkOnCanvas } from './helpers';

test('the exported file parses and holds the title, every label and the link', async ({ page }) => {
  await createBlankModel(page);
  await titleField(page).fill('Reducing reoffending: 2026 plan');
  const labels = [
    ['Inputs', 'Pooled budget (£120k) & “shared” data'],
    ['Activities', 'Joint training'],
    ['Engagement', 'Frontline staff — all partners'],
    ['Final outcomes', 'Fewer people reoffend'],
  ] as const;
  for (const [level, label] of labels) await addBox(page, level, label);
  await dragLink(page, boxOnCanvas(page, 'Inputs', labels[0][1]), boxOnCanvas(page, 'Activities', 'Joint training'));
  await expect(edges(page)).toHaveCount(1);

  // No waiting for "All changes saved": export takes what is on screen.
  const { fileName, json } = await exportModelFile(page);
  expect(fileName).toBe('reducing-reoffending-2026-plan.json');
  expect(json.format).toBe('outcome-chains/logic-model');
  expect(json.formatVersion).toBe(4);
  expect(json.title).toBe('Reducing reoffending: 2026 plan');
  expect(json.boxes.map((box) => [box.level, box.label]).sort()).toEqual(
    [
      ['inputs', labels[0][1]],
      ['activities', 'Joint training'],
      ['engagement', 'Frontline staff — all partners'],
      ['outcomes', 'Fewer people reoffend'],
    ].sort(),
  );
  const byId = new Map(json.boxes.map((box) => [box.id, box.label]));
  expect(json.links).toHaveLength(1);
  expect(json.links.map((link) => [byId.get(link.source), byId.get(link.target)])).toEqual([[labels[0][1], 'Joint training']]);
  for (const box of json.boxes) {
    expect(typeof box.x, `position of “${box.label}”`).toBe('number');
    expect(typeof box.y).toBe('number');
  }
});

test('an exported file imports back as an equal model', async ({ page }) => {
  await createBlankModel(page);
  await titleField(page).fill('Round trip');
  await addBox(page, 'Reactions', 'Partners trust each other');
  await addBox(page, 'Knowledge, skills and attitudes', 'Shared understanding of aims');
  await dragLink(page, boxOnCanvas(page, 'Reactions', 'Partners trust each other'), boxOnCanvas(page, 'Knowledge, skills and attitudes', 'Shared understanding of aims'));
  await expect(edges(page)).toHaveCount(1);
  const { fileName, text } = await exportModelFile(page);

  await openHome(page);
  await importFile(page, fileName, text);
  await expect(titleField(page)).toHaveValue('Round trip');
  await expect(allBoxes(page)).toHaveCount(2);
  await expect(boxOnCanvas(page, 'Reactions', 'Partners trust each other')).toBeVisible();
  await expect(linkOnCanvas(page, 'Link (linear) from Reactions: Partners trust each other to Knowledge, skills and attitudes: Shared understanding of aims')).toHaveCount(1);
  const again = await exportModelFile(page);
  expect(JSON.parse(again.text)).toEqual(JSON.parse(text));
});
