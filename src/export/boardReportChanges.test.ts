// @vitest-environment jsdom
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../analysis';
import { buildBoardReport } from './boardReport';
import { readDocx, tableRowsOf, type ReadDocx } from './testing/docxReading';
import { boardReportEarlierVersion, boardReportModel } from './testing/fixtures';
import { WORD_STYLE_IDS } from './wordStyles';

const TODAY = '2026-12-01';

/** A white PNG stands for the diagram: these tests read the report's words, not its picture. */
function blankDiagram() {
  const png = new PNG({ width: 40, height: 30, colorType: 2 });
  png.data.fill(255);
  return { png: new Uint8Array(PNG.sync.write(png, { colorType: 2 })), width: 40, height: 30 };
}

/** The paragraphs from one heading up to the next Heading 1 (the next part of the report). */
function part(docx: ReadDocx, heading: string): string[] {
  const start = docx.paragraphs.indexOf(heading);
  expect(start, heading).toBeGreaterThan(-1);
  const next = docx.paragraphs.findIndex((paragraph, index) => index > start && paragraph === 'The diagram');
  return docx.paragraphs.slice(start, next);
}

describe('the board report compared with a saved version (issue 15)', () => {
  const model = boardReportModel();
  const earlier = boardReportEarlierVersion();
  let compared: ReadDocx;

  beforeAll(async () => {
    compared = readDocx(await buildBoardReport(model, { page: 'a4', today: TODAY, flags: analyse(model), diagram: blankDiagram(), compareWith: earlier }));
  }, 30_000);

  it('says what changed since the version, after the opening and before the diagram, with the counts and each change in words under its group', () => {
    const heading = 'What changed since Q3 board (3 September 2026)';
    expect(compared.paragraphs.indexOf(heading)).toBeGreaterThan(compared.paragraphs.indexOf('Prepared on 1 December 2026.'));
    expect(compared.documentXml).toMatch(/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">What changed since Q3 board/);
    expect(part(compared, heading)).toEqual([
      heading,
      '9 changes: Boxes 3, Links 2, Progress 4.',
      'Boxes (3)',
      'Removed box “Old steering group” (Inputs)',
      'Relabelled box “Staff know what partners do” → “Staff know <b>what</b> partners do & why” (Engagement)',
      'Added box “practice box 26: partners agree the plan” (Practice change)',
      'Links (2)',
      'Added link “learning box 25: partners agree the plan” → “practice box 26: partners agree the plan”',
      'Added link “practice box 26: partners agree the plan” → “outcomes box 27: partners agree the plan”',
      'Progress (4)',
      '“activities box 8: partners agree the plan”: progress got worse from On track to Off track',
      '“engagement box 2: partners agree the plan”: progress improved from At risk to On track',
      '“engagement box 2: partners agree the plan”: confidence changed from Low to Medium',
      '“Llais y bobl: ŵ ŷ Ŵ Ŷ”: newly rated Off track, confidence Medium',
    ]);
    // The group titles are Heading 2, as the flags' severities are.
    expect(compared.documentXml).toMatch(/<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t xml:space="preserve">Progress \(4\)/);
    expect(compared.paragraphs).toContain(
      'This report shows what changed since Q3 board, the diagram of the logic model, what the model lacks against the evidence, its assumptions and risks, the progress and evidence recorded for its boxes with the direction of travel of each rating, and, as an appendix, the whole model written out as text.',
    );
  });

  it('gives each box in the progress table its rating at the version and the direction of travel since', () => {
    const rows = tableRowsOf(compared.documentXml);
    expect(rows).toContainEqual(['Box', 'Level', 'Owner', 'Progress', 'Previous', 'Direction', 'Confidence', 'Indicators', 'Latest evidence']);
    const row = (label: string) => rows.find((cells) => cells[0] === label)?.slice(3, 6);
    expect(row('engagement box 2: partners agree the plan')).toEqual(['On track\nas of 20 November 2026, by Board & chair', 'At risk', 'Improved']);
    expect(row('activities box 8: partners agree the plan')).toEqual(['Off track\nas of 20 November 2026, by Board & chair', 'On track', 'Worse']);
    expect(row('inputs box 14: partners agree the plan')).toEqual(['On track\nas of 20 November 2026, by Board & chair', 'On track', 'No change']);
    expect(row('Llais y bobl: ŵ ŷ Ŵ Ŷ')).toEqual(['Off track\nas of 20 November 2026, by Board & chair', 'Not rated', 'Newly rated']);
    expect(row('practice box 26: partners agree the plan')).toEqual(['On track\nas of 20 November 2026, by Board & chair', 'New box', 'Newly rated']);
    expect(compared.paragraphs).toContain(
      'Previous is each box’s progress in the version “Q3 board”; Direction is how its progress moved since, on the order off track, at risk, on track, achieved.',
    );
    // The nine columns still fill the landscape page's text width exactly.
    const grids = [...compared.documentXml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((match) => [...(match[1] ?? '').matchAll(/w:w="(\d+)"/g)].map((each) => Number(each[1])));
    const progressGrid = grids.find((grid) => grid.length === 9) ?? [];
    // A4 landscape less two 2.54 cm margins is 13,958 twips; each column's width is rounded down.
    expect(progressGrid.reduce((sum, width) => sum + width, 0)).toBeGreaterThanOrEqual(13_958 - 9);
  });

  it('says "—" for the direction of a box not rated now', async () => {
    const unratedNow = { ...model, boxes: model.boxes.map((box) => (box.id === 'b14' ? { ...box, rating: undefined } : box)) };
    const report = readDocx(await buildBoardReport(unratedNow, { page: 'a4', today: TODAY, flags: [], diagram: blankDiagram(), compareWith: earlier }));
    expect(tableRowsOf(report.documentXml).find((cells) => cells[0] === 'inputs box 14: partners agree the plan')?.slice(3, 6)).toEqual(['Not rated', 'On track', '—']);
  });

  it('says so when nothing changed', async () => {
    const report = readDocx(
      await buildBoardReport(model, { page: 'a4', today: TODAY, flags: [], diagram: blankDiagram(), compareWith: { name: 'Today', savedAt: '2026-12-01T10:00:00.000Z', content: model } }),
    );
    expect(part(report, 'What changed since Today (1 December 2026)')).toEqual(['What changed since Today (1 December 2026)', 'No changes.']);
  });

  it('keys the change marks under the diagram, in words, only when the diagram shows them', async () => {
    expect(compared.paragraphs.join('\n')).not.toContain('New (green');
    const marked = readDocx(await buildBoardReport(model, { page: 'a4', today: TODAY, flags: [], diagram: blankDiagram(), compareWith: earlier, changesShown: true }));
    const key = marked.paragraphs.find((paragraph) => paragraph.startsWith('Key: ')) ?? '';
    expect(key).toContain('New (green, a plus in a circle, with the word on the box or link): added since the earlier version.');
    expect(key).toContain('Changed (brown, a dash in a diamond, with the word on the box or link): different from the earlier version: its details say how.');
    expect(key).toContain('Removed (grey, a cross in a square; the box or link drawn grey and dashed where it was): in the earlier version only, drawn where it was.');
  });

  it('uses only Word’s built-in styles, as the report does without a comparison', () => {
    for (const style of compared.stylesUsed) expect(Object.values(WORD_STYLE_IDS) as string[]).toContain(style);
  });

  it('is the report as before without a version to compare with', async () => {
    const plain = readDocx(await buildBoardReport(model, { page: 'a4', today: TODAY, flags: [], diagram: blankDiagram() }));
    expect(plain.paragraphs.some((paragraph) => paragraph.startsWith('What changed since'))).toBe(false);
    expect(tableRowsOf(plain.documentXml)).toContainEqual(['Box', 'Level', 'Owner', 'Progress', 'Confidence', 'Indicators', 'Latest evidence']);
    expect(plain.paragraphs.join('\n')).not.toContain('Previous is each box');
  });
});
