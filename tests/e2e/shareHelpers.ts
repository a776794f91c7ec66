/**
 * Sharing tests: one real team server process for the spec (serving the very build the e2e run
 * made, so the app is loaded from it), and people as separate browser contexts on it. The guard
 * then allows exactly the team server's origin: the app's own.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page, WebSocketRoute } from '@playwright/test';
import { removeDataDir, startServer, type ServerProcess } from '../../server/test/serverProcess';
import { addBox, boxOnCanvas, createBlankModel, expect, expectGuardClean, guardContext, test as guarded, type Guard, type LevelName } from './helpers';

/** The build this e2e run made, which a team server started here serves as the app. */
export const APP_DIST = resolve(process.env.E2E_DIST ?? 'dist');

export const test = guarded.extend<object, { teamServer: ServerProcess }>({
  teamServer: [
    // The team server was compiled once for the run (globalSetup.ts).
    async ({}, use) => {
      const server = await startServer({ env: { DIST_DIR: APP_DIST } });
      try {
        await use(server);
      } finally {
        await server.stop();
        removeDataDir(server.dataDir);
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  baseURL: async ({ teamServer }, use) => use(`${teamServer.httpUrl}/`),
});

export interface Person {
  context: BrowserContext;
  page: Page;
  guard: Guard;
  /** Cuts this person's collaboration socket, and refuses new ones until online() (WebSockets ignore context.setOffline). */
  offline(): Promise<void>;
  online(): void;
}

/** Where the e2e run serves the build with vite preview: an app that is not loaded from a team server. */
export const PREVIEW_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`;

/** Another person: a browser context of their own (own storage), watched by the same guard rules. */
export async function newPerson(browser: Browser, baseURL: string, teamServer?: string): Promise<Person> {
  const context = await browser.newContext({ baseURL });
  const guard = guardContext(context, new URL(baseURL).origin, teamServer ? [teamServer] : []);
  let connected = true;
  const sockets: WebSocketRoute[] = [];
  await context.routeWebSocket(/\/collab$/, (socket) => {
    if (!connected) {
      void socket.close();
      return;
    }
    socket.connectToServer();
    sockets.push(socket);
  });
  const page = await context.newPage();
  return {
    context,
    page,
    guard,
    async offline() {
      connected = false;
      await Promise.all(sockets.splice(0).map((socket) => socket.close()));
    },
    online() {
      connected = true;
    },
  };
}

export async function closePerson(person: Person): Promise<void> {
  await person.context.close();
  expectGuardClean(person.guard);
}

export function sharingStatus(page: Page): Locator {
  return page.getByRole('status', { name: 'Sharing' });
}

export function whoIsHere(page: Page): Locator {
  return page.getByRole('list', { name: 'Who is here' });
}

export interface Links {
  edit: string;
  comment: string;
  view: string;
}

/** A new blank model, shared through the Share dialog (asked for a name on the way); returns its three links. */
export async function shareNewModel(page: Page, name: string, title: string): Promise<Links> {
  await createBlankModel(page);
  await page.getByRole('textbox', { name: 'Model title' }).fill(title);
  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share with partners' });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill(name);
  await dialog.getByRole('button', { name: 'Share', exact: true }).click();
  const edit = await dialog.getByRole('textbox', { name: 'Can edit' }).inputValue();
  const comment = await dialog.getByRole('textbox', { name: 'Can comment' }).inputValue();
  const view = await dialog.getByRole('textbox', { name: 'Can view' }).inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(sharingStatus(page)).toHaveText('Connected');
  return { edit, comment, view };
}

/** Opens a share link as a newcomer: gives a name, waits for the editor on the joined model. */
export async function join(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page).toHaveURL(/#\/models\/[^/]+$/);
  await expect(sharingStatus(page)).toHaveText('Connected');
}

/** The client retries at least every 4 s (src/share/connection.ts), so a reconnection shows well within this. */
export const RECONNECTED = { timeout: 20_000 };

/** A box someone adds: its lane and its label. */
export type Edit = readonly [LevelName, string];

export async function expectEveryEdit(page: Page, edits: readonly Edit[]): Promise<void> {
  for (const [level, label] of edits) await expect(boxOnCanvas(page, level, label)).toBeVisible(RECONNECTED);
}

/**
 * Alice shares a new model from the app at `appUrl`, Bob joins it through the edit link, and each
 * adds a box the other then sees. Both are added to `people`, so the caller's cleanup closes them.
 */
export async function twoPartnersEditing(browser: Browser, appUrl: string, title: string, people: Person[]): Promise<{ alice: Person; bob: Person; links: Links; before: Edit[] }> {
  const alice = await newPerson(browser, `${appUrl}/`);
  people.push(alice);
  const links = await shareNewModel(alice.page, 'Alice', title);
  const bob = await newPerson(browser, `${appUrl}/`);
  people.push(bob);
  await join(bob.page, links.edit, 'Bob');
  const before: Edit[] = [
    ['Inputs', 'Pooled budget'],
    ['Activities', 'Joint case reviews'],
  ];
  await addBox(alice.page, ...before[0]!);
  await addBox(bob.page, ...before[1]!);
  for (const person of [alice, bob]) await expectEveryEdit(person.page, before);
  return { alice, bob, links, before };
}
