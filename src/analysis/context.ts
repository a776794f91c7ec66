/**
 * Everything the rules need to know about a model, worked out once per analysis so that no rule
 * scans the whole model again: the boxes numbered, links resolved to box numbers and shapes, the
 * graphs of forward links and of all links, and a reading order for boxes.
 */
import { LEVEL_IDS, levelIndex } from '../domain/levels';
import { shapeBetween, type LinkShape } from '../domain/linkShape';
import type { Box, Link, ModelContent } from '../domain/model';
import { buildAdjacency, type Adjacency } from './graph';

/** A link whose two boxes both exist, resolved to box numbers. */
export interface ResolvedLink {
  readonly link: Link;
  readonly source: number;
  readonly target: number;
  readonly shape: LinkShape;
}

export interface AnalysisContext {
  readonly model: ModelContent;
  /** The model's boxes; a box's number is its position here. */
  readonly boxes: readonly Box[];
  /** Level position (0 inputs … 6 outcomes) of each box. */
  readonly boxLevel: Uint8Array;
  /**
   * Box numbers in reading order: by level, then top to bottom, left to right, then id. Flags follow
   * it, so their order does not depend on the order in which boxes were added.
   */
  readonly boxesInReadingOrder: Int32Array;
  /** Each box's position in reading order. */
  readonly boxRank: Int32Array;
  /**
   * Links with both boxes present (file import guarantees this; a store mid-edit may not), in
   * reading order of their source box, then their target box; a link's number is its position
   * here. The graphs are built in this order, so each box's links are explored in reading order and
   * the loop a flag names does not depend on the order links were drawn in; two links between the
   * same boxes go in id order.
   */
  readonly links: readonly ResolvedLink[];
  /** How many links touch each box, either way. */
  readonly linkCount: Int32Array;
  readonly boxesPerLevel: readonly number[];
  /** Linear and skip links only: the chains that carry the logic forward. */
  readonly forward: Adjacency;
  /** The forward links turned round: walking it from the outcomes finds every box that leads to one. */
  readonly forwardReversed: Adjacency;
  /** Every link, whatever its shape: where loops can form. */
  readonly everyLink: Adjacency;
  readonly featuresPresent: ReadonlySet<string>;
}

export const OUTCOMES_LEVEL = levelIndex('outcomes');
export const ACTIVITIES_LEVEL = levelIndex('activities');

/** Boxes at inputs or activities: where chains of the partnership's work begin. */
export function isStartingLevel(level: number): boolean {
  return level <= ACTIVITIES_LEVEL;
}

function isForward(shape: LinkShape): boolean {
  return shape === 'linear' || shape === 'skip';
}

/** Box numbers in reading order: by level, then top to bottom, left to right, then id. */
function readingOrder(boxes: readonly Box[], boxLevel: Uint8Array): Int32Array {
  const order = Int32Array.from(boxes.keys());
  order.sort((a, b) => {
    const boxA = boxes[a]!;
    const boxB = boxes[b]!;
    return (
      boxLevel[a]! - boxLevel[b]! ||
      boxA.y - boxB.y ||
      boxA.x - boxB.x ||
      (boxA.id < boxB.id ? -1 : boxA.id > boxB.id ? 1 : 0)
    );
  });
  return order;
}

/** Stable counting sort of links by the rank of one of their ends: linear time. */
function byRankOf(links: readonly ResolvedLink[], boxRank: Int32Array, end: 'source' | 'target'): ResolvedLink[] {
  const firstSlot = new Int32Array(boxRank.length + 1);
  for (const link of links) firstSlot[boxRank[link[end]]! + 1]! += 1;
  for (let rank = 0; rank < boxRank.length; rank++) firstSlot[rank + 1]! += firstSlot[rank]!;
  const ordered = new Array<ResolvedLink>(links.length);
  for (const link of links) ordered[firstSlot[boxRank[link[end]]!]!++] = link;
  return ordered;
}

/**
 * Links between the same two boxes sit side by side after the rank sorts, still in model order; put
 * each such run in id order. Runs are short, so this stays linear in practice.
 */
function orderRepeatedLinksById(links: ResolvedLink[]): void {
  let runStart = 0;
  for (let i = 1; i <= links.length; i++) {
    const first = links[runStart]!;
    const current = links[i];
    if (current && current.source === first.source && current.target === first.target) continue;
    if (i - runStart > 1) {
      const run = links.slice(runStart, i).sort((a, b) => (a.link.id < b.link.id ? -1 : a.link.id > b.link.id ? 1 : 0));
      links.splice(runStart, run.length, ...run);
    }
    runStart = i;
  }
}

export function buildContext(model: ModelContent): AnalysisContext {
  const boxes = model.boxes;
  const boxNumber = new Map<string, number>();
  const boxLevel = new Uint8Array(boxes.length);
  const boxesPerLevel = LEVEL_IDS.map(() => 0);
  const featuresPresent = new Set<string>();
  boxes.forEach((box, number) => {
    boxNumber.set(box.id, number);
    const level = levelIndex(box.level);
    boxLevel[number] = level;
    boxesPerLevel[level]! += 1;
    if (box.feature) featuresPresent.add(box.feature);
  });

  const resolved: ResolvedLink[] = [];
  const linkCount = new Int32Array(boxes.length);
  for (const link of model.links) {
    const source = boxNumber.get(link.source);
    const target = boxNumber.get(link.target);
    if (source === undefined || target === undefined) continue;
    const shape = shapeBetween(boxes[source]!.level, boxes[target]!.level);
    resolved.push({ link, source, target, shape });
    linkCount[source]! += 1;
    linkCount[target]! += 1;
  }
  const boxesInReadingOrder = readingOrder(boxes, boxLevel);
  const boxRank = new Int32Array(boxes.length);
  boxesInReadingOrder.forEach((box, rank) => (boxRank[box] = rank));
  // Two stable passes (target, then source) leave links sorted by source, then target.
  const links = byRankOf(byRankOf(resolved, boxRank, 'target'), boxRank, 'source');
  orderRepeatedLinksById(links);

  const sources = Int32Array.from(links, (link) => link.source);
  const targets = Int32Array.from(links, (link) => link.target);
  const forwardOnly = (edge: number) => isForward(links[edge]!.shape);
  return {
    model,
    boxes,
    boxLevel,
    boxesInReadingOrder,
    boxRank,
    links,
    linkCount,
    boxesPerLevel,
    forward: buildAdjacency(boxes.length, sources, targets, forwardOnly),
    forwardReversed: buildAdjacency(boxes.length, targets, sources, forwardOnly),
    everyLink: buildAdjacency(boxes.length, sources, targets),
    featuresPresent,
  };
}

/** Numbers of the boxes whose level passes the test. */
export function boxesAtLevels(context: AnalysisContext, test: (level: number) => boolean): number[] {
  const found: number[] = [];
  for (let box = 0; box < context.boxes.length; box++) if (test(context.boxLevel[box]!)) found.push(box);
  return found;
}
