/**
 * Redis and PostgreSQL for the scale-out test, from Debian's `redis-server` and `postgresql`
 * packages (installed here when missing and we are root on Debian, as scripts/find-chromium.mjs
 * does for Chromium). Each runs on 127.0.0.1 on a free port with its files in a temporary folder,
 * and is stopped by its own pid.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HOW_TO_GET_THEM =
  'the scale-out test needs Redis and PostgreSQL: install them (on Debian or Ubuntu: sudo apt-get install redis-server postgresql), then run npm test again.';

interface Binaries {
  redisServer: string;
  postgresBin: string;
}

function findBinaries(): Partial<Binaries> {
  const redisServer = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((path) => existsSync(path));
  const versions = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .filter((version) => existsSync(join('/usr/lib/postgresql', version, 'bin', 'pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return { redisServer, postgresBin: versions[0] ? join('/usr/lib/postgresql', versions[0], 'bin') : undefined };
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

export function findOrInstallServices(): Binaries {
  let found = findBinaries();
  if ((!found.redisServer || !found.postgresBin) && isRoot() && existsSync('/etc/debian_version')) {
    console.error('Redis or PostgreSQL missing: installing Debian\'s "redis-server" and "postgresql" packages (a few minutes)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', 'redis-server', 'postgresql'], { stdio: 'inherit', env });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new Error(`Installing redis-server and postgresql failed (${reason}): ${HOW_TO_GET_THEM}`);
    }
    found = findBinaries();
  }
  if (!found.redisServer || !found.postgresBin) throw new Error(`Not found: ${HOW_TO_GET_THEM}`);
  return { redisServer: found.redisServer, postgresBin: found.postgresBin };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port'))));
    });
  });
}

async function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitForPort(port: number, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await acceptsConnections(port))) {
    if (Date.now() > deadline) throw new Error(`${what} did not start listening on 127.0.0.1:${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      if (child.pid && child.exitCode === null) process.kill(child.pid, 'SIGKILL');
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export interface Service {
  url: string;
  stop(): Promise<void>;
}

export async function startRedis(redisServer: string): Promise<Service> {
  const dir = mkdtempSync(join(tmpdir(), 'test-redis-'));
  const port = await freePort();
  const child = spawn(
    redisServer,
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--protected-mode', 'yes'],
    { stdio: 'ignore' },
  );
  const stop = async () => {
    if (child.pid && child.exitCode === null) process.kill(child.pid, 'SIGTERM');
    await waitForExit(child, 5_000);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(port, 'redis-server');
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `redis://127.0.0.1:${port}`, stop };
}

/** PostgreSQL will not run as root: as root, its files belong to the `postgres` user and it runs as that user. */
function asPostgresUser(command: string, args: string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

export async function startPostgres(postgresBin: string): Promise<Service> {
  const base = mkdtempSync(join(tmpdir(), 'test-postgres-'));
  const dataDir = join(base, 'data');
  const socketDir = join(base, 'socket');
  mkdirSync(dataDir, { mode: 0o700 });
  mkdirSync(socketDir, { mode: 0o700 });
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chmodSync(base, 0o711);
    chownSync(dataDir, uid, gid);
    chownSync(socketDir, uid, gid);
  }
  const port = await freePort();
  const run = (tool: string, args: string[]) => {
    const [command, fullArgs] = asPostgresUser(join(postgresBin, tool), args);
    execFileSync(command, fullArgs, { stdio: ['ignore', 'ignore', 'pipe'], cwd: base });
  };
  run('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${socketDir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const stop = async () => {
    const pidFile = join(dataDir, 'postmaster.pid');
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : undefined;
    if (pid) {
      try {
        run('pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '10']);
      } catch {
        // pg_ctl could not stop it: end the server we started, by the pid it wrote.
        process.kill(pid, 'SIGKILL');
      }
    }
    rmSync(base, { recursive: true, force: true });
  };
  try {
    run('pg_ctl', ['start', '-D', dataDir, '-w', '-t', '30', '-l', join(dataDir, 'log'), '-o', options]);
    await waitForPort(port, 'PostgreSQL');
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}

/** Redis and PostgreSQL for a scale-out test, started together; stop each by its own stop(). */
export async function startRedisAndPostgres(): Promise<[Service, Service]> {
  const binaries = findOrInstallServices();
  return Promise.all([startRedis(binaries.redisServer), startPostgres(binaries.postgresBin)]);
}
