/**
 * Finds a Chromium for the end-to-end tests and the benchmark: CHROMIUM_PATH, then Debian's
 * /usr/bin/chromium, then Playwright's own browser if one is installed. Where none exists and we are
 * root on Debian, installs the `chromium` package (Playwright cannot download its own browser on
 * machines without general internet access).
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

function installWithApt() {
  console.error('No Chromium found: installing Debian\'s "chromium" package (about a minute)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

/** This machine, as findChromium sees it; tests pass their own. */
const THIS_MACHINE = {
  env: process.env,
  exists: existsSync,
  playwrightsOwn,
  mayInstallWithApt: () => typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/etc/debian_version'),
  installWithApt,
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
      machine.installWithApt();
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new Error(`No Chromium was found, and installing Debian's chromium package failed (${reason}): ${HOW_TO_GET_ONE}`);
    }
    if (machine.exists('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(`No Chromium was found: ${HOW_TO_GET_ONE}`);
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
