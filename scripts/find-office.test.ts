import { describe, expect, it } from 'vitest';
import { findOffice, type OfficeSearchMachine } from './find-office.mjs';

function machine(files: string[], options: { env?: Record<string, string>; mayInstall?: boolean; install?: () => void } = {}): OfficeSearchMachine {
  return {
    env: options.env ?? {},
    exists: (path) => files.includes(path),
    mayInstallWithApt: () => options.mayInstall ?? false,
    installWithApt: options.install ?? (() => files.push('/usr/bin/soffice', '/usr/bin/pdftotext')),
  };
}

describe('findOffice', () => {
  it('finds LibreOffice and pdftotext where Debian puts them, installing nothing', () => {
    const installs: string[] = [];
    const found = findOffice(machine(['/usr/bin/soffice', '/usr/bin/pdftotext'], { mayInstall: true, install: () => installs.push('apt') }));
    expect(found).toEqual({ soffice: '/usr/bin/soffice', pdftotext: '/usr/bin/pdftotext' });
    expect(installs).toEqual([]);
  });

  it('takes SOFFICE_PATH and PDFTOTEXT_PATH first, and says so plainly when one names nothing', () => {
    const env = { SOFFICE_PATH: '/opt/lo/soffice', PDFTOTEXT_PATH: '/opt/poppler/pdftotext' };
    expect(findOffice(machine(['/opt/lo/soffice', '/opt/poppler/pdftotext', '/usr/bin/soffice'], { env }))).toEqual({
      soffice: '/opt/lo/soffice',
      pdftotext: '/opt/poppler/pdftotext',
    });
    expect(() => findOffice(machine(['/usr/bin/soffice', '/usr/bin/pdftotext'], { env: { SOFFICE_PATH: '/nowhere/soffice' } }))).toThrow(
      'SOFFICE_PATH is set to /nowhere/soffice, but there is no file there.',
    );
  });

  it('installs Debian’s packages where it may and one is missing, and uses them', () => {
    expect(findOffice(machine(['/usr/bin/pdftotext'], { mayInstall: true }))).toEqual({ soffice: '/usr/bin/soffice', pdftotext: '/usr/bin/pdftotext' });
  });

  it('counts a packaged LibreOffice without Calc or Impress as missing, and installs them where it may', () => {
    const registry = '/usr/lib/libreoffice/share/registry';
    const files = ['/usr/bin/soffice', '/usr/bin/pdftotext', registry, `${registry}/writer.xcd`];
    expect(() => findOffice(machine([...files]))).toThrow('No LibreOffice Calc or Impress was found, needed to check that an office suite reads the Word report, the workbook and the PowerPoint slides');
    const installs: string[] = [];
    const installing = machine(files, { mayInstall: true, install: () => installs.push('apt') && files.push(`${registry}/calc.xcd`, `${registry}/impress.xcd`) });
    expect(findOffice(installing)).toEqual({ soffice: '/usr/bin/soffice', pdftotext: '/usr/bin/pdftotext' });
    expect(installs).toEqual(['apt']);
  });

  it('fails with one sentence saying how to get them when they are missing and may not be installed, or the install fails', () => {
    expect(() => findOffice(machine(['/usr/bin/pdftotext']))).toThrow(
      'No LibreOffice was found, needed to check that an office suite reads the Word report, the workbook and the PowerPoint slides: install them (on Debian or Ubuntu: sudo apt-get install libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui poppler-utils)',
    );
    const failing = machine([], {
      mayInstall: true,
      install: () => {
        throw new Error('E: Unable to locate package libreoffice-writer-nogui\nmore');
      },
    });
    expect(() => findOffice(failing)).toThrow(
      'LibreOffice or pdftotext was missing, and installing them with apt-get failed (E: Unable to locate package libreoffice-writer-nogui): install them',
    );
  });
});
