/**
 * A comparison of two states of a model (PRODUCT.md §12) as a compare view draws it: the later
 * state, with what changed marked, and what was removed drawn as ghosts where it was.
 */
import type { ModelChange } from '../domain/changes';
import { marksForChanges, type CanvasMarks } from './changeMarks';
import { diffModels } from '../domain/diff';
import type { Box, Link, ModelContent } from '../domain/model';

export interface Comparison {
  /** What the earlier and the later side are called ("Q2 board", "now"). */
  readonly beforeName: string;
  readonly afterName: string;
  readonly changes: readonly ModelChange[];
  readonly marks: CanvasMarks;
  /** Boxes and links of the earlier state that the later one no longer has, where they were. */
  readonly ghosts: { readonly boxes: readonly Box[]; readonly links: readonly Link[] };
}

export function compareModels(before: ModelContent, after: ModelContent, names: { before: string; after: string }): Comparison {
  const changes = diffModels(before, after);
  const marks = marksForChanges(changes);
  const boxes = before.boxes.filter((box) => marks.boxes.get(box.id)?.mark === 'removed');
  const drawnIds = new Set([...after.boxes.map((box) => box.id), ...boxes.map((box) => box.id)]);
  // A removed link is drawn only where both its ends are drawn (a box of the later state, or a ghost).
  const links = before.links.filter((link) => marks.links.get(link.id)?.mark === 'removed' && drawnIds.has(link.source) && drawnIds.has(link.target));
  return { beforeName: names.before, afterName: names.after, changes, marks, ghosts: { boxes, links } };
}
