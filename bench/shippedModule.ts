/**
 * A module of the app as it ships: bundled and minified by Vite's production build, then loaded by
 * Node. The bench's other sections load the source through Vite's SSR transform, which reaches every
 * imported function through its module's exports object; code that calls small imported functions
 * hundreds of thousands of times (the routing) runs measurably slower that way than in the browser's
 * bundle, so a figure held to a budget is taken from the bundle instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `entry` (a path from the repository's root) built alone, with the app's production settings, and imported. */
export async function importAsShipped<T>(entry: string): Promise<T> {
  const outDir = mkdtempSync(join(tmpdir(), 'oc-bench-shipped-'));
  try {
    await build({
      root: ROOT,
      configFile: false,
      logLevel: 'warn',
      mode: 'production',
      build: { ssr: join(ROOT, entry), outDir, emptyOutDir: true, minify: true, rolldownOptions: { output: { entryFileNames: 'entry.mjs' } } },
    });
    return (await import(pathToFileURL(join(outDir, 'entry.mjs')).href)) as T;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
