/**
 * Finds LibreOffice (to convert a Word download to PDF, as a real word processor reads it, and an
 * .xlsx download to CSV, as a real spreadsheet reads it) and pdftotext (to read that PDF's words)
 * for the end-to-end tests. Where one is missing — Calc included, which Debian packages apart — and
 * we are root on Debian, installs `libreoffice-writer-nogui`, `libreoffice-calc-nogui` and `poppler-utils`, as
 * find-chromium.mjs installs Chromium. Otherwise it fails with one sentence: the test never passes
 * without a word processor having read the report.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const OFFICE_PATHS = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];
const PDFTOTEXT_PATHS = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'];
/** Calc's own library, beside a packaged soffice; without it soffice cannot open a workbook. */
const CALC_PATHS = ['/usr/lib/libreoffice/program/libsclo.so', '/opt/libreoffice/program/libsclo.so'];
const PACKAGES = ['libreoffice-writer-nogui', 'libreoffice-calc-nogui', 'poppler-utils'];

function installWithApt() {
  console.error(`No LibreOffice (with Calc) or pdftotext found: installing Debian's ${PACKAGES.join(', ')} (a few minutes)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], { stdio: 'inherit', env });
}

/** This machine, as findOffice sees it; tests pass their own. */
const THIS_MACHINE = {
  env: process.env,
  exists: existsSync,
  mayInstallWithApt: () => typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/etc/debian_version'),
  installWithApt,
};

const HOW_TO_GET_THEM =
  'install them (on Debian or Ubuntu: sudo apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils) or set SOFFICE_PATH and PDFTOTEXT_PATH to their executables, then run npm test again.';

function look(machine) {
  const pick = (variable, paths) => {
    const fromEnv = machine.env[variable];
    if (fromEnv) {
      if (machine.exists(fromEnv)) return fromEnv;
      throw new Error(`${variable} is set to ${fromEnv}, but there is no file there.`);
    }
    return paths.find((path) => machine.exists(path));
  };
  const soffice = pick('SOFFICE_PATH', OFFICE_PATHS);
  // A LibreOffice named by SOFFICE_PATH is taken as it is; a packaged one must have Calc.
  const hasCalc = Boolean(machine.env.SOFFICE_PATH) || CALC_PATHS.some((path) => machine.exists(path));
  return { soffice: soffice && hasCalc ? soffice : undefined, pdftotext: pick('PDFTOTEXT_PATH', PDFTOTEXT_PATHS) };
}

/** `{ soffice, pdftotext }`: the paths of both programs, installing them where we may. */
export function findOffice(machine = THIS_MACHINE) {
  let found = look(machine);
  if (found.soffice && found.pdftotext) return found;
  if (machine.mayInstallWithApt()) {
    try {
      machine.installWithApt();
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new Error(`LibreOffice or pdftotext was missing, and installing them with apt-get failed (${reason}): ${HOW_TO_GET_THEM}`);
    }
    found = look(machine);
    if (found.soffice && found.pdftotext) return found;
  }
  const missing = [found.soffice ? undefined : 'LibreOffice (with Calc)', found.pdftotext ? undefined : 'pdftotext'].filter(Boolean).join(' and ');
  throw new Error(`No ${missing} was found, needed to check that a word processor reads the Word report and a spreadsheet the workbook: ${HOW_TO_GET_THEM}`);
}

// `node scripts/find-office.mjs` installs them now (the e2e run calls findOffice itself).
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(JSON.stringify(findOffice()));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
