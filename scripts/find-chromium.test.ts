import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium, findTestChromium, type ChromiumSearchMachine } from './find-chromium.mjs';

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first when it names a file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'oc-chromium-')), 'chromium');
    writeFileSync(file, '');
    process.env.CHROMIUM_PATH = file;
    await expect(findChromium()).resolves.toBe(file);
  });

  it('says plainly when CHROMIUM_PATH names nothing, rather than looking elsewhere', async () => {
    process.env.CHROMIUM_PATH = '/nowhere/chromium';
    await expect(findChromium()).rejects.toThrow('CHROMIUM_PATH is set to /nowhere/chromium, but there is no file there.');
  });

  it('looks at /usr/bin/chromium, then Playwright’s own browser, before installing anything', async () => {
    const installs: string[] = [];
    const machine = (files: string[], own?: string): ChromiumSearchMachine => ({
      env: {},
      exists: (path) => files.includes(path),
      playwrightsOwn: async () => own,
      mayInstallWithApt: () => true,
      installWithApt: () => installs.push('apt'),
      notice: () => {},
    });
    await expect(findChromium(machine(['/usr/bin/chromium'], '/pw/chrome'))).resolves.toBe('/usr/bin/chromium');
    await expect(findChromium(machine([], '/pw/chrome'))).resolves.toBe('/pw/chrome');
    expect(installs).toEqual([]);
  });

  it('installs Debian’s chromium where it may and none is found, and uses it', async () => {
    const files: string[] = [];
    const machine: ChromiumSearchMachine = {
      env: {},
      exists: (path) => files.includes(path),
      playwrightsOwn: async () => undefined,
      mayInstallWithApt: () => true,
      installWithApt: () => files.push('/usr/bin/chromium'),
      notice: () => {},
    };
    await expect(findChromium(machine)).resolves.toBe('/usr/bin/chromium');
  });

  it('ends with one sentence saying how to get a Chromium when none is found and none may be installed, or the install fails', async () => {
    const nothing: ChromiumSearchMachine = {
      env: {},
      exists: () => false,
      playwrightsOwn: async () => undefined,
      mayInstallWithApt: () => false,
      installWithApt: () => {
        throw new Error('should not install');
      },
      notice: () => {},
    };
    await expect(findChromium(nothing)).rejects.toThrow(
      'No Chromium was found: install one (on Debian or Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable, then run npm test again.',
    );
    const failing: ChromiumSearchMachine = {
      ...nothing,
      mayInstallWithApt: () => true,
      installWithApt: () => {
        throw new Error('Command failed: apt-get update -qq\nE: network unreachable');
      },
    };
    await expect(findChromium(failing)).rejects.toThrow(
      "No Chromium was found, and installing Debian's chromium package failed (Command failed: apt-get update -qq): install one (on Debian or Ubuntu: sudo apt-get install chromium)",
    );
  });

  it('gives the end-to-end tests Chromium’s headless shell when it is installed, and installs it where it may', async () => {
    const installed: string[] = [];
    const files = ['/usr/bin/chromium'];
    const machine: ChromiumSearchMachine = {
      env: {},
      exists: (path) => files.includes(path),
      playwrightsOwn: async () => undefined,
      mayInstallWithApt: () => true,
      installWithApt: (packageName) => {
        installed.push(packageName);
        files.push(`/usr/bin/${packageName}`);
      },
      notice: (message) => {
        throw new Error(`no notice expected: ${message}`);
      },
    };
    await expect(findTestChromium(machine)).resolves.toBe('/usr/bin/chromium-headless-shell');
    expect(installed).toEqual(['chromium-headless-shell']);
    await expect(findTestChromium(machine)).resolves.toBe('/usr/bin/chromium-headless-shell');
    expect(installed).toEqual(['chromium-headless-shell']);
  });

  it('runs the end-to-end tests in the full Chromium when the shell cannot be had, saying how to get it', async () => {
    const notices: string[] = [];
    const machine = (mayInstall: boolean): ChromiumSearchMachine => ({
      env: {},
      exists: (path) => path === '/usr/bin/chromium',
      playwrightsOwn: async () => undefined,
      mayInstallWithApt: () => mayInstall,
      installWithApt: () => {
        throw new Error('Command failed: apt-get update -qq\nE: network unreachable');
      },
      notice: (message) => notices.push(message),
    });
    await expect(findTestChromium(machine(false))).resolves.toBe('/usr/bin/chromium');
    await expect(findTestChromium(machine(true))).resolves.toBe('/usr/bin/chromium');
    expect(notices).toEqual([
      "The end-to-end tests run in /usr/bin/chromium, since Chromium's headless shell is not here: it is not installed. They take about 1.6 times as long there; on Debian or Ubuntu, sudo apt-get install chromium-headless-shell.",
      "The end-to-end tests run in /usr/bin/chromium, since Chromium's headless shell is not here: installing it failed (Command failed: apt-get update -qq). They take about 1.6 times as long there; on Debian or Ubuntu, sudo apt-get install chromium-headless-shell.",
    ]);
  });

  it('lets CHROMIUM_PATH choose the end-to-end tests’ browser too', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'oc-chromium-')), 'chrome');
    writeFileSync(file, '');
    process.env.CHROMIUM_PATH = file;
    await expect(findTestChromium()).resolves.toBe(file);
  });

  it('launches with the flags a machine without general network access needs', () => {
    expect(CHROMIUM_ARGS).toEqual(expect.arrayContaining(['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-quic']));
  });
});
