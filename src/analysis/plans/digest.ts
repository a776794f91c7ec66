/**
 * A model's digest (PRODUCT.md §18): what a plan's dashboard, a box's roll-up and the plan flags
 * need of a model, small enough to store beside the model list and refreshed with every save, so
 * that a dashboard of thirty models reads thirty digests and opens no document.
 */
import { directionsSince } from '../../domain/direction';
import { type Contribution, type ModelContent, type Progress } from '../../domain/model';
import { isMeasure, trendOf } from '../../domain/trend';
import type { Flag, PreviousVersion } from '../types';

export type ProgressCounts = Readonly<Record<Progress, number>>;

/** A final outcome as the digest keeps it: enough to roll up, to flag and to choose from. */
export interface OutcomeDigest {
  readonly id: string;
  readonly label: string;
  readonly progress?: Progress;
  readonly contributesTo?: readonly Contribution[];
}

/** A box that opens another model. */
export interface OpeningDigest {
  readonly box: string;
  readonly label: string;
  readonly model: string;
  readonly title?: string;
}

export interface ModelDigest {
  readonly uid?: string;
  readonly title: string;
  readonly boxCount: number;
  /** Every rated box, by progress. */
  readonly ratings: ProgressCounts;
  readonly unrated: number;
  readonly finalOutcomes: readonly OutcomeDigest[];
  readonly opens: readonly OpeningDigest[];
  /** Against the model's last saved version; absent when it has none. */
  readonly direction?: { readonly since: string; readonly improved: number; readonly noChange: number; readonly worse: number };
  /** Each measure's direction of travel (trendOf), counted. */
  readonly measures: { readonly improving: number; readonly maintaining: number; readonly worsening: number };
  readonly flags: { readonly gaps: number; readonly notices: number };
  readonly openComments: number;
}

export const NO_PROGRESS: ProgressCounts = { 'off-track': 0, 'at-risk': 0, 'on-track': 0, achieved: 0 };

export interface DigestInputs {
  /** The model's flags (analyse), when known. */
  readonly flags?: readonly Flag[];
  readonly previous?: PreviousVersion;
  readonly openComments?: number;
}

export function digestOf(model: ModelContent, inputs: DigestInputs = {}): ModelDigest {
  const ratings: Record<Progress, number> = { ...NO_PROGRESS };
  let unrated = 0;
  const finalOutcomes: OutcomeDigest[] = [];
  const opens: OpeningDigest[] = [];
  const measures = { improving: 0, maintaining: 0, worsening: 0 };
  for (const box of model.boxes) {
    if (box.rating) ratings[box.rating.progress]++;
    else unrated++;
    if (box.level === 'outcomes') {
      const outcome: { -readonly [K in keyof OutcomeDigest]: OutcomeDigest[K] } = { id: box.id, label: box.label };
      if (box.rating) outcome.progress = box.rating.progress;
      if (box.contributesTo?.length) outcome.contributesTo = box.contributesTo;
      finalOutcomes.push(outcome);
    }
    if (box.opens) opens.push({ box: box.id, label: box.label, model: box.opens.model, ...(box.opens.title ? { title: box.opens.title } : {}) });
    for (const indicator of box.indicators ?? []) {
      if (!isMeasure(indicator)) continue;
      const direction = trendOf(indicator).direction;
      if (direction) measures[direction]++;
    }
  }
  let gaps = 0;
  let notices = 0;
  for (const flag of inputs.flags ?? []) {
    if (flag.severity === 'gap') gaps++;
    else if (flag.severity === 'notice') notices++;
  }
  const digest: { -readonly [K in keyof ModelDigest]: ModelDigest[K] } = {
    title: model.title,
    boxCount: model.boxes.length,
    ratings,
    unrated,
    finalOutcomes,
    opens,
    measures,
    flags: { gaps, notices },
    openComments: inputs.openComments ?? 0,
  };
  if (model.uid) digest.uid = model.uid;
  if (inputs.previous) {
    let improved = 0;
    let noChange = 0;
    let worse = 0;
    for (const { direction } of directionsSince(inputs.previous.content, model).values()) {
      if (direction === 'improved') improved++;
      else if (direction === 'worse') worse++;
      else if (direction === 'no-change') noChange++;
    }
    digest.direction = { since: inputs.previous.name ?? inputs.previous.savedAt, improved, noChange, worse };
  }
  return digest;
}

/** The model's overall direction: improved when more boxes improved than worsened, and so on. */
export function overallDirection(digest: ModelDigest): 'improved' | 'no-change' | 'worse' | undefined {
  const direction = digest.direction;
  if (!direction) return undefined;
  if (direction.improved > direction.worse) return 'improved';
  if (direction.worse > direction.improved) return 'worse';
  return 'no-change';
}


/** The digest of a model that has none stored yet: nothing known but its title (and uid). */
export function emptyDigest(title: string, uid?: string): ModelDigest {
  return { ...(uid ? { uid } : {}), title, boxCount: 0, ratings: NO_PROGRESS, unrated: 0, finalOutcomes: [], opens: [], measures: { improving: 0, maintaining: 0, worsening: 0 }, flags: { gaps: 0, notices: 0 }, openComments: 0 };
}
