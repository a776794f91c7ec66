/**
 * The words for progress and evidence (PRODUCT.md §2), said once for the panels, the canvas, the
 * flags and every export. A rating is always shown with its word, never by colour alone.
 */
import type { Box, Confidence, EvidenceEntry, EvidenceKind, Progress } from './model';

export const PROGRESS_WORDS: Readonly<Record<Progress, string>> = {
  'off-track': 'Off track',
  'at-risk': 'At risk',
  'on-track': 'On track',
  achieved: 'Achieved',
};

export const CONFIDENCE_WORDS: Readonly<Record<Confidence, string>> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

export const EVIDENCE_KIND_WORDS: Readonly<Record<EvidenceKind, string>> = {
  data: 'Data',
  feedback: 'Feedback',
  observation: 'Observation',
  document: 'Document',
  other: 'Other',
};

/** Whether a box carries any progress data: indicators, evidence or a rating. */
export function hasProgressData(box: Box): boolean {
  return Boolean(box.rating || box.indicators?.length || box.evidence?.length);
}

/** The newest evidence entry of a box (the log is kept newest first), if it has any. */
export function latestEvidence(box: Box): EvidenceEntry | undefined {
  return box.evidence?.[0];
}
