/** Builds the editor, finds a Chromium, and runs the Playwright end-to-end tests against the build. */
import { spawnSync } from 'node:child_process';
import { findTestChromium } from './find-chromium.mjs';
import { findOffice } from './find-office.mjs';

function run(command, args, env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

let chromium;
try {
  chromium = await findTestChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
// The board report's test has LibreOffice read the download: installed here where we may. When it
// cannot be had, that one test fails saying how to get it, and the others still run.
try {
  findOffice();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
}
// Built where playwright.config.ts serves it from, so that two runs on one machine keep apart.
run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', process.env.E2E_DIST ?? 'dist', '--emptyOutDir']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)], { CHROMIUM_PATH: chromium });
