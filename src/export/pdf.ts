/**
 * PDF for a board paper (PRODUCT.md §8), browser only: A4 or A3 landscape, the diagram as vectors on
 * page one (the same SVG as the other exports, drawn by svg2pdf.js), then the assumptions and risks
 * with their status. jsPDF and svg2pdf.js are imported on demand so that they stay out of the
 * initial bundle (§9) and load only when somebody asks for a PDF.
 */
import type { jsPDF as JsPdf } from 'jspdf';
import type { Condition, ModelContent } from '../domain/model';
import { CONDITION_STATUS_LABELS, outlineModel } from './outline';
import { renderModelSvg, type FlagsOverlay } from './svg';
import { embedUnicodeFont, fitsStandardFonts, STANDARD_FONT } from './pdfFonts';
import { FLAG_BADGE, PAGE_STYLE } from './theme';

export type PdfPage = 'a4' | 'a3';

export interface PdfOptions {
  readonly page: PdfPage;
  /** Already formatted for the reader, e.g. "25 November 2026". */
  readonly date: string;
  /** Flag badges on the diagram, when the flags overlay is on. */
  readonly flags?: FlagsOverlay;
  /** Lines of the flags summary, printed after the conditions. */
  readonly flagsSummary?: readonly string[];
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

  const drawing = renderModelSvg(model, { date: options.date, ...(options.flags ? { flags: options.flags } : {}) });
  const allText = [drawing.svg, ...model.conditions.flatMap((c) => [c.text, c.comment ?? '']), ...(options.flagsSummary ?? [])].join('\n');
  const font = fitsStandardFonts(allText) ? STANDARD_FONT : await embedUnicodeFont(doc);
  const pageWidth = doc.internal.pageSize.getWidth();
  const pageHeight = doc.internal.pageSize.getHeight();
  const scale = Math.min((pageWidth - 2 * MARGIN) / drawing.width, (pageHeight - 2 * MARGIN) / drawing.height);
  const width = drawing.width * scale;
  const height = drawing.height * scale;
  await svg2pdf(parseSvg(drawing.svg), doc, { x: (pageWidth - width) / 2, y: MARGIN, width, height, loadExternalStyleSheets: false, loadImages: false });

  doc.addPage();
  writeConditionsPages(new PageWriter(doc, doc.internal.pageSize.getHeight(), font), model, title, options);
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

  doc.setTextColor(PAGE_STYLE.text);
  doc.setFont(font, 'bold');
  doc.setFontSize(16);
  writer.y += 16;
  doc.text('Assumptions and risks', MARGIN, writer.y);
  doc.setFont(font, 'normal');
  doc.setFontSize(BODY_SIZE);
  doc.setTextColor(PAGE_STYLE.mutedText);
  const subtitle = doc.splitTextToSize(`${title} · ${options.date}`, pageWidth - 2 * MARGIN) as string[];
  writer.y += LINE_HEIGHT + 2;
  doc.text(subtitle, MARGIN, writer.y);
  writer.y += subtitle.length * LINE_HEIGHT;

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
