/**
 * Signing in, for the server tests: real OpenID providers (server/test/oidcIssuer.mjs, oidc-provider
 * with its development login page) started as processes of their own and stopped by pid, the team
 * server settings that name them, and a browser-like client that signs in through the provider's
 * real login form, keeping each site's cookies as a browser does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { noteSecrets, noteUnloggable } from './clients.js';
import { freePort } from './testServices.js';

export interface Issuer {
  id: string;
  url: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

const startedIssuers = new Set<ChildProcess>();

/** Starts an issuer that will send people back to each of these team server addresses. */
export async function startIssuer(id: string, teamServerUrls: string[], tenant?: string): Promise<Issuer> {
  const port = await freePort();
  const clientId = `outcome-chains-${id}`;
  const clientSecret = randomBytes(24).toString('base64url');
  noteSecrets([clientSecret]);
  const redirects = teamServerUrls.map((url) => `${url}/auth/callback/${id}`).join(',');
  const child = spawn(process.execPath, [join(process.cwd(), 'server/test/oidcIssuer.mjs'), String(port), clientId, clientSecret, redirects, ...(tenant ? [tenant] : [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test' },
  });
  startedIssuers.add(child);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The issuer did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Issuer ready at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', () => reject(new Error(`The issuer exited:\n${output}`)));
  });
  return {
    id,
    url: `http://127.0.0.1:${port}`,
    clientId,
    clientSecret,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (child.pid) process.kill(child.pid, 'SIGKILL');
      await exited;
      startedIssuers.delete(child);
    },
  };
}

export async function stopAllIssuers(): Promise<void> {
  await Promise.all(
    [...startedIssuers].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          if (child.pid) process.kill(child.pid, 'SIGKILL');
        }),
    ),
  );
  startedIssuers.clear();
}

export const SESSION_SECRET = randomBytes(36).toString('base64url');

/**
 * The operator's settings for two providers: "council" (email domains) and "nhs" (a tenant), as
 * the README's sign-in table names them.
 */
export function signInEnv(publicUrl: string, council: Issuer, nhs: Issuer, extra: Record<string, string> = {}): Record<string, string> {
  noteSecrets([SESSION_SECRET]);
  return {
    PUBLIC_URL: publicUrl,
    SESSION_SECRET,
    OIDC_PROVIDERS: 'council,nhs',
    OIDC_COUNCIL_NAME: 'Council account',
    OIDC_COUNCIL_ISSUER: council.url,
    OIDC_COUNCIL_CLIENT_ID: council.clientId,
    OIDC_COUNCIL_CLIENT_SECRET: council.clientSecret,
    OIDC_COUNCIL_EMAIL_DOMAINS: 'council.gov.uk,partner.org.uk',
    OIDC_NHS_NAME: 'NHS Scotland',
    OIDC_NHS_ISSUER: nhs.url,
    OIDC_NHS_CLIENT_ID: nhs.clientId,
    OIDC_NHS_CLIENT_SECRET: nhs.clientSecret,
    OIDC_NHS_TENANTS: 'nhs-tenant',
    ...extra,
  };
}

/** Cookies per site, as a browser keeps them (paths ignored: every cookie goes back to its own origin). */
class CookieJar {
  private readonly sites = new Map<string, Map<string, string>>();
  take(url: string, response: Response): void {
    const origin = new URL(url).origin;
    const jar = this.sites.get(origin) ?? new Map<string, string>();
    this.sites.set(origin, jar);
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (/max-age=0\b/i.test(line) || /expires=thu, 01 jan 1970/i.test(line) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
  }
  header(url: string): string {
    return [...(this.sites.get(new URL(url).origin) ?? new Map<string, string>())].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  get(url: string, name: string): string | undefined {
    return this.sites.get(new URL(url).origin)?.get(name);
  }
}

export interface SignInResult {
  /** The team server's last answer (302 to the app when signed in; a page in words when refused). */
  status: number;
  location: string | null;
  body: string;
  /** The Set-Cookie line that carried the session, with its attributes. */
  sessionSetCookie?: string;
  /** "oc_session=…", for requests and websocket upgrades. */
  cookie?: string;
  /** Every URL the browser was sent to after the provider, for the check that none holds a token. */
  visited: string[];
}

/** Signs in at the team server with a provider, typing `login` into the provider's own login page. */
export async function signInThrough(teamServerUrl: string, providerId: string, login: string): Promise<SignInResult> {
  noteUnloggable([login]);
  const jar = new CookieJar();
  const visited: string[] = [];
  let url = `${teamServerUrl}/auth/login/${providerId}`;
  let init: RequestInit = {};
  for (let step = 0; step < 12; step += 1) {
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), Cookie: jar.header(url) } });
    jar.take(url, response);
    const location = response.headers.get('location');
    const atTeamServer = url.startsWith(teamServerUrl);
    if (atTeamServer && url.includes('/auth/callback/')) {
      const sessionSetCookie = response.headers.getSetCookie().find((line) => line.startsWith('oc_session=') && !/max-age=0\b/i.test(line));
      const value = jar.get(teamServerUrl, 'oc_session');
      if (value) noteSecrets([value, value.split('.')[0] ?? value]);
      if (location) visited.push(location);
      return { status: response.status, location, body: await response.text(), sessionSetCookie, cookie: value ? `oc_session=${value}` : undefined, visited };
    }
    if (location) {
      url = new URL(location, url).href;
      visited.push(url);
      init = {};
      continue;
    }
    const html = await response.text();
    // The provider's login page: type the login and any password, as a person would.
    const form = /<form[^>]*action="([^"]+)"[^>]*method="post"[\s\S]*?name="prompt" value="(\w+)"/.exec(html);
    if (response.status !== 200 || !form) throw new Error(`Signing in stopped at ${url} (${response.status}): ${html.slice(0, 300)}`);
    url = new URL(form[1]!.replace(/&amp;/g, '&'), url).href;
    const fields: Record<string, string> = form[2] === 'login' ? { prompt: 'login', login, password: 'any password' } : { prompt: form[2]! };
    init = { method: 'POST', body: new URLSearchParams(fields).toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } };
  }
  throw new Error('Signing in went round in circles.');
}

/** A state-changing call as the app makes it: same origin, our header, the session cookie. */
export function appPost(url: string, cookie: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Outcome-Chains': '1', Cookie: cookie, ...headers }, body: JSON.stringify(body) });
}
