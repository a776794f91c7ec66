/**
 * The board report's progress table (src/export/boardReport.ts): per box its rating, direction of
 * travel, headline measure, indicators and latest evidence.
 */
import { Paragraph, Table, TextRun } from 'docx';
import { counted } from '../analysis/wording';
import { levelName } from '../domain/levels';
import { ukLongDate } from '../domain/isoDate';
import type { Indicator } from '../domain/model';
import { CONFIDENCE_WORDS, EVIDENCE_KIND_WORDS, hasProgressData, latestEvidence, PROGRESS_WORDS } from '../domain/progress';
import type { ChangesForExport } from './changesForExport';
import type { ModelOutline, OutlineBox } from './outline';
import { measureHeadline } from '../domain/measureWords';
import { headlineMeasure } from '../domain/trend';
import { TEXT_WIDTH, heading, paragraph, runs, table, text } from './reportParts';

export function indicatorWords(indicator: Indicator): string {
  const measures = [
    indicator.baseline?.trim() ? `baseline ${indicator.baseline.trim()}` : '',
    indicator.target?.trim() ? `target ${indicator.target.trim()}` : '',
    indicator.due ? `due ${ukLongDate(indicator.due)}` : '',
    indicator.source?.trim() ? `source: ${indicator.source.trim()}` : '',
  ].filter(Boolean);
  return measures.length ? `${indicator.text.trim()} (${measures.join('; ')})` : indicator.text.trim();
}

/** The box's headline measure in words, first in its Indicators cell: "Headline: Families housed: 22, improving; target 40 not met". */
export function headlineParagraphs(box: OutlineBox): Paragraph[] {
  const headline = headlineMeasure(box.box.indicators);
  return headline ? [paragraph(new TextRun({ text: 'Headline: ', bold: true }), ...runs(measureHeadline(headline)))] : [];
}

/** The progress table's columns; with a comparison, the rating at that version and the direction come after Progress. */
export const PROGRESS_COLUMNS = [
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

export type ProgressColumn = (typeof PROGRESS_COLUMNS)[number]['id'];

export function progressCells(box: OutlineBox, changes: ChangesForExport | undefined): Record<ProgressColumn, Paragraph[]> {
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
    indicators: [...headlineParagraphs(box), ...(box.box.indicators ?? []).map((indicator) => text(indicatorWords(indicator)))],
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

export function progressSection(outline: ModelOutline, changes: ChangesForExport | undefined): (Paragraph | Table)[] {
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
