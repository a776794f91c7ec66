/**
 * Links between models (PRODUCT.md §18): a box that opens another model, and a final outcome that
 * contributes to another model's outcome or to a national outcome. Pure edits on plain models: each
 * returns the same model when nothing changes, so the store can tell a no-op from a change.
 */
import { newId } from './ids';
import type { Box, Contribution, ModelContent, ModelContribution, ModelOpening, NationalContribution } from './model';

/** A uid, box id or framework id longer than this is not one we wrote. */
export const MAX_REFERENCE_LENGTH = 200;
/** A final outcome serving more than this many outcomes says nothing any more. */
export const MAX_CONTRIBUTIONS_PER_BOX = 100;

export function newModelUid(): string {
  return newId('model');
}

export function isNationalContribution(contribution: Contribution): contribution is NationalContribution {
  return 'framework' in contribution;
}

export function isModelContribution(contribution: Contribution): contribution is ModelContribution {
  return 'model' in contribution && 'box' in contribution;
}

export function sameContribution(a: Contribution, b: Contribution): boolean {
  if (isNationalContribution(a)) return isNationalContribution(b) && a.framework === b.framework && a.edition === b.edition && a.outcome === b.outcome;
  return isModelContribution(b) && a.model === b.model && a.box === b.box;
}

/** Whether two lists of contributions say the same, in the same order. */
export function sameContributions(a: readonly Contribution[] | undefined, b: readonly Contribution[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((item, i) => sameContribution(item, b[i] as Contribution));
}

export function sameOpening(a: ModelOpening | undefined, b: ModelOpening | undefined): boolean {
  if (a === b) return true;
  return a !== undefined && b !== undefined && a.model === b.model && a.title === b.title;
}

function replaceBox<M extends ModelContent>(model: M, boxId: string, update: (box: Box) => Box): M {
  let changed = false;
  const boxes = model.boxes.map((box) => {
    if (box.id !== boxId) return box;
    const next = update(box);
    if (next !== box) changed = true;
    return next;
  });
  return changed ? { ...model, boxes } : model;
}

/** The box opens the model (undefined: opens none). */
export function setOpens<M extends ModelContent>(model: M, boxId: string, opens: ModelOpening | undefined): M {
  return replaceBox(model, boxId, (box) => {
    if (sameOpening(box.opens, opens)) return box;
    const { opens: _old, ...rest } = box;
    return opens ? { ...rest, opens } : rest;
  });
}

export function addContribution<M extends ModelContent>(model: M, boxId: string, contribution: Contribution): M {
  return replaceBox(model, boxId, (box) => {
    const present = box.contributesTo ?? [];
    if (present.some((item) => sameContribution(item, contribution)) || present.length >= MAX_CONTRIBUTIONS_PER_BOX) return box;
    return { ...box, contributesTo: [...present, contribution] };
  });
}

export function removeContribution<M extends ModelContent>(model: M, boxId: string, contribution: Contribution): M {
  return replaceBox(model, boxId, (box) => {
    const present = box.contributesTo ?? [];
    const kept = present.filter((item) => !sameContribution(item, contribution));
    if (kept.length === present.length) return box;
    const { contributesTo: _old, ...rest } = box;
    return kept.length ? { ...rest, contributesTo: kept } : rest;
  });
}

/** The content with a uid: its own when it has one, a new one when not. */
export function withUid<M extends ModelContent>(content: M): M {
  return content.uid ? content : { ...content, uid: newModelUid() };
}

/** The content as a copy: a new uid, so the copy is a model of its own (Duplicate, Open as a new model, a plan's import). */
export function asCopy<M extends ModelContent>(content: M): M {
  return { ...content, uid: newModelUid() };
}
