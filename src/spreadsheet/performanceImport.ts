/**
 * A performance table's figures put into the open model (issue 22), as pure edits: a matched row
 * fills its indicator's periods; an unmatched row becomes a new indicator of the box the user chose,
 * or of a new box on the level chosen, or is left out. Says, row by row, what will be added and what
 * changes, for the preview; the store applies the returned model as one step, so one Undo takes the
 * whole import back. A blank cell never clears a figure the model has.
 */
import { addBox } from '../domain/edits';
import { newId } from '../domain/ids';
import { LEVELS, type LevelId } from '../domain/levels';
import { formatMeasureValue, POLARITY_WORDS } from '../domain/measureWords';
import { MAX_INDICATORS_PER_BOX, MAX_VALUES_PER_MEASURE } from '../domain/measureLimits';
import { setPeriodValues, updateMeasure, type ValuePatch } from '../domain/measureEdits';
import type { Box, Indicator, MeasuredValue, ModelContent } from '../domain/model';
import { frequencyOfKind, parsePeriod } from '../domain/periods';
import { addIndicator, updateIndicator } from '../domain/progressEdits';
import type { PerformanceRow, PerformanceTable, PerformanceValue } from './performanceTable';

export type RowChoice = { readonly kind: 'leave-out' } | { readonly kind: 'box'; readonly boxId: string } | { readonly kind: 'new-box'; readonly level: LevelId };

export interface RowOutcome {
  readonly row: PerformanceRow;
  /** Where its figures go, in words ("Families housed, in “Pooled budget”"), or why they do not. */
  readonly summary: string;
  readonly added: readonly string[];
  /** "2024/25 actual 20 → 22". */
  readonly changed: readonly string[];
  readonly leftOut: boolean;
}

export interface PerformanceImportPlan<M extends ModelContent> {
  readonly model: M;
  readonly outcomes: readonly RowOutcome[];
  readonly counts: { readonly measures: number; readonly added: number; readonly changed: number; readonly newIndicators: number; readonly newBoxes: number };
}

/** An unmatched row is left out until the user gives it a box. */
export function defaultChoice(row: PerformanceRow): RowChoice | undefined {
  return row.match ? undefined : { kind: 'leave-out' };
}

function boxName(box: Box | undefined): string {
  return box?.label.trim() || 'Untitled box';
}

function figure(value: number | undefined, unit: string | undefined): string {
  return value === undefined ? 'none' : formatMeasureValue(value, unit);
}

/** The periods from the first figure to the last: a gap inside them is kept as a period with no figure. */
function withInnerGaps(row: PerformanceRow, periods: readonly string[]): PerformanceValue[] {
  const given = new Map(row.values.map((value) => [value.period, value]));
  const measured = periods.filter((period) => given.get(period)?.actual !== undefined || given.get(period)?.target !== undefined);
  if (!measured.length) return [];
  const from = periods.indexOf(measured[0]!);
  const to = periods.indexOf(measured[measured.length - 1]!);
  return periods.slice(from, to + 1).map((period) => given.get(period) ?? { period });
}

function valueChanges(indicator: Indicator | undefined, values: readonly PerformanceValue[]): { added: string[]; changed: string[]; entries: { period: string; patch: ValuePatch }[] } {
  const old = new Map<string, MeasuredValue>((indicator?.values ?? []).map((value) => [value.period, value]));
  const unit = indicator?.unit;
  const added: string[] = [];
  const changed: string[] = [];
  const entries: { period: string; patch: ValuePatch }[] = [];
  for (const value of values) {
    const before = old.get(value.period);
    const patch: { actual?: number; target?: number } = {};
    if (value.actual !== undefined) patch.actual = value.actual;
    if (value.target !== undefined) patch.target = value.target;
    if (!before) {
      added.push(value.period);
      entries.push({ period: value.period, patch });
      continue;
    }
    const moves: string[] = [];
    if (patch.actual !== undefined && patch.actual !== before.actual) moves.push(`${value.period} actual ${figure(before.actual, unit)} → ${figure(patch.actual, unit)}`);
    if (patch.target !== undefined && patch.target !== before.target) moves.push(`${value.period} target ${figure(before.target, unit)} → ${figure(patch.target, unit)}`);
    if (moves.length) {
      changed.push(...moves);
      entries.push({ period: value.period, patch });
    }
  }
  return { added, changed, entries };
}

/** Why the row's periods cannot go on this indicator, if they cannot. */
function kindClash(indicator: Indicator, table: PerformanceTable): string | undefined {
  const first = indicator.values?.[0];
  const kind = first ? parsePeriod(first.period, indicator.frequency)?.kind : undefined;
  const frequency = kind ? frequencyOfKind(kind) : indicator.frequency;
  const tableKind = parsePeriod(table.periods[0] ?? '', table.frequency)?.kind;
  if (frequency && frequency !== table.frequency) return `it is ${frequency} and the table’s periods are ${table.frequency}`;
  if (kind && tableKind && kind !== tableKind) return `its periods (such as ${first!.period}) are not of the table’s kind (such as ${table.periods[0]})`;
  return undefined;
}

function describeFields(indicator: Indicator | undefined, row: PerformanceRow): string[] {
  const out: string[] = [];
  if (row.unit !== undefined && row.unit !== indicator?.unit) out.push(`unit ${row.unit}`);
  if (row.polarity && row.polarity !== indicator?.polarity) out.push(POLARITY_WORDS[row.polarity].toLowerCase());
  if (row.source !== undefined && row.source !== indicator?.source) out.push(`source ${row.source}`);
  return out;
}

export function planPerformanceImport<M extends ModelContent>(
  start: M,
  table: PerformanceTable,
  choices: ReadonlyMap<number, RowChoice>,
  makeId: (prefix: string) => string = newId,
): PerformanceImportPlan<M> {
  let model = start;
  const outcomes: RowOutcome[] = [];
  let newIndicators = 0;
  let newBoxes = 0;
  for (const row of table.rows) {
    const choice = row.match ? undefined : (choices.get(row.row) ?? defaultChoice(row));
    const values = withInnerGaps(row, table.periods);
    const leaveOut = (summary: string) => outcomes.push({ row, summary, added: [], changed: [], leftOut: true });
    if (choice?.kind === 'leave-out') {
      leaveOut(`${row.name}: left out.`);
      continue;
    }
    let boxId: string;
    let indicatorId: string;
    let where: string;
    if (row.match) {
      ({ boxId, indicatorId } = row.match);
      where = `in “${boxName(model.boxes.find((box) => box.id === boxId))}”`;
    } else if (choice?.kind === 'box') {
      boxId = choice.boxId;
      const box = model.boxes.find((candidate) => candidate.id === boxId);
      if (!box) {
        leaveOut(`${row.name}: left out (the box chosen is no longer in the model).`);
        continue;
      }
      if ((box.indicators?.length ?? 0) >= MAX_INDICATORS_PER_BOX) {
        leaveOut(`${row.name}: left out: “${boxName(box)}” already has ${MAX_INDICATORS_PER_BOX} indicators, the most a box may hold.`);
        continue;
      }
      indicatorId = makeId('ind');
      model = addIndicator(model, boxId, { id: indicatorId, text: row.name, frequency: table.frequency });
      newIndicators++;
      where = `a new indicator of “${boxName(box)}”`;
    } else {
      const level = (choice as { level: LevelId }).level;
      boxId = makeId('box');
      indicatorId = makeId('ind');
      model = addIndicator(addBox(model, { id: boxId, level, label: row.name }), boxId, { id: indicatorId, text: row.name, frequency: table.frequency });
      newBoxes++;
      newIndicators++;
      where = `a new box on ${LEVELS.find((candidate) => candidate.id === level)?.name ?? level}`;
    }
    const indicator = model.boxes.find((box) => box.id === boxId)?.indicators?.find((candidate) => candidate.id === indicatorId);
    if (!indicator) {
      leaveOut(`${row.name}: left out (its indicator is no longer in the model).`);
      continue;
    }
    const clash = kindClash(indicator, table);
    if (clash) {
      leaveOut(`${row.name}: left out: ${clash}.`);
      continue;
    }
    const fields = describeFields(indicator, row);
    const { added, changed, entries } = valueChanges(indicator, values);
    const room = MAX_VALUES_PER_MEASURE - (indicator.values?.length ?? 0);
    if (added.length > room) {
      leaveOut(`${row.name}: left out: it would have more than ${MAX_VALUES_PER_MEASURE} periods.`);
      continue;
    }
    if (row.source !== undefined && row.source !== indicator.source) model = updateIndicator(model, boxId, indicatorId, { source: row.source });
    model = updateMeasure(model, boxId, indicatorId, { ...(row.unit !== undefined ? { unit: row.unit } : {}), ...(row.polarity ? { polarity: row.polarity } : {}), ...(indicator.values?.length ? {} : { frequency: table.frequency }) });
    model = setPeriodValues(model, boxId, indicatorId, entries);
    const gaps = row.gaps.length ? ` No figure (blank or n/a): ${row.gaps.join(', ')}.` : '';
    const what = [added.length ? `${added.length} ${added.length === 1 ? 'period' : 'periods'} added (${added.join(', ')})` : '', changed.length ? `changed: ${changed.join('; ')}` : '', fields.length ? `set: ${fields.join(', ')}` : '']
      .filter(Boolean)
      .join('; ');
    outcomes.push({ row, summary: `${row.name}, ${where}: ${what || 'nothing new'}.${gaps}`, added, changed, leftOut: false });
  }
  const kept = outcomes.filter((outcome) => !outcome.leftOut);
  return {
    model,
    outcomes,
    counts: {
      measures: kept.length,
      added: kept.reduce((sum, outcome) => sum + outcome.added.length, 0),
      changed: kept.reduce((sum, outcome) => sum + outcome.changed.length, 0),
      newIndicators,
      newBoxes,
    },
  };
}
