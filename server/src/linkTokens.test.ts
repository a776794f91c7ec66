import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readLinkToken, signLinkToken, type LinkClaims } from './linkTokens.js';

const secret = randomBytes(32);
const claims: LinkClaims = { room: 'r'.repeat(22), role: 'view', exp: 2_000, gen: 3 };

describe('link tokens', () => {
  it('reads back what was signed, until it expires', () => {
    const token = signLinkToken(secret, claims);
    expect(readLinkToken(secret, token, 1_999)).toEqual(claims);
    expect(readLinkToken(secret, token, 2_000)).toBeUndefined();
  });

  it('refuses another secret, a changed claim, and anything that is not a token', () => {
    const token = signLinkToken(secret, claims);
    expect(readLinkToken(randomBytes(32), token, 0)).toBeUndefined();
    const [, signature] = token.split('.');
    const promoted = Buffer.from(JSON.stringify({ ...claims, role: 'edit' })).toString('base64url');
    expect(readLinkToken(secret, `${promoted}.${signature}`, 0)).toBeUndefined();
    for (const junk of [undefined, 42, '', '.', 'a.b', `${token}.x`, 'x'.repeat(5_000)]) expect(readLinkToken(secret, junk, 0)).toBeUndefined();
  });

  it('refuses a well-signed token whose claims are not a link', () => {
    const odd = signLinkToken(secret, { ...claims, role: 'owner' as 'edit' });
    expect(readLinkToken(secret, odd, 0)).toBeUndefined();
  });
});
