/**
 * What the Export dialog will make, said before it is made (src/ui/export/ExportDialog.tsx): the
 * file, its size in pixels or its page, and what it carries.
 */
import type { PdfPage } from '../../export/pdf';
import { PAGE_PIXELS, type RasterPlan } from '../../export/size';
import type { RenderedSvg } from '../../export/svg';
import { type Format, PAGES } from './exportChoices';
import { pixels } from './exportParts';

/** The sentence under the options saying what exactly will be made. */
export function PlannedOutput({
  format,
  plan,
  drawing,
  page,
  flags,
  progress,
  since,
}: {
  format: Format;
  plan: RasterPlan;
  drawing: RenderedSvg;
  page: PdfPage;
  flags: boolean;
  progress: boolean;
  /** The name of the version the report or text compares with. */
  since?: string | undefined;
}) {
  switch (format) {
    case 'png':
      return (
        <>
          <p className="export__plan" data-testid="export-planned-size">
            The PNG will be <strong>{pixels(plan.width, plan.height)}</strong>
            {plan.fitted ? ', the diagram fitted to the page with 10 mm margins' : ''}.
          </p>
          {plan.lowered && plan.message ? (
            <p className="export__warning" role="status">
              {plan.message}
            </p>
          ) : null}
        </>
      );
    case 'svg':
      return <p className="export__plan">The SVG is drawn {pixels(drawing.width, drawing.height)} wide and high at 1×, and scales without loss.</p>;
    case 'pdf': {
      const chosen = PAGES.find((choice) => choice.id === page);
      return (
        <p className="export__plan">
          {chosen?.label} ({chosen?.size}): the diagram as vectors on page one, the assumptions and risks from page two
          {flags ? ', then the flags' : ''}
          {progress ? ', then each box’s progress and evidence' : ''}.
        </p>
      );
    }
    case 'docx': {
      const chosen = PAGES.find((choice) => choice.id === page);
      const picture = PAGE_PIXELS[page];
      return (
        <p className="export__plan">
          A4 pages{since ? `, opening with what changed since “${since}”` : ''}, with the diagram on a {chosen?.label} page of its own as a{' '}
          {pixels(picture.width, picture.height)} picture (300 dpi)
          {flags ? ' showing the flags' : ''}; then what the model lacks, the assumptions and risks, progress and evidence
          {since ? ' with the direction of travel' : ''}, the measures (each with its chart and periods) if any, and the model as text.
        </p>
      );
    }
    case 'pptx':
      return (
        <p className="export__plan">
          Widescreen slides: the title, then the whole diagram as native shapes (lanes, boxes, links with their arrowheads, the key)
          {progress ? ' with each box’s rating' : ''}, with alt text, and the flags and the model as text in the speaker notes; then a slide with a chart for each measure, if any.
        </p>
      );
    case 'html':
    case 'markdown':
      return (
        <p className="export__plan">
          {since ? `What changed since “${since}”, then the levels` : 'Levels'}, boxes (with their ratings{since ? ' and direction of travel' : ''}, indicators and evidence), links,
          assumptions and risks, in reading order.
        </p>
      );
    case 'json':
      return <p className="export__plan">Import it on the home page of Outcome Chains, in this or any other browser.</p>;
    case 'xlsx':
      return <p className="export__plan">An .xlsx with a sheet each for Boxes, Links, Assumptions and risks, Indicators, Values (the measures’ figures), Evidence, Flags and About; header rows frozen, dates as dates.</p>;
    case 'csv':
      return <p className="export__plan">A .zip of three CSV files, boxes, links and the measures’ values (a row per measure and period), in UTF-8 that Excel reads (Welsh letters included).</p>;
  }
}
