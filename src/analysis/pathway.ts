/**
 * A pathway (PRODUCT.md §15): what leads to the chosen boxes and what they lead to. The walk
 * follows forward links only (to a later level), so it always ends and a feedback link cannot
 * carry it round a loop into the whole model; a feedback or same-level link is on the pathway when
 * both its boxes are, and the chosen boxes' own such links bring their other box along, one step.
 */
import { LEVELS, levelIndex, type Level } from '../domain/levels';
import type { Box, ModelContent } from '../domain/model';
import { buildAdjacency, leadsToInOrder, reachableInOrder } from './graph';
import type { Flag } from './types';

export interface PathwayLevel {
  readonly level: Level;
  /** Top to bottom, as on the canvas. */
  readonly boxes: readonly Box[];
}

export interface Pathway {
  /** The chosen boxes that still exist. */
  readonly anchorIds: readonly string[];
  readonly boxIds: ReadonlySet<string>;
  readonly linkIds: ReadonlySet<string>;
  /** Levels left to right that hold a box of the pathway. */
  readonly levels: readonly PathwayLevel[];
}

const UNTITLED = 'Untitled box';

/** The pathway through the chosen boxes, or null when none of them is in the model. */
export function computePathway(model: Pick<ModelContent, 'boxes' | 'links'>, chosenIds: readonly string[]): Pathway | null {
  const { boxes, links } = model;
  const indexOf = new Map<string, number>();
  boxes.forEach((box, i) => indexOf.set(box.id, i));
  const chosen = new Set(chosenIds.filter((id) => indexOf.has(id)));
  if (!chosen.size) return null;

  // A link with a missing end stays box 0's link to itself with `forward` unset: never followed.
  const sources = new Int32Array(links.length);
  const targets = new Int32Array(links.length);
  const forward = new Uint8Array(links.length);
  const usable = new Uint8Array(links.length);
  for (let e = 0; e < links.length; e++) {
    const link = links[e]!;
    const s = indexOf.get(link.source);
    const t = indexOf.get(link.target);
    if (s === undefined || t === undefined) continue;
    usable[e] = 1;
    sources[e] = s;
    targets[e] = t;
    forward[e] = levelIndex(boxes[s]!.level) < levelIndex(boxes[t]!.level) ? 1 : 0;
  }

  // Boxes by level: every forward link goes to a later position, which the one-pass walks need.
  const order = Int32Array.from(boxes.keys()).sort((a, b) => levelIndex(boxes[a]!.level) - levelIndex(boxes[b]!.level));
  const chosenIndex = new Uint8Array(boxes.length);
  for (const id of chosen) chosenIndex[indexOf.get(id)!] = 1;
  const isChosen = (v: number) => chosenIndex[v] === 1;
  const adjacency = buildAdjacency(boxes.length, sources, targets);
  const down = reachableInOrder(adjacency, order, forward, isChosen);
  const up = leadsToInOrder(adjacency, order, forward, isChosen);

  const on = new Uint8Array(boxes.length);
  for (let v = 0; v < boxes.length; v++) on[v] = down[v]! | up[v]!;
  // A chosen box's own feedback and same-level links bring their other end along (one step only).
  for (let e = 0; e < links.length; e++) {
    if (!usable[e] || forward[e]) continue;
    if (isChosen(sources[e]!)) on[targets[e]!] = 1;
    if (isChosen(targets[e]!)) on[sources[e]!] = 1;
  }

  const linkIds = new Set<string>();
  for (let e = 0; e < links.length; e++) {
    if (!usable[e]) continue;
    const s = sources[e]!;
    const t = targets[e]!;
    // A forward link lies on the pathway when it carries the walk: upstream into upstream, or downstream out of downstream.
    const onWalk = forward[e] ? (up[s] && up[t]) || (down[s] && down[t]) : on[s] && on[t];
    if (onWalk) linkIds.add(links[e]!.id);
  }
  const boxIds = new Set<string>();
  for (let v = 0; v < boxes.length; v++) if (on[v]) boxIds.add(boxes[v]!.id);

  const levels = LEVELS.flatMap((level): PathwayLevel[] => {
    const onLevel = boxes.filter((box) => box.level === level.id && boxIds.has(box.id)).sort((a, b) => a.y - b.y || a.x - b.x);
    return onLevel.length ? [{ level, boxes: onLevel }] : [];
  });
  return { anchorIds: [...chosen], boxIds, linkIds, levels };
}

/** "Inputs: Pooled budget → Activities: Joint training, Shared data → …" */
export function pathwayInWords(pathway: Pathway): string {
  return pathway.levels.map(({ level, boxes }) => `${level.name}: ${boxes.map((box) => box.label.trim() || UNTITLED).join(', ')}`).join(' → ');
}

/** The flags that concern a box or link of the pathway, in the order given. */
export function flagsOnPathway(flags: readonly Flag[], pathway: Pathway): Flag[] {
  return flags.filter((flag) => flag.boxIds.some((id) => pathway.boxIds.has(id)) || flag.linkIds.some((id) => pathway.linkIds.has(id)));
}

/** The model with only the pathway's boxes and links: what "only this pathway" exports. */
export function pathwayModel<M extends Pick<ModelContent, 'boxes' | 'links'>>(model: M, pathway: Pathway): M {
  return { ...model, boxes: model.boxes.filter((box) => pathway.boxIds.has(box.id)), links: model.links.filter((link) => pathway.linkIds.has(link.id)) };
}

export type WalkDirection = 'out' | 'in';

/**
 * The boxes one link away from a box: where its links lead ('out') or where its incoming links come
 * from ('in'), left to right then top to bottom, each once.
 */
export function boxesAlongLinks(model: Pick<ModelContent, 'boxes' | 'links'>, boxId: string, direction: WalkDirection): Box[] {
  const ids = new Set<string>();
  for (const link of model.links) {
    if (direction === 'out' && link.source === boxId) ids.add(link.target);
    else if (direction === 'in' && link.target === boxId) ids.add(link.source);
  }
  ids.delete(boxId);
  return model.boxes.filter((box) => ids.has(box.id)).sort((a, b) => levelIndex(a.level) - levelIndex(b.level) || a.y - b.y || a.x - b.x);
}
