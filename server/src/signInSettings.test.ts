import { describe, expect, it } from 'vitest';
import { cookiesSecure, signInFromEnvironment } from './signInSettings.js';

const secret = 'x'.repeat(40);
const council = {
  OIDC_PROVIDERS: 'council, NHS',
  OIDC_COUNCIL_ISSUER: 'https://login.microsoftonline.com/tenant-1/v2.0/',
  OIDC_COUNCIL_CLIENT_ID: 'client-1',
  OIDC_COUNCIL_CLIENT_SECRET: 'secret-1',
  OIDC_COUNCIL_TENANTS: 'tenant-1',
  OIDC_COUNCIL_NAME: 'Council account',
  OIDC_NHS_ISSUER: 'https://login.microsoftonline.com/tenant-2/v2.0',
  OIDC_NHS_CLIENT_ID: 'client-2',
  OIDC_NHS_CLIENT_SECRET: 'secret-2',
  OIDC_NHS_EMAIL_DOMAINS: '@NHS.scot, nhs.net',
  PUBLIC_URL: 'https://models.example.org/somewhere',
  SESSION_SECRET: secret,
};

describe('the sign-in settings', () => {
  it('are off with no providers named, as the server has always been', () => {
    expect(signInFromEnvironment({})).toBeUndefined();
  });

  it('read several providers, their tenants and email domains, and the public address', () => {
    const config = signInFromEnvironment(council)!;
    expect(config.providers.map(({ id, name, issuer, tenants, emailDomains }) => ({ id, name, issuer, tenants, emailDomains }))).toEqual([
      { id: 'council', name: 'Council account', issuer: 'https://login.microsoftonline.com/tenant-1/v2.0', tenants: ['tenant-1'], emailDomains: [] },
      { id: 'nhs', name: 'nhs', issuer: 'https://login.microsoftonline.com/tenant-2/v2.0', tenants: [], emailDomains: ['nhs.scot', 'nhs.net'] },
    ]);
    expect(config.publicUrl).toBe('https://models.example.org');
    expect(config.providers.map((provider) => provider.tenantClaim)).toEqual(['tid', 'tid']);
    expect(signInFromEnvironment({ ...council, OIDC_COUNCIL_TENANT_CLAIM: 'org' })!.providers[0]!.tenantClaim).toBe('org');
    expect(config).toMatchObject({ sessionHours: 12, linksAllowed: true });
    expect(cookiesSecure(config)).toBe(true);
    expect(cookiesSecure(signInFromEnvironment({ ...council, PUBLIC_URL: 'http://localhost:8080' })!)).toBe(false);
  });

  it('stop the start with a sentence naming the setting, for anything unsafe or missing', () => {
    const { OIDC_COUNCIL_TENANTS: _tenants, ...noRule } = council;
    expect(() => signInFromEnvironment(noRule)).toThrow(/Set OIDC_COUNCIL_TENANTS or OIDC_COUNCIL_EMAIL_DOMAINS/);
    expect(() => signInFromEnvironment({ ...council, OIDC_NHS_CLIENT_SECRET: '' })).toThrow(/OIDC_NHS_CLIENT_SECRET must be set/);
    expect(() => signInFromEnvironment({ ...council, OIDC_NHS_ISSUER: 'http://login.example.org' })).toThrow(/OIDC_NHS_ISSUER must start with https:\/\//);
    expect(() => signInFromEnvironment({ ...council, PUBLIC_URL: 'http://models.example.org' })).toThrow(/PUBLIC_URL must start with https:\/\//);
    expect(() => signInFromEnvironment({ ...council, SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET must be at least 32 characters/);
    expect(() => signInFromEnvironment({ ...council, SESSION_HOURS: '0' })).toThrow(/SESSION_HOURS/);
    expect(() => signInFromEnvironment({ ...council, OIDC_PROVIDERS: 'council,council' })).toThrow(/twice/);
    expect(() => signInFromEnvironment({ LINKS: 'off' })).toThrow(/LINKS=off needs OIDC_PROVIDERS/);
    expect(() => signInFromEnvironment({ ...council, LINKS: 'maybe' })).toThrow(/LINKS must be on or off/);
    expect(signInFromEnvironment({ ...council, LINKS: 'off' })!.linksAllowed).toBe(false);
  });
});
