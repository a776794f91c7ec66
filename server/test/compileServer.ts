/**
 * The server test run's global setup: compiles the server once before the tests start it as a real
 * process (node build/server/main.js), and gives the run a folder where every server's output and
 * every token a server issued are kept (serverProcess.ts, clients.ts). At the end of the run, every
 * log line must be JSON and no log may hold any issued token, in any test file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function issuedTokens(dir: string): string[] {
  const path = join(dir, 'issued-tokens.txt');
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
}

export function problemsInRunLogs(dir: string): string[] {
  const names = readdirSync(dir);
  const tokens = issuedTokens(dir);
  const unloggablePath = join(dir, 'unloggable.txt');
  const unloggable = existsSync(unloggablePath) ? [...new Set(readFileSync(unloggablePath, 'utf8').split('\n').filter(Boolean))] : [];
  const problems: string[] = [];
  for (const name of names.filter((file) => file.startsWith('server-'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    for (const line of text.split('\n').filter(Boolean)) {
      try {
        JSON.parse(line);
      } catch {
        problems.push(`${name}: a log line is not JSON: ${line.slice(0, 120)}`);
      }
    }
    for (const token of tokens) {
      // The signature alone identifies a token; look for it as well as the whole.
      const signature = token.split('.')[1] ?? token;
      if (text.includes(token) || text.includes(signature)) problems.push(`${name}: holds an issued token`);
    }
    for (const word of unloggable) if (text.toLowerCase().includes(word.toLowerCase())) problems.push(`${name}: holds a person's email address`);
  }
  return problems;
}

export default function setup(): () => void {
  execFileSync('npx', ['tsc', '-p', 'server/tsconfig.build.json'], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'server-test-run-'));
  process.env.SERVER_TEST_RUN_DIR = dir;
  return () => {
    const logs = readdirSync(dir).filter((file) => file.startsWith('server-')).length;
    const tokens = issuedTokens(dir).length;
    const problems = problemsInRunLogs(dir);
    rmSync(dir, { recursive: true, force: true });
    if (problems.length) {
      // Vitest reports an error thrown here but still exits 0: fail the run ourselves.
      process.exitCode = 1;
      throw new Error(`The server logs of this run are not clean:\n${problems.join('\n')}`);
    }
    console.log(`Server logs of this run: ${logs} servers' output, all JSON lines, none holding any of the ${tokens} tokens, keys and session ids issued, nor anyone's email address.`);
  };
}
