/**
 * Who wrote a comment, as the server knows them. Over a link, a browser proves itself with a key of
 * its own (32 random bytes it keeps, base64url), presented after the link's token at connect
 * ("<token>~<key>"); its comments carry the key's SHA-256 (never the key), so no other link holder,
 * who sees only the hash, can present it. A signed-in person is their identity provider's issuer
 * and subject, hashed the same way. The app computes a browser's id with the same rule
 * (src/share/browserKey.ts).
 */
import { createHash } from 'node:crypto';

/** Between a link's token (base64url and ".") and the browser's key: in neither alphabet. */
export const KEY_SEPARATOR = '~';
const BROWSER_KEY = /^[A-Za-z0-9_-]{43}$/;

const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64url');

/** A browser's author id from its key. */
export function browserAuthor(key: string): string {
  return `b:${hash(key)}`;
}

/** A signed-in person's author id. */
export function personAuthor(issuer: string, subject: string): string {
  return `p:${hash(`${issuer}\n${subject}`)}`;
}

/** Splits what a client presented at connect into the link's token and, if it sent a good one, its browser's key. */
export function presentedCredentials(token: unknown): { linkToken: unknown; browserKey?: string } {
  if (typeof token !== 'string') return { linkToken: token };
  const at = token.indexOf(KEY_SEPARATOR);
  if (at < 0) return { linkToken: token };
  const browserKey = token.slice(at + 1);
  return BROWSER_KEY.test(browserKey) ? { linkToken: token.slice(0, at), browserKey } : { linkToken: token.slice(0, at) };
}
