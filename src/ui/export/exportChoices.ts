/**
 * What the Export dialog offers (src/ui/export/ExportDialog.tsx): the formats with their words, the
 * scales and pages, which options go with which format, and the pathways a .pptx gets slides for.
 */
import type { Model } from '../../domain/model';
import type { PdfPage } from '../../export/pdf';
import type { RasterPreset } from '../../export/size';
import { boxName } from '../../actions/commands';
import { pathwayModel, type Pathway } from '../../analysis/pathway';
import './export.css';

export type Format = 'png' | 'svg' | 'pdf' | 'docx' | 'pptx' | 'html' | 'markdown' | 'json' | 'xlsx' | 'csv';

export interface FormatChoice {
  readonly id: Format;
  readonly label: string;
  readonly hint: string;
}

export const FORMATS: readonly FormatChoice[] = [
  { id: 'png', label: 'PNG image', hint: 'A picture for Word or PowerPoint, at the scale you choose.' },
  { id: 'svg', label: 'SVG image', hint: 'Lines and text stay sharp at any size; opens in Word, PowerPoint and Inkscape.' },
  { id: 'pdf', label: 'PDF document', hint: 'The diagram on page one, then the assumptions and risks with their status.' },
  {
    id: 'docx',
    label: 'Board report (Word)',
    hint: 'A board paper’s appendix in Word’s own styles: the diagram, what the model lacks, assumptions and risks, progress and evidence, and the model as text.',
  },
  {
    id: 'pptx',
    label: 'PowerPoint slides (.pptx)',
    hint: 'A title slide and the diagram on a widescreen slide as shapes you can edit, with the flags and the model as text in the speaker notes.',
  },
  { id: 'html', label: 'Text (HTML)', hint: 'The model as headings and lists: for screen readers and appendices.' },
  { id: 'markdown', label: 'Text (Markdown)', hint: 'The same text version as plain Markdown.' },
  { id: 'json', label: 'Model file (.json)', hint: 'The model itself, with its saved versions and comments, to share or keep: it opens in Outcome Chains.' },
  {
    id: 'xlsx',
    label: 'Spreadsheet (Excel)',
    hint: 'One workbook: boxes, links, assumptions and risks, indicators, evidence, flags. It imports back into Outcome Chains, and into Kumu.',
  },
  { id: 'csv', label: 'CSV', hint: 'Boxes, links and the measures’ values as three CSV files (UTF-8) in one .zip.' },
];

export const PRESETS: readonly RasterPreset[] = ['screen', 'print', 'a4', 'a3'];
export const PAGES: readonly { id: PdfPage; label: string; size: string }[] = [
  { id: 'a4', label: 'A4 landscape', size: '297 × 210 mm' },
  { id: 'a3', label: 'A3 landscape', size: '420 × 297 mm' },
];

/** What each format is called in a sentence. */
export const FORMAT_WORDS: Readonly<Record<Format, string>> = {
  png: 'PNG image',
  svg: 'SVG image',
  pdf: 'PDF',
  docx: 'board report',
  pptx: 'PowerPoint slides',
  html: 'HTML text version',
  markdown: 'Markdown text version',
  json: 'model file',
  xlsx: 'spreadsheet',
  csv: 'CSV files',
};

export const IMAGE_FORMATS: ReadonlySet<Format> = new Set(['png', 'svg', 'pdf', 'docx']);
export const PAGED_FORMATS: ReadonlySet<Format> = new Set(['pdf', 'docx']);
export const TEXT_FORMATS: ReadonlySet<Format> = new Set(['html', 'markdown']);
/** The formats that can say what changed since a saved version. */
export const COMPARE_FORMATS: ReadonlySet<Format> = new Set(['docx', 'html', 'markdown']);

/**
 * The pathway slides asked for: the pathway shown (unless the whole file is only that pathway),
 * and, when asked, what leads to each final outcome.
 */
export function slidePathways(model: Model, pathway: Pathway | null, onlyPathway: boolean, eachOutcome: boolean): { title: string; boxIds: readonly string[] }[] {
  const named = (ids: readonly string[]) => model.boxes.filter((box) => ids.includes(box.id)).map(boxName).join(', ');
  const slides = pathway && !onlyPathway ? [{ title: named(pathway.anchorIds), boxIds: pathway.anchorIds }] : [];
  const source = onlyPathway && pathway ? pathwayModel(model, pathway) : model;
  if (eachOutcome) for (const box of source.boxes) if (box.level === 'outcomes') slides.push({ title: boxName(box), boxIds: [box.id] });
  return slides;
}
