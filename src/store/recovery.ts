/**
 * What to do with a copy of unsaved work found when a model is opened (see storage/unsavedCopy).
 * Pure, so each case is tested without a browser.
 */
import type { Model, ModelContent } from '../domain/model';
import { parseModelDocument } from '../file/parse';
import { toModelDocument } from '../file/serialise';

export type RecoveryDecision =
  /** The stored model already holds this work (the last write did finish), or the copy is unreadable. */
  | { readonly action: 'discard' }
  /** The work was made on top of what is stored: carry on from it. */
  | { readonly action: 'restore'; readonly content: ModelContent }
  /** Someone saved since: keep both, the unsaved work as a model of its own. */
  | { readonly action: 'copy'; readonly content: ModelContent };

export function decideRecovery(stored: Model, storedRevision: number, copy: { baseRevision: number; document: unknown }): RecoveryDecision {
  const parsed = parseModelDocument(copy.document);
  if (!parsed.ok) return { action: 'discard' };
  if (JSON.stringify(toModelDocument(parsed.model)) === JSON.stringify(toModelDocument(stored))) return { action: 'discard' };
  if (copy.baseRevision === storedRevision) return { action: 'restore', content: parsed.model };
  return { action: 'copy', content: parsed.model };
}
