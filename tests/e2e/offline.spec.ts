/**
 * Offline and installable (issue 12): once opened from a web address, the app keeps working with no
 * network — home page, editor, editing, a PDF with its lazily loaded library and font — and a newly
 * deployed version announces itself quietly and arrives only when the user presses Reload.
 *
 * The app is served here the way a council would host it: two production builds (told apart by
 * their version) from a plain static host under a sub-path, switched to play a deployment. The first
 * is the build this e2e run made; only the second is built here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addBox, expect, expectAllSaved, test as guarded, titleField, type Page } from './helpers';
import { startStaticHost, type StaticHost } from './staticHost';

/** The build the e2e run made (run-e2e.mjs), with the version vite.config.ts gives it. */
const FIRST_BUILD = resolve(process.env.E2E_DIST ?? 'dist');
const FIRST_VERSION: string = process.env.OUTCOME_CHAINS_VERSION ?? (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const SECOND_VERSION = `${FIRST_VERSION}-e2e-second`;

interface Builds {
  readonly first: string;
  readonly second: string;
}

function buildApp(outDir: string, version: string): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], {
    env: { ...process.env, OUTCOME_CHAINS_VERSION: version },
    stdio: 'inherit',
  });
}

const test = guarded.extend<{ host: StaticHost }, { builds: Builds }>({
  builds: [
    async ({}, use) => {
      const folder = mkdtempSync(join(tmpdir(), 'oc-offline-'));
      const builds = { first: FIRST_BUILD, second: join(folder, 'second') };
      buildApp(builds.second, SECOND_VERSION);
      await use(builds);
      rmSync(folder, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  host: async ({ builds }, use) => {
    const host = await startStaticHost(builds.first, 'outcome-chains');
    await use(host);
    await host.close();
  },
  // The guard in helpers.ts checks every request against this address: the host's, sub-path included.
  baseURL: async ({ host }, use) => use(host.url),
});

test.use({ serviceWorkers: 'allow' });

async function openHomeHere(page: Page): Promise<void> {
  await page.goto('./#/');
  await expect(page.getByRole('heading', { name: 'Your models', level: 2 })).toBeVisible();
}

/** Waits until the service worker is active, which it becomes only once every file is precached. */
async function waitUntilPrecached(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

function versionLine(page: Page, version: string) {
  return page.getByText(`Version ${version}.`);
}

function updateNotice(page: Page) {
  return page.getByRole('status').filter({ hasText: 'A new version is ready' });
}

async function typeTitle(page: Page, title: string): Promise<void> {
  await titleField(page).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(title);
  await expect(titleField(page)).toHaveValue(title);
}

test('Chromium finds the app installable: a manifest with name, colours and icons, and a service worker', async ({ page, context }) => {
  await openHomeHere(page);
  await waitUntilPrecached(page);
  const session = await context.newCDPSession(page);
  const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito-like, where Chromium never offers Install; that is the only objection allowed.
  expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
  const { url, data } = await session.send('Page.getAppManifest');
  expect(url).toBe(`${new URL('manifest.webmanifest', page.url())}`);
  const manifest = JSON.parse(data ?? '{}') as { name: string; theme_color: string; background_color: string; icons: { sizes: string }[] };
  expect(manifest.name).toBe('Outcome Chains');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.background_color).toBe('#ffffff');
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
});

test('once opened, the app works with no network: home page, editor, editing, and a PDF with its font', async ({ page, context, host }) => {
  await openHomeHere(page);
  await expect(versionLine(page, FIRST_VERSION)).toBeVisible();
  await waitUntilPrecached(page);
  await page.getByRole('button', { name: 'New blank model' }).click();
  await typeTitle(page, 'Train journey plan');
  await expectAllSaved(page);

  // On the train: no network at all, and the host is down too, so nothing can come from it.
  await context.setOffline(true);
  host.serve(null);
  await page.reload();
  await expect(titleField(page)).toHaveValue('Train journey plan');

  await page.getByRole('link', { name: '← All models' }).click();
  await expect(page.getByRole('heading', { name: 'Your models', level: 2 })).toBeVisible();
  await page.getByRole('table', { name: 'Your models' }).getByRole('link', { name: 'Train journey plan' }).click();
  await expect(titleField(page)).toHaveValue('Train journey plan');

  // A Welsh label: the PDF needs the DejaVu font chunk as well as the PDF library, neither loaded yet.
  await addBox(page, 'Final outcomes', 'Gwasanaethau i bobl ŵyr a ŷd');
  await expectAllSaved(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'PDF document', exact: true }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download', exact: true }).click();
  const pdf = await (await downloading).path();
  const { readFile } = await import('node:fs/promises');
  const bytes = (await readFile(pdf)).toString('latin1');
  expect(bytes.slice(0, 5)).toBe('%PDF-');
  expect(bytes, 'the embedded DejaVu font, from its cached chunk').toMatch(/\/BaseFont \/DejaVu/);
  await expect(dialog.getByRole('status').filter({ hasText: /^Downloaded / })).toBeVisible();
});

test('a new deployment shows a quiet notice, leaves the typing alone, and Reload brings the new version', async ({ page, host, builds }) => {
  await openHomeHere(page);
  await expect(versionLine(page, FIRST_VERSION)).toBeVisible();
  await waitUntilPrecached(page);
  await page.getByRole('button', { name: 'New blank model' }).click();
  await expect(titleField(page)).toHaveValue('Untitled logic model');
  await expect(updateNotice(page)).toHaveCount(0);

  // A new version is deployed; the browser looks for it when the page is next opened.
  host.serve(builds.second);
  await page.reload();
  await expect(titleField(page)).toHaveValue('Untitled logic model');
  await expect(updateNotice(page)).toBeVisible({ timeout: 20_000 });

  // Someone is typing: the page stays as it is, the notice waits beside it.
  await titleField(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' for the March board', { delay: 80 });
  await expect(titleField(page)).toHaveValue('Untitled logic model for the March board');
  await expect(titleField(page)).toBeFocused();
  await expect(updateNotice(page)).toBeVisible();
  await expectAllSaved(page);

  const reloaded = page.waitForEvent('load');
  await updateNotice(page).getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await expect(titleField(page)).toHaveValue('Untitled logic model for the March board');
  await expect(updateNotice(page)).toHaveCount(0);
  await page.getByRole('link', { name: '← All models' }).click();
  await expect(versionLine(page, SECOND_VERSION)).toBeVisible();
});
