/**
 * A real OpenID provider for the tests (oidc-provider, with its development login page: any login,
 * any password), started as a process of its own on 127.0.0.1:
 *   node server/test/oidcIssuer.mjs <port> <client id> <client secret> <redirect uri> [tenant]
 * The login typed is the account: its email (a bare name becomes name@example.org). With a tenant
 * argument the ID token carries a `tid` claim as Microsoft Entra ID's do: "<tenant>" for accounts
 * whose email ends in the tenant's domain given as "<tenant>=<domain>", "other-tenant" otherwise.
 * Without a tenant, the issuer keeps oidc-provider's default: the ID token holds only `sub`, and the
 * email comes from the UserInfo endpoint.
 * Prints "Issuer ready at <url>" once it listens.
 */
import Provider from 'oidc-provider';

const [port, clientId, clientSecret, redirectUri, tenantArg] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const [tenant, tenantDomain] = (tenantArg ?? '').split('=');

const provider = new Provider(issuer, {
  clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: redirectUri.split(','), response_types: ['code'], grant_types: ['authorization_code'] }],
  pkce: { required: () => true },
  claims: { openid: ['sub', 'tid'], email: ['email', 'email_verified'], profile: ['name'] },
  // With a tenant, the ID token carries every claim, as Entra ID's does; without, as oidc-provider
  // does by default, the email is given only by the UserInfo endpoint.
  conformIdTokenClaims: !tenant,
  // The one with a tenant also takes the client's secret only as HTTP Basic, as some providers do.
  ...(tenant ? { clientAuthMethods: ['client_secret_basic'] } : {}),
  features: { devInteractions: { enabled: true } },
  // No consent page: the partnership's own provider would have its users' consent already.
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  async findAccount(_ctx, login) {
    const email = login.includes('@') ? login.toLowerCase() : `${login.toLowerCase()}@example.org`;
    return {
      accountId: login,
      async claims() {
        const claims = { sub: `sub-${email}`, email, email_verified: true, name: email.split('@')[0] };
        if (tenant) claims.tid = tenantDomain && email.endsWith(`@${tenantDomain}`) ? tenant : 'other-tenant';
        return claims;
      },
    };
  },
  ttl: { Session: 3600, Interaction: 600, Grant: 3600, AuthorizationCode: 60, IdToken: 600, AccessToken: 600 },
});
provider.proxy = false;
const server = provider.listen(Number(port), '127.0.0.1', () => console.log(`Issuer ready at ${issuer}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
