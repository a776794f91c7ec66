// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { authorIdOf, browserKey, myAuthorId, presentedToken } from './browserKey';

describe('this browser’s key', () => {
  beforeEach(() => localStorage.clear());

  it('is made once, kept, and presented after the link’s token', () => {
    const key = browserKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(browserKey()).toBe(key);
    expect(presentedToken('body.signature')).toBe(`body.signature~${key}`);
    localStorage.clear();
    expect(browserKey()).not.toBe(key);
  });

  it('gives the author id the team server computes (server/src/authors.ts: "b:" and the key’s SHA-256, base64url)', () => {
    // Computed with Node's crypto: createHash('sha256').update('A'.repeat(43)).digest('base64url').
    expect(authorIdOf('A'.repeat(43))).toBe('b:DwBzhbb51LfusnSGBa_hqYSgo7-j8BTQnip4TOnlzRo');
    expect(myAuthorId()).toBe(authorIdOf(browserKey()));
  });
});
