/** Writes a model's content into a new document: how a model file, a template or a stored JSON model becomes live. */
import * as Y from 'yjs';
import type { ModelContent } from '../domain/model';
import { DOCUMENT_SCHEMA_VERSION, mapsOf, SEED_ORIGIN } from './layout';
import { addVersions, type StoredVersion } from './versions';
import { writeContent } from './write';

/**
 * Every seed is written by this one client id, in the same order, so seeding the same content twice
 * (two tabs migrating one stored model at once) gives byte-identical updates, and merging them
 * holds each item once, with nothing of either lost. Yjs gives a live document a new id if it ever
 * meets its own id in an update, so no person ever writes as the seed.
 */
const SEED_CLIENT_ID = 1;

/** The content (and the saved versions a model file carried) as the first update of a new document. */
export function documentUpdateFor(content: ModelContent, versions: readonly StoredVersion[] = []): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = SEED_CLIENT_ID;
  doc.transact(() => {
    mapsOf(doc).meta.set('schemaVersion', DOCUMENT_SCHEMA_VERSION);
    writeContent(doc, null, content);
    if (versions.length) addVersions(doc, versions, SEED_ORIGIN);
  }, SEED_ORIGIN);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** A document holding the content. */
export function documentFor(content: ModelContent): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, documentUpdateFor(content), SEED_ORIGIN);
  return doc;
}
