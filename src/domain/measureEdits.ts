/**
 * Pure edits of an indicator's measure (PRODUCT.md §17): what it counts and how, and its figures per
 * period. Like progressEdits.ts, each returns the same model when nothing changed, and ignores what
 * the file checks would refuse (an unknown polarity, a period that is not one, a figure that is not
 * a finite number), so that an edit can never make a stored model unopenable.
 */
import { FREQUENCIES, POLARITIES, VALUE_STATUSES, type Frequency, type Indicator, type MeasuredValue, type ModelContent, type Polarity, type ValueStatus } from './model';
import { frequencyOfKind, parsePeriod, periodLabel } from './periods';
import { replaceById, sameFields } from './patch';
import { MAX_VALUES_PER_MEASURE } from './measureLimits';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** '' or null clears a field; undefined leaves it as it is. */
export interface MeasurePatch {
  readonly unit?: string;
  readonly polarity?: Polarity | '';
  readonly frequency?: Frequency | '';
  readonly tolerance?: number | null;
}

/** '' or null clears a field; undefined leaves it as it is. */
export interface ValuePatch {
  readonly actual?: number | null;
  readonly target?: number | null;
  readonly status?: ValueStatus | '';
  readonly note?: string;
}

function updateIndicatorById<M extends ModelContent>(model: M, boxId: string, indicatorId: string, update: (indicator: Indicator) => Indicator): M {
  const boxes = replaceById(model.boxes, boxId, (box) => {
    const indicators = box.indicators;
    if (!indicators) return box;
    const next = replaceById(indicators, indicatorId, update);
    return next === indicators ? box : { ...box, indicators: next };
  });
  return boxes === model.boxes ? model : { ...model, boxes };
}

function setOrClear<T extends object, K extends keyof T>(target: Mutable<T>, key: K, value: T[K] | '' | null | undefined): void {
  if (value === undefined) return;
  if (value === '' || value === null) delete target[key];
  else target[key] = value as T[K];
}

/** The frequency a measure's figures are in, from their periods; undefined when it has none. */
function frequencyOfValues(indicator: Indicator): Frequency | undefined {
  const first = indicator.values?.[0];
  const period = first && parsePeriod(first.period, indicator.frequency);
  return period && frequencyOfKind(period.kind);
}

/**
 * Changes what a measure counts and how. The frequency of a measure that has figures is the
 * frequency of its periods: changing it then changes nothing (its periods would no longer fit).
 */
export function updateMeasure<M extends ModelContent>(model: M, boxId: string, indicatorId: string, patch: MeasurePatch): M {
  return updateIndicatorById(model, boxId, indicatorId, (indicator) => {
    const next: Mutable<Indicator> = { ...indicator };
    if (patch.unit !== undefined) setOrClear(next, 'unit', patch.unit.trim());
    if (patch.polarity === '' || (patch.polarity !== undefined && POLARITIES.includes(patch.polarity))) setOrClear(next, 'polarity', patch.polarity);
    if (patch.frequency !== undefined && (patch.frequency === '' || FREQUENCIES.includes(patch.frequency))) {
      const fixed = frequencyOfValues(indicator);
      if (!fixed) setOrClear(next, 'frequency', patch.frequency);
    }
    if (patch.tolerance === null || (typeof patch.tolerance === 'number' && Number.isFinite(patch.tolerance) && patch.tolerance >= 0)) {
      setOrClear(next, 'tolerance', patch.tolerance);
    }
    return next;
  });
}

function cleanValue(period: string, value: Partial<MeasuredValue>): MeasuredValue {
  const clean: Mutable<MeasuredValue> = { period };
  if (typeof value.actual === 'number' && Number.isFinite(value.actual)) clean.actual = value.actual;
  if (typeof value.target === 'number' && Number.isFinite(value.target)) clean.target = value.target;
  if (value.status && VALUE_STATUSES.includes(value.status)) clean.status = value.status;
  if (value.note) clean.note = value.note;
  return clean;
}

/** The period as the measure writes it, if it is one of the measure's kind. */
function periodFor(indicator: Indicator, written: string): string | undefined {
  const period = parsePeriod(written, indicator.frequency);
  if (!period) return undefined;
  const frequency = indicator.frequency ?? frequencyOfValues(indicator);
  if (frequency && frequencyOfKind(period.kind) !== frequency) return undefined;
  const first = indicator.values?.[0];
  const firstPeriod = first && parsePeriod(first.period, indicator.frequency);
  if (firstPeriod && firstPeriod.kind !== period.kind) return undefined;
  return periodLabel(period);
}

/** Values with one period's entry put in its place in time. */
function withEntry(indicator: Indicator, entry: MeasuredValue): Indicator {
  const values = indicator.values ?? [];
  const index = values.findIndex((value) => value.period === entry.period);
  if (index >= 0) {
    if (sameFields(values[index] as MeasuredValue, entry)) return indicator;
    const next = values.slice();
    next[index] = entry;
    return { ...indicator, values: next };
  }
  if (values.length >= MAX_VALUES_PER_MEASURE) return indicator;
  const at = parsePeriod(entry.period, indicator.frequency)!.index;
  let insertAt = values.findIndex((value) => (parsePeriod(value.period, indicator.frequency)?.index ?? 0) > at);
  if (insertAt < 0) insertAt = values.length;
  const next = [...values.slice(0, insertAt), entry, ...values.slice(insertAt)];
  const frequency = indicator.frequency ?? frequencyOfKind(parsePeriod(entry.period)!.kind);
  return { ...indicator, frequency, values: next };
}

/** Adds a period with no figures yet (a gap until one is entered). Nothing changes for a period it has, or one of another kind. */
export function addPeriod<M extends ModelContent>(model: M, boxId: string, indicatorId: string, written: string): M {
  return updateIndicatorById(model, boxId, indicatorId, (indicator) => {
    const period = periodFor(indicator, written);
    if (!period || indicator.values?.some((value) => value.period === period)) return indicator;
    return withEntry(indicator, { period });
  });
}

/** Sets one period's figures, adding the period when the measure lacks it. */
export function setPeriodValue<M extends ModelContent>(model: M, boxId: string, indicatorId: string, written: string, patch: ValuePatch): M {
  return updateIndicatorById(model, boxId, indicatorId, (indicator) => {
    const period = periodFor(indicator, written);
    if (!period) return indicator;
    const merged: Mutable<Partial<MeasuredValue>> = { ...indicator.values?.find((value) => value.period === period) };
    setOrClear(merged, 'actual', patch.actual);
    setOrClear(merged, 'target', patch.target);
    setOrClear(merged, 'status', patch.status);
    if (patch.note !== undefined) setOrClear(merged, 'note', patch.note);
    return withEntry(indicator, cleanValue(period, merged));
  });
}

export function removePeriod<M extends ModelContent>(model: M, boxId: string, indicatorId: string, period: string): M {
  return updateIndicatorById(model, boxId, indicatorId, (indicator) => {
    const values = indicator.values ?? [];
    const next = values.filter((value) => value.period !== period);
    if (next.length === values.length) return indicator;
    if (next.length) return { ...indicator, values: next };
    const { values: _values, ...rest } = indicator;
    return rest;
  });
}

/**
 * Sets many periods at once (a paste, an import), as one edit: each entry patches its period.
 * Entries whose period is not one of the measure's are left out.
 */
export function setPeriodValues<M extends ModelContent>(model: M, boxId: string, indicatorId: string, entries: readonly { period: string; patch: ValuePatch }[]): M {
  let next = model;
  for (const entry of entries) next = setPeriodValue(next, boxId, indicatorId, entry.period, entry.patch);
  return next;
}

/** A cell's text read as a figure. */
export type FigureReading = { readonly ok: true; readonly value?: number } | { readonly ok: false };

const FIGURE = /^[-+−]?\(?[£$€]?\s*[-+−]?\d[\d,]*(\.\d+)?\s*%?\)?$|^[-+−]?[£$€]?\.\d+\s*%?$/;

/**
 * What a person or a spreadsheet writes for a figure: "1,234", "-3.5", "45%", "£12", "(12)" for a
 * negative amount, as accountants write it. Empty text is a gap (no figure), never a zero. Anything
 * else ("14 families", "n/a") is not a figure.
 */
export function readFigure(text: string): FigureReading {
  const trimmed = text.trim().replace(/\u00a0/g, ' ');
  if (!trimmed) return { ok: true };
  if (!FIGURE.test(trimmed)) return { ok: false };
  const negative = /^[-−]|^\(.*\)$|^[£$€]?\s*[-−]/.test(trimmed);
  const digits = trimmed.replace(/[^\d.]/g, '');
  if ((digits.match(/\./g) ?? []).length > 1) return { ok: false };
  const value = Number(digits);
  if (!Number.isFinite(value)) return { ok: false };
  return { ok: true, value: negative ? -value : value };
}
