import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

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

  it('launches with the flags a machine without general network access needs', () => {
    expect(CHROMIUM_ARGS).toEqual(expect.arrayContaining(['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-quic']));
  });
});
