/**
 * Finds a Chromium for the benchmark (findChromium: the browser people use) and for the end-to-end
 * tests (findTestChromium: Chromium's headless shell where it can be had). CHROMIUM_PATH first, then
 * Debian's packages, then Playwright's own browser if one is installed. Where none exists and we are
 * root on Debian, installs the package (Playwright cannot download its own browser on machines
 * without general internet access).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

async function playwrightsOwn() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

/** What went wrong, in one line (apt's own output follows on the next ones). */
const firstLine = (error) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

function installWithApt(packageName) {
  console.error(`Installing Debian's "${packageName}" package (about a minute)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', packageName], { stdio: 'inherit', env });
}

/** This machine, as findChromium sees it; tests pass their own. */
const THIS_MACHINE = {
  env: process.env,
  exists: existsSync,
  playwrightsOwn,
  mayInstallWithApt: () => typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/etc/debian_version'),
  installWithApt,
  notice: (message) => console.error(message),
};

const HOW_TO_GET_ONE =
  'install one (on Debian or Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable, then run npm test again.';

export async function findChromium(machine = THIS_MACHINE) {
  const fromEnv = machine.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (machine.exists(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = SYSTEM_PATHS.find((path) => machine.exists(path)) ?? (await machine.playwrightsOwn());
  if (found) return found;
  if (machine.mayInstallWithApt()) {
    try {
      machine.installWithApt('chromium');
    } catch (error) {
      throw new Error(`No Chromium was found, and installing Debian's chromium package failed (${firstLine(error)}): ${HOW_TO_GET_ONE}`);
    }
    if (machine.exists('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(`No Chromium was found: ${HOW_TO_GET_ONE}`);
}

/**
 * The end-to-end tests' browser: Chromium's headless shell, the same engine without the windowed
 * browser around it, which Playwright itself uses for headless tests. Measured on 2 cores: the 155
 * end-to-end tests took 7.6 minutes in it and 12.1 in the full browser, which spends most of the
 * difference in its browser and GPU processes. Without it (and where it may not be installed) the
 * tests run in the full Chromium, only slower, and say how to get the shell.
 */
export async function findTestChromium(machine = THIS_MACHINE) {
  if (machine.env.CHROMIUM_PATH) return findChromium(machine);
  if (machine.exists(HEADLESS_SHELL_PATH)) return HEADLESS_SHELL_PATH;
  let whyNot = 'it is not installed';
  if (machine.mayInstallWithApt()) {
    try {
      machine.installWithApt('chromium-headless-shell');
      if (machine.exists(HEADLESS_SHELL_PATH)) return HEADLESS_SHELL_PATH;
    } catch (error) {
      whyNot = `installing it failed (${firstLine(error)})`;
    }
  }
  const full = await findChromium(machine);
  machine.notice(
    `The end-to-end tests run in ${full}, since Chromium's headless shell is not here: ${whyNot}. They take about 1.6 times as long there; on Debian or Ubuntu, sudo apt-get install chromium-headless-shell.`,
  );
  return full;
}

/** Flags for a headless Chromium on a machine with no general network access. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
