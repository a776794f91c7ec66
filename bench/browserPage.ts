/**
 * Builds the app and the bare React Flow baseline, serves both, and opens headless Chromium, for
 * the bench sections that must run in a real browser.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { hasProgressData } from '../src/domain/progress';
import { toModelDocument } from '../src/file/serialise';
import type { ModelContent } from '../src/domain/model';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface BrowserBench {
  readonly browser: Browser;
  readonly appURL: string;
  readonly bareURL: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function serve(outDir: string, port: number): Promise<PreviewServer> {
  return preview({ configFile: false, root: ROOT, logLevel: 'silent', build: { outDir }, preview: { port, strictPort: false, host: '127.0.0.1' } });
}

export function urlOf(server: PreviewServer): string {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not say where it listens');
  return url;
}

export async function openBrowserBench(): Promise<BrowserBench> {
  // Built in their own processes: this one runs under Vite's dev server, whose NODE_ENV would
  // otherwise give development builds of React.
  const env = { ...process.env, NODE_ENV: 'production' };
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', 'dist-bench/app', '--emptyOutDir'], { cwd: ROOT, env, stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--config', 'bench/bare/vite.config.ts'], { cwd: ROOT, env, stdio: 'inherit' });
  const app = await serve(join(ROOT, 'dist-bench/app'), 4390);
  const bare = await serve(join(ROOT, 'dist-bench/bare'), 4391);
  const executablePath: string = await findChromium();
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  return {
    browser,
    appURL: urlOf(app),
    bareURL: urlOf(bare),
    // The app's service worker would precache 4 MB in the background of the measures.
    newPage: async () => (await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' })).newPage(),
    close: async () => {
      await browser.close();
      await app.close();
      await bare.close();
    },
  };
}

/** Imports a model through the home page like a user and waits for its canvas; returns the model URL. */
/**
 * A model file that every build a bench compares can open: version 1 when the model carries no
 * progress data (builds from before model file version 2 refuse a version-2 file), else version 2
 * (the same content: version 3 only adds optional top-level lists, and builds before it refuse it).
 */
export function modelFileForEveryBuild(model: ModelContent): string {
  return JSON.stringify({ ...toModelDocument(model), formatVersion: model.boxes.some(hasProgressData) ? 2 : 1 });
}

export async function importThroughHomePage(page: Page, appURL: string, model: ModelContent): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'oc-bench-'));
  const file = join(folder, 'model.json');
  writeFileSync(file, modelFileForEveryBuild(model));
  await page.goto(appURL);
  await page.getByLabel('Import a model file').setInputFiles(file);
  await page.waitForURL(/#\/models\//);
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
  return page.url();
}

/** The JavaScript a built app's page loads before anything is asked of it (index.html's scripts and preloads), gzipped. */
export function initialScriptGzip(dist: string): { files: string[]; gzipKB: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1] as string);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
  return { files, gzipKB: Math.round(bytes / 102.4) / 10 };
}
