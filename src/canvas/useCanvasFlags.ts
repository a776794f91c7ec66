import { useMemo, useState } from 'react';
import { flagsByTarget, type Flag } from '../analysis';
import type { Model } from '../domain/model';
import { sameItems } from '../domain/sameItems';
import { useFlagsOf } from '../store/useFlagsOf';

export interface CanvasFlags {
  /** Per box, the messages of the flags that concern it (for the badge and its tooltip). */
  readonly flagsByBox: ReadonlyMap<string, readonly string[]>;
  readonly flaggedLinks: ReadonlySet<string>;
}

/** A link whose note explains it is shown as acknowledged, not as a warning. */
function worthABadge(flag: Flag): boolean {
  return !flag.acknowledged;
}

/** Whether two analyses show the same on the canvas: the same badges with the same messages. */
function sameCanvasFlags(a: CanvasFlags, b: CanvasFlags): boolean {
  if (a.flagsByBox.size !== b.flagsByBox.size || a.flaggedLinks.size !== b.flaggedLinks.size) return false;
  for (const id of a.flaggedLinks) if (!b.flaggedLinks.has(id)) return false;
  for (const [id, messages] of a.flagsByBox) {
    const other = b.flagsByBox.get(id);
    if (!other || !sameItems(messages, other)) return false;
  }
  return true;
}

/**
 * The flags as the canvas shows them; the same memoised analysis the flags panel reads, a frame after
 * the edit (useFlagsOf). The same object while the flags stay the same (typing in most fields), so
 * the canvas rebuilds nothing.
 */
export function useCanvasFlags(model: Model): CanvasFlags {
  const { flags } = useFlagsOf(model);
  const fresh = useMemo(() => {
    const targets = flagsByTarget(flags.filter(worthABadge));
    const flagsByBox = new Map<string, readonly string[]>();
    for (const [id, ofBox] of targets.boxes) flagsByBox.set(id, ofBox.map((flag) => flag.message));
    return { flagsByBox, flaggedLinks: new Set(targets.links.keys()) };
  }, [flags]);
  // The earlier object is kept while the flags stay the same: a fresh one would rebuild every node.
  const [kept, setKept] = useState(fresh);
  const same = useMemo(() => kept === fresh || sameCanvasFlags(kept, fresh), [kept, fresh]);
  if (same) return kept;
  setKept(fresh);
  return fresh;
}
