/**
 * Finds LibreOffice with Writer, Calc and Impress (to convert a Word or PowerPoint download to PDF
 * and an .xlsx download to CSV, as a real office suite reads them) and pdftotext (to read that PDF's
 * words) for the end-to-end tests. Where one is missing and we are root on Debian, installs Debian's
 * `libreoffice-writer-nogui`, `libreoffice-calc-nogui`, `libreoffice-impress-nogui` and
 * `poppler-utils`, as find-chromium.mjs installs Chromium. Otherwise it fails with one sentence: the
 * tests never pass without an office suite having read the file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const OFFICE_PATHS = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];
const PDFTOTEXT_PATHS = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'];
/** Where a packaged LibreOffice registers its parts: a part without its file here is not installed (Debian splits them). */
const REGISTRY_FOLDERS = ['/usr/lib/libreoffice/share/registry', '/opt/libreoffice/share/registry'];
/** The parts the tests convert with: Writer reads the board report, Calc the workbook, Impress the slides. */
const PARTS = [
  { file: 'writer.xcd', name: 'Writer' },
  { file: 'calc.xcd', name: 'Calc' },
  { file: 'impress.xcd', name: 'Impress' },
];
const PACKAGES = ['libreoffice-writer-nogui', 'libreoffice-calc-nogui', 'libreoffice-impress-nogui', 'poppler-utils'];

function installWithApt() {
  console.error(`LibreOffice (Writer, Calc and Impress) or pdftotext is missing: installing Debian's ${PACKAGES.map((name) => `"${name}"`).join(', ')} (a few minutes)…`);
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
  `install them (on Debian or Ubuntu: sudo apt-get install ${PACKAGES.join(' ')}) or set SOFFICE_PATH and PDFTOTEXT_PATH to their executables, then run npm test again.`;

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
  // A LibreOffice named by SOFFICE_PATH, or laid out in a way we do not know, is taken as it is.
  const registry = machine.env.SOFFICE_PATH ? undefined : REGISTRY_FOLDERS.find((folder) => machine.exists(folder));
  const missingParts = soffice && registry ? PARTS.filter((part) => !machine.exists(`${registry}/${part.file}`)).map((part) => part.name) : [];
  return { soffice: missingParts.length ? undefined : soffice, pdftotext: pick('PDFTOTEXT_PATH', PDFTOTEXT_PATHS), missingParts };
}

function complete(found) {
  return found.soffice && found.pdftotext ? { soffice: found.soffice, pdftotext: found.pdftotext } : undefined;
}

/** `{ soffice, pdftotext }`: the paths of both programs, installing them where we may. */
export function findOffice(machine = THIS_MACHINE) {
  let found = look(machine);
  if (complete(found)) return complete(found);
  if (machine.mayInstallWithApt()) {
    try {
      machine.installWithApt();
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new Error(`LibreOffice or pdftotext was missing, and installing them with apt-get failed (${reason}): ${HOW_TO_GET_THEM}`);
    }
    found = look(machine);
    if (complete(found)) return complete(found);
  }
  const office = found.missingParts.length ? `LibreOffice ${found.missingParts.join(' or ')}` : 'LibreOffice';
  const missing = [found.soffice ? undefined : office, found.pdftotext ? undefined : 'pdftotext'].filter(Boolean).join(' and ');
  throw new Error(`No ${missing} was found, needed to check that an office suite reads the Word report, the workbook and the PowerPoint slides: ${HOW_TO_GET_THEM}`);
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
