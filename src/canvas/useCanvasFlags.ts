import type { Model } from '../domain/model';

const NONE_BY_BOX: ReadonlyMap<string, readonly string[]> = new Map();
const NONE: ReadonlySet<string> = new Set();

/** Flag messages per box and the flagged links, for badges and link styling. */
export function useCanvasFlags(_model: Model): { flagsByBox: ReadonlyMap<string, readonly string[]>; flaggedLinks: ReadonlySet<string> } {
  return { flagsByBox: NONE_BY_BOX, flaggedLinks: NONE };
}
