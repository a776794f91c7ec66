/**
 * What a compare view marks on the canvas (PRODUCT.md §12): each box and link that is new, changed or
 * removed, and for a changed one its before → after lines for the details panel. A box is changed by
 * any change to its own fields, its rating, its indicators or its evidence; a link by a new note or
 * new ends. Removed boxes and links are drawn from the earlier version as ghosts.
 */
import type { EvidenceField, ModelChange } from '../domain/changes';
import {
  EVIDENCE_FIELD_WORDS,
  featureName,
  INDICATOR_FIELD_WORDS,
  NONE_WORD,
  NOT_RATED_WORD,
  ratingWords,
  VALUE_FIELD_WORDS,
  valueFieldWords,
} from './changeWords';
import { isIsoDate, ukLongDate } from '../domain/isoDate';
import { levelName } from '../domain/levels';
import type { EvidenceEntry, EvidenceKind, MeasuredValue } from '../domain/model';
import { CONFIDENCE_WORDS, EVIDENCE_KIND_WORDS, PROGRESS_WORDS } from '../domain/progress';
import { quoted } from '../domain/quoted';

export const CHANGE_MARKS = ['new', 'changed', 'removed'] as const;
export type ChangeMark = (typeof CHANGE_MARKS)[number];

/** One line of a details panel: what changed, and its value before and after ("none" where unset). */
export interface ChangeDetail {
  readonly what: string;
  readonly before: string;
  readonly after: string;
}

export interface ElementMark {
  readonly mark: ChangeMark;
  /** Before → after lines; empty for a new or removed element. */
  readonly details: readonly ChangeDetail[];
  /** The changes behind the mark, in the diff's order. */
  readonly changes: readonly ModelChange[];
}

export interface CanvasMarks {
  readonly boxes: ReadonlyMap<string, ElementMark>;
  readonly links: ReadonlyMap<string, ElementMark>;
}

/** "Label: Pooled budget → Pooled budget 2026": a detail as one line of text. */
export function detailInWords(detail: ChangeDetail): string {
  return `${detail.what}: ${detail.before} → ${detail.after}`;
}

/** "Actual 22, target 40, Final": a period's figures on one line. */
function periodLine(value: MeasuredValue): string {
  const parts = (['actual', 'target', 'status'] as const).flatMap((field) => {
    const words = valueFieldWords(value, field);
    return words === undefined ? [] : [field === 'status' ? words : `${capitalised(VALUE_FIELD_WORDS[field])} ${words}`];
  });
  return parts.length ? parts.join(', ') : 'No figures';
}

function evidenceLine(entry: EvidenceEntry): string {
  return `${ukLongDate(entry.date)}: ${entry.summary}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function dateOrValue(value: string | undefined): string | undefined {
  return value !== undefined && isIsoDate(value) ? ukLongDate(value) : value;
}

/** Values in full, as the panel's fields show them: a date as a UK reader writes it, a kind by its word. */
function evidenceValue(field: EvidenceField, value: string | undefined): string | undefined {
  if (field === 'date') return dateOrValue(value);
  if (field === 'kind' && value !== undefined) return EVIDENCE_KIND_WORDS[value as EvidenceKind] ?? value;
  return value;
}

/** The before → after lines a change adds to its element's details; none for a new or removed element. */
function detailsOf(change: ModelChange): ChangeDetail[] {
  const line = (what: string, before: string | undefined, after: string | undefined): ChangeDetail => ({ what, before: before ?? NONE_WORD, after: after ?? NONE_WORD });
  switch (change.kind) {
    case 'box-relabelled':
      return [line('Label', change.before, change.after)];
    case 'box-level-changed':
      return [line('Level', levelName(change.before), levelName(change.after))];
    case 'box-field-changed': {
      // In full, as the panel's fields show them; a feature by its name.
      const words = (value: string | undefined) => (change.field === 'feature' && value !== undefined ? featureName(value) : value);
      const what = change.field === 'notes' ? 'Notes' : change.field === 'feature' ? 'Evidence feature' : 'Owner';
      return [line(what, words(change.before), words(change.after))];
    }
    case 'link-reconnected': {
      const details: ChangeDetail[] = [];
      if (change.sourceBefore.boxId !== change.source.boxId) details.push(line('From', quoted(change.sourceBefore.label, 'an untitled box'), quoted(change.source.label, 'an untitled box')));
      if (change.targetBefore.boxId !== change.target.boxId) details.push(line('To', quoted(change.targetBefore.label, 'an untitled box'), quoted(change.target.label, 'an untitled box')));
      return details;
    }
    case 'link-note-changed':
      return [line('Note', change.before, change.after)];
    case 'rating-added':
      return [line('Rating', NOT_RATED_WORD, ratingWords(change.rating))];
    case 'rating-removed':
      return [line('Rating', ratingWords(change.rating), NOT_RATED_WORD)];
    case 'progress-changed':
      return [line('Progress', PROGRESS_WORDS[change.before], PROGRESS_WORDS[change.after])];
    case 'confidence-changed':
      return [line('Confidence', CONFIDENCE_WORDS[change.before], CONFIDENCE_WORDS[change.after])];
    case 'indicator-added':
      return [line('Indicator', undefined, change.indicator.text)];
    case 'indicator-removed':
      return [line('Indicator', change.indicator.text, undefined)];
    case 'indicator-changed':
      return change.fields.map((each) =>
        line(
          `${capitalised(INDICATOR_FIELD_WORDS[each.field])} of indicator ${quoted(change.indicator.text, '(with no text)', 60)}`,
          each.field === 'due' ? dateOrValue(each.before) : each.before,
          each.field === 'due' ? dateOrValue(each.after) : each.after,
        ),
      );
    case 'value-added':
      return [line(`${change.value.period} of ${quoted(change.indicator.text, '(with no text)', 60)}`, undefined, periodLine(change.value))];
    case 'value-removed':
      return [line(`${change.value.period} of ${quoted(change.indicator.text, '(with no text)', 60)}`, periodLine(change.value), undefined)];
    case 'value-changed':
      return change.fields.map((field) =>
        line(
          `${capitalised(VALUE_FIELD_WORDS[field])}, ${change.period} of ${quoted(change.indicator.text, '(with no text)', 60)}`,
          field === 'note' ? change.before.note : valueFieldWords(change.before, field),
          field === 'note' ? change.after.note : valueFieldWords(change.after, field),
        ),
      );
    case 'evidence-added':
      return [line('Evidence', undefined, evidenceLine(change.entry))];
    case 'evidence-removed':
      return [line('Evidence', evidenceLine(change.entry), undefined)];
    case 'evidence-changed':
      return change.fields.map((each) =>
        line(
          `${capitalised(EVIDENCE_FIELD_WORDS[each.field])} of evidence ${quoted(change.entry.summary, '(with no summary)', 60)}`,
          evidenceValue(each.field, each.before),
          evidenceValue(each.field, each.after),
        ),
      );
    default:
      return [];
  }
}

interface Building {
  mark: ChangeMark;
  details: ChangeDetail[];
  changes: ModelChange[];
}

function markOf(change: ModelChange): ChangeMark {
  if (change.kind === 'box-added' || change.kind === 'link-added') return 'new';
  if (change.kind === 'box-removed' || change.kind === 'link-removed') return 'removed';
  return 'changed';
}

function record(marks: Map<string, Building>, id: string, change: ModelChange): void {
  const mark = markOf(change);
  const existing = marks.get(id);
  if (!existing) {
    marks.set(id, { mark, details: mark === 'changed' ? detailsOf(change) : [], changes: [change] });
    return;
  }
  existing.changes.push(change);
  // A new or removed element stays so: its own parts are not listed apart.
  if (existing.mark === 'changed' && mark === 'changed') existing.details.push(...detailsOf(change));
  else if (mark !== 'changed') {
    existing.mark = mark;
    existing.details = [];
  }
}

/** The canvas marks of a change list (from diffModels), keyed by box id and by link id. */
export function marksForChanges(changes: readonly ModelChange[]): CanvasMarks {
  const boxes = new Map<string, Building>();
  const links = new Map<string, Building>();
  for (const change of changes) {
    if ('boxId' in change) record(boxes, change.boxId, change);
    else if ('linkId' in change) record(links, change.linkId, change);
  }
  return { boxes, links };
}
