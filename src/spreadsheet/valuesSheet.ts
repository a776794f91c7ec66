/**
 * Reading a measure back from this app's own workbook (PRODUCT.md §17): the unit, polarity,
 * frequency and tolerance on the Indicators sheet, and the Values sheet's figures, a row per
 * measure and period. A Values row whose indicator is not on the Indicators sheet (the CSV export
 * has no Indicators file) makes the indicator from the row's own columns. Rows that cannot be read
 * are left out and named, so that the model file the import makes always parses.
 */
import type { Frequency } from '../domain/model';
import { MAX_VALUES_PER_MEASURE } from '../domain/measureLimits';
import { readFigure } from '../domain/measureEdits';
import { frequencyOfKind, parsePeriod, periodLabel, type Period } from '../domain/periods';
import { isIsoDate } from '../domain/isoDate';
import type { FileRecord } from './draft';
import { place, type Problems } from './problems';
import type { SheetView } from './sheetView';
import { frequencyFromWord, polarityFromWord, valueStatusFromWord } from './words';

/** A figure as a cell holds it: a spreadsheet's number ("1e-7" included) or one written as people write them. */
export function cellFigure(text: string): number | undefined | 'not-a-figure' {
  if (!text) return undefined;
  const number = Number(text);
  if (Number.isFinite(number)) return number;
  const read = readFigure(text);
  return read.ok ? read.value : 'not-a-figure';
}

/** A period from a cell; a period a spreadsheet turned into a date (2025-04 → 2025-04-01) is its month. */
export function cellPeriod(text: string, frequency: Frequency | undefined): Period | undefined {
  return parsePeriod(isIsoDate(text) ? text.slice(0, 7) : text, frequency);
}

/** Sets the measure fields the row gives on the indicator record (only those it lacks, when `onlyMissing`). */
export function readMeasureFields(sheet: SheetView, row: number, indicator: FileRecord, problems: Problems, onlyMissing = false): void {
  const set = (field: string, value: unknown) => {
    if (value !== undefined && (!onlyMissing || indicator[field] === undefined)) indicator[field] = value;
  };
  set('unit', sheet.text(row, 'Unit') || undefined);
  const polarityText = sheet.text(row, 'Polarity');
  const polarity = polarityText ? polarityFromWord(polarityText) : undefined;
  if (polarityText && !polarity) problems.note(`${place(sheet.name, row, sheet.column('Polarity'))}: “${polarityText}” is not a polarity (Higher is better, Lower is better, Neither); it is left out.`);
  set('polarity', polarity);
  const frequencyText = sheet.text(row, 'Frequency');
  const frequency = frequencyText ? frequencyFromWord(frequencyText) : undefined;
  if (frequencyText && !frequency) problems.note(`${place(sheet.name, row, sheet.column('Frequency'))}: “${frequencyText}” is not a frequency (Annual, Quarterly, Monthly); it is left out.`);
  set('frequency', frequency);
  const toleranceText = sheet.text(row, 'Tolerance');
  if (toleranceText) {
    const tolerance = cellFigure(toleranceText);
    if (typeof tolerance === 'number' && tolerance >= 0) set('tolerance', tolerance);
    else problems.note(`${place(sheet.name, row, sheet.column('Tolerance'))}: “${toleranceText}” is not a tolerance (a number, 0 or more); it is left out.`);
  }
}

/** The Values sheet's rows onto the boxes' indicators. */
export function readValuesSheet(sheet: SheetView | undefined, boxById: ReadonlyMap<string, FileRecord>, problems: Problems): void {
  if (!sheet) return;
  const seen = new Map<FileRecord, Map<string, number>>();
  for (const row of sheet.dataRows()) {
    const at = place(sheet.name, row);
    const box = boxById.get(sheet.text(row, 'Box ID'));
    if (!box) {
      problems.note(`${at}: Box ID “${sheet.text(row, 'Box ID')}” is not a box ID; this value is left out.`);
      continue;
    }
    const indicators = ((box.indicators as FileRecord[] | undefined) ?? []).slice();
    const id = sheet.text(row, 'Indicator ID');
    let indicator = indicators.find((candidate) => (id ? candidate.id === id : candidate.text === sheet.text(row, 'Indicator')));
    if (!indicator) {
      indicator = { ...(id ? { id } : {}), text: sheet.text(row, 'Indicator') };
      indicators.push(indicator);
      box.indicators = indicators;
    }
    readMeasureFields(sheet, row, indicator, problems, true);
    const frequency = indicator.frequency as Frequency | undefined;
    const periodText = sheet.text(row, 'Period');
    const period = cellPeriod(periodText, frequency);
    if (!period) {
      problems.note(`${place(sheet.name, row, sheet.column('Period'))}: “${periodText}” is not a period (such as 2025/26, 2025/26 Q1 or 2025-04); this value is left out.`);
      continue;
    }
    const label = periodLabel(period);
    const values = (indicator.values as FileRecord[] | undefined) ?? [];
    const first = values[0] && cellPeriod(String(values[0].period), frequency);
    const periods = seen.get(indicator) ?? new Map<string, number>();
    seen.set(indicator, periods);
    if ((frequency && frequencyOfKind(period.kind) !== frequency) || (first && first.kind !== period.kind)) {
      problems.note(`${at}: the period ${label} is not of the measure’s kind (${first ? periodLabel(first) : frequency}); this value is left out.`);
      continue;
    }
    const earlier = periods.get(label);
    if (earlier !== undefined) {
      problems.note(`${at}: the period ${label} is already given in row ${earlier + 1}; this value is left out.`);
      continue;
    }
    if (values.length >= MAX_VALUES_PER_MEASURE) {
      problems.note(`${at}: the measure already has ${MAX_VALUES_PER_MEASURE} values, the most it may hold; this value is left out.`);
      continue;
    }
    const value: FileRecord = { period: label };
    for (const field of ['Actual', 'Target'] as const) {
      const figure = cellFigure(sheet.text(row, field));
      if (figure === 'not-a-figure') problems.note(`${place(sheet.name, row, sheet.column(field))}: “${sheet.text(row, field)}” is not a number; it is read as no figure.`);
      else if (figure !== undefined) value[field.toLowerCase()] = figure;
    }
    const statusText = sheet.text(row, 'Status');
    const status = statusText ? valueStatusFromWord(statusText) : undefined;
    if (statusText && !status) problems.note(`${place(sheet.name, row, sheet.column('Status'))}: “${statusText}” is not a status (Provisional, Final, Revised); it is left out.`);
    if (status) value.status = status;
    const note = sheet.text(row, 'Note');
    if (note) value.note = note;
    periods.set(label, row);
    indicator.values = [...values, value];
  }
}
