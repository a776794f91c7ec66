/**
 * Sharing when team servers fail (issue 11), in real browsers: the server killed (kill -9) while two
 * partners edit, then restarted; and two instances sharing one Redis and one PostgreSQL, one of them
 * killed while its partner moves to the other behind the same address. Each test starts, and stops
 * by pid, the processes it needs, on 127.0.0.1 on free ports with temporary data.
 */
import { makeDataDir, removeDataDir, startServer, stopAllStartedServers, type ServerProcess } from '../../server/test/serverProcess';
import { findOrInstallServices, startPostgres, startRedis, type Service } from '../../server/test/testServices';
import { addBox, boxOnCanvas, expect, fitView, labelEditor, laneButton, saveStatus, test } from './helpers';
import { APP_DIST, closePerson, expectEveryEdit, join, newPerson, RECONNECTED, shareNewModel, sharingStatus, twoPartnersEditing, type Edit, type Person } from './shareHelpers';
import { startTcpProxy, type TcpProxy } from './tcpProxy';

test.describe.configure({ timeout: 90_000 });

const OFFLINE = 'Offline: changes are kept on this computer';
// Any server whose start failed half-way, so no test holds it.
test.afterAll(async () => {
  await stopAllStartedServers();
});

test('the team server is killed (kill -9) mid-edit: both partners keep working, converge when it is back, and a third computer sees every edit', async ({ browser }) => {
  const dataDir = makeDataDir();
  const people: Person[] = [];
  const servers: ServerProcess[] = [];
  try {
    const first = await startServer({ dataDir, env: { DIST_DIR: APP_DIST } });
    servers.push(first);
    const { alice, bob, links, before } = await twoPartnersEditing(browser, first.httpUrl, 'Through a crash', people);

    // The server dies while Bob is typing a new box's label; he finishes it, and it must not be lost.
    const asItDied: Edit = ['Engagement', 'Typed as the server died'];
    await fitView(bob.page);
    await laneButton(bob.page, 'Engagement').click();
    await expect(labelEditor(bob.page)).toBeFocused();
    await bob.page.keyboard.type('Typed as the ');
    await first.kill9();
    await bob.page.keyboard.type('server died');
    await bob.page.keyboard.press('Enter');
    await expect(boxOnCanvas(bob.page, ...asItDied)).toBeVisible();
    for (const person of people) await expect(sharingStatus(person.page)).toHaveText(OFFLINE, RECONNECTED);

    // Both keep working on their own copies, saved on their computers.
    const alicesWhileDown: Edit = ['Reactions', 'Alice while the server was down'];
    const bobsWhileDown: Edit = ['Final outcomes', 'Bob while the server was down'];
    await addBox(alice.page, ...alicesWhileDown);
    await addBox(bob.page, ...bobsWhileDown);
    for (const person of people) await expect(saveStatus(person.page)).toHaveText('All changes saved');
    await expect(boxOnCanvas(alice.page, ...bobsWhileDown)).toHaveCount(0);
    await expect(boxOnCanvas(bob.page, ...alicesWhileDown)).toHaveCount(0);

    // Back on the same address with the same data folder.
    servers.push(await startServer({ dataDir, port: first.port, env: { DIST_DIR: APP_DIST } }));
    const every = [...before, asItDied, alicesWhileDown, bobsWhileDown];
    for (const person of people) {
      await expect(sharingStatus(person.page)).toHaveText('Connected', RECONNECTED);
      await expectEveryEdit(person.page, every);
    }

    // A third computer, with nothing stored, gets every edit from the restarted server.
    const carol = await newPerson(browser, `${first.httpUrl}/`);
    people.push(carol);
    await join(carol.page, links.edit, 'Carol');
    await expectEveryEdit(carol.page, every);
    await carol.page.reload();
    await expectEveryEdit(carol.page, every);
    while (people.length) await closePerson(people.pop()!);
  } finally {
    await Promise.all(people.map((person) => person.context.close()));
    // Only this test's own: the other test's instances may be running in this worker.
    await Promise.all(servers.map((server) => server.stop()));
    removeDataDir(dataDir);
  }
});

test.describe('two instances behind one address, sharing one Redis and one PostgreSQL', () => {
  const services: Service[] = [];
  const dataDirs: string[] = [];
  let east: ServerProcess;
  let west: ServerProcess;
  let proxy: TcpProxy | undefined;

  test.beforeAll(async () => {
    // Installing Redis and PostgreSQL from Debian, when they are missing, takes minutes.
    test.setTimeout(600_000);
    const binaries = findOrInstallServices();
    const started = await Promise.allSettled([startRedis(binaries.redisServer), startPostgres(binaries.postgresBin)]);
    for (const result of started) if (result.status === 'fulfilled') services.push(result.value);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    const env = { DIST_DIR: APP_DIST, REDIS_URL: services[0]!.url, DATABASE_URL: services[1]!.url };
    dataDirs.push(makeDataDir(), makeDataDir());
    east = await startServer({ dataDir: dataDirs[0], env });
    west = await startServer({ dataDir: dataDirs[1], env });
    proxy = await startTcpProxy(east.port);
  });

  test.afterAll(async () => {
    await proxy?.close();
    await stopAllStartedServers();
    await Promise.all(services.map((service) => service.stop()));
    dataDirs.forEach(removeDataDir);
  });

  test('a browser on each instance: they converge; one instance is killed, its browser reconnects to the other, and nothing is lost', async ({ browser }) => {
    const people: Person[] = [];
    try {
      const alice = await newPerson(browser, proxy!.url);
      people.push(alice);
      const links = await shareNewModel(alice.page, 'Alice', 'Two instances');
      expect(links.edit.startsWith(`${proxy!.origin}/#/join/`)).toBe(true);
      // Bob opens the same link on the other instance: the link secret lives in PostgreSQL.
      const bob = await newPerson(browser, `${west.httpUrl}/`);
      people.push(bob);
      await join(bob.page, links.edit.replace(proxy!.origin, west.httpUrl), 'Bob');

      const before: Edit[] = [
        ['Inputs', 'Made on east'],
        ['Activities', 'Made on west'],
      ];
      await addBox(alice.page, ...before[0]!);
      await addBox(bob.page, ...before[1]!);
      for (const person of people) await expectEveryEdit(person.page, before);

      await east.kill9();
      await expect(sharingStatus(alice.page)).toHaveText(OFFLINE, RECONNECTED);
      const alicesWhileMoving: Edit = ['Knowledge, skills and attitudes', 'Alice while east was down'];
      await addBox(alice.page, ...alicesWhileMoving);
      await expect(saveStatus(alice.page)).toHaveText('All changes saved');

      // The address now leads to the surviving instance, as a load balancer would do.
      proxy!.pointTo(west.port);
      await expect(sharingStatus(alice.page)).toHaveText('Connected', RECONNECTED);
      await expect(boxOnCanvas(bob.page, ...alicesWhileMoving)).toBeVisible(RECONNECTED);
      const bobsAfter: Edit = ['Practice change', 'Bob after the move'];
      await addBox(bob.page, ...bobsAfter);

      const every = [...before, alicesWhileMoving, bobsAfter];
      for (const person of people) await expectEveryEdit(person.page, every);
      // Someone new, through the same address, gets every edit from the surviving instance.
      const carol = await newPerson(browser, proxy!.url);
      people.push(carol);
      await join(carol.page, links.edit, 'Carol');
      await expectEveryEdit(carol.page, every);
      while (people.length) await closePerson(people.pop()!);
    } finally {
      await Promise.all(people.map((person) => person.context.close()));
    }
  });
});
