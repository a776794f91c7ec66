/**
 * The one place to export the open model for a board paper (PRODUCT.md §8, issue 5): PNG at a chosen
 * scale, SVG, PDF, the text version (HTML or Markdown) and the model file; a preview; "Copy image";
 * and "Image of current view". Everything but the last is drawn from the model by src/export (the
 * whole model, whatever part is on screen); the view image is drawn from the model too, cropped to
 * the part on screen, with the on-screen legend cloned by html-to-image.
 *
 * This is the dialog's content, loaded with the export code when first wanted (ExportDialog.tsx).
 */
import { useCommentsStore } from '../store/CommentsContext';
import { useEffect, useId, useMemo, useState } from 'react';
import { analyseMemo } from '../analysis';
import { isoDateOf } from '../domain/isoDate';
import type { Model } from '../domain/model';
import { copyPngToClipboard, downloadBlob } from '../export/download';
import { exportFileName } from '../export/fileName';
import { flagsOverlay, flagsSummaryLines } from '../export/flagsForExport';
import { exportBoardReport } from '../export/boardReportFile';
import { exportPdf, type PdfPage } from '../export/pdf';
import { svgToPngBlob } from '../export/rasterise';
import { PAGE_PIXELS, PRESET_LABELS, planRaster, type RasterPlan, type RasterPreset } from '../export/size';
import { renderModelSvg, type RenderedSvg } from '../export/svg';
import { renderModelHtml, renderModelMarkdown } from '../export/text';
import { openCommentsAppendix } from '../export/commentsAppendix';
import { canvasViewOf, imageOfCurrentView } from '../export/viewImage';
import { CompareWithField, useCompareWith } from './versions/CompareWithField';
import { useHistoryControls } from './versions/HistoryContext';
import { modelFileName, serialiseModel } from '../file/serialise';
import { boxName } from '../actions/commands';
import { pathwayModel, type Pathway } from '../analysis/pathway';
import { exportPptx } from '../export/pptxFile';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { exportModelFile } from './exportModelFile';
import { formatDate, plural } from './format';
import './export.css';

type Format = 'png' | 'svg' | 'pdf' | 'docx' | 'pptx' | 'html' | 'markdown' | 'json' | 'xlsx' | 'csv';

interface FormatChoice {
  readonly id: Format;
  readonly label: string;
  readonly hint: string;
}

const FORMATS: readonly FormatChoice[] = [
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

const PRESETS: readonly RasterPreset[] = ['screen', 'print', 'a4', 'a3'];
const PAGES: readonly { id: PdfPage; label: string; size: string }[] = [
  { id: 'a4', label: 'A4 landscape', size: '297 × 210 mm' },
  { id: 'a3', label: 'A3 landscape', size: '420 × 297 mm' },
];

/** What each format is called in a sentence. */
const FORMAT_WORDS: Readonly<Record<Format, string>> = {
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

const IMAGE_FORMATS: ReadonlySet<Format> = new Set(['png', 'svg', 'pdf', 'docx']);
const PAGED_FORMATS: ReadonlySet<Format> = new Set(['pdf', 'docx']);
const TEXT_FORMATS: ReadonlySet<Format> = new Set(['html', 'markdown']);
/** The formats that can say what changed since a saved version. */
const COMPARE_FORMATS: ReadonlySet<Format> = new Set(['docx', 'html', 'markdown']);

/**
 * The pathway slides asked for: the pathway shown (unless the whole file is only that pathway),
 * and, when asked, what leads to each final outcome.
 */
function slidePathways(model: Model, pathway: Pathway | null, onlyPathway: boolean, eachOutcome: boolean): { title: string; boxIds: readonly string[] }[] {
  const named = (ids: readonly string[]) => model.boxes.filter((box) => ids.includes(box.id)).map(boxName).join(', ');
  const slides = pathway && !onlyPathway ? [{ title: named(pathway.anchorIds), boxIds: pathway.anchorIds }] : [];
  const source = onlyPathway && pathway ? pathwayModel(model, pathway) : model;
  if (eachOutcome) for (const box of source.boxes) if (box.level === 'outcomes') slides.push({ title: boxName(box), boxIds: [box.id] });
  return slides;
}

type Outcome = { readonly kind: 'done' | 'error'; readonly text: string };

function pixels(width: number, height: number): string {
  return `${width.toLocaleString('en-GB')} × ${height.toLocaleString('en-GB')} pixels`;
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Runs `work` and records how long it took as a User Timing measure (`export:<what>`), which the
 * browser bench and the performance panel read; nothing is added to the page's globals.
 */
function measured<T>(what: string, work: () => T): T {
  const start = performance.now();
  const record = () => performance.measure(`export:${what}`, { start, end: performance.now() });
  const result = work();
  if (result instanceof Promise) return result.finally(record) as T;
  record();
  return result;
}

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim() || 'the browser gave no reason';
}

/** A blob: URL for a string, revoked when the string changes or the component goes. */
function useObjectUrl(text: string, type: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([text], { type }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [text, type]);
  return url;
}

function RadioGroup<T extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  choices: readonly { id: T; label: string; hint?: string }[];
  onChange: (value: T) => void;
}) {
  const hintPrefix = useId();
  return (
    <fieldset className="export__group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <div className="export__choice" key={choice.id}>
          <label>
            <input
              type="radio"
              name={name}
              value={choice.id}
              checked={value === choice.id}
              onChange={() => onChange(choice.id)}
              aria-describedby={choice.hint ? `${hintPrefix}-${choice.id}` : undefined}
            />
            {choice.label}
          </label>
          {choice.hint ? (
            <span className="export__choice-hint" id={`${hintPrefix}-${choice.id}`}>
              {choice.hint}
            </span>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}

/** The sentence under the options saying what exactly will be made. */
function PlannedOutput({
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
  const marks = viewComparison && (format !== 'docx' || compare.isViewsEarlierSide) ? viewComparison : undefined;

  const today = isoDateOf(new Date());
  const previous = useEditor((state) => state.previousVersion) ?? undefined;
  const flags = useMemo(() => analyseMemo(model, today, previous), [model, today, previous]);
  const overlay = useMemo(() => (flagsOnImage ? flagsOverlay(model, flags) : undefined), [model, flags, flagsOnImage]);
  const drawing = useMemo(
    () => measured('svg-render', () => renderModelSvg(model, { date, showProgress: progressOnImage, ...(overlay ? { flags: overlay } : {}), ...(marks ? { comparison: marks } : {}) })),
    [model, date, overlay, progressOnImage, marks],
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
                ...(overlay ? { overlay } : {}),
                ...(marks ? { comparison: marks } : {}),
                ...(compareWith ? { compareWith } : {}),
                ...appendix(),
                onStep: (step) => setBusy(step),
              }),
            );
            name = exportFileName(model.title, 'docx');
            break;
          }
          case 'pptx':
            blob = await measured('pptx', () =>
              exportPptx(model, { date, flags, showProgress: progressOnImage, pathways: slidePathways(wholeModel, pathway, onlyPathway, outcomeSlides) }),
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
            const { exportSpreadsheet } = await import('../export/spreadsheetFile');
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
