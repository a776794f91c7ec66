import { rollUpSentence } from '../../analysis/plans/rollup';
import type { StoredDigest } from '../../storage/repository';

/** Each stored model's roll-up sentence by uid: what the board report says of a box that opens it. */
export function childRollUps(byUid: ReadonlyMap<string, StoredDigest>): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const [uid, entry] of byUid) if (entry.digest) out.set(uid, `${entry.title}: ${rollUpSentence(entry.digest)}`);
  return out;
}
