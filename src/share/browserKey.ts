/**
 * This browser's key for the team server: 32 random bytes made once and kept in this browser. It is
 * presented after a link's token when connecting ("<token>~<key>"), and the comments written here
 * carry its SHA-256 as their `author`, so the server lets only this browser change them
 * (server/src/authors.ts computes the same id). The key never leaves for anywhere but the team
 * server's auth message; if storage is refused (private mode), a key lives for this tab only.
 */
import { toBase64UrlEncoded } from 'lib0/buffer';
import { digest } from 'lib0/hash/sha256';

const KEY = 'outcome-chains:browser-key';
const KEY_SHAPE = /^[A-Za-z0-9_-]{43}$/;
/** Between a link's token and the key (server/src/authors.ts, KEY_SEPARATOR). */
const SEPARATOR = '~';

let tabOnly: string | undefined;

const base64url = (bytes: Uint8Array) => toBase64UrlEncoded(bytes).replace(/=+$/, '');

function newKey(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

export function browserKey(): string {
  try {
    const stored = localStorage.getItem(KEY);
    if (stored && KEY_SHAPE.test(stored)) return stored;
    const made = newKey();
    localStorage.setItem(KEY, made);
    return made;
  } catch {
    tabOnly ??= newKey();
    return tabOnly;
  }
}

/** The author id of comments written with this key. */
export function authorIdOf(key: string): string {
  return `b:${base64url(digest(new TextEncoder().encode(key)))}`;
}

/** Who this browser writes comments as. */
export function myAuthorId(): string {
  return authorIdOf(browserKey());
}

/** What the app presents at connect: the link's token and this browser's key. */
export function presentedToken(linkToken: string): string {
  return `${linkToken}${SEPARATOR}${browserKey()}`;
}
