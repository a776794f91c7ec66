/**
 * A model's sharing, for as long as it is open: connects a shared model's document to its room (a
 * model that is not shared never contacts any server), carries presence both ways, keeps the
 * toolbar's status current, and makes a room or new links when asked.
 */
import type * as Y from 'yjs';
import type { ConnectionEnd, SharedConnection } from '../share/connection';
import { MEMBER_TOKEN, myRole } from '../share/signIn';
import { createRoom, replaceLinks, type RoomLinks } from '../share/teamServerApi';
import type { ModelRepository, SharedLink } from '../storage/repository';
import type { EditorStore } from './editorStore';

export const LINKS_REPLACED_HERE =
  'These links were replaced by new ones. Ask whoever shared this model for the new link; your copy stays on this computer.';

/** The model's comments document, synced with the room's second document; who may write it follows the link's role. */
export interface ShareableComments {
  readonly doc: Y.Doc;
  readonly store: { getState(): { setCanComment(can: boolean): void } };
}

export interface ShareSession {
  /**
   * Shares the model through a new room on the team server; returns its links. `byName`: the server
   * lets no links in, so this copy comes in by its signed-in person's name (its maker is the room's editor).
   */
  share(server: string, options?: { byName?: boolean }): Promise<RoomLinks>;
  /** Replaces all three links: the old ones stop working and anyone on them is disconnected. */
  makeNewLinks(): Promise<RoomLinks>;
  close(): void;
}

export function startShareSession(
  store: EditorStore,
  repository: ModelRepository,
  modelId: string,
  doc: Y.Doc,
  initial: SharedLink | undefined,
  name: () => string,
  comments?: ShareableComments,
): ShareSession {
  let connection: SharedConnection | null = null;
  let closed = false;
  /** Counts connections asked for, so a late-loading one that was replaced meanwhile never starts. */
  let attempt = 0;
  const state = store.getState;

  const ended = async (link: SharedLink, end: ConnectionEnd) => {
    connection = null;
    state().setPartners([]);
    state().setShareStatus({ state: 'ended', message: end.kind === 'replaced' ? LINKS_REPLACED_HERE : end.message });
    if (end.kind === 'replaced') {
      const kept = { ...link, linksReplaced: true };
      state().setShareLink(kept);
      await repository.setShared(modelId, kept).catch(() => undefined);
    }
  };

  const connect = (link: SharedLink) => {
    connection?.destroy();
    connection = null;
    const mine = ++attempt;
    state().setShareLink(link);
    // A commenter, like a viewer, cannot change the model; both read comments, and a commenter writes them.
    state().setReadOnly(link.role !== 'edit');
    comments?.store.getState().setCanComment(link.role !== 'view');
    if (link.linksReplaced) {
      state().setShareStatus({ state: 'ended', message: LINKS_REPLACED_HERE });
      return;
    }
    state().setShareStatus({ state: 'syncing' });
    // The provider's code loads only for a shared model: local use loads and contacts nothing more.
    void import('../share/connection').then(
      ({ connectShared }) => {
        if (closed || mine !== attempt) return;
        connection = connectShared(doc, link, name() || 'Someone', comments?.doc ?? null, {
          onState: (connectionState) => state().setShareStatus({ state: connectionState }),
          onEnded: (end) => void ended(link, end),
          onPartners: (partners) => state().setPartners(partners),
          // By name, the role is the server's to change: ask it, and show what it now allows.
          onAccessChanged: () => {
            if (link.token !== MEMBER_TOKEN) return;
            void myRole(link.server, link.room).then(
              (role) => {
                if (closed || mine !== attempt || role === link.role) return;
                const next = { ...link, role };
                void repository.setShared(modelId, next).catch(() => undefined);
                connect(next);
              },
              () => undefined,
            );
          },
        });
        connection.setPresence({ selection: state().selection.boxIds, drag: state().myDrag });
      },
      () => mine === attempt && state().setShareStatus({ state: 'offline' }),
    );
  };

  const unsubscribe = store.subscribe((now, before) => {
    if (!connection) return;
    if (now.selection.boxIds !== before.selection.boxIds) connection.setPresence({ selection: now.selection.boxIds });
    if (now.myDrag !== before.myDrag) connection.setPresence({ drag: now.myDrag });
  });

  if (initial) connect(initial);

  const linkFrom = (server: string, links: RoomLinks): SharedLink => ({
    server,
    room: links.room,
    role: 'edit',
    token: links.editToken,
    viewToken: links.viewToken,
    commentToken: links.commentToken,
  });

  return {
    async share(server, options) {
      const links = await createRoom(server);
      const link = options?.byName ? { server, room: links.room, role: 'edit' as const, token: MEMBER_TOKEN } : linkFrom(server, links);
      await repository.setShared(modelId, link);
      if (!closed) connect(link);
      return links;
    },
    async makeNewLinks() {
      const link = state().shareLink;
      if (!link || link.role !== 'edit') throw new Error('Only someone who can edit this model can make new links.');
      connection?.expectLinksReplaced(true);
      try {
        const links = await replaceLinks(link.server, link.room, link.token);
        const next = linkFrom(link.server, links);
        await repository.setShared(modelId, next);
        if (!closed) connect(next);
        return links;
      } finally {
        connection?.expectLinksReplaced(false);
      }
    },
    close() {
      closed = true;
      attempt++;
      unsubscribe();
      connection?.destroy();
      connection = null;
    },
  };
}
