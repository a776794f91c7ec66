/**
 * The app built twice for before/after figures in one bench run: as it is now, and as it was at an
 * earlier commit (BENCH_BEFORE_REF, by default where this branch left main). The earlier one is
 * taken with `git archive` into a temporary folder that borrows this checkout's node_modules, so the
 * working tree is never touched. Both are served by vite preview and opened in one headless Chromium.
 */
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { serve, urlOf } from './browserPage';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface AppBuild {
  /** "now", or the commit it was built from. */
  readonly label: string;
  readonly url: string;
}

export interface AppBuilds {
  readonly now: AppBuild;
  /** Absent when there is no earlier commit to compare with (the branch is main itself). */
  readonly before?: AppBuild;
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
}

function beforeRef(): string | undefined {
  const asked = process.env.BENCH_BEFORE_REF;
  try {
    const ref = asked ?? git('merge-base', 'HEAD', 'main');
    return git('rev-parse', ref) === git('rev-parse', 'HEAD') ? undefined : git('rev-parse', '--short', ref);
  } catch {
    return undefined;
  }
}

function build(sourceDir: string, outDir: string): void {
  // In its own process: this one runs under Vite's dev server, whose NODE_ENV would give development React.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
    cwd: sourceDir,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export async function openAppBuilds(name: string, firstPort: number): Promise<AppBuilds> {
  const servers: PreviewServer[] = [];
  const nowDir = join(ROOT, `dist-bench/${name}-now`);
  build(ROOT, nowDir);
  servers.push(await serve(nowDir, firstPort));
  const now: AppBuild = { label: 'now', url: urlOf(servers[0]!) };

  let before: AppBuild | undefined;
  const ref = beforeRef();
  if (ref) {
    const source = mkdtempSync(join(tmpdir(), 'oc-bench-before-'));
    try {
      execSync(`git archive ${ref} | tar -x -C ${JSON.stringify(source)}`, { cwd: ROOT });
      symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'), 'dir');
      const beforeDir = join(ROOT, `dist-bench/${name}-before`);
      build(source, beforeDir);
      servers.push(await serve(beforeDir, firstPort + 1));
      before = { label: ref, url: urlOf(servers[1]!) };
    } finally {
      rmSync(source, { recursive: true, force: true });
    }
  }

  const browser: Browser = await chromium.launch({ executablePath: await findChromium(), args: [...CHROMIUM_ARGS] });
  return {
    now,
    ...(before ? { before } : {}),
    newPage: async (options = {}) => (await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block', ...options })).newPage(),
    close: async () => {
      await browser.close();
      await Promise.all(servers.map((server) => server.close()));
    },
  };
}
