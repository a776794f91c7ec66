/**
 * `npm run server`: the team server. HOST (default 127.0.0.1), PORT (default 8080), DATA_DIR
 * (default ./data), DIST_DIR (default ./dist); REDIS_URL and DATABASE_URL to run several instances.
 * Prints one line "Team server listening on http://HOST:PORT …" once it accepts connections.
 */
import { startTeamServer, type TeamServerConfig } from './teamServer.js';

function configFromEnvironment(env: NodeJS.ProcessEnv): TeamServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  return {
    host: env.HOST || '127.0.0.1',
    port,
    dataDir: env.DATA_DIR || 'data',
    distDir: env.DIST_DIR || 'dist',
    redisUrl: env.REDIS_URL || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
  };
}

const config = configFromEnvironment(process.env);
const running = await startTeamServer(config);
const where = config.host.includes(':') ? `[${config.host}]` : config.host;
console.log(
  `Team server listening on http://${where}:${running.port} (store: ${running.store === 'postgres' ? 'PostgreSQL' : `SQLite in ${config.dataDir}`}` +
    `${running.sharesRoomsThroughRedis ? '; rooms shared through Redis' : ''})`,
);
if (!running.appFound) console.log(`No built editor in ${config.distDir}: run npm run build to serve it here.`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await running.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
