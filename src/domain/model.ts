import type { LevelId } from './levels';

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
