/**
 * The board report's building pieces (src/export/boardReport.ts): paragraphs, headings and tables in
 * Word's own styles, sized for A4 and A3, so that a council's template restyles the whole report.
 */
import {
  HeadingLevel,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { WORD_STYLE_IDS } from './wordStyles';
import { xmlCharactersOnly } from './xml';

/** Portrait sizes in twips (1/1440 inch). */
export const PAPER = { a4: { width: 11906, height: 16838 }, a3: { width: 16838, height: 23811 } } as const;
/** Word's default margin, 2.54 cm, for the text pages. */
export const TEXT_MARGIN = 1440;
/** The width of the text on an A4 page, which the tables fill. */
export const TEXT_WIDTH = { portrait: PAPER.a4.width - 2 * TEXT_MARGIN, landscape: PAPER.a4.height - 2 * TEXT_MARGIN } as const;
export const TWIPS_PER_INCH = 1440;
// ---- Text ---------------------------------------------------------------------------------------

export function clean(text: string): string {
  return xmlCharactersOnly(text);
}

/** User text as runs: its own line breaks kept as breaks, every character as typed. */
export function runs(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return clean(text.trim())
    .split(/\r\n|\r|\n/)
    .map((line, index) => new TextRun({ text: line, ...style, ...(index > 0 ? { break: 1 } : {}) }));
}

export function paragraph(...children: (TextRun | ImageRun)[]): Paragraph {
  return new Paragraph({ children });
}

export function text(value: string): Paragraph {
  return paragraph(...runs(value));
}

export function heading(value: string, level: 'title' | 1 | 2): Paragraph {
  const headingLevel = level === 'title' ? HeadingLevel.TITLE : level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
  return new Paragraph({ heading: headingLevel, children: runs(value.replace(/\s+/g, ' ')) });
}

/** "Label: value" with the label in bold. */
export function labelled(label: string, value: string): Paragraph {
  return paragraph(new TextRun({ text: `${label}: `, bold: true }), ...runs(value));
}

export function allSides(twips: number) {
  return { top: twips, right: twips, bottom: twips, left: twips };
}

// ---- Tables -------------------------------------------------------------------------------------

export function cell(paragraphs: readonly Paragraph[], twips: number): TableCell {
  return new TableCell({ children: paragraphs.length ? [...paragraphs] : [new Paragraph({})], width: { size: twips, type: WidthType.DXA } });
}

/**
 * A table across the text width in Table Grid, its heading row repeated on each page. Widths are
 * fixed in twips, the one measure Word, LibreOffice and Google Docs all lay a table out by.
 */
export function table(columns: readonly { heading: string; percent: number }[], rows: readonly (readonly Paragraph[])[][], textWidth: number): Table {
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
