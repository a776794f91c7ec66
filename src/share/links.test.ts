import { describe, expect, it } from 'vitest';
import { ACCESS_CHANGED, ACCESS_REMOVED, DOCUMENT_TOO_LARGE, LINKS_OFF, NOT_SHARED_WITH_YOU, SERVER_RESTARTING, SIGNED_OUT } from '../../server/src/closeReasons';
import { collabUrl, isAccessChanged, isAccessEnded, isLinksReplaced, isServerRestarting, isSizeLimit, memberLink, readServerAddress, roleOfToken, shareLink } from './links';

function tokenWith(claims: object): string {
  return `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2lnbmF0dXJl`;
}

describe('share links', () => {
  it('puts the token after the #, so no request carries it', () => {
    const link = shareLink('https://models.example.org', 'AbCdEfGhIjKlMnOpQrStUv', 'body.sig');
    expect(link).toBe('https://models.example.org/#/join/AbCdEfGhIjKlMnOpQrStUv/body.sig');
    expect(new URL(link).pathname).toBe('/');
  });

  it('reads the role a token grants, and nothing from a token that is not one', () => {
    expect(roleOfToken(tokenWith({ room: 'r', role: 'view', exp: 1, gen: 1 }))).toBe('view');
    expect(roleOfToken(tokenWith({ room: 'r', role: 'edit', exp: 1, gen: 1 }))).toBe('edit');
    expect(roleOfToken(tokenWith({ role: 'owner' }))).toBeUndefined();
    expect(roleOfToken('not a token')).toBeUndefined();
  });

  it('takes a typed server address as an origin, and explains one that is not an address', () => {
    expect(readServerAddress(' https://models.example.org/some/page ')).toEqual({ ok: true, origin: 'https://models.example.org' });
    expect(readServerAddress('models.example.org')).toEqual({ ok: true, origin: 'https://models.example.org' });
    expect(readServerAddress('http://127.0.0.1:8080')).toEqual({ ok: true, origin: 'http://127.0.0.1:8080' });
    expect(readServerAddress('')).toMatchObject({ ok: false });
    expect(readServerAddress('ftp://files.example.org')).toMatchObject({ ok: false, error: expect.stringContaining('https://') });
    expect(readServerAddress('http://')).toMatchObject({ ok: false });
  });

  it('reaches the collaboration endpoint over ws or wss to match the page', () => {
    expect(collabUrl('http://127.0.0.1:8080')).toBe('ws://127.0.0.1:8080/collab');
    expect(collabUrl('https://models.example.org')).toBe('wss://models.example.org/collab');
  });

  it("recognises the server's close reasons by their opening words, and each only as itself", () => {
    expect(isServerRestarting(SERVER_RESTARTING)).toBe(true);
    expect(isSizeLimit(DOCUMENT_TOO_LARGE)).toBe(true);
    expect(isSizeLimit(SERVER_RESTARTING) || isLinksReplaced(SERVER_RESTARTING)).toBe(false);
    expect(isServerRestarting(DOCUMENT_TOO_LARGE) || isLinksReplaced(DOCUMENT_TOO_LARGE)).toBe(false);
    expect(isServerRestarting(undefined) || isSizeLimit('')).toBe(false);
  });

  it('recognises the words that end a person’s access (removed, links off, not shared by name), and not a changed role, which reconnects', () => {
    for (const reason of [ACCESS_REMOVED, LINKS_OFF, NOT_SHARED_WITH_YOU, SIGNED_OUT]) expect(isAccessEnded(reason)).toBe(true);
    for (const reason of [ACCESS_CHANGED, SERVER_RESTARTING, DOCUMENT_TOO_LARGE, undefined]) expect(isAccessEnded(reason)).toBe(false);
    expect(isAccessChanged(ACCESS_CHANGED)).toBe(true);
    expect(isAccessChanged(ACCESS_REMOVED) || isAccessChanged(LINKS_OFF)).toBe(false);
  });

  it('makes a named person’s link with no token in it', () => {
    expect(memberLink('https://models.example.org', 'AbCdEfGhIjKlMnOpQrStUv')).toBe('https://models.example.org/#/join/AbCdEfGhIjKlMnOpQrStUv/member');
  });
});
