/**
 * What the benches that drive two browsers through a real team server share: the app built and
 * served by a team server of its own, sharing a new model and joining it as a person does, and the
 * wall-clock time a partner's page first draws something.
 */
import { execFileSync } from 'node:child_process';
import { join as joinPath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { removeDataDir, startServer, type ServerProcess } from '../server/test/serverProcess';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WAIT_MS = 20_000;

export interface TeamServerBench {
  readonly server: ServerProcess;
  readonly browser: Browser;
  /** A person of their own (own storage); the service worker is blocked so it precaches nothing meanwhile. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Builds the app into dist-bench/<name> and starts a team server (127.0.0.1, temporary data) that serves it. */
export async function openTeamServerBench(name: string): Promise<TeamServerBench> {
  // Built in its own process: this one runs under Vite's dev server, whose NODE_ENV would give development builds of React.
  const env = { ...process.env, NODE_ENV: 'production' };
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', `dist-bench/${name}`, '--emptyOutDir'], { cwd: ROOT, env, stdio: 'inherit' });
  execFileSync('npx', ['tsc', '-p', 'server/tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  const server = await startServer({ env: { DIST_DIR: joinPath(ROOT, `dist-bench/${name}`) } });
  const browser = await chromium.launch({ executablePath: await findChromium(), args: [...CHROMIUM_ARGS] });
  return {
    server,
    browser,
    newPage: async () => (await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' })).newPage(),
    close: async () => {
      await browser.close();
      await server.stop();
      removeDataDir(server.dataDir);
    },
  };
}

/** A new blank model shared as Alice through the Share dialog; returns the link that `can` gives. */
export async function shareNewModel(page: Page, origin: string, can: 'Can edit' | 'Can comment'): Promise<string> {
  await page.goto(`${origin}/#/`);
  await page.getByRole('button', { name: 'New blank model' }).click();
  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share with partners' });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Alice');
  await dialog.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await dialog.getByRole('textbox', { name: can }).inputValue({ timeout: WAIT_MS });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('status', { name: 'Sharing' }).filter({ hasText: 'Connected' }).waitFor({ timeout: WAIT_MS });
  return link;
}

/** Opens a share link as a newcomer called `name`, and waits until the model is connected. */
export async function joinAs(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('status', { name: 'Sharing' }).filter({ hasText: 'Connected' }).waitFor({ timeout: WAIT_MS });
}

/** Resolves with the wall-clock time of the first frame in which the page holds `count` elements matching `selector`. */
export function whenCountDrawn(page: Page, selector: string, count: number): Promise<number> {
  return page.evaluate(
    ({ selector, count, timeout }) =>
      new Promise<number>((done, fail) => {
        const giveUp = performance.now() + timeout;
        const check = () => {
          if (document.querySelectorAll(selector).length >= count) done(performance.timeOrigin + performance.now());
          else if (performance.now() > giveUp) fail(new Error(`The partner never drew ${count} of ${selector}`));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { selector, count, timeout: WAIT_MS },
  );
}
