/** Small models for the analysis tests, written so a test shows only what matters to it. */
import { LEVEL_IDS, levelIndex, type LevelId } from '../domain/levels';
import type { Box, Condition, Link, ModelContent } from '../domain/model';
import type { Flag, FlagKind } from './types';

/** A box labelled with its own id, placed in its lane; rows keep boxes of a level apart. */
export function box(id: string, level: LevelId, extra: Partial<Box> = {}): Box {
  return { id, level, label: id, x: levelIndex(level) * 260, y: 0, ...extra };
}

export function link(id: string, source: string, target: string, note?: string): Link {
  return note === undefined ? { id, source, target } : { id, source, target, note };
}

export function modelOf(parts: { boxes?: Box[]; links?: Link[]; conditions?: Condition[] }): ModelContent {
  return { title: 'Test model', boxes: parts.boxes ?? [], links: parts.links ?? [], conditions: parts.conditions ?? [] };
}

/** One box per level, b0 (inputs) … b6 (outcomes), linked in a straight chain l0 … l5. */
export function straightChain(): { boxes: Box[]; links: Link[] } {
  const boxes = LEVEL_IDS.map((level, i) => box(`b${i}`, level));
  const links = boxes.slice(1).map((target, i) => link(`l${i}`, `b${i}`, target.id));
  return { boxes, links };
}

export function ofKind(flags: readonly Flag[], kind: FlagKind): Flag[] {
  return flags.filter((flag) => flag.kind === kind);
}

export function kindsOf(flags: readonly Flag[]): Set<FlagKind> {
  return new Set(flags.map((flag) => flag.kind));
}
