/**
 * `npm run test:server`: the team server's tests. They start real server processes (and, for
 * scale-out, Redis and PostgreSQL) on 127.0.0.1, each file its own on free ports with temporary
 * data, so files are independent and run two at a time: most of a file's time is spent waiting on
 * processes starting, stopping and timing out, not on the cores.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['server/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['server/test/compileServer.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
