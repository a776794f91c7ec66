import type { LevelId } from './levels';

export const POLARITIES = ['higher-is-better', 'lower-is-better', 'none'] as const;
/** Which way is better for a measure: it decides whether a change is improving or worsening. */
export type Polarity = (typeof POLARITIES)[number];
export const FREQUENCIES = ['annual', 'quarterly', 'monthly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const VALUE_STATUSES = ['provisional', 'final', 'revised'] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

/**
 * One period's figures of a measure (PRODUCT.md §17). `period` is written as periods.ts says
 * ("2025/26", "2025/26 Q1", "2025-04"); an absent `actual` is a gap, never a zero.
 */
export interface MeasuredValue {
  readonly period: string;
  readonly actual?: number;
  readonly target?: number;
  readonly status?: ValueStatus;
  /** The story behind the figure. */
  readonly note?: string;
}

/** What will be measured to know a box's step happened (PRODUCT.md §2), and its figures (§17). */
export interface Indicator {
  readonly id: string;
  readonly text: string;
  /** Where the figure comes from. */
  readonly source?: string;
  /** Version-2 text fields, kept as written: the figures are in `values`. */
  readonly baseline?: string;
  readonly target?: string;
  /** By when, as an ISO date (YYYY-MM-DD). */
  readonly due?: string;
  /** What a figure counts: "families", "%", "£k". */
  readonly unit?: string;
  readonly polarity?: Polarity;
  readonly frequency?: Frequency;
  /** A change no larger than this, in the unit, counts as maintaining. Absent means 0. */
  readonly tolerance?: number;
  /** One entry a period, in period order; left out when empty. */
  readonly values?: readonly MeasuredValue[];
}

export const EVIDENCE_KINDS = ['data', 'feedback', 'observation', 'document', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** One thing found about a box's step: a figure, some feedback, an observation, a document. */
export interface EvidenceEntry {
  readonly id: string;
  /** When it was found, as an ISO date (YYYY-MM-DD). */
  readonly date: string;
  readonly kind: EvidenceKind;
  readonly summary: string;
  /** Text only: a URL here is shown, never fetched. */
  readonly source?: string;
  /** Who added it. */
  readonly by?: string;
}

/** Worst first: the order a board paper reads them in. */
export const PROGRESS_VALUES = ['off-track', 'at-risk', 'on-track', 'achieved'] as const;
export type Progress = (typeof PROGRESS_VALUES)[number];
export const CONFIDENCE_VALUES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCE_VALUES)[number];

/** How a box's step is going, and how sure the partnership is of that (OutNav's two ratings). */
export interface Rating {
  readonly progress: Progress;
  readonly confidence: Confidence;
  /** When it was rated, as an ISO date (YYYY-MM-DD). */
  readonly date: string;
  readonly by?: string;
}

/** A box that opens another model (PRODUCT.md §18): the child's uid, and its title when it was linked. */
export interface ModelOpening {
  readonly model: string;
  /** What the child was called when linked: said when the child is not on this computer. */
  readonly title?: string;
}

/** A final outcome of another model this one serves (by the other model's uid and the box's id). */
export interface ModelContribution {
  readonly model: string;
  readonly box: string;
}

/** A national outcome this one serves, by its framework pack, the edition it was tagged against, and its id. */
export interface NationalContribution {
  readonly framework: string;
  readonly edition: string;
  readonly outcome: string;
}

export type Contribution = ModelContribution | NationalContribution;

/** A box on the canvas: one thing the partnership invests, does, or hopes to change. */
export interface Box {
  readonly id: string;
  readonly level: LevelId;
  readonly label: string;
  readonly notes?: string;
  /** Id of the evidence feature this box stands for (see src/evidence). */
  readonly feature?: string;
  /** Which partner leads it. */
  readonly owner?: string;
  readonly x: number;
  readonly y: number;
  /** Left out when there are none, so a box without progress data is what it was in version 1. */
  readonly indicators?: readonly Indicator[];
  /** Newest first. Left out when empty. */
  readonly evidence?: readonly EvidenceEntry[];
  readonly rating?: Rating;
  /** The model this box opens (a workstream's, a locality's). */
  readonly opens?: ModelOpening;
  /** What this final outcome contributes to, in other models or national frameworks. Left out when empty. */
  readonly contributesTo?: readonly Contribution[];
}

/** A link from one box to another. Its shape is derived from the boxes' levels, never stored. */
export interface Link {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The evidence or reasoning for the link. */
  readonly note?: string;
}

export type AssumptionStatus = 'holds' | 'at-risk' | 'unchecked';
export type RiskStatus = 'managed' | 'live' | 'unchecked';

export const ASSUMPTION_STATUSES: readonly AssumptionStatus[] = ['holds', 'at-risk', 'unchecked'];
export const RISK_STATUSES: readonly RiskStatus[] = ['managed', 'live', 'unchecked'];

interface ConditionBase {
  readonly id: string;
  readonly text: string;
  readonly comment?: string;
}
export interface Assumption extends ConditionBase {
  readonly kind: 'assumption';
  readonly status: AssumptionStatus;
}
export interface Risk extends ConditionBase {
  readonly kind: 'risk';
  readonly status: RiskStatus;
}
/** One of Table 1's assumptions or risks, or one the partnership added. */
export type Condition = Assumption | Risk;
export type ConditionKind = Condition['kind'];
export type ConditionStatus = Condition['status'];

/** What a model file carries: everything the user made. */
export interface ModelContent {
  /**
   * The model's stable id across people (PRODUCT.md §7 version 4): kept when the file moves, new for
   * a copy. What another model's `opens` and `contributesTo` point at.
   */
  readonly uid?: string;
  readonly title: string;
  readonly description?: string;
  readonly boxes: readonly Box[];
  readonly links: readonly Link[];
  readonly conditions: readonly Condition[];
}

/** A model as the app keeps it: the content plus its identity and times (ms since epoch). */
export interface Model extends ModelContent {
  readonly id: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export function statusesFor(kind: ConditionKind): readonly ConditionStatus[] {
  return kind === 'assumption' ? ASSUMPTION_STATUSES : RISK_STATUSES;
}
