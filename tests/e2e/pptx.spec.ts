/**
 * The PowerPoint export (issue 18) end to end: made from the Export dialog, its library fetched only
 * then; the download unzipped (the boxes are shapes holding their text, not a picture); then
 * LibreOffice Impress, a real presentation program, converts it to PDF and its text must hold the
 * title and every box label.
 */
import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { expect, importFile, openHome, test, titleField } from './helpers';
import { textThroughLibreOffice } from './officeText';

const TITLE = 'Gwynedd family support: “joined-up” help & <care>';
const LABELS: Record<string, string[]> = {
  inputs: ['Pooled budget', 'Shared office in Caernarfon'],
  activities: ['Joint training for staff', 'One shared case record'],
  engagement: ['Families join the panel', 'Schools refer early'],
  reactions: ['Families trust the service'],
  learning: ['Staff know each other’s roles'],
  practice: ['Cases are reviewed jointly'],
  outcomes: ['Fewer families reach crisis', 'Children stay at school'],
};

function spaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

test('PowerPoint slides: native shapes with text, a pathway slide, and LibreOffice Impress reads the title and every box', async ({ page }) => {
  test.setTimeout(240_000);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const boxes = Object.entries(LABELS).flatMap(([level, labels], column) => labels.map((label, row) => ({ id: `${level}-${row}`, level, label, x: column * 260 + 20, y: 120 + row * 120 })));
  const ids = Object.keys(LABELS);
  const links = ids.slice(1).map((level, index) => ({ id: `l${index}`, source: `${ids[index]}-0`, target: `${level}-0` }));
  links.push({ id: 'back', source: 'practice-0', target: 'activities-0' });
  await openHome(page);
  await importFile(page, 'slides.json', JSON.stringify({ format: 'outcome-chains/logic-model', formatVersion: 1, title: TITLE, boxes, links }));
  await expect(titleField(page)).toHaveValue(TITLE);

  await page.getByRole('banner').getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'PowerPoint slides (.pptx)' }).check();
  await dialog.getByRole('checkbox', { name: 'A slide for each final outcome’s pathway' }).check();
  expect(scripts.filter((url) => /\/pptx-/.test(url)), 'the PowerPoint library before slides were asked for').toEqual([]);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download', exact: true }).click();
  const download = await downloading;
  const name = download.suggestedFilename();
  expect(name).toMatch(/^gwynedd-.*\.pptx$/);
  await expect(dialog.getByRole('status')).toContainText(`Downloaded ${name}`);
  expect(scripts.filter((url) => /\/pptx-/.test(url))).toHaveLength(1);

  const bytes = await readFile(await download.path());
  const entries = unzipSync(new Uint8Array(bytes));
  const slides = Object.keys(entries).filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path));
  // Title, the whole chain, and one per final outcome.
  expect(slides).toHaveLength(4);
  const diagram = strFromU8(entries['ppt/slides/slide2.xml']!);
  expect(diagram).not.toContain('<p:pic>');
  for (const label of Object.values(LABELS).flat()) expect(diagram, label).toContain(`<a:t>${label.replace(/&/g, '&amp;')}</a:t>`);

  const converted = await textThroughLibreOffice(bytes, 'pptx');
  await test.info().attach('slides.pptx', { body: bytes, contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
  await test.info().attach('slides.pdf', { body: converted.pdf, contentType: 'application/pdf' });
  const text = spaced(converted.text);
  expect(text).toContain(spaced(TITLE));
  for (const label of Object.values(LABELS).flat()) expect(text, label).toContain(label);
  expect(text).toContain('Pathway: Final outcomes: Fewer families reach crisis');
});
