/**
 * Starts the team server as a real process on 127.0.0.1 with a temporary data folder, and stops
 * exactly the processes it started, by pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAIN = join(process.cwd(), 'build/server/main.js');
const READY = /Team server listening on http:\/\/127\.0\.0\.1:(\d+)/;
const START_TIMEOUT_MS = 20_000;

export interface ServerProcess {
  port: number;
  pid: number;
  httpUrl: string;
  wsUrl: string;
  dataDir: string;
  /** Everything the process wrote, for assertions that nothing leaked (such as a token). */
  output(): string;
  /** Whether the process is still running. */
  alive(): boolean;
  /** The exit code once it has exited (null while running, or if a signal ended it). */
  exitCode(): number | null;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

const started = new Set<ChildProcess>();

export function makeDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'team-server-'));
}

export async function startServer(options: { dataDir?: string; port?: number; env?: Record<string, string> } = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? makeDataDir();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: String(options.port ?? 0),
      DATA_DIR: dataDir,
      DIST_DIR: join(dataDir, 'no-dist'),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  let output = '';
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      started.delete(child);
      keepForTheRunsLogCheck(child.pid, output);
      resolve();
    }),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start within ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = READY.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(Number(ready[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exit.then(() => {
      clearTimeout(timer);
      reject(new Error(`The server exited before it was ready:\n${output}`));
    });
  });
  const pid = child.pid ?? -1;
  return {
    port,
    pid,
    httpUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    dataDir,
    output: () => output,
    alive: () => !exited,
    exitCode: () => child.exitCode,
    async kill9() {
      if (!exited) process.kill(pid, 'SIGKILL');
      await exit;
    },
    async stop() {
      if (!exited) process.kill(pid, 'SIGTERM');
      const timer = setTimeout(() => !exited && process.kill(pid, 'SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/**
 * A server test run (server/test/compileServer.ts) sets SERVER_TEST_RUN_DIR: every server's output
 * is kept there, so that at the end of the run it can be searched for every token issued.
 */
function keepForTheRunsLogCheck(pid: number | undefined, output: string): void {
  const dir = process.env.SERVER_TEST_RUN_DIR;
  if (dir) appendFileSync(join(dir, `server-${pid ?? 'unknown'}.log`), output);
}

/** For afterAll: ends every server process these tests started and has not ended yet. */
export async function stopAllStartedServers(): Promise<void> {
  await Promise.all(
    [...started].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          if (child.pid) process.kill(child.pid, 'SIGKILL');
        }),
    ),
  );
}

export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}

/** A small built editor in `<dataDir>/dist` whose page carries this Content-Security-Policy; returns the folder, for DIST_DIR. */
export function writeBuiltApp(dataDir: string, policy: string): string {
  const dist = join(dataDir, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), `<html><head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" /></head><body>Outcome Chains</body></html>`);
  writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  return dist;
}

/** Writes refused for this reason so far (team_server_refused_writes_total), read from a server started with METRICS_PORT. */
export async function refusedWrites(server: ServerProcess, reason: string): Promise<number> {
  const port = /"metricsPort":(\d+)/.exec(server.output())?.[1];
  if (!port) throw new Error('The server did not say where its metrics are: start it with METRICS_PORT.');
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return Number(new RegExp(`team_server_refused_writes_total\\{reason="${reason}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
}
