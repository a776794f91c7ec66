/**
 * The team server in production (issue 19), in real browsers: a graceful restart (SIGTERM), which
 * partners are told about in words while they keep working, and after which they converge by
 * themselves; and a model that reaches the server's size limit, which its editor is told about.
 * Each test starts, and stops by pid, its own server on 127.0.0.1 with temporary data.
 */
import { makeDataDir, removeDataDir, startServer, stopAllStartedServers, type ServerProcess } from '../../server/test/serverProcess';
import { addBox, boxOnCanvas, expect, fitView, labelEditor, laneButton, saveStatus, test } from './helpers';
import { APP_DIST, closePerson, expectEveryEdit, join, newPerson, RECONNECTED, shareNewModel, sharingStatus, twoPartnersEditing, type Edit, type Person } from './shareHelpers';

test.describe.configure({ timeout: 90_000 });

const RESTARTING = 'The team server is restarting';

test.afterAll(async () => {
  await stopAllStartedServers();
});

test('a graceful restart: partners are told the server is restarting, keep editing, and converge when it is back', async ({ browser }) => {
  const dataDir = makeDataDir();
  const people: Person[] = [];
  const servers: ServerProcess[] = [];
  try {
    const first = await startServer({ dataDir, env: { DIST_DIR: APP_DIST } });
    servers.push(first);
    const { alice, bob, links, before } = await twoPartnersEditing(browser, first.httpUrl, 'Through a restart', people);

    // An ordinary restart: SIGTERM, and the process has exited 0 before anyone looks.
    await first.stop();
    expect(first.exitCode()).toBe(0);
    for (const person of people) await expect(sharingStatus(person.page)).toHaveText(RESTARTING, RECONNECTED);

    // Both keep working on their own copies meanwhile, saved on their computers.
    const alicesMeanwhile: Edit = ['Reactions', 'Alice during the restart'];
    const bobsMeanwhile: Edit = ['Final outcomes', 'Bob during the restart'];
    await addBox(alice.page, ...alicesMeanwhile);
    await addBox(bob.page, ...bobsMeanwhile);
    for (const person of people) await expect(saveStatus(person.page)).toHaveText('All changes saved');
    for (const person of people) await expect(sharingStatus(person.page)).toHaveText(RESTARTING);

    // Back on the same address with the same data folder: nobody does anything, and they converge.
    servers.push(await startServer({ dataDir, port: first.port, env: { DIST_DIR: APP_DIST } }));
    const every = [...before, alicesMeanwhile, bobsMeanwhile];
    for (const person of people) {
      await expect(sharingStatus(person.page)).toHaveText('Connected', RECONNECTED);
      await expectEveryEdit(person.page, every);
    }

    // A third computer, with nothing stored, gets every edit from the restarted server.
    const carol = await newPerson(browser, `${first.httpUrl}/`);
    people.push(carol);
    await join(carol.page, links.edit, 'Carol');
    await expectEveryEdit(carol.page, every);
    while (people.length) await closePerson(people.pop()!);
  } finally {
    await Promise.all(people.map((person) => person.context.close()));
    await Promise.all(servers.map((server) => server.stop()));
    removeDataDir(dataDir);
  }
});

test('the join page during a restart says so in words, keeps trying, and opens the model when the server is back', async ({ browser }) => {
  const dataDir = makeDataDir();
  const people: Person[] = [];
  const servers: ServerProcess[] = [];
  try {
    const first = await startServer({ dataDir, env: { DIST_DIR: APP_DIST } });
    servers.push(first);
    const alice = await newPerson(browser, `${first.httpUrl}/`);
    people.push(alice);
    const links = await shareNewModel(alice.page, 'Alice', 'Joined through a restart');
    await addBox(alice.page, 'Activities', 'Before the restart');
    await closePerson(people.pop()!);

    // Bob opens the link, and the server restarts while he types his name.
    const bob = await newPerson(browser, `${first.httpUrl}/`);
    people.push(bob);
    await bob.page.goto(links.edit);
    await bob.page.getByRole('textbox', { name: 'Your name' }).fill('Bob');
    await first.stop();
    await bob.page.getByRole('button', { name: 'Join' }).click();
    await expect(bob.page.getByRole('status')).toHaveText('The team server is restarting — trying again', RECONNECTED);

    servers.push(await startServer({ dataDir, port: first.port, env: { DIST_DIR: APP_DIST } }));
    await expect(bob.page).toHaveURL(/#\/models\/[^/]+$/, RECONNECTED);
    await expect(sharingStatus(bob.page)).toHaveText('Connected', RECONNECTED);
    await expectEveryEdit(bob.page, [['Activities', 'Before the restart']]);
    while (people.length) await closePerson(people.pop()!);
  } finally {
    await Promise.all(people.map((person) => person.context.close()));
    await Promise.all(servers.map((server) => server.stop()));
    removeDataDir(dataDir);
  }
});

test('a model at the server’s size limit: the editor is told in words, and keeps the change on this computer', async ({ browser }) => {
  const dataDir = makeDataDir();
  const people: Person[] = [];
  // Room for a new model and a few boxes, not many more.
  const server = await startServer({ dataDir, env: { DIST_DIR: APP_DIST, MAX_DOCUMENT_BYTES: String(4 * 1024) } });
  try {
    const alice = await newPerson(browser, `${server.httpUrl}/`);
    people.push(alice);
    await shareNewModel(alice.page, 'Alice', 'Too large');
    const sizeLimit = alice.page.getByRole('alert').filter({ hasText: "This model has reached the team server's size limit" });
    let last = '';
    for (let box = 1; box <= 30 && !(await sizeLimit.isVisible()); box += 1) {
      last = `Box ${box}: ${'a partnership activity described at some length '.repeat(5)}`.trim();
      // Pasted rather than typed key by key: the length is what matters here.
      await fitView(alice.page);
      await laneButton(alice.page, 'Activities').click();
      await expect(labelEditor(alice.page)).toBeFocused();
      await alice.page.keyboard.insertText(last);
      await alice.page.keyboard.press('Enter');
      await expect(boxOnCanvas(alice.page, 'Activities', last)).toBeVisible();
    }
    await expect(sizeLimit).toBeVisible();
    await expect(sharingStatus(alice.page)).toHaveText('Not connected: your copy stays on this computer');
    // The refused change is still here, saved on this computer.
    await expect(saveStatus(alice.page)).toHaveText('All changes saved');
    await expect(boxOnCanvas(alice.page, 'Activities', last)).toBeVisible();
    while (people.length) await closePerson(people.pop()!);
  } finally {
    await Promise.all(people.map((person) => person.context.close()));
    await server.stop();
    removeDataDir(dataDir);
  }
});
