/**
 * Once per e2e run, before any worker starts: compiles the team server to build/server, where
 * server/test/serverProcess.ts starts it from. Compiled here rather than by each sharing spec, so
 * that it is done once, and never rewritten while another worker is starting a server from it.
 */
import { execFileSync } from 'node:child_process';

export default function compileTeamServer(): void {
  execFileSync('npx', ['tsc', '-p', 'server/tsconfig.build.json'], { stdio: 'inherit', timeout: 120_000 });
}
