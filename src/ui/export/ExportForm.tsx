/**
 * The one place to export the open model for a board paper (PRODUCT.md §8, issue 5): PNG at a chosen
 * scale, SVG, PDF, the text version (HTML or Markdown) and the model file; a preview; "Copy image";
 * and "Image of current view". Everything but the last is drawn from the model by src/export (the
 * whole model, whatever part is on screen); the view image is drawn from the model too, cropped to
 * the part on screen, with the on-screen legend cloned by html-to-image.
 *
 * This is the dialog's content, loaded with the export code when first wanted (ExportDialog.tsx).
 */
import { useCommentsStore } from '../../store/CommentsContext';
import { childRollUps } from '../plans/childRollUps';
import { useDigests } from '../plans/DigestsContext';
import { useMemo, useState } from 'react';
import { analyseMemo } from '../../analysis';
import { isoDateOf } from '../../domain/isoDate';
import type { Model } from '../../domain/model';
import { copyPngToClipboard, downloadBlob } from '../../export/download';
import { exportFileName } from '../../export/fileName';
import { flagsOverlay, flagsSummaryLines } from '../../export/flagsForExport';
import { exportBoardReport } from '../../export/boardReportFile';
import { exportPdf, type PdfPage } from '../../export/pdf';
import { svgToPngBlob } from '../../export/rasterise';
import { PAGE_PIXELS, PRESET_LABELS, planRaster, type RasterPreset } from '../../export/size';
import { renderModelSvg } from '../../export/svg';
import { renderModelHtml, renderModelMarkdown } from '../../export/text';
import { openCommentsAppendix } from '../../export/commentsAppendix';
import { canvasViewOf, imageOfCurrentView } from '../../export/viewImage';
import { CompareWithField, useCompareWith } from '../versions/CompareWithField';
import { useHistoryControls } from '../versions/HistoryContext';
import { modelFileName, serialiseModel } from '../../file/serialise';
import { pathwayModel, type Pathway } from '../../analysis/pathway';
import { exportPptx } from '../../export/pptxFile';
import { useEditor, useEditorStore } from '../../store/EditorContext';
import { exportModelFile } from '../exportModelFile';
import { formatDate, plural } from '../format';
import './export.css';
import { PlannedOutput } from './PlannedOutput';
import {
  COMPARE_FORMATS,
  FORMATS,
  FORMAT_WORDS,
  type Format,
  IMAGE_FORMATS,
  PAGED_FORMATS,
  PAGES,
  PRESETS,
  TEXT_FORMATS,
  slidePathways,
} from './exportChoices';
import { type Outcome, RadioGroup, measured, pixels, reasonOf, seconds, useObjectUrl } from './exportParts';

export function ExportForm({ model: wholeModel, pathway, titleId, onClose }: { model: Model; pathway: Pathway | null; titleId: string; onClose: () => void }) {
  const store = useEditorStore();
  const comments = useCommentsStore();
  // While a pathway is shown, every export offers only it (and starts so, as the canvas shows it).
  const [onlyPathway, setOnlyPathway] = useState(pathway !== null);
  const [outcomeSlides, setOutcomeSlides] = useState(false);
  const model = useMemo(() => (onlyPathway && pathway ? pathwayModel(wholeModel, pathway) : wholeModel), [wholeModel, pathway, onlyPathway]);
  const [format, setFormat] = useState<Format>('png');
  const [preset, setPreset] = useState<RasterPreset>('print');
  const [page, setPage] = useState<PdfPage>('a4');
  const [flagsOnImage, setFlagsOnImage] = useState(false);
  const [flagsInText, setFlagsInText] = useState(true);
  // Comments stay out of a board paper unless asked for; images never carry them.
  const [commentsInText, setCommentsInText] = useState(false);
  const appendix = () => (commentsInText && comments ? { comments: openCommentsAppendix(model, comments.getState().threads, comments.getState().labels) } : {});
  // Starts as the canvas shows it: what the user sees is what they export.
  const [progressOnImage, setProgressOnImage] = useState(() => store.getState().showProgress);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const date = useMemo(() => formatDate(Date.now()), []);
  const compare = useCompareWith();
  const history = useHistoryControls();
  // A compare view's marks go on every image of it; on the report's diagram only when the report compares with the same version.
  const viewComparison = useEditor((state) => state.comparison);
  // Every picture draws links as the canvas does: around boxes unless View ▸ "Route links around boxes" is off.
  const routeLinks = useEditor((state) => state.routeLinks);
  const marks = viewComparison && (format !== 'docx' || compare.isViewsEarlierSide) ? viewComparison : undefined;

  const today = isoDateOf(new Date());
  const digests = useDigests();
  const previous = useEditor((state) => state.previousVersion) ?? undefined;
  const flags = useMemo(() => analyseMemo(model, today, previous), [model, today, previous]);
  const overlay = useMemo(() => (flagsOnImage ? flagsOverlay(model, flags) : undefined), [model, flags, flagsOnImage]);
  const drawing = useMemo(
    () => measured('svg-render', () => renderModelSvg(model, { date, showProgress: progressOnImage, routeLinks, ...(overlay ? { flags: overlay } : {}), ...(marks ? { comparison: marks } : {}) })),
    [model, date, overlay, progressOnImage, marks, routeLinks],
  );
  const plan = useMemo(() => planRaster(drawing.width, drawing.height, preset), [drawing, preset]);
  const previewUrl = useObjectUrl(drawing.svg, 'image/svg+xml');
  const title = model.title.trim() || 'Untitled model';

  const run = async (doing: string, action: () => Promise<string>) => {
    setBusy(doing);
    setOutcome(null);
    try {
      setOutcome({ kind: 'done', text: await action() });
    } catch (error) {
      setOutcome({ kind: 'error', text: reasonOf(error) });
    } finally {
      setBusy(null);
    }
  };

  const download = () =>
    run(`Making the ${FORMAT_WORDS[format]}…`, async () => {
      const started = performance.now();
      let blob: Blob;
      let name: string;
      let detail = '';
      try {
        switch (format) {
          case 'png':
            blob = await measured(`png-${preset}`, () => svgToPngBlob(drawing.svg, plan));
            name = exportFileName(model.title, 'png');
            detail = `, ${pixels(plan.width, plan.height)}`;
            break;
          case 'svg':
            blob = new Blob([drawing.svg], { type: 'image/svg+xml;charset=utf-8' });
            name = exportFileName(model.title, 'svg');
            break;
          case 'pdf':
            blob = await measured(`pdf-${page}`, () => exportPdf(model, {
              page,
              date,
              showProgress: progressOnImage,
              routeLinks,
              ...(overlay ? { flags: overlay, flagsSummary: flagsSummaryLines(model, flags) } : {}),
              ...(marks ? { comparison: marks } : {}),
            }));
            name = exportFileName(model.title, 'pdf', `-${page}`);
            break;
          case 'docx': {
            const compareWith = await compare.load();
            blob = await measured(`docx-${page}`, () =>
              exportBoardReport(model, {
                page,
                flags,
                showProgress: progressOnImage,
                routeLinks,
                ...(overlay ? { overlay } : {}),
                ...(marks ? { comparison: marks } : {}),
                ...(compareWith ? { compareWith } : {}),
                ...appendix(),
                childRollUps: childRollUps(digests.byUid),
                onStep: (step) => setBusy(step),
              }),
            );
            name = exportFileName(model.title, 'docx');
            break;
          }
          case 'pptx':
            blob = await measured('pptx', () =>
              exportPptx(model, { date, flags, showProgress: progressOnImage, routeLinks, pathways: slidePathways(wholeModel, pathway, onlyPathway, outcomeSlides) }),
            );
            name = exportFileName(model.title, 'pptx');
            break;
          case 'html':
          case 'markdown': {
            const compareWith = await compare.load();
            const options = { date, ...(flagsInText ? { flagsSummary: flagsSummaryLines(model, flags) } : {}), ...(compareWith ? { compareWith } : {}), ...appendix() };
            blob =
              format === 'html'
                ? new Blob([renderModelHtml(model, options)], { type: 'text/html;charset=utf-8' })
                : new Blob([renderModelMarkdown(model, options)], { type: 'text/markdown;charset=utf-8' });
            name = exportFileName(model.title, format === 'html' ? 'html' : 'md');
            break;
          }
          case 'xlsx':
          case 'csv': {
            const { exportSpreadsheet } = await import('../../export/spreadsheetFile');
            ({ blob, name } = measured(`spreadsheet-${format}`, () => exportSpreadsheet(model, flags, format)));
            break;
          }
          case 'json':
            if (model === wholeModel) {
              // The model as it is now carries its saved versions, as the toolbar's Export model file does by default.
              const versions = history?.view.kind === 'now' ? await history.history.allContents() : [];
              exportModelFile(store, comments, versions);
            } else {
              downloadBlob(new Blob([serialiseModel(model)], { type: 'application/json' }), modelFileName(model.title));
            }
            return `Downloaded ${modelFileName(model.title)}.`;
        }
      } catch (error) {
        throw new Error(`The ${FORMAT_WORDS[format]} could not be made: ${reasonOf(error)}`);
      }
      downloadBlob(blob, name);
      return `Downloaded ${name}${detail}, ready in ${seconds(performance.now() - started)}.`;
    });

  const copyImage = () => {
    // The clipboard write starts inside the click (Safari allows it only then); the image follows.
    const copyPlan = format === 'png' ? plan : planRaster(drawing.width, drawing.height, 'print');
    let drawingError: unknown = null;
    const png = svgToPngBlob(drawing.svg, copyPlan);
    png.catch((error: unknown) => {
      drawingError = error;
    });
    const copying = copyPngToClipboard(png);
    void run('Copying the image…', async () => {
      const result = await copying;
      if (drawingError) throw new Error(`The image could not be made: ${reasonOf(drawingError)}`);
      if (!result.copied) throw new Error(result.reason);
      return `Copied a ${pixels(copyPlan.width, copyPlan.height)} PNG to the clipboard: paste it into your document.`;
    });
  };

  const viewImage = () =>
    run('Making an image of the current view…', async () => {
      const element = document.querySelector<HTMLElement>('.react-flow');
      if (!element) throw new Error('The canvas is not on screen, so there is no view to take an image of.');
      const started = performance.now();
      let blob: Blob;
      try {
        const legendElement = element.querySelector<HTMLElement>('.legend');
        const canvasBox = element.getBoundingClientRect();
        const legendBox = legendElement?.getBoundingClientRect();
        blob = await measured('view-image', () =>
          imageOfCurrentView({
            model,
            view: canvasViewOf(element),
            // The badges the canvas shows, whatever the dialog's own flags option says.
            flags: flagsOverlay(model, flags),
            // What the canvas shows, whatever the dialog's own progress option says.
            showProgress: store.getState().showProgress,
            routeLinks: store.getState().routeLinks,
            // The marks the canvas shows, whatever the dialog's own compare option says.
            ...(viewComparison ? { comparison: viewComparison } : {}),
            pixelRatio: window.devicePixelRatio || 1,
            ...(legendElement && legendBox ? { legend: { element: legendElement, left: legendBox.left - canvasBox.left, top: legendBox.top - canvasBox.top } } : {}),
          }),
        );
      } catch (error) {
        throw new Error(`The image of the current view could not be made: ${reasonOf(error)}`);
      }
      const name = exportFileName(model.title, 'png', '-view');
      downloadBlob(blob, name);
      return `Downloaded ${name}: exactly what is on the canvas now, ready in ${seconds(performance.now() - started)}.`;
    });

  const copyPresetWords = PRESET_LABELS[format === 'png' ? preset : 'print'].toLowerCase();

  return (
    <>
      <h2 id={titleId} className="export__title">
        Export
      </h2>
      <p className="export__intro">
        “{title}”, {plural(model.boxes.length, 'box', 'boxes')} and {plural(model.links.length, 'link')}: {model === wholeModel ? 'the whole model, whatever part of it is on screen' : 'only the pathway shown'},
        with the lanes, the title, today’s date ({date}) and a key to the link styles.
      </p>
      <div className="export__body">
        <div className="export__options">
          {pathway ? (
            <label className="export__check">
              <input type="checkbox" checked={onlyPathway} onChange={(event) => setOnlyPathway(event.target.checked)} />
              Only this pathway
            </label>
          ) : null}
          <RadioGroup legend="Format" name="export-format" value={format} choices={FORMATS} onChange={setFormat} />
          {format === 'png' ? (
            <RadioGroup
              legend="Scale"
              name="export-scale"
              value={preset}
              choices={PRESETS.map((id) => ({
                id,
                label: PRESET_LABELS[id],
                hint:
                  id === 'a4' || id === 'a3'
                    ? `${PAGE_PIXELS[id].width.toLocaleString('en-GB')} × ${PAGE_PIXELS[id].height.toLocaleString('en-GB')} pixels`
                    : id === 'screen'
                      ? 'as on screen'
                      : 'crisp when printed',
              }))}
              onChange={setPreset}
            />
          ) : null}
          {PAGED_FORMATS.has(format) ? (
            <RadioGroup
              legend={format === 'docx' ? 'Diagram page' : 'Page'}
              name="export-page"
              value={page}
              choices={PAGES.map(({ id, label, size }) => ({ id, label, hint: size }))}
              onChange={setPage}
            />
          ) : null}
          {COMPARE_FORMATS.has(format) ? <CompareWithField choice={compare} /> : null}
          {IMAGE_FORMATS.has(format) ? (
            <label className="export__check">
              <input type="checkbox" checked={flagsOnImage} onChange={(event) => setFlagsOnImage(event.target.checked)} />
              Show flags on the image
            </label>
          ) : null}
          {format === 'pptx' ? (
            <label className="export__check">
              <input type="checkbox" checked={outcomeSlides} onChange={(event) => setOutcomeSlides(event.target.checked)} />
              A slide for each final outcome’s pathway
            </label>
          ) : null}
          {IMAGE_FORMATS.has(format) || format === 'pptx' ? (
            <label className="export__check">
              <input type="checkbox" checked={progressOnImage} onChange={(event) => setProgressOnImage(event.target.checked)} />
              Show progress
            </label>
          ) : null}
          {TEXT_FORMATS.has(format) ? (
            <label className="export__check">
              <input type="checkbox" checked={flagsInText} onChange={(event) => setFlagsInText(event.target.checked)} />
              Include the flags summary
            </label>
          ) : null}
          {(TEXT_FORMATS.has(format) || format === 'docx') && comments ? (
            <label className="export__check">
              <input type="checkbox" checked={commentsInText} onChange={(event) => setCommentsInText(event.target.checked)} />
              Add the open comments as an appendix
            </label>
          ) : null}
        </div>
        <div className="export__side">
          <figure className="export__preview">
            {previewUrl ? (
              <img
                src={previewUrl}
                alt={`Preview of the diagram of “${title}”: seven lanes with their headings, ${plural(model.boxes.length, 'box', 'boxes')}, ${plural(model.links.length, 'link')}, the title, the date and the key.`}
              />
            ) : null}
            <figcaption>
              Preview{flagsOnImage ? ', with flags' : ''}
              {progressOnImage ? ', with progress' : ''}
            </figcaption>
          </figure>
          <PlannedOutput
            format={format}
            plan={plan}
            drawing={drawing}
            page={page}
            flags={flagsOnImage}
            progress={progressOnImage}
            since={compare.versions.find((info) => info.id === compare.chosenId)?.name}
          />
        </div>
      </div>

      <div className="export__messages">
        <p role="status" className="export__status">
          {busy ?? (outcome?.kind === 'done' ? outcome.text : '')}
        </p>
        {outcome?.kind === 'error' ? (
          <p role="alert" className="error-message">
            {outcome.text}
          </p>
        ) : null}
      </div>

      <p className="hint export__hint" id={`${titleId}-copy-hint`}>
        Copy image puts a {copyPresetWords} PNG of the whole model on the clipboard.
      </p>
      <p className="hint export__hint" id={`${titleId}-view-hint`}>
        Image of current view saves exactly what the canvas shows now, without the zoom controls and overview map.
      </p>
      <div className="export__actions">
        <button type="button" className="button--primary" onClick={() => void download()} disabled={busy !== null}>
          Download
        </button>
        <button type="button" onClick={copyImage} disabled={busy !== null} aria-describedby={`${titleId}-copy-hint`}>
          Copy image
        </button>
        <button type="button" onClick={() => void viewImage()} disabled={busy !== null} aria-describedby={`${titleId}-view-hint`}>
          Image of current view
        </button>
        <button type="button" className="export__close" onClick={onClose}>
          Close
        </button>
      </div>
    </>
  );
}
