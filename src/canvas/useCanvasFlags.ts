import { useMemo } from 'react';
import { analyseMemo, flagsByTarget, type Flag } from '../analysis';
import { isoDateOf } from '../domain/isoDate';
import type { Model } from '../domain/model';

export interface CanvasFlags {
  /** Per box, the messages of the flags that concern it (for the badge and its tooltip). */
  readonly flagsByBox: ReadonlyMap<string, readonly string[]>;
  readonly flaggedLinks: ReadonlySet<string>;
}

/** A link whose note explains it is shown as acknowledged, not as a warning. */
function worthABadge(flag: Flag): boolean {
  return !flag.acknowledged;
}

/** One string that changes exactly when what the canvas shows of the flags changes. */
function flagsKey(flags: CanvasFlags): string {
  return JSON.stringify([[...flags.flagsByBox], [...flags.flaggedLinks]]);
}

/**
 * The flags as the canvas shows them; the same memoised analysis the flags panel reads. The same
 * object while the flags stay the same (typing in most fields), so the canvas rebuilds nothing.
 */
export function useCanvasFlags(model: Model): CanvasFlags {
  // Read on every render, so that a date rolling over while the tab is open is seen at the next one.
  const today = isoDateOf(new Date());
  const fresh = useMemo(() => {
    const targets = flagsByTarget(analyseMemo(model, today).filter(worthABadge));
    const flagsByBox = new Map<string, readonly string[]>();
    for (const [id, flags] of targets.boxes) flagsByBox.set(id, flags.map((flag) => flag.message));
    return { flagsByBox, flaggedLinks: new Set(targets.links.keys()) };
  }, [model, today]);
  const key = useMemo(() => flagsKey(fresh), [fresh]);
  // Kept until the key changes: a fresh object with the same flags would rebuild every node.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => fresh, [key]);
}
