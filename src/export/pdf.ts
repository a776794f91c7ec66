/**
 * PDF for a board paper (PRODUCT.md §8), browser only: A4 or A3 landscape, the diagram as vectors on
 * page one (the same SVG as the other exports, drawn by svg2pdf.js), then the assumptions and risks
 * with their status, and when progress is shown each box's rating, indicators and latest evidence. jsPDF and svg2pdf.js are imported on demand so that they stay out of the
 * initial bundle (§9) and load only when somebody asks for a PDF.
 */
import type { jsPDF as JsPdf } from 'jspdf';
import type { Condition, ModelContent } from '../domain/model';
import { CONDITION_STATUS_LABELS, outlineModel, progressSummary, type BoxProgressSummary } from './outline';
import type { Comparison } from '../analysis/comparison';
import { renderModelSvg, type FlagsOverlay } from './svg';
import { embedUnicodeFont, fitsStandardFonts, STANDARD_FONT } from './pdfFonts';
import { FLAG_BADGE, PAGE_STYLE, PROGRESS_STYLES } from './theme';

export type PdfPage = 'a4' | 'a3';

export interface PdfOptions {
  readonly page: PdfPage;
  /** Already formatted for the reader, e.g. "25 November 2026". */
  readonly date: string;
  /** Flag badges on the diagram, when the flags overlay is on. */
  readonly flags?: FlagsOverlay;
  /** Lines of the flags summary, printed after the conditions. */
  readonly flagsSummary?: readonly string[];
  /** Ratings on the diagram, and a "Progress and evidence" page after the conditions. */
  readonly showProgress?: boolean;
  /** A compare view: the diagram marks what changed, with a key (see renderModelSvg). */
  readonly comparison?: Comparison;
  /** Links around boxes (View ▸ "Route links around boxes"); on unless false. */
  readonly routeLinks?: boolean;
}

/** In points (1/72 inch): 10 mm. */
const MARGIN = 28;
const STATUS_COLUMN = 96;
const BODY_SIZE = 10;
const LINE_HEIGHT = BODY_SIZE * 1.35;

/** Statuses that need attention are printed in red as well as named, never by colour alone. */
const ATTENTION: ReadonlySet<Condition['status']> = new Set(['at-risk', 'live']);

export async function exportPdf(model: ModelContent, options: PdfOptions): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: options.page, compress: true });
  const title = model.title.trim() || 'Untitled model';
  doc.setProperties({ title, subject: `Logic model, exported ${options.date}`, creator: 'Outcome Chains' });
  doc.setLanguage('en-GB');

  const drawing = renderModelSvg(model, {
    date: options.date,
    showProgress: options.showProgress === true,
    routeLinks: options.routeLinks !== false,
    ...(options.flags ? { flags: options.flags } : {}),
    ...(options.comparison ? { comparison: options.comparison } : {}),
  });
  const progress = options.showProgress ? progressSummary(outlineModel(model)) : [];
  const allText = [
    drawing.svg,
    ...model.conditions.flatMap((c) => [c.text, c.comment ?? '']),
    ...(options.flagsSummary ?? []),
    ...progress.flatMap((summary) => [summary.heading, ...summary.lines]),
  ].join('\n');
  const font = fitsStandardFonts(allText) ? STANDARD_FONT : await embedUnicodeFont(doc);
  const pageWidth = doc.internal.pageSize.getWidth();
  const pageHeight = doc.internal.pageSize.getHeight();
  const scale = Math.min((pageWidth - 2 * MARGIN) / drawing.width, (pageHeight - 2 * MARGIN) / drawing.height);
  const width = drawing.width * scale;
  const height = drawing.height * scale;
  await svg2pdf(parseSvg(drawing.svg), doc, { x: (pageWidth - width) / 2, y: MARGIN, width, height, loadExternalStyleSheets: false, loadImages: false });

  doc.addPage();
  writeConditionsPages(new PageWriter(doc, doc.internal.pageSize.getHeight(), font), model, title, options);
  if (options.showProgress) {
    doc.addPage();
    writeProgressPages(new PageWriter(doc, doc.internal.pageSize.getHeight(), font), progress, title, options.date);
  }
  return doc.output('blob');
}

function parseSvg(svg: string): Element {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (parsed.getElementsByTagName('parsererror').length) throw new Error('The drawing of the model could not be read back.');
  return parsed.documentElement;
}

/** Writes text top to bottom, starting a new page whenever the next block would not fit. */
class PageWriter {
  y = MARGIN;

  constructor(
    readonly doc: JsPdf,
    private readonly pageHeight: number,
    /** Helvetica, or an embedded font when the text needs more than Windows-1252. */
    readonly font: string,
  ) {}

  ensureRoom(height: number, onNewPage?: () => void): void {
    if (this.y + height <= this.pageHeight - MARGIN) return;
    this.doc.addPage();
    this.y = MARGIN;
    onNewPage?.();
  }
}

function writeConditionsPages(writer: PageWriter, model: ModelContent, title: string, options: PdfOptions): void {
  const { doc, font } = writer;
  const outline = outlineModel(model);
  const pageWidth = doc.internal.pageSize.getWidth();
  const textWidth = pageWidth - 2 * MARGIN - STATUS_COLUMN;

  writePageTitle(writer, 'Assumptions and risks', `${title} · ${options.date}`);

  writeConditionSection(writer, 'Assumptions', outline.assumptions, textWidth);
  writeConditionSection(writer, 'Risks', outline.risks, textWidth);

  if (options.flagsSummary?.length) {
    writeSectionHeading(writer, 'Flags');
    doc.setFont(font, 'normal');
    doc.setFontSize(BODY_SIZE);
    for (const line of options.flagsSummary) {
      const lines = doc.splitTextToSize(line, pageWidth - 2 * MARGIN) as string[];
      writer.ensureRoom(lines.length * LINE_HEIGHT);
      doc.setTextColor(PAGE_STYLE.text);
      doc.text(lines, MARGIN, writer.y + BODY_SIZE);
      writer.y += lines.length * LINE_HEIGHT + 4;
    }
  }
}

function writePageTitle(writer: PageWriter, heading: string, subtitleText: string): void {
  const { doc, font } = writer;
  doc.setTextColor(PAGE_STYLE.text);
  doc.setFont(font, 'bold');
  doc.setFontSize(16);
  writer.y += 16;
  doc.text(heading, MARGIN, writer.y);
  doc.setFont(font, 'normal');
  doc.setFontSize(BODY_SIZE);
  doc.setTextColor(PAGE_STYLE.mutedText);
  const subtitle = doc.splitTextToSize(subtitleText, doc.internal.pageSize.getWidth() - 2 * MARGIN) as string[];
  writer.y += LINE_HEIGHT + 2;
  doc.text(subtitle, MARGIN, writer.y);
  writer.y += subtitle.length * LINE_HEIGHT;
}

/** Each box's rating (in its colour as well as its word), indicators and latest evidence, wrapped and paginated. */
function writeProgressPages(writer: PageWriter, summaries: readonly BoxProgressSummary[], title: string, date: string): void {
  const { doc, font } = writer;
  const textWidth = doc.internal.pageSize.getWidth() - 2 * MARGIN - 12;
  writePageTitle(writer, 'Progress and evidence', `${title} · ${date}`);
  writer.y += 8;
  if (!summaries.length) {
    doc.setFont(font, 'italic');
    doc.setTextColor(PAGE_STYLE.text);
    doc.text('No boxes.', MARGIN, writer.y + BODY_SIZE);
    return;
  }
  const continued = () => {
    doc.setFont(font, 'bold');
    doc.setFontSize(13);
    doc.setTextColor(PAGE_STYLE.text);
    doc.text('Progress and evidence (continued)', MARGIN, writer.y + 13);
    writer.y += 13 + 10;
  };
  for (const summary of summaries) {
    doc.setFontSize(BODY_SIZE);
    doc.setFont(font, 'bold');
    const headingLines = doc.splitTextToSize(summary.heading, textWidth + 12) as string[];
    doc.setFont(font, 'normal');
    const bodyLines = summary.lines.map((line) => doc.splitTextToSize(line, textWidth) as string[]);
    // A box is kept on one page unless it alone is longer than a page.
    writer.ensureRoom((headingLines.length + bodyLines.flat().length) * LINE_HEIGHT, continued);
    const lines = [
      ...headingLines.map((text) => ({ text, bold: true, indent: 0, colour: PAGE_STYLE.text })),
      ...bodyLines.flatMap((wrapped, index) =>
        wrapped.map((text) => ({
          text,
          bold: index === 0 && summary.rating !== undefined,
          indent: 12,
          colour: index === 0 && summary.rating ? PROGRESS_STYLES[summary.rating.progress].text : PAGE_STYLE.text,
        })),
      ),
    ];
    for (const line of lines) {
      writer.ensureRoom(LINE_HEIGHT, continued);
      doc.setFont(font, line.bold ? 'bold' : 'normal');
      doc.setFontSize(BODY_SIZE);
      doc.setTextColor(line.colour);
      doc.text(line.text, MARGIN + line.indent, writer.y + BODY_SIZE);
      writer.y += LINE_HEIGHT;
    }
    writer.y += 8;
  }
}

function writeSectionHeading(writer: PageWriter, heading: string): void {
  const { doc, font } = writer;
  writer.ensureRoom(13 + 2 * LINE_HEIGHT + 18);
  writer.y += 18;
  doc.setFont(font, 'bold');
  doc.setFontSize(13);
  doc.setTextColor(PAGE_STYLE.text);
  doc.text(heading, MARGIN, writer.y + 13);
  writer.y += 13 + 8;
}

function writeConditionSection(writer: PageWriter, heading: string, conditions: readonly Condition[], textWidth: number): void {
  const { doc, font } = writer;
  writeSectionHeading(writer, heading);
  if (!conditions.length) {
    doc.setFont(font, 'italic');
    doc.setFontSize(BODY_SIZE);
    doc.text(`No ${heading.toLowerCase()}.`, MARGIN, writer.y + BODY_SIZE);
    writer.y += LINE_HEIGHT;
    return;
  }
  for (const condition of conditions) {
    doc.setFontSize(BODY_SIZE);
    doc.setFont(font, 'normal');
    const textLines = doc.splitTextToSize(condition.text, textWidth) as string[];
    doc.setFont(font, 'italic');
    const commentLines = condition.comment?.trim() ? (doc.splitTextToSize(condition.comment.trim(), textWidth) as string[]) : [];
    // A condition is kept on one page unless it alone is longer than a page.
    const continued = () => writeSectionHeading(writer, `${heading} (continued)`);
    writer.ensureRoom((textLines.length + commentLines.length) * LINE_HEIGHT, continued);
    writeCondition(writer, condition, textLines, commentLines, continued);
  }
}

function writeCondition(
  writer: PageWriter,
  condition: Condition,
  textLines: readonly string[],
  commentLines: readonly string[],
  onNewPage: () => void,
): void {
  const { doc, font } = writer;
  doc.setFont(font, 'bold');
  doc.setFontSize(BODY_SIZE);
  doc.setTextColor(ATTENTION.has(condition.status) ? FLAG_BADGE.fill : PAGE_STYLE.text);
  doc.text(CONDITION_STATUS_LABELS[condition.status], MARGIN, writer.y + BODY_SIZE);
  const lines: { text: string; style: 'normal' | 'italic' }[] = [
    ...textLines.map((text) => ({ text, style: 'normal' as const })),
    ...commentLines.map((text) => ({ text, style: 'italic' as const })),
  ];
  for (const line of lines) {
    writer.ensureRoom(LINE_HEIGHT, onNewPage);
    doc.setFont(font, line.style);
    doc.setFontSize(BODY_SIZE);
    doc.setTextColor(line.style === 'italic' ? PAGE_STYLE.mutedText : PAGE_STYLE.text);
    doc.text(line.text, MARGIN + STATUS_COLUMN, writer.y + BODY_SIZE);
    writer.y += LINE_HEIGHT;
  }
  writer.y += 6;
}
