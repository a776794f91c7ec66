/**
 * Everything the rules need to know about a model, worked out once per analysis so that no rule
 * scans the whole model again: the boxes numbered, links resolved to box numbers and shapes, the
 * graph of links, and a reading order for boxes. Kept in typed arrays rather than objects per box or
 * link, and walked with indexed loops rather than for…of: models reach 20,000 boxes, the analysis
 * runs on every edit, and every object made per box or link is garbage to collect.
 */
import { LEVEL_IDS, levelIndex } from '../domain/levels';
import { shapeBetween, type LinkShape } from '../domain/linkShape';
import type { Box, Link, ModelContent } from '../domain/model';
import { buildAdjacency, type Adjacency } from './graph';
import type { PreviousVersion } from './types';
import { boxName, boxNameWithLevel } from './wording';

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
  /**
   * Links with both boxes present (file import guarantees this; a store mid-edit may not), in
   * reading order of their source box, then their target box, then id; a link's number is its
   * position here. The graph is built in this order, so each box's links are explored in reading
   * order and the loop a flag names does not depend on the order links were drawn in.
   */
  readonly links: readonly Link[];
  readonly linkSource: Int32Array;
  readonly linkTarget: Int32Array;
  readonly linkShape: readonly LinkShape[];
  /** 1 for linear and skip links: the chains that carry the logic forward, always to a later level. */
  readonly linkIsForward: Uint8Array;
  /** How many links touch each box, either way. */
  readonly linkCount: Int32Array;
  readonly boxesPerLevel: readonly number[];
  /** Every link as a graph; each box's links in reading order of their targets. */
  readonly graph: Adjacency;
  readonly featuresPresent: ReadonlySet<string>;
  /**
   * What each box has of progress and evidence, as HAS_INDICATORS, RATED and HAS_EVIDENCE bits: read
   * in the one pass that already reads every box, so the progress rules pass over a typed array
   * rather than visit every box object again (at 20,000 boxes, each visit is a likely cache miss).
   */
  readonly boxProgress: Uint8Array;
  /**
   * Today's date (ISO), passed in so the analysis never reads the clock and stays a pure function;
   * undefined when the caller gave none, and then nothing is judged by age.
   */
  readonly today: string | undefined;
  /** The saved version the direction of travel is judged against; undefined when there is none. */
  readonly previous: PreviousVersion | undefined;
  /** A box's label as messages quote it. */
  nameOf(box: number): string;
  /** The same with its level, e.g. “Joint training” (Activities). */
  nameWithLevelOf(box: number): string;
}

/** Bits of AnalysisContext.boxProgress. */
export const HAS_INDICATORS = 1;
export const RATED = 2;
export const HAS_EVIDENCE = 4;

export const OUTCOMES_LEVEL = levelIndex('outcomes');
export const PRACTICE_LEVEL = levelIndex('practice');
export const ACTIVITIES_LEVEL = levelIndex('activities');

/** Boxes at inputs or activities: where chains of the partnership's work begin. */
export function isStartingLevel(level: number): boolean {
  return level <= ACTIVITIES_LEVEL;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Box numbers in reading order: by level, then top to bottom, left to right, then id. */
function readingOrder(boxes: readonly Box[], boxLevel: Uint8Array): Int32Array {
  // Positions copied into flat arrays first: the sort then compares numbers side by side in memory
  // rather than chasing thousands of box objects.
  const order = new Int32Array(boxes.length);
  const y = new Float64Array(boxes.length);
  const x = new Float64Array(boxes.length);
  for (let box = 0; box < boxes.length; box++) {
    order[box] = box;
    y[box] = boxes[box]!.y;
    x[box] = boxes[box]!.x;
  }
  return order.sort((a, b) => boxLevel[a]! - boxLevel[b]! || y[a]! - y[b]! || x[a]! - x[b]! || compareIds(boxes[a]!.id, boxes[b]!.id));
}

// Most boxes have a handful of links; beyond this many, a bucket is sorted by the library sort.
const INSERTION_SORT_LIMIT = 16;

/**
 * Link numbers in reading order of their source box, then target box, then link id: a counting sort
 * by source (linear), then each source's few links sorted among themselves.
 */
function linksInReadingOrder(
  present: Int32Array,
  sourceOf: Int32Array,
  targetOf: Int32Array,
  boxRank: Int32Array,
  links: readonly Link[],
): Int32Array {
  const firstSlot = new Int32Array(boxRank.length + 1);
  for (let i = 0; i < present.length; i++) firstSlot[boxRank[sourceOf[present[i]!]!]! + 1]! += 1;
  for (let rank = 0; rank < boxRank.length; rank++) firstSlot[rank + 1]! += firstSlot[rank]!;
  const ordered = new Int32Array(present.length);
  const fill = firstSlot.slice(0, boxRank.length);
  for (let i = 0; i < present.length; i++) {
    const link = present[i]!;
    ordered[fill[boxRank[sourceOf[link]!]!]!++] = link;
  }
  const compare = (a: number, b: number) => boxRank[targetOf[a]!]! - boxRank[targetOf[b]!]! || compareIds(links[a]!.id, links[b]!.id);
  for (let rank = 0; rank < boxRank.length; rank++) {
    const from = firstSlot[rank]!;
    const to = firstSlot[rank + 1]!;
    if (to - from > INSERTION_SORT_LIMIT) {
      ordered.subarray(from, to).sort(compare);
      continue;
    }
    for (let i = from + 1; i < to; i++) {
      const link = ordered[i]!;
      let j = i - 1;
      for (; j >= from && compare(ordered[j]!, link) > 0; j--) ordered[j + 1] = ordered[j]!;
      ordered[j + 1] = link;
    }
  }
  return ordered;
}

/**
 * Box numbers by id, as last made: kept while the boxes keep their ids in the same order, which is
 * every edit but adding, removing or reordering boxes (an edit replaces box objects, not ids). A
 * map of 20,000 ids is the dearest thing the analysis builds (its entries land all over memory), and
 * checking that the ids are the same reads them in order.
 */
let lastNumbering: { readonly ids: readonly string[]; readonly numbers: ReadonlyMap<string, number> } | null = null;
/** And per boxes array, for models analysed in turn (a plan's dashboard). */
const numberings = new WeakMap<readonly Box[], ReadonlyMap<string, number>>();

function numberBoxes(boxes: readonly Box[]): ReadonlyMap<string, number> {
  const known = numberings.get(boxes);
  if (known) return known;
  const last = lastNumbering;
  if (last && last.ids.length === boxes.length) {
    let same = true;
    for (let number = 0; number < boxes.length && same; number++) same = boxes[number]!.id === last.ids[number];
    if (same) {
      numberings.set(boxes, last.numbers);
      return last.numbers;
    }
  }
  const ids = new Array<string>(boxes.length);
  const numbers = new Map<string, number>();
  for (let number = 0; number < boxes.length; number++) {
    ids[number] = boxes[number]!.id;
    numbers.set(ids[number]!, number);
  }
  lastNumbering = { ids, numbers };
  numberings.set(boxes, numbers);
  return numbers;
}

interface ResolvedLinks {
  readonly sourceOf: Int32Array;
  readonly targetOf: Int32Array;
  /** The links with both boxes present, by position in the model's links. */
  readonly present: Int32Array;
}

/** Links resolved to box numbers, remembered per links array and numbering: typing in a box re-resolves nothing. */
const resolvedLinks = new WeakMap<readonly Link[], { readonly numbers: ReadonlyMap<string, number>; readonly resolved: ResolvedLinks }>();

/** Resolves links in model order; links to a missing box are left out. */
function resolveLinks(modelLinks: readonly Link[], numbers: ReadonlyMap<string, number>): ResolvedLinks {
  const remembered = resolvedLinks.get(modelLinks);
  if (remembered?.numbers === numbers) return remembered.resolved;
  const sourceOf = new Int32Array(modelLinks.length);
  const targetOf = new Int32Array(modelLinks.length);
  const present = new Int32Array(modelLinks.length);
  let presentCount = 0;
  for (let i = 0; i < modelLinks.length; i++) {
    const source = numbers.get(modelLinks[i]!.source);
    const target = numbers.get(modelLinks[i]!.target);
    if (source === undefined || target === undefined) continue;
    sourceOf[i] = source;
    targetOf[i] = target;
    present[presentCount++] = i;
  }
  const resolved = { sourceOf, targetOf, present: present.subarray(0, presentCount) };
  resolvedLinks.set(modelLinks, { numbers, resolved });
  return resolved;
}

export function buildContext(model: ModelContent, today?: string, previous?: PreviousVersion): AnalysisContext {
  const boxes = model.boxes;
  const boxLevel = new Uint8Array(boxes.length);
  const boxesPerLevel = LEVEL_IDS.map(() => 0);
  const featuresPresent = new Set<string>();
  const boxProgress = new Uint8Array(boxes.length);
  for (let number = 0; number < boxes.length; number++) {
    const box = boxes[number]!;
    const level = levelIndex(box.level);
    boxLevel[number] = level;
    boxesPerLevel[level]! += 1;
    if (box.feature) featuresPresent.add(box.feature);
    boxProgress[number] = (box.indicators?.length ? HAS_INDICATORS : 0) | (box.rating ? RATED : 0) | (box.evidence?.length ? HAS_EVIDENCE : 0);
  }

  const modelLinks = model.links;
  const { sourceOf, targetOf, present } = resolveLinks(modelLinks, numberBoxes(boxes));

  const boxesInReadingOrder = readingOrder(boxes, boxLevel);
  const boxRank = new Int32Array(boxes.length);
  for (let rank = 0; rank < boxes.length; rank++) boxRank[boxesInReadingOrder[rank]!] = rank;
  const order = linksInReadingOrder(present, sourceOf, targetOf, boxRank, modelLinks);

  const links: Link[] = new Array(order.length);
  const linkSource = new Int32Array(order.length);
  const linkTarget = new Int32Array(order.length);
  const linkShape: LinkShape[] = new Array(order.length);
  const linkIsForward = new Uint8Array(order.length);
  const linkCount = new Int32Array(boxes.length);
  for (let number = 0; number < order.length; number++) {
    const original = order[number]!;
    const source = sourceOf[original]!;
    const target = targetOf[original]!;
    // Levels from the flat array, not the box objects: one less scattered read per link.
    const shape = shapeBetween(LEVEL_IDS[boxLevel[source]!]!, LEVEL_IDS[boxLevel[target]!]!);
    links[number] = modelLinks[original]!;
    linkSource[number] = source;
    linkTarget[number] = target;
    linkShape[number] = shape;
    linkIsForward[number] = shape === 'linear' || shape === 'skip' ? 1 : 0;
    linkCount[source]! += 1;
    linkCount[target]! += 1;
  }

  return {
    model,
    boxes,
    boxLevel,
    boxesInReadingOrder,
    links,
    linkSource,
    linkTarget,
    linkShape,
    linkCount,
    boxesPerLevel,
    linkIsForward,
    graph: buildAdjacency(boxes.length, linkSource, linkTarget),
    featuresPresent,
    boxProgress,
    today,
    previous,
    nameOf: (box) => boxName(boxes[box]!),
    nameWithLevelOf: (box) => boxNameWithLevel(boxes[box]!),
  };
}
