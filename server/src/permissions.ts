/**
 * Who may write what in a room. A room has two Yjs documents: the model (named by the room id) and
 * its comments (the room id and ".comments"), so that Hocuspocus's per-connection read-only flag can
 * let a commenter write comments while the model stays read-only to them. One link token opens both.
 */
import type { Role } from './linkTokens.js';

export type DocumentKind = 'model' | 'comments';

/** Room ids are base64url (no "."), so this suffix can never be part of one. */
export const COMMENTS_SUFFIX = '.comments';

/** The room a document belongs to, and which of its two documents it is. */
export function documentOf(documentName: string): { room: string; kind: DocumentKind } {
  return documentName.endsWith(COMMENTS_SUFFIX)
    ? { room: documentName.slice(0, -COMMENTS_SUFFIX.length), kind: 'comments' }
    : { room: documentName, kind: 'model' };
}

/** The role → permission map: editors write both documents, commenters the comments only, viewers nothing. */
const WRITES: Readonly<Record<Role, ReadonlySet<DocumentKind>>> = {
  edit: new Set(['model', 'comments']),
  comment: new Set(['comments']),
  view: new Set(),
};

export function mayWrite(role: Role, kind: DocumentKind): boolean {
  return WRITES[role].has(kind);
}
