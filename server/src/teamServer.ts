/**
 * The team server: one Node process, one port, serving the built app, the rooms API, and the
 * Hocuspocus collaboration endpoint at /collab. Documents and link generations live in one store
 * (SQLite in the data folder, or PostgreSQL at DATABASE_URL); with REDIS_URL, instances share rooms.
 * Limits (settings.ts) guard it from strangers; a graceful stop flushes every room before it exits.
 */
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Connection, type Extension } from '@hocuspocus/server';
import { Redis as RedisClient } from 'ioredis';
import type { Server as HttpServer } from 'node:http';
import { API_PREFIX, handleApi } from './api.js';
import { ACCESS_CHANGED, LINKS_OFF, NOT_SHARED_WITH_YOU, SERVER_RESTARTING, SIGNED_OUT } from './closeReasons.js';
import { browserAuthor, personAuthor, presentedCredentials } from './authors.js';
import { checkCommentsUpdate } from './commentAuthorship.js';
import { DocumentTooLarge, documentSizeLimit, writtenUpdate } from './documentSize.js';
import { refuseFraming } from './framing.js';
import { memoryLimits, redisLimits } from './addressLimits.js';
import { clientAddress, limitKey } from './limits.js';
import { roomHash, type Log } from './log.js';
import { createMetrics, serveMetrics } from './metrics.js';
import { openPostgresRoomStore } from './postgresRoomStore.js';
import type { RoomStore } from './roomStore.js';
import { COMMENTS_SUFFIX as COMMENTS, documentOf, mayWrite } from './permissions.js';
import { LINKS_REPLACED, Refused, rooms, type Admission } from './rooms.js';
import type { TeamServerConfig } from './settings.js';
import { startSignIn, type OpenConnection, type SignIn } from './signIn.js';
import { openSqliteRoomStore } from './sqliteRoomStore.js';
import { staticApp } from './staticApp.js';

export type { TeamServerConfig } from './settings.js';
export { SERVER_RESTARTING };

/** The collaboration endpoint's path; any other websocket upgrade is refused. */
export const COLLAB_PATH = '/collab';
/** The websocket close code for a restart (RFC 6455 "Service Restart"). */
const SERVICE_RESTART = 1012;
/**
 * How often each instance checks the store for rooms whose links were replaced on another
 * instance; the instance that made the new links disconnects its own clients at once.
 */
const GENERATION_CHECK_MS = 2000;
/** How often clients that stopped reading are looked for. */
const SLOW_CLIENT_CHECK_MS = 250;
/** How long a readiness check waits for the store. */
const READY_TIMEOUT_MS = 2000;

export interface RunningTeamServer {
  port: number;
  metricsPort?: number;
  appFound: boolean;
  store: 'sqlite' | 'postgres';
  sharesRoomsThroughRedis: boolean;
  /** Stops gracefully; resolves false if it could not finish within the stop timeout. */
  stop(): Promise<boolean>;
}

/** What Hocuspocus hands us as a connection's socket: the `ws` WebSocket behind a proxy. */
interface Socket {
  bufferedAmount?: number;
  terminate?(): void;
}

function openStore(config: TeamServerConfig): Promise<RoomStore> | RoomStore {
  return config.databaseUrl ? openPostgresRoomStore(config.databaseUrl) : openSqliteRoomStore(config.dataDir);
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timed-out'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timed-out'>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function startTeamServer(config: TeamServerConfig, log: Log): Promise<RunningTeamServer> {
  const { limits } = config;
  const store = await openStore(config);
  const roomRules = rooms(store, await store.linkSecret());
  const app = staticApp(config.distDir);
  // Only with identity providers named: otherwise links alone, as ever.
  const signIn: SignIn | undefined = config.signIn
    ? await startSignIn({ ...config, signIn: config.signIn }, roomRules, { connectionsTo: (room) => connectionsTo(room), openRooms: () => openRooms() }, log)
    : undefined;
  // With Redis, the per-address limits are counted once across every instance.
  const limitsRedis = config.redisUrl ? new RedisClient(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false }) : undefined;
  limitsRedis?.on('error', (error) => log.warn({ event: 'limits-store-failed', error: error.message }, 'Redis did not answer for the limits; counting in memory meanwhile'));
  const addressLimits = limitsRedis ? redisLimits(limits, limitsRedis) : memoryLimits(limits);
  const documentSize = documentSizeLimit(limits.maxDocumentBytes);
  let stopping = false;

  const metrics = createMetrics({
    connections: () => addressLimits.openOnThisInstance,
    documentConnections: () => server.hocuspocus.getConnectionsCount(),
    openRooms: () => server.hocuspocus.getDocumentsCount(),
  });

  const extensions: Extension[] = [
    new Database({
      fetch: ({ documentName }) => store.fetchDocument(documentName),
      store: async ({ documentName, state }) => {
        const done = metrics.storeSeconds.startTimer();
        try {
          await store.storeDocument(documentName, state);
        } catch (error) {
          log.error({ event: 'store-failed', room: roomHash(documentName), error: error instanceof Error ? error.message : String(error) }, 'Writing a room to the store failed; it stays in memory');
          throw error;
        }
        done();
        metrics.documentBytes.observe(state.length);
      },
    }),
  ];
  if (config.redisUrl) {
    const redisUrl = config.redisUrl;
    extensions.push(new Redis({ createClient: () => new RedisClient(redisUrl) }));
  }

  /** Disconnects, with LINKS_REPLACED, everyone in the room who came in through older links. */
  function closeReplacedConnections(room: string, generation: number): void {
    // Both of the room's documents: the model's and its comments'.
    for (const name of [room, `${room}${COMMENTS}`]) {
      for (const connection of server.hocuspocus.documents.get(name)?.getConnections() ?? []) {
        const admission = connection.context as Partial<Admission>;
        if ((admission.generation ?? 0) < generation) connection.close({ code: 4403, reason: LINKS_REPLACED });
      }
    }
  }

  async function closeConnectionsOnOlderLinks(room: string): Promise<void> {
    const current = await roomRules.generationOf(room);
    if (current !== undefined) closeReplacedConnections(room, current);
  }

  const openRooms = (): string[] => [...new Set([...server.hocuspocus.documents.keys()].map((name) => documentOf(name).room))];

  /** A room's open connections, for sign-in's checks: closing one says why; a changed role reconnects. */
  function connectionsTo(room: string): OpenConnection[] {
    return [room, `${room}${COMMENTS}`].flatMap((name) =>
      (server.hocuspocus.documents.get(name)?.getConnections() ?? []).map((connection: Connection) => ({
        admission: connection.context as Admission,
        close(reason: string) {
          const why = reason === ACCESS_CHANGED ? 'role-changed' : reason === LINKS_OFF ? 'links-off' : reason === SIGNED_OUT ? 'signed-out' : 'removed';
          log.info({ event: 'access-closed', room: roomHash(room), reason: why }, 'Closed a connection whose access changed');
          // A lowered role: the whole socket closes, so the app reconnects and comes in with the new role.
          if (reason === ACCESS_CHANGED) (connection.webSocket as unknown as { close(code: number, reason: string): void }).close(4401, reason);
          else connection.close({ code: 4403, reason });
        },
      })),
    );
  }

  const everyConnection = (): Connection[] => [...server.hocuspocus.documents.values()].flatMap((document) => document.getConnections());

  const server: Server = new Server({
    address: config.host,
    port: config.port,
    quiet: true,
    stopOnSignals: false,
    websocketOptions: { maxPayload: limits.maxMessageBytes },
    extensions,

    async onUpgrade({ request, socket }) {
      const refuse = (status: string) => {
        socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
        socket.destroy();
        // An empty rejection stops Hocuspocus from taking the upgrade.
        throw null;
      };
      if (new URL(request.url ?? '/', 'http://server').pathname !== COLLAB_PATH) {
        socket.destroy();
        throw null;
      }
      if (stopping) refuse('503 Service Unavailable');
      const address = clientAddress(request, config.trustProxy);
      const key = limitKey(address);
      let closedMeanwhile = false;
      socket.once('close', () => (closedMeanwhile = true));
      if (!(await addressLimits.openConnection(key))) {
        metrics.limitHits.inc({ limit: 'connections-per-address' });
        log.warn({ event: 'limit-hit', limit: 'connections-per-address', address }, 'Too many open connections from one address');
        refuse('429 Too Many Requests');
      }
      if (closedMeanwhile || socket.destroyed) addressLimits.closeConnection(key);
      else socket.once('close', () => addressLimits.closeConnection(key));
    },

    async onRequest({ request, response }) {
      // Every answer, page or API or error: none may be shown inside another site's frame.
      refuseFraming(response);
      const path = request.url ?? '/';
      if (signIn && (await signIn.handleRequest(request, response))) {
        // Signing in, sessions, a room's people and audit (signInApi.ts, oidcLogin.ts).
      } else if (path.startsWith(API_PREFIX)) {
        await handleApi(request, response, {
          rooms: roomRules,
          onLinksReplaced: async (room) => {
            log.info({ event: 'links-replaced', room: roomHash(room) }, 'New links made for a room');
            await signIn?.linksReplaced(room, request);
            await closeConnectionsOnOlderLinks(room);
          },
          mayCreateRoom: async () => {
            const address = clientAddress(request, config.trustProxy);
            const decision = await addressLimits.takeRoom(limitKey(address));
            if (!decision.allowed) {
              metrics.limitHits.inc({ limit: 'rooms-per-address-per-hour' });
              log.warn({ event: 'limit-hit', limit: 'rooms-per-address-per-hour', address }, 'Too many rooms made from one address');
            }
            return decision;
          },
          onRoomCreated: async (room) => {
            metrics.roomsCreated.inc();
            log.info({ event: 'room-created', room: roomHash(room) }, 'Room made');
            await signIn?.roomCreated(room, request);
          },
          mayMakeRooms: async () => !signIn || signIn.mayCreateRoom(request),
          isReady: async () => {
            if (stopping) return false;
            return (await within(store.ping().then(() => true), READY_TIMEOUT_MS).catch(() => false)) === true;
          },
          log,
        });
      } else {
        await app.serve(request, response);
      }
      throw null;
    },

    async onAuthenticate({ token, documentName, connectionConfig, requestHeaders }) {
      const { room, kind } = documentOf(documentName);
      try {
        const { linkToken, browserKey } = presentedCredentials(token);
        const { person, ...admission }: Admission & { person?: { issuer: string; subject: string } } = signIn
          ? await signIn.admit(linkToken, room, requestHeaders.get('cookie') ?? undefined, requestHeaders.get('origin') ?? undefined)
          : await roomRules.admit(linkToken, room);
        admission.authors = [...(browserKey ? [browserAuthor(browserKey)] : []), ...(person ? [personAuthor(person.issuer, person.subject)] : [])];
        signIn?.joined(room, admission);
        // Hocuspocus then refuses this connection's updates to this document: a tampered viewer, or a
        // commenter writing to the model, changes nothing.
        if (!mayWrite(admission.role, kind)) connectionConfig.readOnly = true;
        return admission;
      } catch (error) {
        if (error instanceof Refused) {
          const reason =
            error.reason === LINKS_REPLACED ? 'links-replaced' : error.reason === LINKS_OFF ? 'links-off' : error.reason === NOT_SHARED_WITH_YOU ? 'not-shared' : 'permission-denied';
          metrics.authFailures.inc({ reason });
          log.warn({ event: 'auth-refused', reason, room: roomHash(room) }, 'A link was refused');
        }
        throw error;
      }
    },

    async connected({ connection }) {
      // Counting here sees every message a connection is sent, whichever part of Hocuspocus sends it.
      const send = connection.send.bind(connection);
      connection.send = (message) => {
        metrics.messagesOut.inc();
        send(message);
      };
    },

    async beforeHandleMessage({ update, document, connection, documentName }) {
      metrics.messagesIn.inc();
      const written = writtenUpdate(update);
      const bytes = written?.length ?? 0;
      if (!written || bytes === 0) return;
      if (connection.readOnly) {
        metrics.refusedWrites.inc({ reason: 'read-only' });
        return;
      }
      if (documentOf(documentName).kind === 'comments') {
        const admission = connection.context as Admission;
        const verdict = checkCommentsUpdate(document, written, { authors: admission.authors ?? [], editor: admission.role === 'edit' });
        if (!verdict.ok) {
          metrics.refusedWrites.inc({ reason: 'not-author' });
          log.warn({ event: 'write-refused', reason: 'not-author', detail: verdict.why, room: roomHash(documentName) }, "A write to someone else's comment was refused");
          // Dropped like a viewer's write (Hocuspocus answers "not synced" and applies nothing); the
          // connection stays, for this message only.
          connection.readOnly = true;
          connection.afterHandleMessage(async () => {
            connection.readOnly = false;
            connection.afterHandleMessage(async () => undefined);
          });
          return;
        }
      }
      try {
        documentSize.check(document, bytes);
      } catch (error) {
        if (error instanceof DocumentTooLarge) {
          metrics.refusedWrites.inc({ reason: 'document-size' });
          metrics.limitHits.inc({ limit: 'document-size' });
          log.warn({ event: 'limit-hit', limit: 'document-size', room: roomHash(documentName), bytes, maxBytes: limits.maxDocumentBytes }, 'A write was refused: the room is at its size limit');
        }
        throw error;
      }
      // An empty update (a sync with nothing new) is two bytes: it changes nothing worth recording.
      if (signIn && bytes > 2) signIn.wrote(documentOf(documentName).room, documentOf(documentName).kind, connection.context as Admission, written);
    },
  });

  const http: HttpServer = server.httpServer;
  // Slow or half-open requests (slowloris) are cut: headers must arrive, and requests end, in time.
  http.headersTimeout = limits.headersTimeoutMs;
  http.requestTimeout = limits.requestTimeoutMs;
  // Node checks those only once a request is under way: a socket that goes quiet (sends nothing, or
  // stops half-way) is cut by inactivity. A websocket turns this off for itself when it upgrades.
  http.timeout = limits.headersTimeoutMs;
  http.keepAliveTimeout = 5_000;
  // Read when the server starts listening: how often those timeouts are checked.
  (http as HttpServer & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(1000, limits.headersTimeoutMs);

  let checking = false;
  const generationCheck = setInterval(async () => {
    if (checking) return;
    checking = true;
    try {
      for (const room of openRooms()) await closeConnectionsOnOlderLinks(room);
      await signIn?.checkOpenRooms();
    } catch (error) {
      log.error({ event: 'generation-check-failed', error: error instanceof Error ? error.message : String(error) }, 'Checking rooms for new links failed');
    } finally {
      checking = false;
    }
  }, GENERATION_CHECK_MS);
  generationCheck.unref();

  // A client that stops reading would have everything sent to it held here: drop it instead.
  const slowClientCheck = setInterval(() => {
    for (const connection of everyConnection()) {
      const socket = connection.webSocket as unknown as Socket;
      if ((socket.bufferedAmount ?? 0) > limits.maxSendBufferBytes) {
        metrics.limitHits.inc({ limit: 'send-buffer' });
        log.warn({ event: 'limit-hit', limit: 'send-buffer', room: roomHash(connection.document.name), bytes: socket.bufferedAmount }, 'Dropped a client that stopped reading');
        socket.terminate?.();
      }
    }
  }, SLOW_CLIENT_CHECK_MS);
  slowClientCheck.unref();

  await server.listen();
  const metricsServer = config.metricsPort === undefined ? undefined : await serveMetrics(metrics.registry, config.metricsHost, config.metricsPort);

  async function stopGracefully(): Promise<void> {
    // 1. Accept nothing new (new upgrades on open keep-alive sockets are refused above).
    http.close();
    http.closeIdleConnections();
    // 2. Tell every client why, then close its socket: the app shows "restarting" and retries.
    const connections = everyConnection();
    for (const connection of connections) connection.close({ code: SERVICE_RESTART, reason: SERVER_RESTARTING });
    (server as unknown as { crossws: { closeAll(code: number, reason: string): void } }).crossws.closeAll(SERVICE_RESTART, SERVER_RESTARTING);
    // 3. Finish applying what had arrived, then write every room (Hocuspocus flushes each pending
    //    store and resolves once every document is written and unloaded).
    await Promise.all(connections.map((connection) => connection.waitForPendingMessages()));
    await server.destroy();
    await signIn?.stop();
    await store.close();
    await addressLimits.settle();
    await limitsRedis?.quit().catch(() => undefined);
  }

  return {
    port: server.address.port,
    metricsPort: metricsServer?.port,
    appFound: app.found,
    store: config.databaseUrl ? 'postgres' : 'sqlite',
    sharesRoomsThroughRedis: Boolean(config.redisUrl),
    async stop() {
      if (stopping) return true;
      stopping = true;
      clearInterval(generationCheck);
      clearInterval(slowClientCheck);
      addressLimits.stop();
      metricsServer?.server.close();
      return (await within(stopGracefully(), limits.stopTimeoutMs)) !== 'timed-out';
    },
  };
}
