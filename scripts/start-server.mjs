/**
 * `npm run server`: builds what is missing, then runs the team server in this process.
 * The editor (dist/) is built only when it is not there yet (`npm run build` rebuilds it); the
 * server's TypeScript is compiled every time (under a second), so it always matches the source.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = process.env.DIST_DIR || 'dist';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

if (!existsSync(join(distDir, 'index.html'))) {
  console.log(`No built editor in ${distDir}: building it first (npm run build)…`);
  execFileSync(npx, ['vite', 'build', '--outDir', distDir, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
execFileSync(npx, ['tsc', '-p', 'server/tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
await import(pathToFileURL(join(root, 'build/server/main.js')).href);
