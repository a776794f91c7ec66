// @vitest-environment jsdom
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, type Flag } from '../analysis';
import { LEVELS } from '../domain/levels';
import type { ModelContent } from '../domain/model';
import { buildBoardReport, type ReportPage } from './boardReport';
import { planRaster } from './size';
import { renderModelSvg } from './svg';
import { readDocx, tableRowsOf, type ReadDocx } from './testing/docxReading';
import { boardReportModel, MARKUP_LABEL, WELSH_LABEL } from './testing/fixtures';
import { WORD_STYLE_IDS } from './wordStyles';

const TODAY = '2026-12-01';

/** A real PNG of the size the browser part would draw for the page, as the dialog makes it. */
function diagramFor(model: ModelContent, page: ReportPage) {
  const drawing = renderModelSvg(model, { date: '1 December 2026' });
  const plan = planRaster(drawing.width, drawing.height, page);
  const png = new PNG({ width: plan.width, height: plan.height, colorType: 2 });
  png.data.fill(255);
  return { png: new Uint8Array(PNG.sync.write(png, { colorType: 2 })), width: plan.width, height: plan.height };
}

function wellFormed(xml: string): void {
  const parsed = new DOMParser().parseFromString(xml, 'application/xml');
  expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
}

describe('the board report (.docx)', () => {
  const model = boardReportModel();
  let flags: readonly Flag[];
  let docx: ReadDocx;
  let allText: string;

  beforeAll(async () => {
    flags = analyse(model);
    docx = readDocx(await buildBoardReport(model, { page: 'a4', today: TODAY, flags, diagram: diagramFor(model, 'a4') }));
    allText = docx.paragraphs.join('\n');
  }, 30_000);

  it('is a Word document whose parts are well-formed XML', () => {
    expect(model.boxes).toHaveLength(40);
    for (const name of ['word/document.xml', 'word/styles.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels']) {
      expect(docx.parts[name], name).toBeDefined();
    }
    wellFormed(docx.documentXml);
    wellFormed(docx.stylesXml);
  });

  it('keys the ratings under the diagram, in words, only when progress is shown on it', async () => {
    expect(allText).not.toContain('Off track (red');
    const withRatings = readDocx(await buildBoardReport(model, { page: 'a4', today: TODAY, flags, diagram: diagramFor(model, 'a4'), ratingsShown: true }));
    for (const line of ['Off track (red, a cross in an octagon', 'At risk (amber', 'On track (green', 'Achieved (blue, a star', 'Not rated (white, grey dashed outline)']) {
      expect(withRatings.paragraphs.some((paragraph) => paragraph.includes(line)), line).toBe(true);
    }
  });

  it('opens with the title, the description, the date as a UK reader writes it, and the counts', () => {
    expect(docx.paragraphs[0]).toBe(model.title);
    expect(docx.documentXml).toContain('<w:pStyle w:val="Title"/>');
    expect(docx.paragraphs).toContain(model.description);
    expect(docx.paragraphs).toContain('Prepared on 1 December 2026.');
    expect(docx.paragraphs).toContain(`The model has 40 boxes, ${model.links.length} links and ${flags.length} flags.`);
  });

  it('holds every box label, escaped, and keeps markup, quotes, emoji and Welsh letters as typed', () => {
    for (const box of model.boxes) expect(docx.paragraphs, box.label).toContain(box.label);
    expect(allText).toContain(WELSH_LABEL);
    expect(allText).toContain('ŵ ŷ Ŵ Ŷ');
    // Markup is text: escaped in the XML, never an element.
    expect(docx.documentXml).not.toContain(MARKUP_LABEL);
    expect(docx.documentXml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(docx.documentXml).not.toMatch(/<b>|<img/);
  });

  it('has a row for every condition with its kind, status and comment', () => {
    const rows = tableRowsOf(docx.documentXml);
    expect(rows).toContainEqual(['Condition', 'Kind', 'Status', 'Comment']);
    expect(rows).toContainEqual(['Timeframes are realistic & <agreed>', 'Assumption', 'Holds', '']);
    expect(rows).toContainEqual(['Mae’r partneriaid yn rhannu ŵ ŷ', 'Assumption', 'At risk', 'Chair rotates *only* on paper']);
    expect(rows).toContainEqual(['Data can be "shared" lawfully', 'Assumption', 'Not yet checked', '']);
    expect(rows).toContainEqual(['Voluntary sector <excluded> 😟', 'Risk', 'Live', 'Raised at the <b>last</b> board']);
    expect(rows).toContainEqual(['Lack of ownership amongst partners', 'Risk', 'Managed', '']);
  });

  it('says every flag in plain words under the Flags panel’s headings, with its briefing passage, and the explained links with their notes', () => {
    const open = flags.filter((flag) => !flag.acknowledged);
    expect(open.length).toBeGreaterThan(3);
    for (const flag of open) expect(docx.paragraphs, flag.message).toContain(flag.message);
    for (const flag of open) expect(allText).toContain(`“${flag.passage.quote}”`);
    expect(docx.paragraphs).toContain(`Gaps (${open.filter((flag) => flag.severity === 'gap').length})`);
    expect(flags.some((flag) => flag.acknowledged)).toBe(true);
    expect(docx.paragraphs).toContain('Explained non-linear links (1)');
    expect(docx.paragraphs).toContain(`${model.boxes[7]?.label} → ${model.boxes[10]?.label} (skip): Trust <grows> only “after” the reviews — ŵ`);
  });

  it('has the progress and evidence of each box that has some', () => {
    const rows = tableRowsOf(docx.documentXml);
    expect(rows).toContainEqual(['Box', 'Level', 'Owner', 'Progress', 'Confidence', 'Indicators', 'Latest evidence']);
    const rated = model.boxes.filter((box) => box.rating);
    expect(rated.length).toBeGreaterThan(3);
    const box = model.boxes[2]!;
    expect(rows).toContainEqual([
      box.label,
      LEVELS[2]!.name,
      '',
      'On track\nas of 20 November 2026, by Board & chair',
      'Medium',
      'Referrals <per month> for box 2 (baseline 12; target 30; due 31 March 2027; source: Case system)',
      '2 November 2026, feedback: Newest: “going well” ŵ 2\nSource: Survey <2026>',
    ]);
    expect(allText).not.toContain('Older entry 2');
  });

  it('ends with the model as text: levels, boxes, then links with their notes', () => {
    const appendix = docx.paragraphs.slice(docx.paragraphs.indexOf('Appendix: the model as text'));
    LEVELS.forEach((level, index) => expect(appendix).toContain(`${index + 1}. ${level.name}: ${level.question}`));
    for (const box of model.boxes) expect(appendix).toContain(box.label);
    expect(appendix).toContain(`${model.boxes[0]?.label} → ${model.boxes[1]?.label} (linear)`);
  });

  it('shows the diagram as a 300 dpi picture of the planned size on a landscape page, with alt text naming the model and the text version', () => {
    const planned = diagramFor(model, 'a4');
    expect([...docx.pictures.values()]).toEqual([{ width: planned.width, height: planned.height }]);
    expect(planned).toMatchObject({ width: 3508, height: 2480 });
    expect(docx.documentXml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(docx.documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    const alt = /<wp:docPr [^>]*descr="([^"]*)"/.exec(docx.documentXml)?.[1] ?? '';
    expect(alt).toContain('Gwynedd &amp; Môn &lt;partnership&gt; board');
    expect(alt).toContain('appendix, “The model as text”');
    // Inline in the text, never floating.
    expect(docx.documentXml).toContain('<wp:inline');
    expect(docx.documentXml).not.toContain('<wp:anchor');
    expect(allText).toContain('Skip link (blue dashed line, open arrowhead): jumps forward over one or more levels.');
  });

  it('uses only Word’s built-in styles and sets no font or size by hand', () => {
    expect([...docx.stylesUsed].sort()).toEqual([WORD_STYLE_IDS.heading1, WORD_STYLE_IDS.heading2, WORD_STYLE_IDS.table, WORD_STYLE_IDS.title].sort());
    const defined = [...docx.stylesXml.matchAll(/<w:style [^>]*w:styleId="([^"]*)"[^>]*><w:name w:val="([^"]*)"/g)].map((match) => `${match[1]}=${match[2]}`);
    // Word's own names for them, so that Word and a council's template know them as the built-in styles.
    expect(defined).toEqual(expect.arrayContaining(['Normal=Normal', 'Title=Title', 'Heading1=heading 1', 'Heading2=heading 2', 'TableNormal=Normal Table', 'TableGrid=Table Grid']));
    expect(new Set(defined).size).toBe(defined.length);
    expect(docx.documentXml).not.toMatch(/<w:rFonts|<w:sz |<w:szCs |<w:color |<w:txbxContent|<v:textbox/);
  });

  it('puts an A3 diagram page on A3 landscape', async () => {
    const small: ModelContent = { ...model, boxes: model.boxes.slice(0, 7), links: [], conditions: [] };
    const a3 = readDocx(await buildBoardReport(small, { page: 'a3', today: TODAY, flags: analyse(small), diagram: diagramFor(small, 'a3') }));
    expect(a3.documentXml).toMatch(/<w:pgSz w:w="23811" w:h="16838" w:orient="landscape"\/>/);
    expect([...a3.pictures.values()]).toEqual([{ width: 4961, height: 3508 }]);
    expect(a3.paragraphs).toContain('The model records no assumptions or risks.');
  }, 30_000);
});

