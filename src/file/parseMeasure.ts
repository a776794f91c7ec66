/**
 * Reads an indicator's measure from a version-4 model file (PRODUCT.md §7, §17): its unit, polarity,
 * frequency, tolerance and figures per period. Every problem names the box, the indicator and the
 * period. Periods are read as people write them and kept as periods.ts writes them.
 */
import { FREQUENCIES, POLARITIES, VALUE_STATUSES, type Frequency, type Indicator, type MeasuredValue, type Polarity, type ValueStatus } from '../domain/model';
import { MAX_VALUES_PER_MEASURE } from '../domain/measureLimits';
import { frequencyOfKind, parsePeriod, periodLabel, type PeriodKind } from '../domain/periods';
import { describe, FileProblem, isRecord, optionalNumber, optionalText } from './fields';


type Measure = Pick<Indicator, 'unit' | 'polarity' | 'frequency' | 'tolerance' | 'values'>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const KIND_WORDS: Readonly<Record<PeriodKind, string>> = {
  'financial-year': 'a financial year',
  'calendar-year': 'a calendar year',
  'financial-quarter': 'a quarter of a financial year',
  'calendar-quarter': 'a quarter of a calendar year',
  month: 'a month',
};

export const PERIOD_FORMS = '2025/26 (a financial year), 2025 (a calendar year), 2025/26 Q1 (a quarter) or 2025-04 (a month)';

function optionalOneOf<T extends string>(record: Record<string, unknown>, field: string, allowed: readonly T[], where: string): T | undefined {
  const value = record[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new FileProblem(`${where}: "${field}" must be one of ${allowed.join(', ')}, but it is ${describe(value)}.`);
  }
  return value as T;
}

function readValue(raw: unknown, where: string, frequency: Frequency | undefined): { value: MeasuredValue; kind: PeriodKind } {
  if (!isRecord(raw)) throw new FileProblem(`${where} must be an object, but it is ${describe(raw)}.`);
  const written = raw.period;
  if (typeof written !== 'string' || !written.trim()) {
    throw new FileProblem(written === undefined ? `${where} has no "period".` : `${where}: "period" must be text such as 2025/26, but it is ${describe(written)}.`);
  }
  const period = parsePeriod(written, frequency);
  if (!period) throw new FileProblem(`${where}: "period" ${describe(written)} is not a period; write ${PERIOD_FORMS}.`);
  const label = periodLabel(period);
  const periodWhere = `${where} (${label})`;
  const actual = optionalNumber(raw, 'actual', periodWhere);
  const target = optionalNumber(raw, 'target', periodWhere);
  const status = optionalOneOf<ValueStatus>(raw, 'status', VALUE_STATUSES, periodWhere);
  const note = optionalText(raw, 'note', periodWhere);
  const value: Mutable<MeasuredValue> = { period: label };
  if (actual !== undefined) value.actual = actual;
  if (target !== undefined) value.target = target;
  if (status) value.status = status;
  if (note !== undefined) value.note = note;
  return { value, kind: period.kind };
}

function readValues(list: unknown, where: string, frequency: Frequency | undefined): { values: MeasuredValue[]; kind?: PeriodKind } {
  if (list === undefined || list === null) return { values: [] };
  if (!Array.isArray(list)) throw new FileProblem(`${where}: "values" must be a list, but it is ${describe(list)}.`);
  if (list.length > MAX_VALUES_PER_MEASURE) {
    throw new FileProblem(`${where} has ${list.length.toLocaleString('en-GB')} values; a measure holds at most ${MAX_VALUES_PER_MEASURE}.`);
  }
  const seen = new Map<string, number>();
  let kind: PeriodKind | undefined;
  const values: { value: MeasuredValue; index: number }[] = [];
  list.forEach((raw, index) => {
    const read = readValue(raw, `${where}, value ${index + 1}`, frequency);
    const label = read.value.period;
    const earlier = seen.get(label);
    if (earlier !== undefined) throw new FileProblem(`${where} gives the period ${label} twice (values ${earlier + 1} and ${index + 1}); each period has one entry.`);
    seen.set(label, index);
    if (frequency && frequencyOfKind(read.kind) !== frequency) {
      throw new FileProblem(`${where}, value ${index + 1}: the period ${label} is ${KIND_WORDS[read.kind]}, but the measure is ${frequency}.`);
    }
    if (kind && read.kind !== kind) {
      throw new FileProblem(`${where}, value ${index + 1}: the period ${label} is ${KIND_WORDS[read.kind]}, but the measure's other periods are each ${KIND_WORDS[kind]}.`);
    }
    kind = read.kind;
    values.push({ value: read.value, index });
  });
  // In time order, whatever order the file gave them in.
  const indexOf = (label: string) => parsePeriod(label, frequency ?? (kind && frequencyOfKind(kind)))?.index ?? 0;
  values.sort((a, b) => indexOf(a.value.period) - indexOf(b.value.period) || a.index - b.index);
  return { values: values.map((entry) => entry.value), ...(kind ? { kind } : {}) };
}

/** The measure fields of one indicator record; those not given are left out. */
export function parseMeasure(item: Record<string, unknown>, where: string): Measure {
  const measure: Mutable<Measure> = {};
  const unit = optionalText(item, 'unit', where);
  const polarity = optionalOneOf<Polarity>(item, 'polarity', POLARITIES, where);
  const frequency = optionalOneOf<Frequency>(item, 'frequency', FREQUENCIES, where);
  const tolerance = optionalNumber(item, 'tolerance', where);
  if (tolerance !== undefined && tolerance < 0) throw new FileProblem(`${where}: "tolerance" must be 0 or more, but it is ${tolerance}.`);
  const { values, kind } = readValues(item.values, where, frequency);
  if (unit !== undefined) measure.unit = unit;
  if (polarity) measure.polarity = polarity;
  // A measure with figures always knows its frequency: the file may leave it to the periods.
  const knownFrequency = frequency ?? (kind && frequencyOfKind(kind));
  if (knownFrequency) measure.frequency = knownFrequency;
  if (tolerance !== undefined) measure.tolerance = tolerance;
  if (values.length) measure.values = values;
  return measure;
}
