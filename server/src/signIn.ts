/**
 * Signing in, put together for the team server (teamServer.ts): the access store beside the rooms,
 * sessions, the OpenID Connect login, who is let into a room (access.ts), the audit trail, and the
 * sign-in API. Only started when the operator names identity providers; without them the server has
 * none of this and behaves as it always has.
 *
 * When a room's people or links change, this instance looks at its own connections to the room at
 * once; every other instance sees the room's access version move within ACCESS_CHECK_MS and looks
 * at its own.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { accessRules } from './access.js';
import type { AccessStore } from './accessStore.js';
import { actorOf, auditTrail } from './audit.js';
import { SIGNED_OUT } from './closeReasons.js';
import type { Log } from './log.js';
import { oidcLogin } from './oidcLogin.js';
import { openPostgresAccessStore } from './postgresAccessStore.js';
import type { Admission, Rooms } from './rooms.js';
import { sessions as sessionsOf } from './sessions.js';
import type { TeamServerConfig } from './settings.js';
import { signInApi } from './signInApi.js';
import type { SignInConfig } from './signInSettings.js';
import { versionWrites } from './versionWrites.js';
import { openSqliteAccessStore } from './sqliteAccessStore.js';

const ROLE_WORDS = { edit: 'as editor', comment: 'as commenter', view: 'as viewer' } as const;
/** Rooms whose access version this instance remembers before it forgets those no longer open. */
const MAX_ROOMS_REMEMBERED = 10_000;

export interface OpenConnection {
  admission: Admission;
  close(reason: string): void;
}

export interface SignInHooks {
  /** The open connections to a room on this instance (both of its documents). */
  connectionsTo(room: string): OpenConnection[];
  /** Rooms with a document open on this instance. */
  openRooms(): string[];
}

export async function startSignIn(config: TeamServerConfig & { signIn: SignInConfig }, rooms: Rooms, hooks: SignInHooks, log: Log) {
  const store: AccessStore = config.databaseUrl ? await openPostgresAccessStore(config.databaseUrl) : openSqliteAccessStore(config.dataDir);
  const sessions = sessionsOf(config.signIn, store);
  const access = accessRules(store, rooms, config.signIn.linksAllowed);
  const audit = auditTrail(store, log);
  const login = oidcLogin(config.signIn, sessions, log);
  const seenVersions = new Map<string, number>();

  async function recheck(room: string): Promise<void> {
    seenVersions.set(room, (await store.accessOf(room)).version);
    for (const connection of hooks.connectionsTo(room)) {
      const reason = await access.closeReason(room, connection.admission);
      if (reason) connection.close(reason);
    }
  }

  const api = signInApi({ config: config.signIn, store, sessions, rooms, access, audit, onAccessChanged: recheck });

  return {
    async handleRequest(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
      if (await login.handle(request, response, (person) => log.info({ event: 'signed-in', provider: person.provider }, 'Someone signed in'))) return true;
      return api.handle(request, response);
    },

    /**
     * Lets a connection in by its link or by name, as access.ts says; Refused otherwise. The session
     * cookie counts only on a connection opened by this server's own pages: a page elsewhere that
     * opens a websocket here (its Origin says so) does not act for whoever is signed in.
     */
    async admit(
      linkToken: unknown,
      room: string,
      cookie: string | undefined,
      origin: string | undefined,
    ): Promise<Admission & { person?: { issuer: string; subject: string } }> {
      // Read before letting anyone in, so that a change made meanwhile on another instance is seen.
      if (!seenVersions.has(room)) seenVersions.set(room, (await store.accessOf(room)).version);
      const signedIn = origin === undefined || origin === config.signIn.publicUrl ? await sessions.personOf(cookie) : undefined;
      const admission = await access.admit(linkToken, room, signedIn?.person);
      if (!signedIn) return admission;
      return { ...admission, ...(admission.via === 'member' ? { session: signedIn.idHash } : {}), person: { issuer: signedIn.person.issuer, subject: signedIn.person.subject } };
    },

    joined(room: string, admission: Admission): void {
      audit.recordOncePerMinute(room, actorOf(admission), 'joined', `${ROLE_WORDS[admission.role]}${admission.via === 'member' ? ', by name' : ', by a link'}`);
    },
    wrote(room: string, kind: 'model' | 'comments', admission: Admission, update: Uint8Array): void {
      audit.recordOncePerMinute(room, actorOf(admission), kind === 'model' ? 'changed the model' : 'commented');
      if (kind !== 'model') return;
      for (const version of versionWrites(update)) audit.record(room, actorOf(admission), version.kind === 'saved' ? 'saved a version' : 'restored a version', `“${version.name}”`);
    },

    /** A signed-in person who makes a room is its first editor by name. */
    async roomCreated(room: string, request: IncomingMessage): Promise<void> {
      const signedIn = await sessions.personOf(request.headers.cookie);
      if (!signedIn) return;
      await store.setMember(room, signedIn.person.email, 'edit');
      audit.record(room, signedIn.person.email, 'made the room');
    },
    async linksReplaced(room: string, request: IncomingMessage): Promise<void> {
      const signedIn = await sessions.personOf(request.headers.cookie);
      audit.record(room, signedIn?.person.email ?? 'Someone with the can-edit link', 'made new links', 'the old links stopped working');
    },
    /** May links make rooms here? Off server-wide, only a signed-in person may. */
    async mayCreateRoom(request: IncomingMessage): Promise<boolean> {
      return config.signIn.linksAllowed || (await sessions.personOf(request.headers.cookie)) !== undefined;
    },

    /**
     * For the periodic check: rooms whose access changed on another instance are looked at again,
     * and connections by name whose sign-in ended (signed out anywhere, or expired) are closed.
     */
    async checkOpenRooms(): Promise<void> {
      const bySession = new Map<string, OpenConnection[]>();
      for (const room of hooks.openRooms()) {
        for (const connection of hooks.connectionsTo(room)) {
          const session = connection.admission.session;
          if (session) bySession.set(session, [...(bySession.get(session) ?? []), connection]);
        }
      }
      for (const [session, connections] of bySession) {
        if (await sessions.isCurrent(session)) continue;
        for (const connection of connections) connection.close(SIGNED_OUT);
      }
      for (const room of hooks.openRooms()) {
        const { version } = await store.accessOf(room);
        const seen = seenVersions.get(room);
        if (seen === undefined) seenVersions.set(room, version);
        else if (seen !== version) await recheck(room);
      }
      // Kept for rooms closed meanwhile too: a room being opened is admitted before its document is
      // open, and must not lose the version read then. Bounded all the same.
      if (seenVersions.size > MAX_ROOMS_REMEMBERED) {
        const open = new Set(hooks.openRooms());
        for (const room of seenVersions.keys()) if (!open.has(room)) seenVersions.delete(room);
      }
    },

    async stop(): Promise<void> {
      audit.stop();
      await audit.settle();
      await store.close();
    },
  };
}

export type SignIn = Awaited<ReturnType<typeof startSignIn>>;
