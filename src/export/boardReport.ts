/**
 * The board report (PRODUCT.md §8, issue 9): the appendix of a board paper as a Word document, made
 * with `docx`. Pure — the model, its flags, the diagram's PNG bytes and today's date in, the .docx
 * bytes out — so it runs in Node for the tests. The browser part (boardReportFile.ts) draws the PNG
 * and imports this module on demand, which keeps docx out of the initial bundle (§9).
 *
 * Only Word's built-in styles are used (wordStyles.ts), and no run sets a font or a size, so a
 * council's own template restyles the whole report. Every piece of user text goes in as text.
 */
import { COMMENTS_APPENDIX_INTRO, COMMENTS_APPENDIX_TITLE, type AppendixThread } from './commentsAppendix';
import {
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { groupFlags, summariseFlags, type BriefingPassage, type Flag } from '../analysis';
import { counted } from '../analysis/wording';
import { CHANGE_MARKS, type ChangeMark } from '../domain/changeMarks';
import { levelName } from '../domain/levels';
import { LINK_SHAPES, type LinkShape } from '../domain/linkShape';
import { ukLongDate } from '../domain/isoDate';
import type { Condition, Indicator, ModelContent, Progress } from '../domain/model';
import { CONFIDENCE_WORDS, EVIDENCE_KIND_WORDS, hasProgressData, latestEvidence, PROGRESS_WORDS } from '../domain/progress';
import { PROGRESS_VALUES } from '../domain/model';
import { changesForExport, type ChangesForExport, type CompareWith } from './changesForExport';
import { CONDITION_STATUS_LABELS, outlineModel, type ModelOutline, type OutlineBox, type OutlineLink } from './outline';
import { linkShapeName } from './text';
import { CHANGE_STYLES, LINK_STYLES, PROGRESS_STYLES, UNRATED_STYLE } from './theme';
import { nationalContributions, openedModels } from './boardReportPlans';
import { WORD_STYLE_IDS, WORD_STYLES_XML } from './wordStyles';
import { xmlCharactersOnly } from './xml';

export type ReportPage = 'a4' | 'a3';

/** The diagram as drawn by the PNG export for the page, at 300 dpi. */
export interface ReportDiagram {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export interface BoardReportOptions {
  /** The paper the diagram's landscape page is printed on; the rest of the report is A4 portrait. */
  readonly page: ReportPage;
  /** ISO date the report is prepared on, e.g. "2026-12-01". */
  readonly today: string;
  /** The model's flags, as the Flags panel shows them. */
  readonly flags: readonly Flag[];
  readonly diagram: ReportDiagram;
  /** The diagram carries flag badges: the key explains them. */
  readonly flagsShown?: boolean;
  /** The diagram carries progress ratings: the key explains them. */
  readonly ratingsShown?: boolean;
  /** The diagram marks what changed (a compare view's New, Changed and Removed): the key explains them. */
  readonly changesShown?: boolean;
  /**
   * A saved version to compare with: the report then says what changed since it, after the opening,
   * and its progress table gives each box's rating at that version and the direction of travel.
   */
  readonly compareWith?: CompareWith;
  /** The open comments, as a last appendix (off unless asked for). */
  readonly comments?: readonly AppendixThread[];
  /** The roll-up sentence of each model a box opens, by the model's uid (PRODUCT.md §18). */
  readonly childRollUps?: ReadonlyMap<string, string>;
}

export const REPORT_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Portrait sizes in twips (1/1440 inch). */
const PAPER = { a4: { width: 11906, height: 16838 }, a3: { width: 16838, height: 23811 } } as const;
/** Word's default margin, 2.54 cm, for the text pages. */
const TEXT_MARGIN = 1440;
/** The width of the text on an A4 page, which the tables fill. */
const TEXT_WIDTH = { portrait: PAPER.a4.width - 2 * TEXT_MARGIN, landscape: PAPER.a4.height - 2 * TEXT_MARGIN } as const;
/** Word's "Narrow" margin, 1.27 cm, for the diagram page: the picture gets the room. */
const DIAGRAM_MARGIN = 720;
/** Room kept under the picture on its page for the heading and every line of the key, in twips. */
const HEADING_ROOM = 1000;
const KEY_LINE_ROOM = 280;
const TWIPS_PER_INCH = 1440;
/** docx takes a picture's size in pixels at 96 to the inch. */
const DOCX_PIXELS_PER_INCH = 96;

/** How each link shape looks on the diagram, in words, for readers who cannot tell the lines apart. */
const LINE_LOOKS: Readonly<Record<LinkShape, string>> = {
  linear: 'solid dark grey line, filled arrowhead',
  skip: 'blue dashed line, open arrowhead',
  feedback: 'brown dotted line, hollow arrowhead',
  'same-level': 'purple dash-dot line, diamond end',
};

export async function buildBoardReport(model: ModelContent, options: BoardReportOptions): Promise<Uint8Array> {
  return Packer.pack(boardReportDocument(model, options), 'uint8array');
}

export function boardReportDocument(model: ModelContent, options: BoardReportOptions): Document {
  const outline = outlineModel(model);
  const changes = options.compareWith ? changesForExport(model, options.compareWith) : undefined;
  const portrait: ISectionOptions['properties'] = {
    page: { size: { ...PAPER.a4, orientation: PageOrientation.PORTRAIT }, margin: allSides(TEXT_MARGIN) },
  };
  // The progress table's seven columns need the width of a landscape page to be read.
  const landscape: ISectionOptions['properties'] = {
    page: { size: { ...PAPER.a4, orientation: PageOrientation.LANDSCAPE }, margin: allSides(TEXT_MARGIN) },
  };
  return new Document({
    creator: 'Outcome Chains',
    title: clean(outline.title),
    description: `Board report on the logic model, prepared on ${ukLongDate(options.today)}`,
    externalStyles: WORD_STYLES_XML,
    sections: [
      { properties: portrait, children: [...opening(model, outline, options, changes), ...(changes ? whatChanged(changes) : [])] },
      diagramSection(model, outline, options),
      { properties: portrait, children: [...whatTheModelLacks(model, outline, options.flags), ...conditionsSection(model.conditions), ...planSections(model, options)] },
      { properties: landscape, children: progressSection(outline, changes) },
      { properties: portrait, children: appendix(outline) },
      ...(options.comments ? [{ properties: portrait, children: commentsAppendix(options.comments) }] : []),
    ],
  });
}

/** "Contribution to national outcomes" and the models this one opens (boardReportPlans.ts), when there are any. */
function planSections(model: ModelContent, options: BoardReportOptions): Paragraph[] {
  const out: Paragraph[] = [];
  const national = nationalContributions(model);
  if (national.length) {
    out.push(heading('Contribution to national outcomes', 1));
    for (const item of national) {
      out.push(heading(item.outcome, 2), labelled('Framework', item.framework));
      for (const line of item.contributions) out.push(labelled('Contributing outcome', line));
    }
  }
  const opened = openedModels(model, options.childRollUps);
  if (opened.length) {
    out.push(heading('Models this model opens', 1));
    for (const item of opened) out.push(heading(`${item.box} opens ${item.child}`, 2), text(item.rollUp));
  }
  return out;
}

// ---- Text ---------------------------------------------------------------------------------------

function clean(text: string): string {
  return xmlCharactersOnly(text);
}

/** User text as runs: its own line breaks kept as breaks, every character as typed. */
function runs(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return clean(text.trim())
    .split(/\r\n|\r|\n/)
    .map((line, index) => new TextRun({ text: line, ...style, ...(index > 0 ? { break: 1 } : {}) }));
}

function paragraph(...children: (TextRun | ImageRun)[]): Paragraph {
  return new Paragraph({ children });
}

function text(value: string): Paragraph {
  return paragraph(...runs(value));
}

function heading(value: string, level: 'title' | 1 | 2): Paragraph {
  const headingLevel = level === 'title' ? HeadingLevel.TITLE : level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
  return new Paragraph({ heading: headingLevel, children: runs(value.replace(/\s+/g, ' ')) });
}

/** "Label: value" with the label in bold. */
function labelled(label: string, value: string): Paragraph {
  return paragraph(new TextRun({ text: `${label}: `, bold: true }), ...runs(value));
}

function allSides(twips: number) {
  return { top: twips, right: twips, bottom: twips, left: twips };
}

// ---- Opening ------------------------------------------------------------------------------------

function opening(model: ModelContent, outline: ModelOutline, options: BoardReportOptions, changes: ChangesForExport | undefined): Paragraph[] {
  const counts = `${counted(model.boxes.length, 'box', 'boxes')}, ${counted(model.links.length, 'link')} and ${counted(options.flags.length, 'flag')}.`;
  return [
    heading(outline.title, 'title'),
    ...(outline.description ? [text(outline.description)] : []),
    text(`Prepared on ${ukLongDate(options.today)}.`),
    text(`The model has ${counts}`),
    text(
      `This report shows ${changes ? `what changed since ${changes.versionName}, ` : ''}the diagram of the logic model, what the model lacks against the evidence, its assumptions and risks, ` +
        `the progress and evidence recorded for its boxes${changes ? ' with the direction of travel of each rating' : ''}, and, as an appendix, the whole model written out as text.`,
    ),
  ];
}

// ---- What changed -------------------------------------------------------------------------------

/** The counts, then each change in words under its group's title, as the compare view lists them. */
function whatChanged(changes: ChangesForExport): Paragraph[] {
  const out: Paragraph[] = [heading(changes.heading, 1), text(`${changes.counts}.`)];
  for (const group of changes.groups) {
    out.push(heading(`${group.title} (${group.lines.length})`, 2));
    for (const line of group.lines) out.push(text(line));
  }
  return out;
}

// ---- The diagram --------------------------------------------------------------------------------

/** The colour and shape of each rating on the picture, in words, for a reader who cannot see colour. */
const RATING_LOOKS: Readonly<Record<Progress, string>> = {
  'off-track': 'red, a cross in an octagon',
  'at-risk': 'amber, "!" in a triangle',
  'on-track': 'green, a tick in a circle',
  achieved: 'blue, a star',
};

/** How each change mark looks on the picture, in words, for a reader who cannot see colour. */
const CHANGE_LOOKS: Readonly<Record<ChangeMark, string>> = {
  new: 'green, a plus in a circle, with the word on the box or link',
  changed: 'brown, a dash in a diamond, with the word on the box or link',
  removed: 'grey, a cross in a square; the box or link drawn grey and dashed where it was',
};

function keyLines(options: BoardReportOptions): string[] {
  return [
    ...LINK_SHAPES.map((shape) => `${LINK_STYLES[shape].label} link (${LINE_LOOKS[shape]}): ${LINK_STYLES[shape].description}.`),
    'A small bookmark at the top right of a box: the box stands for a feature of effective partnership.',
    ...(options.flagsShown ? ['A red circle with a number: how many flags concern the box or link.'] : []),
    ...(options.ratingsShown
      ? [
          ...PROGRESS_VALUES.map((value) => `${PROGRESS_WORDS[value]} (${RATING_LOOKS[value]}, with the word on the box): ${PROGRESS_STYLES[value].meaning}.`),
          `${UNRATED_STYLE.word} (white, grey dashed outline): ${UNRATED_STYLE.meaning}.`,
        ]
      : []),
    ...(options.changesShown ? CHANGE_MARKS.map((mark) => `${CHANGE_STYLES[mark].word} (${CHANGE_LOOKS[mark]}): ${CHANGE_STYLES[mark].meaning}.`) : []),
  ];
}

/** The picture's size on the page, in docx's 96-to-the-inch pixels: as large as fits above the key. */
export function diagramDisplaySize(page: ReportPage, keyLineCount: number, picture: { width: number; height: number }) {
  const paper = PAPER[page];
  const roomWidth = paper.height - 2 * DIAGRAM_MARGIN;
  const roomHeight = paper.width - 2 * DIAGRAM_MARGIN - HEADING_ROOM - (keyLineCount + 1) * KEY_LINE_ROOM;
  const scale = Math.min(roomWidth / picture.width, roomHeight / picture.height);
  const toPixels = (twips: number) => Math.floor((twips * DOCX_PIXELS_PER_INCH) / TWIPS_PER_INCH);
  return { width: toPixels(picture.width * scale), height: toPixels(picture.height * scale) };
}

function diagramSection(model: ModelContent, outline: ModelOutline, options: BoardReportOptions): ISectionOptions {
  const key = keyLines(options);
  const { diagram } = options;
  const picture = new ImageRun({
    type: 'png',
    data: diagram.png,
    transformation: diagramDisplaySize(options.page, key.length, diagram),
    altText: {
      name: 'Diagram of the logic model',
      title: clean(`Logic model: ${outline.title}`),
      description: clean(
        `Diagram of the logic model “${outline.title}”: ${counted(model.boxes.length, 'box', 'boxes')} and ${counted(model.links.length, 'link')} ` +
          'in seven levels from inputs to final outcomes. The same model is written out as text in the appendix, “The model as text”, at the end of this report.',
      ),
    },
  });
  const [firstKeyLine, ...otherKeyLines] = key;
  return {
    properties: {
      page: { size: { ...PAPER[options.page], orientation: PageOrientation.LANDSCAPE }, margin: allSides(DIAGRAM_MARGIN) },
    },
    children: [
      heading('The diagram', 1),
      paragraph(picture),
      // One paragraph, a line each, so the key stays on the picture's page.
      paragraph(
        new TextRun({ text: 'Key: ', bold: true }),
        new TextRun({ text: firstKeyLine ?? '' }),
        ...otherKeyLines.map((line) => new TextRun({ text: line, break: 1 })),
      ),
    ],
  };
}

// ---- What the model lacks -----------------------------------------------------------------------

function passageWords(passage: BriefingPassage): string {
  return `Why this matters: “${passage.quote}”${passage.note ? ` (${passage.note})` : ''} — the briefing, “${passage.section}”.`;
}

function passageParagraph(passage: BriefingPassage): Paragraph {
  return paragraph(...runs(passageWords(passage), { italics: true }));
}

function whatTheModelLacks(model: ModelContent, outline: ModelOutline, flags: readonly Flag[]): Paragraph[] {
  const open = flags.filter((flag) => !flag.acknowledged);
  const explained = flags.filter((flag) => flag.acknowledged);
  const out: Paragraph[] = [heading('What the model lacks', 1), text(summariseFlags(model, flags).text)];
  if (!open.length) out.push(text('The analysis raised nothing that needs attention.'));
  for (const severity of groupFlags(open)) {
    out.push(heading(`${severity.title} (${severity.flags.length})`, 2));
    for (const kind of severity.kinds) {
      out.push(paragraph(new TextRun({ text: `${kind.title} (${kind.flags.length})`, bold: true })));
      // Where every flag of a kind rests on one passage it is given once, under them; else each its own.
      const shared = new Set(kind.flags.map((flag) => JSON.stringify(flag.passage))).size === 1;
      for (const flag of kind.flags) {
        out.push(text(flag.message));
        if (!shared) out.push(passageParagraph(flag.passage));
      }
      if (shared && kind.flags[0]) out.push(passageParagraph(kind.flags[0].passage));
    }
  }
  if (explained.length) {
    const linksById = new Map(outline.links.map((entry) => [entry.link.id, entry]));
    out.push(heading(`Explained non-linear links (${explained.length})`, 2));
    for (const flag of explained) {
      for (const id of flag.linkIds) {
        const entry = linksById.get(id);
        if (entry) out.push(linkParagraph(entry));
      }
    }
  }
  return out;
}

function linkParagraph({ link, fromLabel, toLabel, shape }: OutlineLink): Paragraph {
  const line = `${fromLabel} → ${toLabel} (${linkShapeName(shape)})`;
  return text(link.note?.trim() ? `${line}: ${link.note.trim()}` : line);
}

// ---- Tables -------------------------------------------------------------------------------------

function cell(paragraphs: readonly Paragraph[], twips: number): TableCell {
  return new TableCell({ children: paragraphs.length ? [...paragraphs] : [new Paragraph({})], width: { size: twips, type: WidthType.DXA } });
}

/**
 * A table across the text width in Table Grid, its heading row repeated on each page. Widths are
 * fixed in twips, the one measure Word, LibreOffice and Google Docs all lay a table out by.
 */
function table(columns: readonly { heading: string; percent: number }[], rows: readonly (readonly Paragraph[])[][], textWidth: number): Table {
  const widths = columns.map((column) => Math.floor((textWidth * column.percent) / 100));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, index) => cell([paragraph(new TextRun({ text: column.heading, bold: true }))], widths[index] ?? 0)),
  });
  return new Table({
    style: WORD_STYLE_IDS.table,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((content, index) => cell(content, widths[index] ?? 0)) }))],
  });
}

const CONDITION_KIND_WORDS: Readonly<Record<Condition['kind'], string>> = { assumption: 'Assumption', risk: 'Risk' };

function conditionsSection(conditions: readonly Condition[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading('Assumptions and risks', 1)];
  if (!conditions.length) return [...out, text('The model records no assumptions or risks.')];
  // Assumptions first, then risks, each in the model's order, as the text version lists them.
  const ordered = [...conditions.filter((c) => c.kind === 'assumption'), ...conditions.filter((c) => c.kind === 'risk')];
  out.push(
    table(
      [
        { heading: 'Condition', percent: 37 },
        { heading: 'Kind', percent: 17 },
        { heading: 'Status', percent: 17 },
        { heading: 'Comment', percent: 29 },
      ],
      ordered.map((condition) => [
        [text(condition.text)],
        [text(CONDITION_KIND_WORDS[condition.kind])],
        [text(CONDITION_STATUS_LABELS[condition.status])],
        condition.comment?.trim() ? [text(condition.comment)] : [],
      ]),
      TEXT_WIDTH.portrait,
    ),
  );
  return out;
}

function indicatorWords(indicator: Indicator): string {
  const measures = [
    indicator.baseline?.trim() ? `baseline ${indicator.baseline.trim()}` : '',
    indicator.target?.trim() ? `target ${indicator.target.trim()}` : '',
    indicator.due ? `due ${ukLongDate(indicator.due)}` : '',
    indicator.source?.trim() ? `source: ${indicator.source.trim()}` : '',
  ].filter(Boolean);
  return measures.length ? `${indicator.text.trim()} (${measures.join('; ')})` : indicator.text.trim();
}

/** The progress table's columns; with a comparison, the rating at that version and the direction come after Progress. */
const PROGRESS_COLUMNS = [
  { id: 'box', heading: 'Box', percent: 18, compared: 13 },
  { id: 'level', heading: 'Level', percent: 13, compared: 10 },
  { id: 'owner', heading: 'Owner', percent: 11, compared: 8 },
  { id: 'progress', heading: 'Progress', percent: 13, compared: 12 },
  // Wide enough that "Direction", "Confidence" and "Improved" are not broken inside the word (seen in LibreOffice at 9 and 11 %).
  { id: 'previous', heading: 'Previous', percent: 0, compared: 10 },
  { id: 'direction', heading: 'Direction', percent: 0, compared: 11 },
  { id: 'confidence', heading: 'Confidence', percent: 12, compared: 12 },
  { id: 'indicators', heading: 'Indicators', percent: 17, compared: 12 },
  { id: 'evidence', heading: 'Latest evidence', percent: 16, compared: 12 },
] as const;

type ProgressColumn = (typeof PROGRESS_COLUMNS)[number]['id'];

function progressCells(box: OutlineBox, changes: ChangesForExport | undefined): Record<ProgressColumn, Paragraph[]> {
  const rating = box.box.rating;
  const evidence = latestEvidence(box.box);
  const before = changes?.previousOf(box.box);
  return {
    box: [text(box.label)],
    level: [text(levelName(box.box.level))],
    owner: box.box.owner?.trim() ? [text(box.box.owner)] : [],
    progress: rating
      ? [text(PROGRESS_WORDS[rating.progress]), text(`as of ${ukLongDate(rating.date)}${rating.by?.trim() ? `, by ${rating.by.trim()}` : ''}`)]
      : [text('Not rated')],
    previous: before ? [text(before.previous)] : [],
    direction: before ? [text(before.direction)] : [],
    confidence: rating ? [text(CONFIDENCE_WORDS[rating.confidence])] : [],
    indicators: (box.box.indicators ?? []).map((indicator) => text(indicatorWords(indicator))),
    evidence: evidence
      ? [
          text(`${ukLongDate(evidence.date)}, ${EVIDENCE_KIND_WORDS[evidence.kind].toLowerCase()}: ${evidence.summary.trim()}`),
          ...(evidence.source?.trim() || evidence.by?.trim()
            ? [text([evidence.source?.trim() ? `Source: ${evidence.source.trim()}` : '', evidence.by?.trim() ? `By ${evidence.by.trim()}` : ''].filter(Boolean).join('. '))]
            : []),
        ]
      : [],
  };
}

function progressSection(outline: ModelOutline, changes: ChangesForExport | undefined): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading('Progress and evidence', 1)];
  const boxes = outline.levels.flatMap(({ boxes: ofLevel }) => ofLevel).filter(({ box }) => hasProgressData(box));
  const total = outline.levels.reduce((sum, { boxes: ofLevel }) => sum + ofLevel.length, 0);
  if (!boxes.length) return [...out, text('No box has indicators, evidence or a progress rating yet.')];
  const others = total - boxes.length;
  out.push(
    text(
      `${counted(boxes.length, 'box', 'boxes')} ${boxes.length === 1 ? 'has' : 'have'} indicators, evidence or a progress rating` +
        (others ? `; the other ${counted(others, 'box', 'boxes')} ${others === 1 ? 'has' : 'have'} none yet.` : '.'),
    ),
  );
  if (changes) {
    out.push(text(`Previous is each box’s progress in the version “${changes.versionName}”; Direction is how its progress moved since, on the order off track, at risk, on track, achieved.`));
  }
  const columns = PROGRESS_COLUMNS.filter((column) => (changes ? column.compared : column.percent) > 0);
  out.push(
    table(
      columns.map((column) => ({ heading: column.heading, percent: changes ? column.compared : column.percent })),
      boxes.map((box) => {
        const cells = progressCells(box, changes);
        return columns.map((column) => cells[column.id]);
      }),
      TEXT_WIDTH.landscape,
    ),
  );
  return out;
}

// ---- Appendix -----------------------------------------------------------------------------------

function commentsAppendix(threads: readonly AppendixThread[]): Paragraph[] {
  const out: Paragraph[] = [heading(`Appendix: ${COMMENTS_APPENDIX_TITLE.toLowerCase()}`, 1), text(COMMENTS_APPENDIX_INTRO)];
  if (!threads.length) out.push(text('No open comments.'));
  for (const thread of threads) {
    out.push(heading(thread.on, 2));
    for (const comment of thread.comments) out.push(paragraph(new TextRun({ text: `${clean(comment.by)}, ${comment.date}: `, bold: true }), ...runs(comment.text)));
  }
  return out;
}

function appendix(outline: ModelOutline): Paragraph[] {
  const out: Paragraph[] = [
    heading('Appendix: the model as text', 1),
    text('The diagram written out, for reading aloud or without the picture: the levels from inputs to final outcomes, the boxes of each level from top to bottom, then every link with its note.'),
  ];
  outline.levels.forEach(({ level, boxes }, index) => {
    out.push(heading(`${index + 1}. ${level.name}: ${level.question}`, 2));
    if (!boxes.length) out.push(text('No boxes at this level.'));
    for (const { box, label, featureName } of boxes) {
      out.push(paragraph(...runs(label, { bold: true })));
      if (featureName) out.push(labelled('Evidence feature', featureName));
      if (box.notes?.trim()) out.push(labelled('Notes', box.notes));
      if (box.owner?.trim()) out.push(labelled('Owner', box.owner));
    }
  });
  out.push(heading('Links', 2));
  if (!outline.links.length) out.push(text('No links.'));
  for (const entry of outline.links) out.push(linkParagraph(entry));
  return out;
}
