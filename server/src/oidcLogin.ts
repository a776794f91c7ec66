/**
 * Signing in through an identity provider with openid-client: the authorization code flow with
 * PKCE, a state and a nonce. GET /auth/login/<provider> sends the browser to the provider, keeping
 * the flow's secrets in a short-lived signed cookie (httpOnly, Path=/auth); GET /auth/callback/<provider>
 * checks the answer (openid-client: state, PKCE, the ID token's signature, issuer, audience, nonce),
 * then the operator's tenants and email domains, starts a session and sends the browser back to the
 * app at "/": no code or token stays in the address bar or in any log.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as client from 'openid-client';
import type { Person } from './accessStore.js';
import type { Log } from './log.js';
import { cookieHeader, readCookie, signer, type Sessions } from './sessions.js';
import { allowsInsecureIssuer, type IdentityProvider, type SignInConfig } from './signInSettings.js';

const LOGIN_COOKIE = 'oc_login';
const LOGIN_SECONDS = 600;
const LOGIN_PATH = /^\/auth\/login\/([a-z0-9]+)$/;
const CALLBACK_PATH = /^\/auth\/callback\/([a-z0-9]+)$/;

/** A sign-in refused for who the person is (tenant, domain): said in words on a page of its own. */
export class SignInRefused extends Error {}

/**
 * Where in the app to return after signing in, given as ?return=: a model of this browser's, or a
 * named person's link (a room id and "member": never a token, so the address stays clean).
 */
const RETURN_TO = /^#\/(models\/[A-Za-z0-9_.~-]{1,80}|join\/[A-Za-z0-9_-]{22}\/member)$/;

interface PendingLogin {
  provider: string;
  returnTo: string;
  state: string;
  nonce: string;
  verifier: string;
  exp: number;
}

function page(response: ServerResponse, status: number, title: string, words: string): void {
  const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  const body = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1><p>${escape(words)}</p><p><a href="/">Back to Outcome Chains</a></p></main></body></html>`;
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'" });
  response.end(body);
}

/** The person an ID token names, if the provider's rules let them in; SignInRefused (in words) if not. */
export function personFrom(provider: IdentityProvider, claims: Record<string, unknown>): Person {
  const emailClaim = [claims.email, claims.preferred_username, claims.upn].find((value) => typeof value === 'string' && /^[^@\s]+@[^@\s]+$/.test(value));
  if (typeof emailClaim !== 'string') throw new SignInRefused(`${provider.name} did not say which email address you signed in with, so this server cannot tell who you are.`);
  const email = emailClaim.toLowerCase();
  if (claims.email_verified === false) throw new SignInRefused(`${provider.name} says the email address ${email} is not verified.`);
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (provider.emailDomains.length && !provider.emailDomains.includes(domain)) {
    throw new SignInRefused(`Accounts at ${domain} may not sign in to this team server through ${provider.name}. Ask whoever runs it to add your organisation.`);
  }
  if (provider.tenants.length && !provider.tenants.includes(String(claims[provider.tenantClaim] ?? ''))) {
    throw new SignInRefused(`Your organisation's ${provider.name} accounts may not sign in to this team server. Ask whoever runs it to add your organisation.`);
  }
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email;
  return { provider: provider.id, issuer: String(claims.iss), subject: String(claims.sub), email, name };
}

export function oidcLogin(config: SignInConfig, sessions: Sessions, log: Log) {
  const pending = signer(config.sessionSecret);
  const discovered = new Map<string, Promise<client.Configuration>>();
  const redirectUri = (provider: IdentityProvider) => `${config.publicUrl}/auth/callback/${provider.id}`;

  /** The provider's configuration, discovered on first use (it may be unreachable when the server starts). */
  function configurationOf(provider: IdentityProvider): Promise<client.Configuration> {
    let found = discovered.get(provider.id);
    if (!found) {
      const insecure = allowsInsecureIssuer(provider.issuer);
      const options = insecure ? { execute: [client.allowInsecureRequests] } : undefined;
      found = client.discovery(new URL(provider.issuer), provider.clientId, provider.clientSecret, undefined, options).then((configuration) => {
        // The client secret goes in the token request's body unless the provider takes it only as HTTP Basic.
        const methods = configuration.serverMetadata().token_endpoint_auth_methods_supported;
        if (!methods || methods.includes('client_secret_post') || !methods.includes('client_secret_basic')) return configuration;
        const basic = new client.Configuration(configuration.serverMetadata(), provider.clientId, provider.clientSecret, client.ClientSecretBasic(provider.clientSecret));
        if (insecure) client.allowInsecureRequests(basic);
        return basic;
      });
      found.catch(() => discovered.delete(provider.id));
      discovered.set(provider.id, found);
    }
    return found;
  }

  async function start(provider: IdentityProvider, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const configuration = await configurationOf(provider);
    const asked = new URL(request.url ?? '/', 'http://server').searchParams.get('return') ?? '';
    const login: PendingLogin = {
      provider: provider.id,
      returnTo: RETURN_TO.test(asked) ? asked : '',
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      exp: Math.floor(Date.now() / 1000) + LOGIN_SECONDS,
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri(provider),
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(login.verifier),
      code_challenge_method: 'S256',
      state: login.state,
      nonce: login.nonce,
    });
    const cookie = cookieHeader(config, LOGIN_COOKIE, pending.sign(Buffer.from(JSON.stringify(login)).toString('base64url')), { maxAgeSeconds: LOGIN_SECONDS, path: '/auth' });
    response.writeHead(302, { Location: url.href, 'Set-Cookie': cookie, 'Cache-Control': 'no-store' }).end();
  }

  async function finish(provider: IdentityProvider, request: IncomingMessage, response: ServerResponse, onSignedIn: (person: Person) => void): Promise<void> {
    const clearLogin = cookieHeader(config, LOGIN_COOKIE, '', { maxAgeSeconds: 0, path: '/auth' });
    const text = pending.verify(readCookie(request.headers.cookie, LOGIN_COOKIE));
    let login: PendingLogin | undefined;
    try {
      login = text ? (JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as PendingLogin) : undefined;
    } catch {
      login = undefined;
    }
    if (!login || login.provider !== provider.id || login.exp < Math.floor(Date.now() / 1000)) {
      response.setHeader('Set-Cookie', clearLogin);
      page(response, 400, 'Sign in again', 'This sign-in took too long or was started somewhere else. Go back to Outcome Chains and choose Sign in again.');
      return;
    }
    const configuration = await configurationOf(provider);
    let person: Person;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, new URL(request.url ?? '/', config.publicUrl), {
        pkceCodeVerifier: login.verifier,
        expectedState: login.state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      const claims = (tokens.claims() ?? {}) as Record<string, unknown>;
      // Many providers put the email only in the UserInfo answer (OpenID Connect's default for the
      // code flow): ask there, for the same subject, when the ID token does not say it.
      const hasEmail = [claims.email, claims.preferred_username, claims.upn].some((value) => typeof value === 'string' && value.includes('@'));
      const userInfo: Record<string, unknown> = !hasEmail && tokens.access_token ? { ...(await client.fetchUserInfo(configuration, tokens.access_token, String(claims.sub))) } : {};
      person = personFrom(provider, { ...userInfo, ...claims, ...(hasEmail ? {} : { email: userInfo.email, email_verified: userInfo.email_verified }) });
    } catch (error) {
      response.setHeader('Set-Cookie', clearLogin);
      if (error instanceof SignInRefused) {
        log.warn({ event: 'sign-in-refused', provider: provider.id, reason: 'not-allowed' }, 'A sign-in was refused by the operator’s rules');
        page(response, 403, 'You cannot sign in here', error.message);
        return;
      }
      // The provider's answer did not check out: its words (never the code or a token) go to the log.
      log.warn({ event: 'sign-in-refused', provider: provider.id, reason: 'provider-answer', error: error instanceof Error ? error.name : 'unknown' }, 'A sign-in did not complete');
      page(response, 400, 'Sign in again', `Signing in with ${provider.name} did not complete. Go back to Outcome Chains and choose Sign in again.`);
      return;
    }
    const sessionCookie = await sessions.start(person);
    onSignedIn(person);
    response.writeHead(302, { Location: `${config.publicUrl}/${login.returnTo}`, 'Set-Cookie': [clearLogin, sessionCookie], 'Cache-Control': 'no-store' }).end();
  }

  return {
    /** Handles /auth/login/<id> and /auth/callback/<id>; false for any other path. */
    async handle(request: IncomingMessage, response: ServerResponse, onSignedIn: (person: Person) => void): Promise<boolean> {
      const path = new URL(request.url ?? '/', 'http://server').pathname;
      const loginMatch = LOGIN_PATH.exec(path);
      const callbackMatch = CALLBACK_PATH.exec(path);
      if (!loginMatch && !callbackMatch) return false;
      request.resume();
      const provider = config.providers.find((candidate) => candidate.id === (loginMatch ?? callbackMatch)?.[1]);
      if (!provider || request.method !== 'GET') {
        page(response, 404, 'Not found', 'There is no such way to sign in here.');
        return true;
      }
      try {
        if (loginMatch) await start(provider, request, response);
        else await finish(provider, request, response, onSignedIn);
      } catch (error) {
        log.error({ event: 'sign-in-failed', provider: provider.id, error: error instanceof Error ? error.name : 'unknown' }, 'Signing in failed: the identity provider could not be reached or answered wrongly');
        if (!response.headersSent) page(response, 502, 'Signing in is not working just now', `${provider.name} could not be reached. Try again in a few minutes; if it goes on, tell whoever runs this team server.`);
      }
      return true;
    },
  };
}
