/**
 * A drawn link's accessible name, "Link (skip) from Inputs: Budget to Engagement: Parents' forum",
 * read by each link from the editor store rather than built into React Flow's edges: a relabelled
 * box then re-renders its own links, instead of handing React Flow a new array of every edge on each
 * keystroke (at 1,000 boxes, a new edges array costs React Flow some 20 ms).
 */
import { boxName } from '../actions/commands';
import type { Box, Model } from '../domain/model';
import { indexBoxes, type LinkShape } from '../domain/linkShape';

/** One index per version of the boxes, shared by every link's lookup. */
const boxIndexes = new WeakMap<readonly Box[], ReadonlyMap<string, Box>>();

function boxesById(boxes: readonly Box[]): ReadonlyMap<string, Box> {
  let index = boxIndexes.get(boxes);
  if (!index) {
    index = indexBoxes(boxes);
    boxIndexes.set(boxes, index);
  }
  return index;
}

export function linkName(model: Model | null, sourceId: string, targetId: string, shape: LinkShape): string {
  const index = model ? boxesById(model.boxes) : undefined;
  const source = index?.get(sourceId);
  const target = index?.get(targetId);
  if (!source || !target) return `Link (${shape})`;
  return `Link (${shape}) from ${boxName(source)} to ${boxName(target)}`;
}
