/**
 * Loops of openings (PRODUCT.md §18): a box may open another model, but a chain of openings that
 * comes back to where it started (A opens B opens A) would lead a reader round for ever, so it is
 * refused, in words that name the chain. Works on digests: no document is opened.
 */
import type { ModelDigest } from './digest';

/**
 * The chain of titles that would close a loop if `parentUid` opened `childUid` ("Riverside LOIP ›
 * Family support › Riverside LOIP"), or undefined when it would not.
 */
export function loopIfOpened(parentUid: string, childUid: string, digests: readonly ModelDigest[]): string[] | undefined {
  const byUid = new Map<string, ModelDigest>();
  for (const digest of digests) if (digest.uid) byUid.set(digest.uid, digest);
  const titleOf = (uid: string) => byUid.get(uid)?.title || 'an untitled model';
  if (parentUid === childUid) return [titleOf(parentUid), titleOf(parentUid)];
  // Breadth first from the child: the shortest way back to the parent is the clearest to read.
  const cameFrom = new Map<string, string | null>([[childUid, null]]);
  const queue = [childUid];
  while (queue.length) {
    const uid = queue.shift() as string;
    for (const opening of byUid.get(uid)?.opens ?? []) {
      if (cameFrom.has(opening.model)) continue;
      cameFrom.set(opening.model, uid);
      if (opening.model === parentUid) {
        const chain: string[] = [];
        for (let at: string | null = parentUid; at !== null; at = cameFrom.get(at) ?? null) chain.push(titleOf(at));
        return [titleOf(parentUid), ...chain.reverse()];
      }
      queue.push(opening.model);
    }
  }
  return undefined;
}

/** The refusal in words, or undefined when the opening is fine. */
export function openingRefusal(parentUid: string, childUid: string, digests: readonly ModelDigest[]): string | undefined {
  const loop = loopIfOpened(parentUid, childUid, digests);
  if (!loop) return undefined;
  if (parentUid === childUid) return 'A box cannot open the model it is in.';
  return `This would make a loop of openings (${loop.join(' › ')}), so a reader would go round for ever. Choose another model.`;
}
