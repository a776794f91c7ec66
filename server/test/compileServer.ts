/** Compiles the server once before the tests start it as a real process (node build/server/main.js). */
import { execFileSync } from 'node:child_process';

export default function compileServer(): void {
  execFileSync('npx', ['tsc', '-p', 'server/tsconfig.build.json'], { stdio: 'inherit' });
}
