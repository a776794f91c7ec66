/**
 * The layers of src/ (README, "Layers"): a file imports only from its own layer or a lower one, so the
 * domain core stays free of the app around it and each part can be read and tested alone. The
 * layers are written once, in the README; this reads them from there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));
const README = join(SRC, '..', 'README.md');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** The README's numbered list under "### Layers": folder → its rank, lowest first. */
function layersFromReadme(): Map<string, number> {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf('\n### Layers\n');
  if (start < 0) throw new Error('README.md has no "### Layers" section');
  const section = text.slice(start + 1).split(/\n#{2,3} /)[0]!;
  const ranks = new Map<string, number>();
  for (const line of section.split('\n')) {
    const item = /^(\d+)\. (.+)$/.exec(line.trim());
    if (!item) continue;
    for (const name of item[2]!.matchAll(/`([a-z]+)`/g)) ranks.set(name[1]!, Number(item[1]));
  }
  return ranks;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const topFolder = (path: string) => relative(SRC, path).split(sep)[0]!;

describe('the layers of src/', () => {
  const ranks = layersFromReadme();

  it('names every folder of src/ once', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.filter((folder) => !ranks.has(folder))).toEqual([]);
  });

  it('has no import from a lower layer up to a higher one', () => {
    const upward: string[] = [];
    // What ships, not its tests: a round-trip test may well span the layers it checks.
    for (const file of sourceFiles(SRC).filter((path) => !/\.test\.tsx?$/.test(path) && !path.includes(`${sep}testing${sep}`))) {
      const from = topFolder(file);
      if (!ranks.has(from)) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const target = normalize(join(dirname(file), match[1] ?? match[2]!));
        if (!target.startsWith(SRC + sep)) continue;
        const to = topFolder(target);
        if (ranks.has(to) && ranks.get(to)! > ranks.get(from)!) upward.push(`${relative(SRC, file)} imports ${relative(SRC, target)} (${from} is below ${to})`);
      }
    }
    expect(upward).toEqual([]);
  });
});
