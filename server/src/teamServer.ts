/**
 * The team server: one Node process, one port, serving the built app, the rooms API, and the
 * Hocuspocus collaboration endpoint at /collab. Documents and link generations live in one store
 * (SQLite in the data folder, or PostgreSQL at DATABASE_URL); with REDIS_URL, instances share rooms.
 */
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import { Redis as RedisClient } from 'ioredis';
import { API_PREFIX, handleApi } from './api.js';
import { openPostgresRoomStore } from './postgresRoomStore.js';
import type { RoomStore } from './roomStore.js';
import { COMMENTS_SUFFIX as COMMENTS, documentOf, mayWrite } from './permissions.js';
import { LINKS_REPLACED, rooms, type Admission } from './rooms.js';
import { openSqliteRoomStore } from './sqliteRoomStore.js';
import { staticApp } from './staticApp.js';

export interface TeamServerConfig {
  host: string;
  port: number;
  dataDir: string;
  distDir: string;
  redisUrl?: string;
  databaseUrl?: string;
}

/** The collaboration endpoint's path; any other websocket upgrade is refused. */
export const COLLAB_PATH = '/collab';
/** A larger websocket message closes that connection (and only that one). */
export const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;
/**
 * How often each instance checks the store for rooms whose links were replaced on another
 * instance; the instance that made the new links disconnects its own clients at once.
 */
const GENERATION_CHECK_MS = 2000;

export interface RunningTeamServer {
  port: number;
  appFound: boolean;
  store: 'sqlite' | 'postgres';
  sharesRoomsThroughRedis: boolean;
  stop(): Promise<void>;
}

function openStore(config: TeamServerConfig): Promise<RoomStore> | RoomStore {
  return config.databaseUrl ? openPostgresRoomStore(config.databaseUrl) : openSqliteRoomStore(config.dataDir);
}

export async function startTeamServer(config: TeamServerConfig): Promise<RunningTeamServer> {
  const store = await openStore(config);
  const roomRules = rooms(store, await store.linkSecret());
  const app = staticApp(config.distDir);

  const extensions: Extension[] = [
    new Database({
      fetch: ({ documentName }) => store.fetchDocument(documentName),
      store: ({ documentName, state }) => store.storeDocument(documentName, state),
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

  const server = new Server({
    address: config.host,
    port: config.port,
    quiet: true,
    stopOnSignals: false,
    websocketOptions: { maxPayload: MAX_MESSAGE_BYTES },
    extensions,

    async onUpgrade({ request, socket }) {
      if (new URL(request.url ?? '/', 'http://server').pathname !== COLLAB_PATH) {
        socket.destroy();
        // An empty rejection stops Hocuspocus from taking the upgrade.
        throw null;
      }
    },

    async onRequest({ request, response }) {
      const path = request.url ?? '/';
      if (path.startsWith(API_PREFIX)) {
        await handleApi(request, response, roomRules, closeConnectionsOnOlderLinks);
      } else {
        await app.serve(request, response);
      }
      throw null;
    },

    async onAuthenticate({ token, documentName, connectionConfig }) {
      const { room, kind } = documentOf(documentName);
      const admission = await roomRules.admit(token, room);
      // Hocuspocus then refuses this connection's updates to this document: a tampered viewer, or a
      // commenter writing to the model, changes nothing.
      if (!mayWrite(admission.role, kind)) connectionConfig.readOnly = true;
      return admission;
    },
  });

  let checking = false;
  const generationCheck = setInterval(async () => {
    if (checking) return;
    checking = true;
    try {
      const open = new Set([...server.hocuspocus.documents.keys()].map((name) => documentOf(name).room));
      for (const room of open) await closeConnectionsOnOlderLinks(room);
    } catch (error) {
      console.error(`Checking rooms for new links failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      checking = false;
    }
  }, GENERATION_CHECK_MS);
  generationCheck.unref();

  await server.listen();

  return {
    port: server.address.port,
    appFound: app.found,
    store: config.databaseUrl ? 'postgres' : 'sqlite',
    sharesRoomsThroughRedis: Boolean(config.redisUrl),
    async stop() {
      clearInterval(generationCheck);
      // Flushes every document's pending store before the store closes.
      await server.destroy();
      await store.close();
    },
  };
}
