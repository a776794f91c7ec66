/**
 * A shared model's status in a word, from both of its documents on the team server: the model's and
 * its comments'. "Connected" only when each is let in, has had its first sync and has no change the
 * server has not yet acknowledged; so a comment still on its way shows as "syncing", like a box would.
 */

/**
 * Connected and up to date; connected and exchanging changes; not connected; or not connected
 * because the server said it is restarting (it reconnects by itself as when offline).
 */
export type ConnectionState = 'connected' | 'syncing' | 'offline' | 'restarting';

/** One document's side of the connection, as its provider tells it. */
export interface DocumentSync {
  readonly authenticated: boolean;
  readonly synced: boolean;
  readonly unsyncedChanges: boolean;
}

export interface ConnectionFacts {
  readonly socket: 'connected' | 'connecting' | 'disconnected';
  /** The server said it is stopping, and this copy has not been let back in since. */
  readonly restarting: boolean;
  /** The model's document first, then the comments' when the model has them. */
  readonly documents: readonly DocumentSync[];
  /** What was shown last, if anything. */
  readonly shown: ConnectionState | null;
}

export function connectionState(facts: ConnectionFacts): ConnectionState {
  const [model] = facts.documents;
  if (facts.socket === 'connected' && model?.authenticated) {
    const upToDate = facts.documents.every((document) => document.authenticated && document.synced && !document.unsyncedChanges);
    return upToDate ? 'connected' : 'syncing';
  }
  if (facts.restarting) return 'restarting';
  if (facts.socket === 'disconnected') return 'offline';
  return facts.shown ?? 'syncing';
}
