/**
 * `npm run test:server`: the team server's tests. They start real server processes (and, for
 * scale-out, Redis and PostgreSQL) on 127.0.0.1, so files run one at a time on the shared cores.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['server/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['server/test/compileServer.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
