/**
 * What changed between two versions of a model (PRODUCT.md §12), as data: one member per kind of
 * change, each carrying the ids the UI selects and what the words need (labels, levels, before and
 * after values). What a change says about a thing comes from the side it exists on: a removed thing
 * from the earlier version, everything else from the later one.
 */
import type { LevelId } from './levels';
import type { Confidence, ConditionKind, ConditionStatus, EvidenceEntry, Indicator, MeasuredValue, Progress, Rating } from './model';

/** The groups of a "What changed" list, in the order it shows them. */
export const CHANGE_GROUPS = ['boxes', 'links', 'conditions', 'progress', 'indicators', 'measures', 'evidence', 'model'] as const;
export type ChangeGroup = (typeof CHANGE_GROUPS)[number];

/** A box as a change names it: its label and level on the side the change reads from. */
export interface BoxAbout {
  readonly boxId: string;
  readonly label: string;
  readonly level: LevelId;
}

/** One end of a link, named by its box (on the same side as the link). */
export interface LinkEnd {
  readonly boxId: string;
  /** Empty when the box is missing on that side (a link to a missing box, as a store mid-edit may hold). */
  readonly label: string;
}

export interface LinkAbout {
  readonly linkId: string;
  readonly source: LinkEnd;
  readonly target: LinkEnd;
}

export interface ConditionAbout {
  readonly conditionId: string;
  readonly conditionKind: ConditionKind;
  /** The condition's text (the later text when it was reworded). */
  readonly text: string;
}

/** The box fields besides label and level whose change is reported. */
export type BoxField = 'notes' | 'feature' | 'owner';
/** The indicator fields whose change is reported, in the order they are listed (a measure's own fields last). */
export const INDICATOR_FIELDS = ['text', 'source', 'baseline', 'target', 'due', 'unit', 'polarity', 'frequency', 'tolerance'] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];
/** The evidence fields whose change is reported, in the order they are listed. */
export const EVIDENCE_FIELDS = ['date', 'kind', 'summary', 'source', 'by'] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

/** One field's value before and after; undefined where it was not set. */
export interface FieldChange<Field extends string> {
  readonly field: Field;
  readonly before?: string;
  readonly after?: string;
}

export type BoxChange =
  | ({ readonly kind: 'box-added'; readonly group: 'boxes' } & BoxAbout)
  | ({ readonly kind: 'box-removed'; readonly group: 'boxes' } & BoxAbout)
  | ({ readonly kind: 'box-relabelled'; readonly group: 'boxes'; readonly before: string; readonly after: string } & BoxAbout)
  /** Moved to another lane. `level` is the new one; moving within a lane is not a change. */
  | ({ readonly kind: 'box-level-changed'; readonly group: 'boxes'; readonly before: LevelId; readonly after: LevelId } & BoxAbout)
  | ({ readonly kind: 'box-field-changed'; readonly group: 'boxes' } & FieldChange<BoxField> & BoxAbout);

export type LinkChange =
  | ({ readonly kind: 'link-added'; readonly group: 'links' } & LinkAbout)
  | ({ readonly kind: 'link-removed'; readonly group: 'links' } & LinkAbout)
  | ({ readonly kind: 'link-note-changed'; readonly group: 'links'; readonly before?: string; readonly after?: string } & LinkAbout)
  /**
   * The same link id joins other boxes. The editor never does this (re-targeting draws a new link:
   * one removed, one added), but a file or a partner's edit may; it is one change to one link, so that
   * the canvas marks the link changed instead of drawing it both new and as a ghost under one id.
   * `source` and `target` are the later ends.
   */
  | ({ readonly kind: 'link-reconnected'; readonly group: 'links'; readonly sourceBefore: LinkEnd; readonly targetBefore: LinkEnd } & LinkAbout);

export type ConditionChange =
  | ({ readonly kind: 'condition-added'; readonly group: 'conditions'; readonly status: ConditionStatus } & ConditionAbout)
  | ({ readonly kind: 'condition-removed'; readonly group: 'conditions'; readonly status: ConditionStatus } & ConditionAbout)
  | ({ readonly kind: 'condition-status-changed'; readonly group: 'conditions'; readonly before: ConditionStatus; readonly after: ConditionStatus } & ConditionAbout)
  | ({ readonly kind: 'condition-text-changed'; readonly group: 'conditions'; readonly before: string; readonly after: string } & ConditionAbout)
  | ({ readonly kind: 'condition-comment-changed'; readonly group: 'conditions'; readonly before?: string; readonly after?: string } & ConditionAbout);

export type ProgressChange =
  | ({ readonly kind: 'rating-added'; readonly group: 'progress'; readonly rating: Rating } & BoxAbout)
  | ({ readonly kind: 'rating-removed'; readonly group: 'progress'; readonly rating: Rating } & BoxAbout)
  | ({
      readonly kind: 'progress-changed';
      readonly group: 'progress';
      readonly before: Progress;
      readonly after: Progress;
      readonly direction: 'improved' | 'worse';
    } & BoxAbout)
  | ({
      readonly kind: 'confidence-changed';
      readonly group: 'progress';
      readonly before: Confidence;
      readonly after: Confidence;
      readonly direction: 'higher' | 'lower';
    } & BoxAbout);

export type IndicatorChange =
  | ({ readonly kind: 'indicator-added'; readonly group: 'indicators'; readonly indicator: Indicator } & BoxAbout)
  | ({ readonly kind: 'indicator-removed'; readonly group: 'indicators'; readonly indicator: Indicator } & BoxAbout)
  /** `indicator` is the later one; `fields` in INDICATOR_FIELDS order, at least one. */
  | ({
      readonly kind: 'indicator-changed';
      readonly group: 'indicators';
      readonly indicator: Indicator;
      readonly fields: readonly FieldChange<IndicatorField>[];
    } & BoxAbout);

/** The figures of one period whose change is reported, in the order they are listed. */
export const VALUE_FIELDS = ['actual', 'target', 'status', 'note'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];

/**
 * A measure's figures for one period, matched by period within an indicator on both sides (PRODUCT.md
 * §17): "Families housed: 2026/27 actual 22 added". An indicator added or removed whole is one
 * indicator change, its figures with it.
 */
export type MeasureChange =
  | ({ readonly kind: 'value-added'; readonly group: 'measures'; readonly indicator: Indicator; readonly value: MeasuredValue } & BoxAbout)
  | ({ readonly kind: 'value-removed'; readonly group: 'measures'; readonly indicator: Indicator; readonly value: MeasuredValue } & BoxAbout)
  /** `indicator` is the later one; `fields` in VALUE_FIELDS order, at least one. */
  | ({
      readonly kind: 'value-changed';
      readonly group: 'measures';
      readonly indicator: Indicator;
      readonly period: string;
      readonly before: MeasuredValue;
      readonly after: MeasuredValue;
      readonly fields: readonly ValueField[];
    } & BoxAbout);

export type EvidenceChange =
  | ({ readonly kind: 'evidence-added'; readonly group: 'evidence'; readonly entry: EvidenceEntry } & BoxAbout)
  | ({ readonly kind: 'evidence-removed'; readonly group: 'evidence'; readonly entry: EvidenceEntry } & BoxAbout)
  /** `entry` is the later one; `fields` in EVIDENCE_FIELDS order, at least one. */
  | ({
      readonly kind: 'evidence-changed';
      readonly group: 'evidence';
      readonly entry: EvidenceEntry;
      readonly fields: readonly FieldChange<EvidenceField>[];
    } & BoxAbout);

export type ModelFieldChange =
  | { readonly kind: 'title-changed'; readonly group: 'model'; readonly before: string; readonly after: string }
  | { readonly kind: 'description-changed'; readonly group: 'model'; readonly before?: string; readonly after?: string };

export type ModelChange = BoxChange | LinkChange | ConditionChange | ProgressChange | IndicatorChange | MeasureChange | EvidenceChange | ModelFieldChange;
export type ChangeKind = ModelChange['kind'];

/** Changes that concern one box: choosing one selects that box. */
export type ChangeOnBox = BoxChange | ProgressChange | IndicatorChange | MeasureChange | EvidenceChange;

export function isBoxChange(change: ModelChange): change is ChangeOnBox {
  return 'boxId' in change;
}

export function isLinkChange(change: ModelChange): change is LinkChange {
  return change.group === 'links';
}

export function isConditionChange(change: ModelChange): change is ConditionChange {
  return change.group === 'conditions';
}
