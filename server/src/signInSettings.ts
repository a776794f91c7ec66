/**
 * Signing in with the partners' own accounts (OpenID Connect), as the operator names it in the
 * environment (the README's sign-in settings table). With no OIDC_PROVIDERS, there is no sign-in and
 * the server behaves as it always has: links only.
 */

export interface IdentityProvider {
  /** The short name in OIDC_PROVIDERS, used in settings' names and in /auth/login/<id>. */
  id: string;
  /** Shown on the button: "Sign in with <name>". */
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Allowed tenants (the ID token's `tid` claim, as Microsoft Entra ID sends it); empty: any. */
  tenants: string[];
  /** The claim that names the tenant: `tid` unless the operator says otherwise. */
  tenantClaim: string;
  /** Allowed email domains (lower case); empty: any. At least one of the two lists is given. */
  emailDomains: string[];
}

export interface SignInConfig {
  providers: IdentityProvider[];
  /** The server's public address (its origin), for the redirect back from a provider. */
  publicUrl: string;
  /** Signs session and sign-in cookies: at least 32 characters. */
  sessionSecret: string;
  sessionHours: number;
  /** Off: share links are refused on the whole server; only named people get in. */
  linksAllowed: boolean;
}

const ID = /^[a-z][a-z0-9]{0,19}$/;

function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`${name} must be set: every provider in OIDC_PROVIDERS needs it.`);
  return value;
}

function isLocalHost(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** An http:// address is allowed only on this machine (tests, trying it out); anywhere else, https. */
function httpsUnlessLocal(text: string, name: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${name} must be a web address such as https://models.example.org, not "${text}".`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLocalHost(url))) throw new Error(`${name} must start with https:// (http:// only for localhost).`);
  return url;
}

export function signInFromEnvironment(env: NodeJS.ProcessEnv): SignInConfig | undefined {
  const ids = list(env.OIDC_PROVIDERS).map((id) => id.toLowerCase());
  const linksText = (env.LINKS ?? 'on').trim().toLowerCase();
  if (!['on', 'off'].includes(linksText)) throw new Error(`LINKS must be on or off, not "${env.LINKS}".`);
  if (!ids.length) {
    if (linksText === 'off') throw new Error('LINKS=off needs OIDC_PROVIDERS: with links off and no sign-in, nobody could open a model.');
    return undefined;
  }
  const providers = ids.map((id): IdentityProvider => {
    if (!ID.test(id)) throw new Error(`"${id}" in OIDC_PROVIDERS must be a short name of letters and digits, starting with a letter.`);
    const prefix = `OIDC_${id.toUpperCase()}_`;
    const issuer = httpsUnlessLocal(required(env, `${prefix}ISSUER`), `${prefix}ISSUER`).href.replace(/\/$/, '');
    const tenants = list(env[`${prefix}TENANTS`]);
    const emailDomains = list(env[`${prefix}EMAIL_DOMAINS`]).map((domain) => domain.toLowerCase().replace(/^@/, ''));
    if (!tenants.length && !emailDomains.length) {
      throw new Error(`Set ${prefix}TENANTS or ${prefix}EMAIL_DOMAINS (or both): without either, anyone with an account at ${issuer} could sign in.`);
    }
    return {
      id,
      name: env[`${prefix}NAME`]?.trim() || id,
      issuer,
      clientId: required(env, `${prefix}CLIENT_ID`),
      clientSecret: required(env, `${prefix}CLIENT_SECRET`),
      tenants,
      tenantClaim: env[`${prefix}TENANT_CLAIM`]?.trim() || 'tid',
      emailDomains,
    };
  });
  if (new Set(ids).size !== ids.length) throw new Error('OIDC_PROVIDERS names a provider twice.');
  const publicUrl = httpsUnlessLocal(env.PUBLIC_URL?.trim() || '', 'PUBLIC_URL').origin;
  const sessionSecret = env.SESSION_SECRET ?? '';
  if (sessionSecret.length < 32) throw new Error('SESSION_SECRET must be at least 32 characters (for example: openssl rand -base64 48).');
  const hoursText = env.SESSION_HOURS?.trim() || '12';
  const sessionHours = Number(hoursText);
  if (!Number.isInteger(sessionHours) || sessionHours < 1 || sessionHours > 24 * 30) throw new Error(`SESSION_HOURS must be a whole number from 1 to 720, not "${hoursText}".`);
  return { providers, publicUrl, sessionSecret, sessionHours, linksAllowed: linksText === 'on' };
}

/** Cookies are Secure everywhere but on this machine over http (browsers keep Secure cookies only over https). */
export function cookiesSecure(config: SignInConfig): boolean {
  return new URL(config.publicUrl).protocol === 'https:';
}

export function allowsInsecureIssuer(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === 'http:' && isLocalHost(url);
}
