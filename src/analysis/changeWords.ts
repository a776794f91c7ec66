/**
 * Each change between two versions said in plain words, for the "What changed" list, a board paper
 * and a screen reader alike (PRODUCT.md §12); and the list's groups with their titles and counts.
 * Words for progress, levels, condition statuses and dates are the ones the rest of the app uses.
 */
import type { ChangeGroup, FieldChange, IndicatorField, EvidenceField, LinkEnd, ModelChange, BoxField, ValueField } from '../domain/changes';
import { CHANGE_GROUPS } from '../domain/changes';
import { CONDITION_STATUS_WORDS } from '../domain/conditionWords';
import { isIsoDate, ukLongDate } from '../domain/isoDate';
import { levelName } from '../domain/levels';
import type { ConditionKind, EvidenceEntry, EvidenceKind, Frequency, MeasuredValue, Polarity, Rating, ValueStatus } from '../domain/model';
import { formatNumber, FREQUENCY_WORDS, POLARITY_WORDS, VALUE_STATUS_WORDS } from '../domain/measureWords';
import { CONFIDENCE_WORDS, EVIDENCE_KIND_WORDS, PROGRESS_WORDS } from '../domain/progress';
import { quoted } from '../domain/quoted';
import { featureById } from '../evidence/features';

// Long enough to recognise a box or an entry, short enough that a list of changes stays readable.
const LONGEST_NAME = 60;

export const CHANGE_GROUP_TITLES: Readonly<Record<ChangeGroup, string>> = {
  boxes: 'Boxes',
  links: 'Links',
  conditions: 'Assumptions and risks',
  progress: 'Progress',
  indicators: 'Indicators',
  measures: 'Measures',
  evidence: 'Evidence',
  model: 'Title and description',
};

/** What a missing value is called beside a before or after. */
export const NONE_WORD = 'none';
export const NOT_RATED_WORD = 'Not rated';

const BOX_FIELD_WORDS: Readonly<Record<BoxField, string>> = { notes: 'notes', feature: 'evidence feature', owner: 'owner' };
export const INDICATOR_FIELD_WORDS: Readonly<Record<IndicatorField, string>> = {
  text: 'wording',
  source: 'source',
  baseline: 'baseline',
  target: 'target',
  due: 'due date',
  unit: 'unit',
  polarity: 'polarity',
  frequency: 'frequency',
  tolerance: 'tolerance',
};
export const VALUE_FIELD_WORDS: Readonly<Record<ValueField, string>> = { actual: 'actual', target: 'target', status: 'status', note: 'note' };
export const EVIDENCE_FIELD_WORDS: Readonly<Record<EvidenceField, string>> = {
  date: 'date',
  kind: 'kind',
  summary: 'summary',
  source: 'source',
  by: 'added by',
};
const CONDITION_KIND_WORDS: Readonly<Record<ConditionKind, string>> = { assumption: 'assumption', risk: 'risk' };

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A box's label in quotation marks, or "an untitled box". */
export function boxLabelWords(label: string): string {
  return quoted(label, 'an untitled box', LONGEST_NAME);
}

/** “Joint training” (Activities) */
function boxWithLevel(label: string, level: Parameters<typeof levelName>[0]): string {
  return `${boxLabelWords(label)} (${levelName(level)})`;
}

/** "box “Joint training”", or "an untitled box": for sentences such as "Added …". */
function boxPhrase(label: string): string {
  return label.trim() ? `box ${boxLabelWords(label)}` : 'an untitled box';
}

/** “A” → “B” */
export function linkWords(source: LinkEnd, target: LinkEnd): string {
  return `${boxLabelWords(source.label)} → ${boxLabelWords(target.label)}`;
}

/** A date as a UK reader writes it; a value that is not a date is left as it is. */
function dateWords(value: string): string {
  return isIsoDate(value) ? ukLongDate(value) : value;
}

/** An evidence feature's name, or its id when the library does not know it. */
export function featureName(id: string): string {
  return featureById(id)?.name ?? id;
}

function featureWords(id: string): string {
  return quoted(featureName(id), id);
}

/** A box field's value as words, or undefined when it has none. */
export function boxFieldValueWords(field: BoxField, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return field === 'feature' ? featureWords(value) : quoted(value, NONE_WORD, field === 'notes' ? LONGEST_NAME : Infinity);
}

export function indicatorFieldValueWords(field: IndicatorField, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (field === 'due') return dateWords(value);
  if (field === 'polarity') return POLARITY_WORDS[value as Polarity] ?? value;
  if (field === 'frequency') return FREQUENCY_WORDS[value as Frequency] ?? value;
  if (field === 'tolerance') return formatNumber(Number(value));
  return quoted(value, NONE_WORD, LONGEST_NAME);
}

/** One figure of a period as words: a number plain, a status by its word. */
export function valueFieldWords(value: MeasuredValue, field: ValueField): string | undefined {
  const figure = value[field];
  if (figure === undefined) return undefined;
  if (field === 'status') return VALUE_STATUS_WORDS[figure as ValueStatus];
  return typeof figure === 'number' ? formatNumber(figure) : quoted(figure, NONE_WORD, LONGEST_NAME);
}

/** "actual 22, target 40": the figures of a period that are set, or "no figures". */
function periodFiguresWords(value: MeasuredValue): string {
  const parts: string[] = [];
  if (value.actual !== undefined) parts.push(`actual ${formatNumber(value.actual)}`);
  if (value.target !== undefined) parts.push(`target ${formatNumber(value.target)}`);
  return parts.length ? parts.join(', ') : 'no figures';
}

/** A measure as a change names it: its text, cut to a readable length. */
function measureName(text: string): string {
  const trimmed = text.trim() || 'Measure';
  return trimmed.length > LONGEST_NAME ? `${trimmed.slice(0, LONGEST_NAME - 1)}…` : trimmed;
}

export function evidenceFieldValueWords(field: EvidenceField, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (field === 'date') return dateWords(value);
  if (field === 'kind') return EVIDENCE_KIND_WORDS[value as EvidenceKind] ?? value;
  return quoted(value, NONE_WORD, LONGEST_NAME);
}

/** "On track, confidence Medium" */
export function ratingWords(rating: Rating): string {
  return `${PROGRESS_WORDS[rating.progress]}, confidence ${CONFIDENCE_WORDS[rating.confidence]}`;
}

/** 1 October 2026, “Survey of partners” */
export function evidenceWords(entry: EvidenceEntry): string {
  return `${dateWords(entry.date)}, ${quoted(entry.summary, 'with no summary', LONGEST_NAME)}`;
}

/** "changed from A to B", "set to B" or "removed (was A)": a value that may be missing on either side. */
function changedValue(before: string | undefined, after: string | undefined): string {
  if (before === undefined) return `set to ${after ?? NONE_WORD}`;
  if (after === undefined) return `removed (was ${before})`;
  return `changed from ${before} to ${after}`;
}

/** "added", "changed" or "removed": for long texts (notes, comments, description) the list does not repeat. */
function textChanged(before: string | undefined, after: string | undefined): string {
  return before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
}

function fieldsInWords<Field extends string>(
  fields: readonly FieldChange<Field>[],
  names: Readonly<Record<Field, string>>,
  valueWords: (field: Field, value: string | undefined) => string | undefined,
): string {
  return fields.map((each) => `${names[each.field]} ${changedValue(valueWords(each.field, each.before), valueWords(each.field, each.after))}`).join('; ');
}

function conditionWords(kind: ConditionKind, text: string): string {
  return `${CONDITION_KIND_WORDS[kind]} ${quoted(text, '(with no text)', LONGEST_NAME)}`;
}

/** One change as a sentence, e.g. Relabelled box “Pooled budget” → “Pooled budget 2026” (Inputs). */
export function changeInWords(change: ModelChange): string {
  switch (change.kind) {
    case 'box-added':
      return `Added ${boxPhrase(change.label)} (${levelName(change.level)})`;
    case 'box-removed':
      return `Removed ${boxPhrase(change.label)} (${levelName(change.level)})`;
    case 'box-relabelled':
      return `Relabelled ${boxPhrase(change.before)} → ${boxLabelWords(change.after)} (${levelName(change.level)})`;
    case 'box-level-changed':
      return `Moved ${boxPhrase(change.label)} from ${levelName(change.before)} to ${levelName(change.after)}`;
    case 'box-field-changed': {
      const name = boxWithLevel(change.label, change.level);
      const field = BOX_FIELD_WORDS[change.field];
      if (change.field === 'notes') return `${capitalised(name)}: notes ${textChanged(change.before, change.after)}`;
      return `${capitalised(name)}: ${field} ${changedValue(boxFieldValueWords(change.field, change.before), boxFieldValueWords(change.field, change.after))}`;
    }
    case 'link-added':
      return `Added link ${linkWords(change.source, change.target)}`;
    case 'link-removed':
      return `Removed link ${linkWords(change.source, change.target)}`;
    case 'link-reconnected':
      return `Reconnected link ${linkWords(change.sourceBefore, change.targetBefore)}: now ${linkWords(change.source, change.target)}`;
    case 'link-note-changed':
      return `Link ${linkWords(change.source, change.target)}: note ${textChanged(change.before, change.after)}`;
    case 'condition-added':
      return `Added ${conditionWords(change.conditionKind, change.text)} (${CONDITION_STATUS_WORDS[change.status]})`;
    case 'condition-removed':
      return `Removed ${conditionWords(change.conditionKind, change.text)}`;
    case 'condition-text-changed':
      return `Reworded ${conditionWords(change.conditionKind, change.before)} as ${quoted(change.after, '(no text)', LONGEST_NAME)}`;
    case 'condition-status-changed':
      return `${capitalised(conditionWords(change.conditionKind, change.text))}: status changed from ${CONDITION_STATUS_WORDS[change.before]} to ${CONDITION_STATUS_WORDS[change.after]}`;
    case 'condition-comment-changed':
      return `${capitalised(conditionWords(change.conditionKind, change.text))}: comment ${textChanged(change.before, change.after)}`;
    case 'rating-added':
      return `${capitalised(boxLabelWords(change.label))}: newly rated ${ratingWords(change.rating)}`;
    case 'rating-removed':
      return `${capitalised(boxLabelWords(change.label))}: rating removed (was ${ratingWords(change.rating)})`;
    case 'progress-changed':
      return `${capitalised(boxLabelWords(change.label))}: progress ${change.direction === 'improved' ? 'improved' : 'got worse'} from ${PROGRESS_WORDS[change.before]} to ${PROGRESS_WORDS[change.after]}`;
    case 'confidence-changed':
      return `${capitalised(boxLabelWords(change.label))}: confidence changed from ${CONFIDENCE_WORDS[change.before]} to ${CONFIDENCE_WORDS[change.after]}`;
    case 'indicator-added':
      return `Added indicator to ${boxLabelWords(change.label)}: ${quoted(change.indicator.text, '(with no text)', LONGEST_NAME)}`;
    case 'indicator-removed':
      return `Removed indicator from ${boxLabelWords(change.label)}: ${quoted(change.indicator.text, '(with no text)', LONGEST_NAME)}`;
    case 'indicator-changed':
      return `${capitalised(boxLabelWords(change.label))}: indicator ${quoted(change.indicator.text, '(with no text)', LONGEST_NAME)}: ${fieldsInWords(change.fields, INDICATOR_FIELD_WORDS, indicatorFieldValueWords)}`;
    case 'value-added': {
      const figures = periodFiguresWords(change.value);
      return `${measureName(change.indicator.text)}: ${change.value.period} ${figures === 'no figures' ? 'added, with no figures yet' : `${figures} added`}`;
    }
    case 'value-removed':
      return `${measureName(change.indicator.text)}: ${change.value.period} removed (was ${periodFiguresWords(change.value)})`;
    case 'value-changed':
      return `${measureName(change.indicator.text)}: ${change.period} ${change.fields
        .map((field) =>
          field === 'note'
            ? `note ${textChanged(change.before.note, change.after.note)}`
            : `${VALUE_FIELD_WORDS[field]} ${changedValue(valueFieldWords(change.before, field), valueFieldWords(change.after, field))}`,
        )
        .join('; ')}`;
    case 'evidence-added':
      return `Added evidence to ${boxLabelWords(change.label)}: ${evidenceWords(change.entry)}`;
    case 'evidence-removed':
      return `Removed evidence from ${boxLabelWords(change.label)}: ${evidenceWords(change.entry)}`;
    case 'evidence-changed':
      return `${capitalised(boxLabelWords(change.label))}: evidence ${evidenceWords(change.entry)}: ${fieldsInWords(change.fields, EVIDENCE_FIELD_WORDS, evidenceFieldValueWords)}`;
    case 'title-changed':
      return `Title changed from ${quoted(change.before, '(no title)')} to ${quoted(change.after, '(no title)')}`;
    case 'description-changed':
      return `Description ${textChanged(change.before, change.after)}`;
  }
}

export interface ChangeGroupList {
  readonly group: ChangeGroup;
  readonly title: string;
  readonly changes: readonly ModelChange[];
}

/** The groups that have changes, in the list's order, each with its changes (in the diff's order). */
export function groupChanges(changes: readonly ModelChange[]): ChangeGroupList[] {
  const byGroup = new Map<ChangeGroup, ModelChange[]>();
  for (const change of changes) {
    const list = byGroup.get(change.group);
    if (list) list.push(change);
    else byGroup.set(change.group, [change]);
  }
  return CHANGE_GROUPS.filter((group) => byGroup.has(group)).map((group) => ({ group, title: CHANGE_GROUP_TITLES[group], changes: byGroup.get(group)! }));
}

function countOf(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** The line at the top of the list, e.g. "5 changes: Boxes 2, Links 1, Progress 1, Evidence 1", or "No changes". */
export function changeCountsInWords(changes: readonly ModelChange[]): string {
  if (changes.length === 0) return 'No changes';
  const counts = groupChanges(changes).map((group) => `${group.title} ${group.changes.length.toLocaleString('en-GB')}`);
  return `${countOf(changes.length, 'change', 'changes')}: ${counts.join(', ')}`;
}
