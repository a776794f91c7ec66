/**
 * What a save writes beside the document for the model list and for plans: the title, the box
 * count, and the model's digest (PRODUCT.md §18), so that a plan's dashboard of thirty models reads
 * thirty small records and opens no document. The flags are the editor's own memoised analysis, so
 * a save usually adds only the digest's one pass over the boxes.
 */
import { analyseMemo } from '../analysis/analyse';
import { digestOf } from '../analysis/plans/digest';
import type { PreviousVersion } from '../analysis/types';
import type { ModelContent } from '../domain/model';
import { isoDateOf } from '../domain/isoDate';
import type { ListedFacts } from '../storage/repository';

export function listedFactsOf(model: ModelContent, previous: PreviousVersion | undefined, now: number): ListedFacts {
  const flags = analyseMemo(model, isoDateOf(new Date(now)), previous);
  const digest = digestOf(model, { flags, ...(previous ? { previous } : {}) });
  return { title: model.title, boxCount: model.boxes.length, ...(model.uid ? { uid: model.uid } : {}), digest };
}
