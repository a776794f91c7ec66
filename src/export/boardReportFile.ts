/**
 * The board report in the browser (issue 9): draws the diagram by the PNG export's own path (model →
 * SVG → PNG at 300 dpi on the chosen page), then imports the report builder — and with it the docx
 * library — only now, so that neither is in the initial bundle (PRODUCT.md §9).
 */
import type { Flag } from '../analysis';
import { isoDateOf, ukLongDate } from '../domain/isoDate';
import type { Comparison } from '../analysis/comparison';
import type { ModelContent } from '../domain/model';
import type { ReportPage } from './boardReport';
import type { CompareWith } from './changesForExport';
import type { AppendixThread } from './commentsAppendix';
import { svgToPngBlob } from './rasterise';
import { planRaster } from './size';
import { renderModelSvg, type FlagsOverlay } from './svg';

export interface BoardReportRequest {
  readonly page: ReportPage;
  readonly flags: readonly Flag[];
  /** Flag badges on the diagram, when "show flags" is on. */
  readonly overlay?: FlagsOverlay;
  /** Ratings drawn on the diagram (and keyed under it), when "show progress" is on. */
  readonly showProgress?: boolean;
  /** A compare view's marks, drawn on the diagram (and keyed under it). */
  readonly comparison?: Comparison;
  /** The saved version the report says what changed since, with Previous and Direction in its progress table. */
  readonly compareWith?: CompareWith;
  /** The open comments as a last appendix, when asked for. */
  readonly comments?: readonly AppendixThread[];
  /** The roll-up sentence of each model a box opens, by its uid. */
  readonly childRollUps?: ReadonlyMap<string, string>;
  /** Told each step as it starts, for the dialog's progress line. */
  readonly onStep?: (step: string) => void;
  readonly now?: Date;
  /** Links around boxes on the diagram (View ▸ "Route links around boxes"); on unless false. */
  readonly routeLinks?: boolean;
}

export async function exportBoardReport(model: ModelContent, request: BoardReportRequest): Promise<Blob> {
  const today = isoDateOf(request.now ?? new Date());
  request.onStep?.('Drawing the diagram at 300 dpi…');
  const drawing = renderModelSvg(model, {
    date: ukLongDate(today),
    showProgress: request.showProgress ?? false,
    routeLinks: request.routeLinks !== false,
    ...(request.overlay ? { flags: request.overlay } : {}),
    ...(request.comparison ? { comparison: request.comparison } : {}),
  });
  const plan = planRaster(drawing.width, drawing.height, request.page);
  const [png, { buildBoardReport, REPORT_MIME_TYPE }] = await Promise.all([svgToPngBlob(drawing.svg, plan), import('./boardReport')]);
  request.onStep?.('Writing the Word document…');
  const bytes = await buildBoardReport(model, {
    page: request.page,
    today,
    flags: request.flags,
    diagram: { png: new Uint8Array(await png.arrayBuffer()), width: plan.width, height: plan.height },
    flagsShown: request.overlay !== undefined,
    ratingsShown: request.showProgress ?? false,
    changesShown: request.comparison !== undefined,
    ...(request.compareWith ? { compareWith: request.compareWith } : {}),
    ...(request.comments ? { comments: request.comments } : {}),
    ...(request.childRollUps ? { childRollUps: request.childRollUps } : {}),
  });
  // A copy typed as backed by a plain ArrayBuffer, which is what Blob takes.
  return new Blob([bytes.slice()], { type: REPORT_MIME_TYPE });
}
