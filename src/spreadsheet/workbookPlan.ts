/**
 * The model as this app's own workbook (PRODUCT.md §14): which sheets, which columns, which rows,
 * how wide. Plain data; src/export writes it as .xlsx and as CSV. Every text cell is formula-safe.
 */
import type { Flag } from '../analysis';
import { FLAG_KIND_TITLES } from '../analysis';
import { levelName } from '../domain/levels';
import { indexBoxes, linkShape } from '../domain/linkShape';
import type { Indicator, ModelContent } from '../domain/model';
import { FREQUENCY_WORDS, POLARITY_WORDS, VALUE_STATUS_WORDS } from '../domain/measureWords';
import { CONFIDENCE_WORDS, EVIDENCE_KIND_WORDS, PROGRESS_WORDS } from '../domain/progress';
import { featureById } from '../evidence/features';
import { MODEL_FILE_VERSION } from '../file/format';
import { formulaSafe } from './formulaSafe';
import {
  ABOUT_HEADERS,
  ABOUT_ROWS,
  BOX_HEADERS,
  CONDITION_HEADERS,
  EVIDENCE_HEADERS,
  FLAG_HEADERS,
  INDICATOR_HEADERS,
  LINK_HEADERS,
  SHEETS,
  VALUE_HEADERS,
  WORKBOOK_MARK,
} from './sheetNames';
import { KIND_WORDS, STATUS_WORDS } from './words';

/** A cell to write: text, a number, a date (ISO, written as a real date), or nothing. */
export type PlanCell = string | number | { readonly date: string } | null;

export interface PlannedSheet {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly PlanCell[])[];
  /** Column widths in characters, sized to the content. */
  readonly widths: readonly number[];
}

const SEVERITY_WORDS = { gap: 'Gap', notice: 'Notice', info: 'For information' } as const;
const LINK_SHAPE_WORDS = { linear: 'Linear', skip: 'Skip', feedback: 'Feedback', 'same-level': 'Same level' } as const;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
const DATE_WIDTH = 11;

function cellWidth(cell: PlanCell): number {
  if (cell === null) return 0;
  if (typeof cell === 'number') return String(cell).length;
  if (typeof cell === 'object') return DATE_WIDTH;
  // The longest line: a cell of several lines is as wide as its widest.
  return cell.split('\n').reduce((widest, line) => Math.max(widest, line.length), 0);
}

export function sheet(name: string, headers: readonly string[], rows: readonly (readonly PlanCell[])[]): PlannedSheet {
  const safeRows = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? (cell ? formulaSafe(cell) : null) : cell)));
  const widths = headers.map((header, column) => {
    let widest = header.length;
    for (const row of safeRows) widest = Math.max(widest, cellWidth(row[column] ?? null));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
  return { name, headers, rows: safeRows, widths };
}

const text = (value: string | undefined): string | null => value ?? null;

/** A measure's unit, polarity and frequency, in words, as both the Indicators and the Values sheets give them. */
function measureCells(indicator: Indicator): PlanCell[] {
  return [text(indicator.unit), indicator.polarity ? POLARITY_WORDS[indicator.polarity] : null, indicator.frequency ? FREQUENCY_WORDS[indicator.frequency] : null];
}
const date = (value: string | undefined): PlanCell => (value ? { date: value } : null);

export interface WorkbookOptions {
  readonly flags: readonly Flag[];
  /** The export date, ISO. */
  readonly today: string;
}

export function planWorkbook(model: ModelContent, options: WorkbookOptions): PlannedSheet[] {
  const boxesById = indexBoxes(model.boxes);
  const labelOf = (id: string) => boxesById.get(id)?.label ?? id;
  const boxes = model.boxes.map((box) => [
    box.id,
    box.label,
    levelName(box.level),
    text(box.notes),
    box.feature ? (featureById(box.feature)?.name ?? box.feature) : null,
    text(box.owner),
    box.rating ? PROGRESS_WORDS[box.rating.progress] : null,
    box.rating ? CONFIDENCE_WORDS[box.rating.confidence] : null,
    date(box.rating?.date),
    text(box.rating?.by),
    box.y,
  ]);
  const links = model.links.map((link) => {
    const shape = linkShape(link, boxesById);
    return [link.id, link.source, link.target, shape ? LINK_SHAPE_WORDS[shape] : null, text(link.note)];
  });
  const conditions = model.conditions.map((condition) => [condition.id, KIND_WORDS[condition.kind], condition.text, STATUS_WORDS[condition.status], text(condition.comment)]);
  const indicators = model.boxes.flatMap((box) =>
    (box.indicators ?? []).map((indicator) => [
      indicator.id,
      box.id,
      box.label,
      indicator.text,
      text(indicator.source),
      text(indicator.baseline),
      text(indicator.target),
      date(indicator.due),
      ...measureCells(indicator),
      indicator.tolerance ?? null,
    ]),
  );
  const values = model.boxes.flatMap((box) =>
    (box.indicators ?? []).flatMap((indicator) =>
      (indicator.values ?? []).map((value) => [
        indicator.id,
        box.id,
        box.label,
        indicator.text,
        ...measureCells(indicator),
        value.period,
        value.actual ?? null,
        value.target ?? null,
        value.status ? VALUE_STATUS_WORDS[value.status] : null,
        text(value.note),
      ]),
    ),
  );
  const evidence = model.boxes.flatMap((box) =>
    (box.evidence ?? []).map((entry) => [entry.id, box.id, box.label, date(entry.date), EVIDENCE_KIND_WORDS[entry.kind], entry.summary, text(entry.source), text(entry.by)]),
  );
  const flags = options.flags.map((flag) => [
    SEVERITY_WORDS[flag.severity],
    FLAG_KIND_TITLES[flag.kind],
    flag.message,
    [...flag.boxIds.map(labelOf), ...flag.linkIds.map((id) => {
      const link = model.links.find((candidate) => candidate.id === id);
      return link ? `${labelOf(link.source)} → ${labelOf(link.target)}` : id;
    })].join('; ') || null,
  ]);
  const about: PlanCell[][] = [
    [ABOUT_ROWS.title, model.title],
    [ABOUT_ROWS.description, text(model.description)],
    [ABOUT_ROWS.exported, { date: options.today }],
    [
      ABOUT_ROWS.format,
      `An Outcome Chains workbook (${WORKBOOK_MARK}, version ${MODEL_FILE_VERSION}). Import it on Outcome Chains' home page to get the model back. Boxes and Links are Kumu's Elements and Connections (Label, Type, Description, From, To); From and To are box IDs. Values holds each measure's figures, a row per period. Flags is what the Flags panel said on the export date, and is not read back.`,
    ],
  ];
  return [
    sheet(SHEETS.boxes, BOX_HEADERS, boxes),
    sheet(SHEETS.links, LINK_HEADERS, links),
    sheet(SHEETS.conditions, CONDITION_HEADERS, conditions),
    sheet(SHEETS.indicators, INDICATOR_HEADERS, indicators),
    sheet(SHEETS.values, VALUE_HEADERS, values),
    sheet(SHEETS.evidence, EVIDENCE_HEADERS, evidence),
    sheet(SHEETS.flags, FLAG_HEADERS, flags),
    sheet(SHEETS.about, ABOUT_HEADERS, about),
  ];
}
