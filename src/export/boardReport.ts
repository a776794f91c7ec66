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
import { Document, Packer, PageOrientation, Paragraph, Table, TextRun, type ISectionOptions } from 'docx';
import { groupFlags, summariseFlags, type BriefingPassage, type Flag } from '../analysis';
import { counted } from '../analysis/wording';
import { ukLongDate } from '../domain/isoDate';
import type { Condition, ModelContent } from '../domain/model';
import { changesForExport, type ChangesForExport, type CompareWith } from './changesForExport';
import { CONDITION_STATUS_LABELS, outlineModel, type ModelOutline, type OutlineLink } from './outline';
import { linkShapeName } from './text';
import { WORD_STYLES_XML } from './wordStyles';
import { measuresSection } from './boardReportMeasures';
import { measuresOf } from './measureText';
import { diagramSection } from './reportDiagram';
import {
  PAPER,
  TEXT_MARGIN,
  TEXT_WIDTH,
  allSides,
  clean,
  heading,
  labelled,
  paragraph,
  runs,
  table,
  text,
} from './reportParts';
import { progressSection } from './reportProgress';
import { nationalContributions, openedModels } from './boardReportPlans';

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

export async function buildBoardReport(model: ModelContent, options: BoardReportOptions): Promise<Uint8Array> {
  return Packer.pack(boardReportDocument(model, options), 'uint8array');
}

export function boardReportDocument(model: ModelContent, options: BoardReportOptions): Document {
  const outline = outlineModel(model);
  const hasMeasures = measuresOf(outline).length > 0;
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
      ...(hasMeasures ? [{ properties: portrait, children: measuresSection(outline, { heading, text, table }, TEXT_WIDTH.portrait) }] : []),
      { properties: portrait, children: appendix(outline) },
      ...(options.comments ? [{ properties: portrait, children: commentsAppendix(options.comments) }] : []),
    ],
  });
}

// ---- Opening ------------------------------------------------------------------------------------


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
function opening(model: ModelContent, outline: ModelOutline, options: BoardReportOptions, changes: ChangesForExport | undefined): Paragraph[] {
  const counts = `${counted(model.boxes.length, 'box', 'boxes')}, ${counted(model.links.length, 'link')} and ${counted(options.flags.length, 'flag')}.`;
  return [
    heading(outline.title, 'title'),
    ...(outline.description ? [text(outline.description)] : []),
    text(`Prepared on ${ukLongDate(options.today)}.`),
    text(`The model has ${counts}`),
    text(
      `This report shows ${changes ? `what changed since ${changes.versionName}, ` : ''}the diagram of the logic model, what the model lacks against the evidence, its assumptions and risks, ` +
        `the progress and evidence recorded for its boxes${changes ? ' with the direction of travel of each rating' : ''}${measuresOf(outline).length ? ', its measures period by period with their trend' : ''}, and, as an appendix, the whole model written out as text.`,
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
