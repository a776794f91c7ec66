/**
 * A plan's dashboard for board papers (PRODUCT.md §18): the table as a Word report in the board
 * report's style (Word's own styles, Table Grid), then per model its summary; and the same rows as an
 * Excel sheet. Built from the dashboard's rows alone; loaded only when asked for.
 */
import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { COLUMN_WORDS, DIRECTION_WORDS, flagsWords, measuresWords, type DashboardRow } from '../analysis/plans/dashboard';
import { ROLL_UP_ORDER, planTotals, rollUpWords } from '../analysis/plans/rollup';
import type { PlanFlag } from '../analysis/plans/planFlags';
import { isoDateOf, ukLongDate } from '../domain/isoDate';
import { PROGRESS_WORDS } from '../domain/progress';
import { sheet, type PlannedSheet } from '../spreadsheet/workbookPlan';
import { xmlCharactersOnly } from './xml';
import { WORD_STYLE_IDS, WORD_STYLES_XML } from './wordStyles';

const LANDSCAPE_TEXT_WIDTH = 16838 - 2 * 1440;

function ratingsWords(row: DashboardRow): string {
  const counts = ROLL_UP_ORDER.filter((progress) => row.digest.ratings[progress]).map((progress) => `${row.digest.ratings[progress]} ${PROGRESS_WORDS[progress].toLowerCase()}`);
  if (row.digest.unrated) counts.push(`${row.digest.unrated} not rated`);
  return counts.join(', ') || 'No boxes';
}

function directionWords(row: DashboardRow): string {
  const direction = row.digest.direction;
  if (!row.direction || !direction) return 'No saved version yet';
  return `${DIRECTION_WORDS[row.direction]} since ${direction.since} (${direction.improved} improved, ${direction.noChange} no change, ${direction.worse} worse)`;
}

/** The table's cells for one row, in the dashboard's column order. */
export function planRowCells(row: DashboardRow): string[] {
  return [row.title, `${ratingsWords(row)}. Final outcomes: ${rollUpWords(row.rollup)}`, directionWords(row), measuresWords(row.digest), flagsWords(row.digest.flags), String(row.digest.openComments), ukLongDate(isoDateOf(new Date(row.updatedAt)))];
}

const clean = (value: string) => xmlCharactersOnly(value);
const para = (value: string, bold = false) => new Paragraph({ children: [new TextRun({ text: clean(value), bold })] });
const heading = (value: string, level: 1 | 2 | 'title') =>
  new Paragraph({ heading: level === 'title' ? HeadingLevel.TITLE : level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(clean(value))] });

function cell(value: string, twips: number, bold = false): TableCell {
  return new TableCell({ children: [para(value, bold)], width: { size: twips, type: WidthType.DXA } });
}

export interface PlanReportInput {
  readonly name: string;
  readonly rows: readonly DashboardRow[];
  readonly flags: readonly PlanFlag[];
  /** ISO date of the report. */
  readonly today: string;
}

export function planReportDocument({ name, rows, flags, today }: PlanReportInput): Document {
  const headings = Object.values(COLUMN_WORDS);
  const percents = [18, 22, 16, 14, 10, 8, 12];
  const widths = percents.map((percent) => Math.floor((LANDSCAPE_TEXT_WIDTH * percent) / 100));
  const totals = planTotals(rows.map((row) => row.digest));
  const summary = [
    `The plan (${totals.models === 1 ? '1 model' : `${totals.models} models`})`,
    `Final outcomes: ${rollUpWords(totals.finalOutcomes)}`,
    `${totals.direction.improved} improved, ${totals.direction.noChange} no change, ${totals.direction.worse} worse`,
    `${totals.measures.improving} improving, ${totals.measures.maintaining} maintaining, ${totals.measures.worsening} worsening`,
    flagsWords(totals.flags),
    String(totals.openComments),
    '',
  ];
  const table = new Table({
    style: WORD_STYLE_IDS.table,
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headings.map((text, i) => cell(text, widths[i] ?? 0, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: planRowCells(row).map((text, i) => cell(text, widths[i] ?? 0)) })),
      new TableRow({ cantSplit: true, children: summary.map((text, i) => cell(text, widths[i] ?? 0, true)) }),
    ],
  });
  const perModel = rows.flatMap((row) => [
    heading(row.title, 2),
    para(`Ratings: ${ratingsWords(row)}.`),
    para(`Final outcomes: ${rollUpWords(row.rollup)}.`),
    para(`Direction: ${directionWords(row)}.`),
    para(`Measures: ${measuresWords(row.digest)}.`),
    para(`Flags: ${flagsWords(row.digest.flags)}. Open comments: ${row.digest.openComments}.`),
  ]);
  return new Document({
    creator: 'Outcome Chains',
    title: clean(name),
    description: `Plan report, prepared on ${ukLongDate(today)}`,
    externalStyles: WORD_STYLES_XML,
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin: { top: 1440, right: 1440, bottom: 1440, left: 1440 } } },
        children: [
          heading(name, 'title'),
          new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(`Plan report, ${ukLongDate(today)}. One row per model, from what each model last saved.`)] }),
          table,
          heading('Flags across the plan', 1),
          ...(flags.length ? flags.map((flag) => para(flag.message)) : [para('Nothing to flag across the plan.')]),
          heading('Each model', 1),
          ...perModel,
        ],
      },
    ],
  });
}

export async function buildPlanReport(input: PlanReportInput): Promise<Uint8Array> {
  return Packer.pack(planReportDocument(input), 'uint8array');
}

/** The dashboard as one Excel sheet: counts in columns of their own, so a partner can sum them. */
export function planSheet(rows: readonly DashboardRow[]): PlannedSheet {
  const headers = ['Model', ...ROLL_UP_ORDER.map((progress) => PROGRESS_WORDS[progress]), 'Not rated', 'Final outcomes', 'Direction since last version', 'Measures improving', 'Measures maintaining', 'Measures worsening', 'Gaps', 'Notices', 'Open comments', 'Last changed'];
  const line = (row: DashboardRow) => [
    row.title,
    ...ROLL_UP_ORDER.map((progress) => row.digest.ratings[progress]),
    row.digest.unrated,
    rollUpWords(row.rollup),
    directionWords(row),
    row.digest.measures.improving,
    row.digest.measures.maintaining,
    row.digest.measures.worsening,
    row.digest.flags.gaps,
    row.digest.flags.notices,
    row.digest.openComments,
    { date: isoDateOf(new Date(row.updatedAt)) },
  ];
  const totals = planTotals(rows.map((row) => row.digest));
  const summary = [
    'The plan',
    ...ROLL_UP_ORDER.map((progress) => totals.ratings[progress]),
    totals.unrated,
    rollUpWords(totals.finalOutcomes),
    `${totals.direction.improved} improved, ${totals.direction.noChange} no change, ${totals.direction.worse} worse`,
    totals.measures.improving,
    totals.measures.maintaining,
    totals.measures.worsening,
    totals.flags.gaps,
    totals.flags.notices,
    totals.openComments,
    null,
  ];
  return sheet('Plan dashboard', headers, [...rows.map(line), summary]);
}
