/**
 * One shared model's connection to its team server room: a Hocuspocus provider on the model's own
 * document (never a second one), its status in three words, and presence. Updates the provider
 * applies carry the provider as their origin, so the model's autosave stores them here as well:
 * the copy on this computer stays whole while offline, and Yjs merges both sides on reconnect.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { presentedToken } from './browserKey';
import { collabUrl, isAccessChanged, isAccessEnded, isLinksReplaced, isServerRestarting, isSizeLimit } from './links';
import { connectionState, type ConnectionState, type DocumentSync } from './connectionState';
import { colourFor, partnersOf, type Partner, type PresenceState } from './presence';

export type { ConnectionState } from './connectionState';

/** Why a connection ended for good (no more attempts). */
export type ConnectionEnd =
  | { readonly kind: 'replaced'; readonly message: string }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'size-limit'; readonly message: string };

export interface ConnectionEvents {
  onState(state: ConnectionState): void;
  onEnded(end: ConnectionEnd): void;
  onPartners(partners: Partner[]): void;
  /** A named person's role was changed on the server: the connection comes back by itself, with the new role. */
  onAccessChanged?(): void;
}

export interface SharedConnection {
  /** Changes what this person shows the others; sent at most once per animation frame. */
  setPresence(presence: Partial<Omit<PresenceState, 'colour'>>): void;
  /** Ignores the server's "links replaced" while this person is making the new links. */
  expectLinksReplaced(on: boolean): void;
  destroy(): void;
}

export const REFUSED_MESSAGE = 'The team server did not accept this link: it may have expired. Ask whoever shared this model for a new link; your copy stays on this computer.';

/**
 * Every write would be refused again (the server refuses any change that makes the model larger),
 * so the connection ends; reopening the model tries again, once the limit has been raised.
 */
export const SIZE_LIMIT_MESSAGE =
  "This model has reached the team server's size limit, so partners no longer receive changes made here. Your copy, with every change, stays on this computer; ask whoever runs the team server to raise its limit, then open the model again.";

/** A restart that takes longer than this is shown as plain "Offline" (still retrying). */
const RESTART_SHOWN_FOR_MS = 60_000;

/**
 * A moment of "Syncing…" while each keystroke is acknowledged would make the status flicker (and be
 * read out by screen readers) as the person types: it shows only when it lasts this long.
 */
const SYNCING_SHOWN_AFTER_MS = 500;

/** Reconnect soon after a drop, and keep trying at least every few seconds while offline. */
const RECONNECT = { delay: 500, minDelay: 500, maxDelay: 4000, factor: 2 };

/**
 * The name of a room's comments document on the team server: a second document beside the model's,
 * so that the server can let a commenter write comments while the model stays read-only to them.
 */
export function commentsDocumentName(room: string): string {
  return `${room}.comments`;
}

export function connectShared(
  doc: Y.Doc,
  link: { server: string; room: string; token: string },
  name: string,
  commentsDoc: Y.Doc | null,
  events: ConnectionEvents,
): SharedConnection {
  const socket = new HocuspocusProviderWebsocket({ url: collabUrl(link.server), ...RECONNECT });
  let socketStatus: WebSocketStatus = WebSocketStatus.Connecting;
  let state: ConnectionState | null = null;
  let ended = false;
  let rotating = false;
  let syncingTimer: ReturnType<typeof setTimeout> | undefined;
  let restarting = false;
  let restartTimer: ReturnType<typeof setTimeout> | undefined;

  const show = (next: ConnectionState) => {
    clearTimeout(syncingTimer);
    syncingTimer = undefined;
    if (next === state || ended) return;
    state = next;
    events.onState(next);
  };

  // Set once both providers exist; a status report can come while the first one is being made.
  let providers: HocuspocusProvider[] = [];
  const syncOf = (one: HocuspocusProvider): DocumentSync => ({ authenticated: one.isAuthenticated, synced: one.isSynced, unsyncedChanges: one.hasUnsyncedChanges });

  const report = () => {
    if (ended || !providers.length) return;
    const socketWord = socketStatus === WebSocketStatus.Connected ? 'connected' : socketStatus === WebSocketStatus.Disconnected ? 'disconnected' : 'connecting';
    if (socketWord === 'connected' && provider.isAuthenticated) {
      restarting = false;
      clearTimeout(restartTimer);
    }
    const next = connectionState({ socket: socketWord, restarting, documents: providers.map(syncOf), shown: state });
    if (next === 'syncing' && state === 'connected') syncingTimer ??= setTimeout(() => show('syncing'), SYNCING_SHOWN_AFTER_MS);
    else show(next);
  };

  const end = (reason: string) => {
    if (ended || (rotating && isLinksReplaced(reason))) return;
    ended = true;
    if (isLinksReplaced(reason)) events.onEnded({ kind: 'replaced', message: reason });
    else if (isSizeLimit(reason)) events.onEnded({ kind: 'size-limit', message: SIZE_LIMIT_MESSAGE });
    else if (isAccessEnded(reason)) events.onEnded({ kind: 'refused', message: reason });
    else events.onEnded({ kind: 'refused', message: REFUSED_MESSAGE });
    destroy();
  };

  /** The server is stopping gracefully: say so until this copy is back in, or for a minute. */
  const serverRestarting = () => {
    restarting = true;
    clearTimeout(restartTimer);
    restartTimer = setTimeout(() => {
      restarting = false;
      report();
    }, RESTART_SHOWN_FOR_MS);
    report();
  };

  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: link.room,
    document: doc,
    // With this browser's key, so that the server lets only this browser change its comments.
    token: presentedToken(link.token),
    onStatus: ({ status }) => {
      socketStatus = status;
      report();
    },
    onAuthenticated: report,
    onSynced: report,
    onUnsyncedChanges: report,
    onClose: ({ event }) => {
      if (isLinksReplaced(event.reason) || isSizeLimit(event.reason) || isAccessEnded(event.reason)) end(event.reason);
      else if (isServerRestarting(event.reason)) serverRestarting();
      else if (isAccessChanged(event.reason)) events.onAccessChanged?.();
    },
    onAuthenticationFailed: ({ reason }) => end(reason),
  });

  // The comments travel on the same socket, as a document of their own with the same token.
  const commentsProvider = commentsDoc
    ? new HocuspocusProvider({
        websocketProvider: socket,
        name: commentsDocumentName(link.room),
        document: commentsDoc,
        token: presentedToken(link.token),
        awareness: null,
        onAuthenticated: report,
        onSynced: report,
        onUnsyncedChanges: report,
        onClose: ({ event }) => {
          if (isLinksReplaced(event.reason) || isAccessEnded(event.reason)) end(event.reason);
        },
      })
    : null;
  providers = commentsProvider ? [provider, commentsProvider] : [provider];

  const awareness = provider.awareness;
  const self = doc.clientID;
  let shown: PresenceState = { name, colour: colourFor(awareness?.clientID ?? self), selection: [], drag: [] };
  awareness?.setLocalState(shown);
  const onAwareness = () => {
    if (awareness) events.onPartners(partnersOf(awareness.getStates() as Map<number, Record<string, unknown>>, awareness.clientID));
  };
  awareness?.on('change', onAwareness);

  let pending: Partial<PresenceState> | null = null;
  let frame = 0;
  const sendPresence = () => {
    frame = 0;
    if (!pending || ended) return;
    shown = { ...shown, ...pending };
    pending = null;
    awareness?.setLocalState(shown);
  };

  provider.attach();
  commentsProvider?.attach();

  function destroy() {
    cancelAnimationFrame(frame);
    clearTimeout(syncingTimer);
    clearTimeout(restartTimer);
    awareness?.off('change', onAwareness);
    commentsProvider?.destroy();
    provider.destroy();
    socket.destroy();
  }

  return {
    setPresence(presence) {
      pending = { ...pending, ...presence };
      frame ||= requestAnimationFrame(sendPresence);
    },
    expectLinksReplaced(on) {
      rotating = on;
    },
    destroy() {
      if (ended) return;
      ended = true;
      destroy();
    },
  };
}
