import type { Flag } from './types';

export interface FlagTargets {
  readonly boxes: ReadonlyMap<string, readonly Flag[]>;
  readonly links: ReadonlyMap<string, readonly Flag[]>;
}

function add(map: Map<string, Flag[]>, id: string, flag: Flag): void {
  const list = map.get(id);
  if (list) list.push(flag);
  else map.set(id, [flag]);
}

/**
 * The flags concerning each box and each link, for the canvas badges, in analysis order. Two maps,
 * not one: a model file may give a box and a link the same id.
 */
export function flagsByTarget(flags: readonly Flag[]): FlagTargets {
  const boxes = new Map<string, Flag[]>();
  const links = new Map<string, Flag[]>();
  for (const flag of flags) {
    for (const id of flag.boxIds) add(boxes, id, flag);
    for (const id of flag.linkIds) add(links, id, flag);
  }
  return { boxes, links };
}
