/**
 * `npm run server`: the team server, configured from the environment (settings.ts; the README's
 * settings table). It logs one JSON line per event on stdout; the line with the event "start" says
 * "Team server listening on http://HOST:PORT …" once it accepts connections. SIGTERM or SIGINT stop
 * it gracefully: every room is written, every client told, and the process exits 0 (1 if the stop
 * could not finish within STOP_TIMEOUT_SECONDS).
 */
import { createLog, routeConsoleTo } from './log.js';
import { configFromEnvironment } from './settings.js';
import { startTeamServer } from './teamServer.js';

const log = createLog();
routeConsoleTo(log);

let running: Awaited<ReturnType<typeof startTeamServer>>;
try {
  const config = configFromEnvironment(process.env);
  running = await startTeamServer(config, log);
  const where = config.host.includes(':') ? `[${config.host}]` : config.host;
  log.info(
    {
      event: 'start',
      port: running.port,
      ...(running.metricsPort === undefined ? {} : { metricsPort: running.metricsPort }),
      store: running.store,
      redis: running.sharesRoomsThroughRedis,
      limits: config.limits,
      trustProxy: config.trustProxy,
    },
    `Team server listening on http://${where}:${running.port} (store: ${running.store === 'postgres' ? 'PostgreSQL' : `SQLite in ${config.dataDir}`}` +
      `${running.sharesRoomsThroughRedis ? '; rooms shared through Redis' : ''}` +
      `${running.metricsPort === undefined ? '' : `; metrics at http://${config.metricsHost}:${running.metricsPort}/metrics`})`,
  );
  if (!running.appFound) log.warn({ event: 'no-app' }, `No built editor in ${config.distDir}: run npm run build to serve it here.`);
} catch (error) {
  log.fatal({ event: 'start-failed', error: error instanceof Error ? error.message : String(error) }, 'The team server could not start');
  process.exit(1);
}

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ event: 'stopping', signal }, 'Stopping: writing every room, then closing connections');
  const finished = await running.stop().catch((error: unknown) => {
    log.error({ event: 'stop-failed', error: error instanceof Error ? error.message : String(error) }, 'The stop failed');
    return false;
  });
  if (finished) log.info({ event: 'stop' }, 'Stopped; every room is written');
  else log.error({ event: 'stop-timed-out' }, 'The stop did not finish in time; rooms not yet written may be missing their last changes');
  process.exit(finished ? 0 : 1);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
