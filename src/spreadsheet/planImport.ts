/**
 * From a recognised spreadsheet and the user's choices to the model that "Import" would make, with
 * counts, the first rows and every problem. The model is made through parseModelDocument, the one
 * way into the app, and boxes that came without positions are laid out in their lanes there.
 */
import type { LevelMapping } from './levelChoices';
import { readKumu } from './kumu';
import { readLogicModelTable } from './logicModelTable';
import type { Draft } from './draft';
import { readOwnWorkbook } from './ownWorkbook';
import { Problems, type ImportProblem } from './problems';
import type { Recognition } from './recognise';
import { SPREADSHEET_LIMITS, type SheetTable, type TableSource } from './table';
import type { ModelContent } from '../domain/model';
import { MODEL_FILE_FORMAT, MODEL_FILE_VERSION } from '../file/format';
import { parseModelDocument } from '../file/parse';
import { SHEETS } from './sheetNames';
import { findSheet } from './sheetView';

export interface ImportSettings {
  /** The new model's title; empty for the one the source suggests. */
  readonly title: string;
  readonly mapping: LevelMapping;
  readonly linkRows: boolean;
}

export interface ImportCounts {
  readonly boxes: number;
  readonly links: number;
  readonly conditions: number;
  readonly indicators: number;
  readonly evidence: number;
  /** The measures' figures: a period's entry each. */
  readonly values: number;
}

export interface ImportPlan {
  readonly problems: readonly ImportProblem[];
  readonly counts: ImportCounts;
  /** The model "Import" makes; null when a blocking problem stops it. */
  readonly model: ModelContent | null;
  /** The sheet the boxes come from, and its first rows. */
  readonly preview: { readonly sheet: string; readonly rows: readonly (readonly string[])[] };
}

const PREVIEW_ROWS = 6;
const PREVIEW_COLUMNS = 10;
const PREVIEW_CELL = 80;

/** The title a source suggests: its file name without the extension. */
export function suggestedTitle(source: TableSource): string {
  return source.name.replace(/(-csv)?\.zip$|\.(xlsx|csv|txt)$/i, '').trim() || 'Imported model';
}

function mainSheet(source: TableSource, recognition: Recognition): SheetTable | undefined {
  switch (recognition.layout) {
    case 'own':
      return findSheet(source.sheets, SHEETS.boxes) ?? source.sheets[0];
    case 'kumu':
      return source.sheets[recognition.sheets.elements];
    case 'table':
      return source.sheets[recognition.table.sheet];
    case 'none':
      return source.sheets[0];
  }
}

function previewOf(sheet: SheetTable | undefined): ImportPlan['preview'] {
  const rows = (sheet?.rows ?? []).slice(0, PREVIEW_ROWS).map((row) => row.slice(0, PREVIEW_COLUMNS).map((cell) => (cell.length > PREVIEW_CELL ? `${cell.slice(0, PREVIEW_CELL)}…` : cell)));
  return { sheet: sheet?.name ?? '', rows };
}

function readDraft(source: TableSource, recognition: Recognition, settings: ImportSettings, problems: Problems): Draft | null {
  switch (recognition.layout) {
    case 'own':
      return readOwnWorkbook(source, problems);
    case 'kumu':
      return readKumu(source, recognition.sheets, settings.mapping, problems);
    case 'table':
      return readLogicModelTable(source.sheets[recognition.table.sheet] as SheetTable, recognition.table, settings.mapping, settings.linkRows, problems);
    case 'none':
      problems.block(recognition.summary);
      return null;
  }
}

const NO_COUNTS: ImportCounts = { boxes: 0, links: 0, conditions: 0, indicators: 0, evidence: 0, values: 0 };

export function planImport(source: TableSource, recognition: Recognition, settings: ImportSettings): ImportPlan {
  const problems = new Problems();
  for (const sheet of source.sheets) {
    if (sheet.formulaCells) problems.note(`${sheet.name}: ${sheet.formulaCells} ${sheet.formulaCells === 1 ? 'cell holds a formula' : 'cells hold formulas'}; the values last saved with the file are read, and no formula is run.`);
  }
  const preview = previewOf(mainSheet(source, recognition));
  const draft = readDraft(source, recognition, settings, problems);
  if (!draft) return { problems: problems.list, counts: NO_COUNTS, model: null, preview };
  if (draft.boxes.length === 0) {
    problems.block(recognition.layout === 'own' ? 'There are no boxes in the Boxes sheet, so there is nothing to import.' : 'No boxes: choose a level for at least one column or type in the mapping above.');
    return { problems: problems.list, counts: NO_COUNTS, model: null, preview };
  }
  if (draft.boxes.length > SPREADSHEET_LIMITS.boxes) {
    problems.block(`This would make ${draft.boxes.length.toLocaleString('en-GB')} boxes; a model may have at most ${SPREADSHEET_LIMITS.boxes.toLocaleString('en-GB')}. Split the spreadsheet and import it in parts.`);
    return { problems: problems.list, counts: NO_COUNTS, model: null, preview };
  }
  const title = settings.title.trim() || draft.title?.trim() || suggestedTitle(source);
  const document: Record<string, unknown> = {
    format: MODEL_FILE_FORMAT,
    formatVersion: MODEL_FILE_VERSION,
    title,
    ...(draft.description ? { description: draft.description } : {}),
    boxes: draft.boxes,
    links: draft.links,
    conditions: draft.conditions,
  };
  const parsed = parseModelDocument(document);
  if (!parsed.ok) {
    problems.block(`The model could not be made: ${parsed.error}`);
    return { problems: problems.list, counts: NO_COUNTS, model: null, preview };
  }
  const { model } = parsed;
  const counts: ImportCounts = {
    boxes: model.boxes.length,
    links: model.links.length,
    conditions: model.conditions.length,
    indicators: model.boxes.reduce((sum, box) => sum + (box.indicators?.length ?? 0), 0),
    evidence: model.boxes.reduce((sum, box) => sum + (box.evidence?.length ?? 0), 0),
    values: model.boxes.reduce((sum, box) => sum + (box.indicators ?? []).reduce((inBox, indicator) => inBox + (indicator.values?.length ?? 0), 0), 0),
  };
  return { problems: problems.list, counts, model, preview };
}
