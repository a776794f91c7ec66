/**
 * What the analysis tells the user about a model: flags, each with the briefing passage behind it
 * and, where one exists, an action the UI can run to deal with it.
 */
import type { LevelId } from '../domain/levels';
import type { ModelContent } from '../domain/model';

/** How much a flag matters, most serious first: the order the flags panel shows them in. */
export const SEVERITIES = ['gap', 'notice', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FLAG_KINDS = [
  'missing-feature',
  'empty-level',
  'unreached-outcome',
  'dead-end',
  'isolated-box',
  'skip-link',
  'feedback-link',
  'same-level-link',
  'loop',
  'condition-unchecked',
  'assumption-at-risk',
  'risk-live',
  'no-indicator',
  'measures-crowd-the-model',
  'measure-overdue',
  'rating-without-evidence',
  'rating-improved-without-evidence',
  'rating-contradicts-measure',
  'evidence-stale',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** The kinds raised for a single non-linear link. */
export type LinkFlagKind = 'skip-link' | 'feedback-link' | 'same-level-link';

/** Words from the briefing that explain why a flag matters, with the section they come from. */
export interface BriefingPassage {
  readonly quote: string;
  readonly section: string;
  /** Set when the quote is the opposite of what the flag asks for (a Table 1 risk). */
  readonly note?: string;
}

/** Data describing a one-click remedy; the UI decides how to carry it out. */
export type FlagAction =
  | { readonly type: 'add-feature'; readonly featureId: string; readonly level: LevelId }
  | { readonly type: 'add-box'; readonly level: LevelId }
  | { readonly type: 'explain-link'; readonly linkId: string }
  | { readonly type: 'review-condition'; readonly conditionId: string }
  | { readonly type: 'add-indicator'; readonly boxId: string }
  | { readonly type: 'add-evidence'; readonly boxId: string }
  // Boxes and links are listed apart because a model file may give a box and a link the same id.
  | { readonly type: 'select'; readonly boxIds: readonly string[]; readonly linkIds: readonly string[] };

export interface Flag {
  /** Unique within one analysis and stable across edits that do not change what is flagged. */
  readonly key: string;
  readonly kind: FlagKind;
  readonly severity: Severity;
  readonly message: string;
  readonly passage: BriefingPassage;
  readonly boxIds: readonly string[];
  readonly linkIds: readonly string[];
  readonly conditionIds: readonly string[];
  readonly featureId?: string;
  readonly levelId?: LevelId;
  /** Non-linear links only: true when the link's note says why it is there. */
  readonly acknowledged?: boolean;
  /** Loops only: the boxes the message names, in order round the loop (the first is not repeated). */
  readonly cycleBoxIds?: readonly string[];
  readonly action?: FlagAction;
}

/**
 * The saved version a model is compared with for its direction of travel: the latest one, for the
 * flags. A full saved version (with id, note, who saved it) fits.
 */
export interface PreviousVersion {
  /** ISO date and time it was saved. */
  readonly savedAt: string;
  readonly content: ModelContent;
  /** Its name, for messages; they say "the previous version" without it. */
  readonly name?: string;
}
