/**
 * Reads this app's own workbook back into a model file (PRODUCT.md §14: an exact round trip of ids,
 * links, conditions, indicators with their measures and figures, evidence and ratings). Rows that cannot be read are left out and
 * named; the model file then goes through the one parse path like any other.
 */
import { isIsoDate } from '../domain/isoDate';
import type { Draft, FileRecord } from './draft';
import { fromFormulaSafe } from './formulaSafe';
import { FEATURES, featureById } from '../evidence/features';
import { levelForHeading } from './levelHeadings';
import { place, type Problems } from './problems';
import { findSheet, SheetView } from './sheetView';
import { ABOUT_ROWS, SHEETS } from './sheetNames';
import type { TableSource } from './table';
import { readMeasureFields, readValuesSheet } from './valuesSheet';
import { conditionKindFromWord, confidenceFromWord, evidenceKindFromWord, levelFromWord, progressFromWord, statusFromWord } from './words';

/** Sets each field that has text; an empty cell is an absent field. */
function withText(record: FileRecord, fields: Record<string, string>): FileRecord {
  for (const [field, value] of Object.entries(fields)) if (value) record[field] = value;
  return record;
}

const FEATURE_BY_NAME = new Map(FEATURES.map((feature) => [feature.name.toLowerCase(), feature.id]));

function featureId(text: string): string {
  return featureById(text)?.id ?? FEATURE_BY_NAME.get(text.toLowerCase()) ?? text;
}

function readAbout(source: TableSource): { title?: string; description?: string } {
  const about = findSheet(source.sheets, SHEETS.about);
  const found: { title?: string; description?: string } = {};
  for (const row of about?.rows ?? []) {
    const key = (row[0] ?? '').trim().toLowerCase();
    const value = fromFormulaSafe((row[1] ?? '').trim());
    if (key === ABOUT_ROWS.title.toLowerCase()) found.title = value;
    if (key === ABOUT_ROWS.description.toLowerCase() && value) found.description = value;
  }
  return found;
}

/** Whether a sheet name exists; a missing optional sheet is an empty one. */
function view(source: TableSource, name: string): SheetView | undefined {
  const sheet = findSheet(source.sheets, name);
  return sheet ? new SheetView(sheet) : undefined;
}

export function readOwnWorkbook(source: TableSource, problems: Problems): Draft {
  const boxes: FileRecord[] = [];
  const boxById = new Map<string, FileRecord>();
  const boxRow = new Map<string, number>();
  const boxesSheet = view(source, SHEETS.boxes);
  for (const row of boxesSheet?.dataRows() ?? []) {
    const sheet = boxesSheet as SheetView;
    const at = place(sheet.name, row);
    const id = sheet.text(row, 'ID') || `box-${row + 1}`;
    const earlier = boxRow.get(id);
    if (earlier !== undefined) {
      problems.note(`${at}: the ID “${id}” is already used in row ${earlier + 1}; this row is left out.`);
      continue;
    }
    const typeText = sheet.text(row, 'Type') || sheet.text(row, 'Level');
    const level = levelFromWord(typeText) ?? levelForHeading(typeText);
    if (!level) {
      problems.note(`${place(sheet.name, row, sheet.column('Type'))}: “${typeText}” is not a level; this box is left out.`);
      continue;
    }
    const box: FileRecord = { id, level, label: sheet.text(row, 'Label') };
    const feature = sheet.text(row, 'Evidence feature');
    withText(box, { notes: sheet.text(row, 'Description') || sheet.text(row, 'Notes'), feature: feature ? featureId(feature) : '', owner: sheet.text(row, 'Owner') });
    const y = Number(sheet.text(row, 'Y'));
    if (sheet.text(row, 'Y') && Number.isFinite(y)) box.y = y;
    const progressText = sheet.text(row, 'Progress');
    if (progressText) {
      const progress = progressFromWord(progressText);
      const confidence = confidenceFromWord(sheet.text(row, 'Confidence'));
      const date = sheet.text(row, 'Rated on');
      if (!progress) problems.note(`${place(sheet.name, row, sheet.column('Progress'))}: “${progressText}” is not a progress rating (Off track, At risk, On track, Achieved); the rating is left out.`);
      else if (!confidence) problems.note(`${place(sheet.name, row, sheet.column('Confidence'))}: a rating needs a confidence (Low, Medium, High); the rating is left out.`);
      else if (!isIsoDate(date)) problems.note(`${place(sheet.name, row, sheet.column('Rated on'))}: a rating needs the date it was made; the rating is left out.`);
      else box.rating = withText({ progress, confidence, date }, { by: sheet.text(row, 'Rated by') });
    }
    boxes.push(box);
    boxById.set(id, box);
    boxRow.set(id, row);
  }

  const links: FileRecord[] = [];
  const linkIds = new Set<string>();
  const linksSheet = view(source, SHEETS.links);
  for (const row of linksSheet?.dataRows() ?? []) {
    const sheet = linksSheet as SheetView;
    const at = place(sheet.name, row);
    const from = sheet.text(row, 'From');
    const to = sheet.text(row, 'To');
    const id = sheet.text(row, 'ID');
    if (!boxById.has(from)) problems.note(`${at}: From “${from}” is not a box ID; this link is left out.`);
    else if (!boxById.has(to)) problems.note(`${at}: To “${to}” is not a box ID; this link is left out.`);
    else if (from === to) problems.note(`${at}: links box “${from}” to itself; this link is left out.`);
    else if (id && linkIds.has(id)) problems.note(`${at}: the link ID “${id}” is already used; this link is left out.`);
    else {
      if (id) linkIds.add(id);
      links.push(withText({ ...(id ? { id } : {}), source: from, target: to }, { note: sheet.text(row, 'Description') || sheet.text(row, 'Note') }));
    }
  }

  const conditions: FileRecord[] = [];
  const conditionsSheet = view(source, SHEETS.conditions);
  for (const row of conditionsSheet?.dataRows() ?? []) {
    const sheet = conditionsSheet as SheetView;
    const kind = conditionKindFromWord(sheet.text(row, 'Kind'));
    if (!kind) {
      problems.note(`${place(sheet.name, row, sheet.column('Kind'))}: “${sheet.text(row, 'Kind')}” is neither Assumption nor Risk; this row is left out.`);
      continue;
    }
    const statusText = sheet.text(row, 'Status');
    const status = statusFromWord(statusText);
    const allowed = kind === 'assumption' ? ['holds', 'at-risk', 'unchecked'] : ['managed', 'live', 'unchecked'];
    const known = status && allowed.includes(status);
    if (statusText && !known) problems.note(`${place(sheet.name, row, sheet.column('Status'))}: “${statusText}” is not a status of ${kind === 'assumption' ? 'an assumption' : 'a risk'}; it is read as not yet checked.`);
    conditions.push(withText({ kind, text: sheet.text(row, 'Assumption or risk'), status: known ? status : 'unchecked' }, { id: sheet.text(row, 'ID'), comment: sheet.text(row, 'Comment') }));
  }

  const indicatorsSheet = view(source, SHEETS.indicators);
  for (const row of indicatorsSheet?.dataRows() ?? []) {
    const sheet = indicatorsSheet as SheetView;
    const box = boxById.get(sheet.text(row, 'Box ID'));
    if (!box) {
      problems.note(`${place(sheet.name, row)}: Box ID “${sheet.text(row, 'Box ID')}” is not a box ID; this indicator is left out.`);
      continue;
    }
    const due = sheet.text(row, 'Due');
    if (due && !isIsoDate(due)) problems.note(`${place(sheet.name, row, sheet.column('Due'))}: “${due}” is not a date; the indicator is kept without it.`);
    const indicator = withText({}, { id: sheet.text(row, 'ID'), text: sheet.text(row, 'Indicator'), source: sheet.text(row, 'Source'), baseline: sheet.text(row, 'Baseline'), target: sheet.text(row, 'Target'), due: isIsoDate(due) ? due : '' });
    if (indicator.text === undefined) indicator.text = '';
    readMeasureFields(sheet, row, indicator, problems);
    box.indicators = [...((box.indicators as FileRecord[] | undefined) ?? []), indicator];
  }

  readValuesSheet(view(source, SHEETS.values), boxById, problems);

  const evidenceSheet = view(source, SHEETS.evidence);
  for (const row of evidenceSheet?.dataRows() ?? []) {
    const sheet = evidenceSheet as SheetView;
    const box = boxById.get(sheet.text(row, 'Box ID'));
    const date = sheet.text(row, 'Date');
    const kind = evidenceKindFromWord(sheet.text(row, 'Kind'));
    if (!box) problems.note(`${place(sheet.name, row)}: Box ID “${sheet.text(row, 'Box ID')}” is not a box ID; this evidence is left out.`);
    else if (!isIsoDate(date)) problems.note(`${place(sheet.name, row, sheet.column('Date'))}: “${date}” is not a date; this evidence is left out.`);
    else if (!kind) problems.note(`${place(sheet.name, row, sheet.column('Kind'))}: “${sheet.text(row, 'Kind')}” is not a kind of evidence (Data, Feedback, Observation, Document, Other); this evidence is left out.`);
    else {
      const entry = withText({ date, kind, summary: sheet.text(row, 'Summary') }, { id: sheet.text(row, 'ID'), source: sheet.text(row, 'Source'), by: sheet.text(row, 'By') });
      box.evidence = [...((box.evidence as FileRecord[] | undefined) ?? []), entry];
    }
  }

  return { ...readAbout(source), boxes, links, conditions };
}
