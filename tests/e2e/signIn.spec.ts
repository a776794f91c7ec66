/**
 * Signing in to the team server with the partners' own accounts (issue 24), in Chromium: a team
 * server whose operator names two identity providers (real oidc-provider processes, one sending a
 * tenant claim), each person a browser context of their own signing in through the provider's own
 * login page. A shares with B by email as a commenter; B signs in and comments; A lowers B to a
 * viewer, and B's copy follows; A removes B, whose page says so within seconds; the activity lists
 * all of it. And with no providers named, the Share
 * dialog is as it was.
 */
import type { Browser, Page } from '@playwright/test';
import { makeDataDir, removeDataDir, startServer, type ServerProcess } from '../../server/test/serverProcess';
import { signInEnv, startIssuer, stopAllIssuers, type Issuer } from '../../server/test/signInHelpers';
import { freePort } from '../../server/test/testServices';
import { addBox, boxOnCanvas, createBlankModel, expect, expectGuardClean, guardContext, test as guarded, type Guard } from './helpers';
import { APP_DIST, sharingStatus } from './shareHelpers';

interface SignInWorld {
  server: ServerProcess;
  issuers: Issuer[];
}

// The team server was compiled once for the run (globalSetup.ts); both tests start it.
const test = guarded.extend<object, { world: SignInWorld }>({
  world: [
    async ({}, use) => {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const issuers = await Promise.all([startIssuer('council', [url]), startIssuer('nhs', [url], 'nhs-tenant=nhs.scot')]);
      const dataDir = makeDataDir();
      const server = await startServer({ dataDir, port, env: { ...signInEnv(url, issuers[0]!, issuers[1]!), DIST_DIR: APP_DIST } });
      try {
        await use({ server, issuers });
      } finally {
        await server.stop();
        await stopAllIssuers();
        removeDataDir(dataDir);
      }
    },
    { scope: 'worker', timeout: 180_000 },
  ],
});

test.describe.configure({ timeout: 120_000 });

async function personAt(browser: Browser, world: SignInWorld): Promise<{ page: Page; guard: Guard; close(): Promise<void> }> {
  const context = await browser.newContext({ baseURL: `${world.server.httpUrl}/` });
  // The app talks to its own team server; the browser also visits the providers' sign-in pages.
  const guard = guardContext(context, world.server.httpUrl, world.issuers.map((issuer) => issuer.url));
  // oidc-provider's development login page asks Google Fonts for its own look: refused here, and not
  // the app's request (the app's own pages are watched as everywhere else).
  await context.route(/^https:\/\/fonts\.(googleapis|gstatic)\.com\//, (route) => route.abort());
  const page = await context.newPage();
  return {
    page,
    guard,
    async close() {
      await context.close();
      guard.outsideRequests.splice(0, guard.outsideRequests.length, ...guard.outsideRequests.filter((request) => !/^GET https:\/\/fonts\.(googleapis|gstatic)\.com\//.test(request)));
      expectGuardClean(guard);
    },
  };
}

/** The provider's own development login page: any login, any password. */
async function logInAtProvider(page: Page, issuer: Issuer, email: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`^${issuer.url}/interaction/`));
  await page.getByPlaceholder('Enter any login').fill(email);
  await page.getByPlaceholder('and password').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

function shareDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Share with partners' });
}

test('A signs in and shares with B by email as commenter; B signs in and comments; A lowers B to viewer, then removes B, whose page says so; the activity lists it all', async ({ browser, world }) => {
  const [council, nhs] = world.issuers as [Issuer, Issuer];
  const alice = await personAt(browser, world);
  const a = alice.page;
  await a.goto('/');
  await createBlankModel(a);
  await a.getByRole('textbox', { name: 'Model title' }).fill('Pooled budget plan');
  await addBox(a, 'Activities', 'Joint training');
  await a.getByRole('button', { name: 'Share…' }).click();
  await shareDialog(a).getByRole('textbox', { name: 'Your name' }).fill('Alice');
  await shareDialog(a).getByRole('button', { name: 'Share', exact: true }).click();
  await expect(shareDialog(a).getByRole('textbox', { name: 'Can edit' })).toBeVisible();
  // The operator named two providers: a button for each.
  const people = shareDialog(a).getByRole('region', { name: 'People with access' });
  await expect(people.getByRole('link', { name: 'Sign in with Council account' })).toBeVisible();
  await expect(people.getByRole('link', { name: 'Sign in with NHS Scotland' })).toBeVisible();
  const modelUrl = a.url();
  await people.getByRole('link', { name: 'Sign in with Council account' }).click();
  await logInAtProvider(a, council, 'alice@council.gov.uk');
  // Back on the model, with nothing of the sign-in left in the address.
  await expect(a).toHaveURL(modelUrl);
  await expect(sharingStatus(a)).toHaveText('Connected');

  await a.getByRole('button', { name: 'Share…' }).click();
  const signedIn = shareDialog(a).getByRole('region', { name: 'People with access' });
  await expect(signedIn.getByText('Signed in as alice@council.gov.uk.')).toBeVisible();
  await signedIn.getByRole('textbox', { name: 'Email address' }).fill('Nurse@nhs.scot');
  await signedIn.getByRole('combobox', { name: 'What they may do' }).selectOption({ label: 'Can comment' });
  await signedIn.getByRole('button', { name: 'Add person' }).click();
  await expect(signedIn.getByRole('status')).toHaveText('Shared with nurse@nhs.scot.');
  await expect(signedIn.getByRole('list', { name: 'People with access' })).toContainText('nurse@nhs.scot');
  await expect(signedIn.getByRole('combobox', { name: 'What nurse@nhs.scot may do' })).toHaveValue('comment');
  const memberLink = (await signedIn.locator('code').textContent()) ?? '';
  expect(memberLink).toMatch(/\/#\/join\/[A-Za-z0-9_-]{22}\/member$/);
  await shareDialog(a).getByRole('button', { name: 'Done' }).click();

  // B opens the link for named people, signs in with the other provider, and comes in as a commenter.
  const nurse = await personAt(browser, world);
  const b = nurse.page;
  await b.goto(memberLink);
  await b.getByRole('textbox', { name: 'Your name' }).fill('Bea');
  await b.getByRole('button', { name: 'Join' }).click();
  await expect(b.getByRole('heading', { name: 'Sign in to open this model' })).toBeVisible();
  await b.getByRole('link', { name: 'Sign in with NHS Scotland' }).click();
  await logInAtProvider(b, nhs, 'nurse@nhs.scot');
  await expect(b).toHaveURL(/#\/models\/[^/]+$/);
  await expect(sharingStatus(b)).toHaveText('Connected');
  await expect(b.getByRole('heading', { name: /Pooled budget plan/, level: 1 })).toContainText('Can comment');
  await boxOnCanvas(b, 'Activities', 'Joint training').click();
  await b.getByRole('button', { name: 'Comment on this box' }).click();
  const bComments = b.getByRole('tabpanel', { name: /^Comments/ });
  await bComments.getByRole('textbox', { name: 'New comment' }).fill('Which budget line pays for this?');
  await bComments.getByRole('button', { name: 'Post comment' }).click();
  await expect(boxOnCanvas(a, 'Activities', 'Joint training').getByText('1 open comment')).toBeAttached();

  // A lowers B to a viewer: B's copy comes back with what the server now allows.
  await a.getByRole('button', { name: 'Share…' }).click();
  const again = shareDialog(a).getByRole('region', { name: 'People with access' });
  await again.getByRole('combobox', { name: 'What nurse@nhs.scot may do' }).selectOption({ label: 'Can view' });
  await expect(again.getByRole('status')).toHaveText('nurse@nhs.scot now: Can view.');
  await expect(b.getByRole('heading', { name: /Pooled budget plan/, level: 1 })).toContainText('View only', { timeout: 10_000 });
  await expect(sharingStatus(b)).toHaveText('Connected');

  // A removes B: B's page says so within seconds.
  await again.getByRole('button', { name: 'Remove nurse@nhs.scot' }).click();
  await expect(again.getByRole('status')).toHaveText('Removed nurse@nhs.scot.');
  await expect(b.getByText('Your access to this model was removed').first()).toBeVisible({ timeout: 5000 });

  // The activity lists all of it.
  await again.getByRole('button', { name: 'Show activity' }).click();
  const activity = again.getByRole('table', { name: /Activity on this model/ });
  for (const [who, what] of [
    ['alice@council.gov.uk', 'shared: with nurse@nhs.scot as commenter'],
    ['nurse@nhs.scot', 'joined: as commenter, by name'],
    ['nurse@nhs.scot', 'commented'],
    ['alice@council.gov.uk', 'changed a role: nurse@nhs.scot: commenter → viewer'],
    ['alice@council.gov.uk', 'removed: nurse@nhs.scot'],
  ] as const) {
    await expect(activity.getByRole('row').filter({ has: a.getByRole('cell', { name: who, exact: true }) }).filter({ has: a.getByRole('cell', { name: what, exact: true }) })).toHaveCount(1);
  }
  const download = a.waitForEvent('download');
  await again.getByRole('button', { name: 'Download activity (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('activity.csv');
  await shareDialog(a).getByRole('button', { name: 'Done' }).click();
  await alice.close();
  await nurse.close();
});

test('with no providers named, the Share dialog and links work as they always have', async ({ browser }) => {
  const dataDir = makeDataDir();
  const plain = await startServer({ dataDir, env: { DIST_DIR: APP_DIST } });
  try {
    expect((await fetch(`${plain.httpUrl}/api/auth`)).status).toBe(404);
    const context = await browser.newContext({ baseURL: `${plain.httpUrl}/` });
    const guard = guardContext(context, plain.httpUrl);
    const page = await context.newPage();
    await page.goto('/');
    await createBlankModel(page);
    await page.getByRole('button', { name: 'Share…' }).click();
    await shareDialog(page).getByRole('textbox', { name: 'Your name' }).fill('Alice');
    await shareDialog(page).getByRole('button', { name: 'Share', exact: true }).click();
    await expect(shareDialog(page).getByRole('textbox', { name: 'Can comment' })).toBeVisible();
    await expect(shareDialog(page).getByRole('region', { name: 'People with access' })).toHaveCount(0);
    await expect(shareDialog(page).getByRole('link', { name: /^Sign in with/ })).toHaveCount(0);
    await shareDialog(page).getByRole('button', { name: 'Done' }).click();
    await expect(sharingStatus(page)).toHaveText('Connected');
    await context.close();
    expectGuardClean(guard);
  } finally {
    await plain.stop();
    removeDataDir(dataDir);
  }
});
