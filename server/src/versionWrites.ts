/**
 * Which saved versions a write to a model adds, for the audit trail: the app keeps versions in the
 * model's document (src/document/versions.ts: a root map `versions`, one map per version with its
 * `name`), and restoring a version first saves the model as it was under the name
 * "Before restoring <name>". The update is read, not applied.
 */
import * as Y from 'yjs';

const VERSIONS = 'versions';
const BEFORE_RESTORING = 'Before restoring ';

export type VersionWrite = { kind: 'saved' | 'restored'; name: string };

export function versionWrites(update: Uint8Array): VersionWrite[] {
  let structs: (Y.Item | Y.GC | Y.Skip)[];
  try {
    ({ structs } = Y.decodeUpdate(update) as unknown as { structs: (Y.Item | Y.GC | Y.Skip)[] });
  } catch {
    return [];
  }
  const versionEntries = new Set<string>();
  for (const struct of structs) {
    if (struct instanceof Y.Item && (struct.parent as unknown) === VERSIONS && struct.content instanceof Y.ContentType) versionEntries.add(`${struct.id.client}:${struct.id.clock}`);
  }
  if (!versionEntries.size) return [];
  const writes: VersionWrite[] = [];
  for (const struct of structs) {
    const parent = struct instanceof Y.Item ? (struct.parent as unknown) : undefined;
    if (!(struct instanceof Y.Item) || !(parent instanceof Y.ID) || struct.parentSub !== 'name' || !versionEntries.has(`${parent.client}:${parent.clock}`)) continue;
    const name = struct.content instanceof Y.ContentAny ? struct.content.arr[0] : undefined;
    if (typeof name !== 'string') continue;
    writes.push(name.startsWith(BEFORE_RESTORING) ? { kind: 'restored', name: name.slice(BEFORE_RESTORING.length) } : { kind: 'saved', name });
  }
  return writes;
}
