/** Reading a download as LibreOffice reads it: converted to PDF, its words read back by pdftotext. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findOffice } from '../../scripts/find-office.mjs';

/** Text as a word processor may break it across lines: compared with all white space as one space. */
export function spaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * LibreOffice's profile folder for this worker process: its own, so that it neither meets nor waits
 * for another LibreOffice on the machine, and kept between conversions, since making a new profile
 * costs LibreOffice seconds at every start. Made on first use, removed when the worker ends.
 */
let profileFolder: string | undefined;
function officeProfile(): string {
  if (!profileFolder) {
    const folder = mkdtempSync(join(tmpdir(), 'oc-office-profile-'));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    profileFolder = folder;
  }
  return pathToFileURL(profileFolder).href;
}

/** One conversion at a time in this worker: two LibreOffice processes may not share one profile. */
let lastConversion: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(convert: () => Promise<T>): Promise<T> {
  const next = lastConversion.then(convert, convert);
  lastConversion = next.catch(() => undefined);
  return next;
}

/** Runs a program we started, and stops it (and anything it started) by its process group if it hangs. */
function runFor(command: string, args: readonly string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`${command} did not finish within ${timeoutMs / 1000} s and was stopped.`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ended with code ${code}: ${output.trim()}`));
    });
  });
}

/** The words of a Word (.docx) or PowerPoint (.pptx) file as LibreOffice lays them out in a PDF, read back by pdftotext. */
export async function textThroughLibreOffice(file: Buffer, extension: 'docx' | 'pptx' = 'docx'): Promise<{ text: string; pdf: Buffer }> {
  // Fails with one sentence saying how to get them when they are missing: never passes without them.
  // (run-e2e.mjs has already installed them where it may; a test does not run apt-get itself.)
  const { soffice, pdftotext } = findOffice({ env: process.env, exists: existsSync, mayInstallWithApt: () => false, installWithApt: () => undefined });
  const folder = await mkdtemp(join(tmpdir(), `oc-${extension}-`));
  try {
    const input = join(folder, `download.${extension}`);
    await writeFile(input, file);
    await oneAtATime(() => runFor(soffice, [`-env:UserInstallation=${officeProfile()}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', folder, input], 150_000));
    await runFor(pdftotext, ['-enc', 'UTF-8', join(folder, 'download.pdf'), join(folder, 'download.txt')], 30_000);
    return { text: await readFile(join(folder, 'download.txt'), 'utf8'), pdf: await readFile(join(folder, 'download.pdf')) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The words of a PDF (such as the app's own PDF export) as pdftotext reads them. */
export async function textOfPdf(pdf: Buffer): Promise<string> {
  const { pdftotext } = findOffice({ env: process.env, exists: existsSync, mayInstallWithApt: () => false, installWithApt: () => undefined });
  const folder = await mkdtemp(join(tmpdir(), 'oc-pdf-text-'));
  try {
    await writeFile(join(folder, 'export.pdf'), pdf);
    await runFor(pdftotext, ['-enc', 'UTF-8', join(folder, 'export.pdf'), join(folder, 'export.txt')], 30_000);
    return await readFile(join(folder, 'export.txt'), 'utf8');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Every sheet of the workbook as LibreOffice Calc writes it to CSV (UTF-8), by sheet name. */
export async function sheetsThroughCalc(xlsx: Buffer): Promise<Map<string, string>> {
  const { soffice } = findOffice({ env: process.env, exists: existsSync, mayInstallWithApt: () => false, installWithApt: () => undefined });
  const folder = await mkdtemp(join(tmpdir(), 'oc-workbook-'));
  try {
    await writeFile(join(folder, 'model.xlsx'), xlsx);
    // Comma-separated, double quotes, UTF-8 (76), every sheet to its own file (-1).
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
    await oneAtATime(() => runFor(soffice, [`-env:UserInstallation=${officeProfile()}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', folder, join(folder, 'model.xlsx')], 150_000));
    const sheets = new Map<string, string>();
    for (const name of await readdir(folder)) {
      const match = /^model-(.+)\.csv$/.exec(name);
      if (match?.[1]) sheets.set(match[1], await readFile(join(folder, name), 'utf8'));
    }
    return sheets;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
