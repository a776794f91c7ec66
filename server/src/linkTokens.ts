/**
 * Share-link tokens: the server signs {room, role, expiry, generation} with its secret, so that it
 * can check a link without keeping a list of them. A token travels after the link's `#` and then in
 * Hocuspocus's auth message, never in a URL that a server or proxy would log.
 *
 * Format: base64url(JSON claims) "." base64url(HMAC-SHA256(secret, first part)).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type Role = 'edit' | 'comment' | 'view';

export interface LinkClaims {
  room: string;
  role: Role;
  /** Expiry, in seconds since 1970. */
  exp: number;
  /** The room's link generation when the token was made; "Make new links" moves it on. */
  gen: number;
}

/** How long a share link works unless new links replace it first. */
export const LINK_LIFETIME_SECONDS = 90 * 24 * 60 * 60;

const MAX_TOKEN_LENGTH = 1024;

function signatureOf(secret: Buffer, body: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

export function signLinkToken(secret: Buffer, claims: LinkClaims): string {
  const body = Buffer.from(JSON.stringify({ room: claims.room, role: claims.role, exp: claims.exp, gen: claims.gen })).toString('base64url');
  return `${body}.${signatureOf(secret, body).toString('base64url')}`;
}

function isLinkClaims(value: unknown): value is LinkClaims {
  if (typeof value !== 'object' || value === null) return false;
  const claims = value as Record<string, unknown>;
  return (
    typeof claims.room === 'string' &&
    (claims.role === 'edit' || claims.role === 'comment' || claims.role === 'view') &&
    Number.isSafeInteger(claims.exp) &&
    Number.isSafeInteger(claims.gen)
  );
}

/**
 * The claims of a token whose signature is good and which has not expired; undefined for anything
 * else, with no hint why (a caller must not tell a stranger which part was wrong).
 */
export function readLinkToken(secret: Buffer, token: unknown, nowSeconds: number): LinkClaims | undefined {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return undefined;
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return undefined;
  const given = Buffer.from(signature, 'base64url');
  const expected = signatureOf(secret, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isLinkClaims(claims) || claims.exp <= nowSeconds) return undefined;
  return claims;
}

export function nowInSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
