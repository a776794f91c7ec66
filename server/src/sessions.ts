/**
 * Sessions for signed-in people. The cookie holds a random id and its HMAC (SESSION_SECRET), so a
 * tampered cookie is refused before any look-up; the store keeps the id's SHA-256 with the person
 * and the expiry, so signing out (or the expiry) ends a session on the server, whatever the browser
 * keeps. The cookie is httpOnly, SameSite=Lax, Path=/, and Secure unless the server's public address
 * is http://localhost. The id is never logged.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AccessStore, Person } from './accessStore.js';
import { cookiesSecure, type SignInConfig } from './signInSettings.js';

export const SESSION_COOKIE = 'oc_session';

export interface SignedIn {
  person: Person;
  /** The SHA-256 of the session's id, as the store keeps it (for sign-out). */
  idHash: string;
}

export function readCookie(header: string | string[] | undefined, name: string): string | undefined {
  const text = Array.isArray(header) ? header.join('; ') : (header ?? '');
  for (const part of text.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

export function cookieHeader(config: SignInConfig, name: string, value: string, options: { maxAgeSeconds: number; path?: string }): string {
  return [
    `${name}=${value}`,
    `Path=${options.path ?? '/'}`,
    `Max-Age=${options.maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(cookiesSecure(config) ? ['Secure'] : []),
  ].join('; ');
}

/** HMAC-signed values for cookies: "<value>.<signature>", both base64url. */
export function signer(secret: string) {
  const signatureOf = (value: string) => createHmac('sha256', secret).update(value).digest('base64url');
  return {
    sign: (value: string) => `${value}.${signatureOf(value)}`,
    /** The value, if the signature is good; undefined otherwise. */
    verify(signed: string | undefined): string | undefined {
      if (!signed || signed.length > 4096) return undefined;
      const at = signed.lastIndexOf('.');
      if (at <= 0) return undefined;
      const value = signed.slice(0, at);
      const given = Buffer.from(signed.slice(at + 1), 'base64url');
      const expected = Buffer.from(signatureOf(value), 'base64url');
      return given.length === expected.length && timingSafeEqual(given, expected) ? value : undefined;
    },
  };
}

const hashOf = (id: string) => createHash('sha256').update(id).digest('hex');

export function sessions(config: SignInConfig, store: AccessStore) {
  const cookies = signer(config.sessionSecret);
  const lifetimeSeconds = config.sessionHours * 3600;

  return {
    /** Starts a session; returns the Set-Cookie header that carries it. */
    async start(person: Person): Promise<string> {
      const id = randomBytes(32).toString('base64url');
      await store.saveSession(hashOf(id), person, Math.floor(Date.now() / 1000) + lifetimeSeconds);
      return cookieHeader(config, SESSION_COOKIE, cookies.sign(id), { maxAgeSeconds: lifetimeSeconds });
    },

    /** Who sent this request (or upgrade), from its session cookie: undefined if none, tampered, ended or expired. */
    async personOf(cookieText: string | string[] | undefined): Promise<SignedIn | undefined> {
      const id = cookies.verify(readCookie(cookieText, SESSION_COOKIE));
      if (!id) return undefined;
      const idHash = hashOf(id);
      const session = await store.sessionOf(idHash);
      if (!session || session.expiresAt <= Math.floor(Date.now() / 1000)) return undefined;
      return { person: session.person, idHash };
    },

    /** Whether the session with this id hash is still on (not signed out, not expired). */
    async isCurrent(idHash: string): Promise<boolean> {
      const session = await store.sessionOf(idHash);
      return session !== undefined && session.expiresAt > Math.floor(Date.now() / 1000);
    },

    async end(signedIn: SignedIn): Promise<string> {
      await store.endSession(signedIn.idHash);
      return cookieHeader(config, SESSION_COOKIE, '', { maxAgeSeconds: 0 });
    },
  };
}

export type Sessions = ReturnType<typeof sessions>;

export function requestCookies(request: IncomingMessage): string | string[] | undefined {
  return request.headers.cookie;
}
