/**
 * Saved versions inside the model's document (see CONTEXT.md, "Versions"): a top-level `versions`
 * map of one map per version, keyed by its id. Kept in the document so that a shared model's
 * versions reach every partner through the team server, which refuses a viewer's writes to them as
 * to anything else, and versions made offline sync on reconnect. Outside the undo manager's scope:
 * saving a version is never undone, and restoring one is an ordinary edit of the model.
 */
import * as Y from 'yjs';
import { isIsoDateTime, MAX_VERSIONS, newestVersionFirst, type SavedVersion, type VersionCounts, type VersionInfo } from '../domain/versions';
import { encodeVersionContent, type EncodedContent } from '../file/versionContent';

export const VERSIONS_MAP = 'versions';
/** Writes of versions: saving, renaming, deleting. Never undone, so not the local origin. */
export const VERSION_ORIGIN = Symbol('outcome-chains: versions');

export interface StoredVersion {
  readonly info: VersionInfo;
  readonly content: EncodedContent;
}

function versionsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(VERSIONS_MAP);
}

function count(map: Y.Map<unknown>, field: string): number {
  const value = map.get(field);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

function optionalText(map: Y.Map<unknown>, field: string): string | undefined {
  const value = map.get(field);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A version's list entry, or undefined when it is not whole (a partner's damaged or tampered copy). */
function readInfo(id: string, map: Y.Map<unknown>): VersionInfo | undefined {
  const name = map.get('name');
  const savedAt = map.get('savedAt');
  if (typeof name !== 'string' || !isIsoDateTime(savedAt) || !(map.get('content') instanceof Uint8Array)) return undefined;
  const counts: VersionCounts = { boxes: count(map, 'boxes'), links: count(map, 'links'), rated: count(map, 'rated') };
  const info: { -readonly [K in keyof VersionInfo]: VersionInfo[K] } = { id, name, savedAt, counts };
  const note = optionalText(map, 'note');
  const by = optionalText(map, 'by');
  if (note) info.note = note;
  if (by) info.by = by;
  return info;
}

/** Every version, newest first. */
export function listVersions(doc: Y.Doc): VersionInfo[] {
  const list: VersionInfo[] = [];
  for (const [id, map] of versionsOf(doc)) {
    const info = map instanceof Y.Map ? readInfo(id, map) : undefined;
    if (info) list.push(info);
  }
  return list.sort(newestVersionFirst);
}

/** Every whole version as stored, oldest first: what a copy of the model carries over unchanged. */
export function storedVersions(doc: Y.Doc): StoredVersion[] {
  return listVersions(doc)
    .reverse()
    .map((info) => ({ info, content: versionContent(doc, info.id)! }));
}

/** The stored content of a version, to decode (src/file/versionContent.ts); undefined when there is none. */
export function versionContent(doc: Y.Doc, id: string): EncodedContent | undefined {
  const map = versionsOf(doc).get(id);
  const bytes = map instanceof Y.Map ? map.get('content') : undefined;
  if (!(bytes instanceof Uint8Array)) return undefined;
  const formatVersion = map!.get('formatVersion');
  return { bytes, formatVersion: typeof formatVersion === 'number' ? formatVersion : 3 };
}

export class TooManyVersionsError extends Error {}

/** Adds versions (one saved now, or those an imported file carries) in one transaction. */
export function addVersions(doc: Y.Doc, versions: readonly StoredVersion[], origin: unknown = VERSION_ORIGIN): void {
  const map = versionsOf(doc);
  if (map.size + versions.length > MAX_VERSIONS) {
    throw new TooManyVersionsError(`This model already keeps ${map.size} saved versions, the most it can keep is ${MAX_VERSIONS}. Delete an old version first.`);
  }
  doc.transact(() => {
    for (const { info, content } of versions) {
      const version = new Y.Map<unknown>();
      version.set('name', info.name);
      if (info.note) version.set('note', info.note);
      version.set('savedAt', info.savedAt);
      if (info.by) version.set('by', info.by);
      version.set('boxes', info.counts.boxes);
      version.set('links', info.counts.links);
      version.set('rated', info.counts.rated);
      version.set('formatVersion', content.formatVersion);
      version.set('content', content.bytes);
      map.set(info.id, version);
    }
  }, origin);
}

/** Changes a version's name and note: the only things about a version that ever change. */
export function renameVersion(doc: Y.Doc, id: string, name: string, note: string | undefined): void {
  const version = versionsOf(doc).get(id);
  if (!(version instanceof Y.Map)) return;
  doc.transact(() => {
    if (version.get('name') !== name) version.set('name', name);
    if (note) {
      if (version.get('note') !== note) version.set('note', note);
    } else if (version.has('note')) version.delete('note');
  }, VERSION_ORIGIN);
}

export function deleteVersion(doc: Y.Doc, id: string): void {
  const map = versionsOf(doc);
  if (map.has(id)) doc.transact(() => map.delete(id), VERSION_ORIGIN);
}

/** Calls `listener` with the list whenever a version is added, renamed or deleted (here or anywhere). */
export function observeVersions(doc: Y.Doc, listener: (versions: VersionInfo[]) => void): () => void {
  const map = versionsOf(doc);
  const onChange = () => listener(listVersions(doc));
  map.observeDeep(onChange);
  return () => map.unobserveDeep(onChange);
}

/** Versions a model file carried, ready for the document: each content encoded as it is stored. */
export async function encodeVersions(saved: readonly SavedVersion[]): Promise<StoredVersion[]> {
  return Promise.all(saved.map(async ({ info, content }) => ({ info, content: await encodeVersionContent(content) })));
}
