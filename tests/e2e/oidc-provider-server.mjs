// A strict OAuth 2.0 / OpenID provider that nobody on this team wrote (panva's oidc-provider), configured as
// a native-client provider the way Entra treats ConsentDesk: public client, PKCE S256 required, loopback
// redirect with any port, refresh tokens rotated on every use. ConsentDesk's sign-in code must work against
// it unchanged; the QTest conformance test starts this script and drives the app's flow through it.
//
//   node oidc-provider-server.mjs [--port N]   prints "listening on http://127.0.0.1:PORT" first.
//
// Routes mimic Entra's v2 paths under the tenant "conformance" so the app's URL building is exercised too.
// The interaction (login + consent) completes without a page: the account "e2e-admin" signs in and consents
// to what was asked, so a plain HTTP client with a cookie jar can follow the redirects to the app's listener.
import http from 'node:http';
import Provider from 'oidc-provider';

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const requestedPort = portArg >= 0 ? Number(args[portArg + 1]) : 0;
const tenant = 'conformance';
const clientId = 'consentdesk-conformance';
// ConsentDesk's sign-in asks for its whole read set (ConsentDeskScopes::graphRead); the tenant has consented to it.
const apiScopes = ['User.Read', 'Directory.Read.All', 'ConsentRequest.Read.All', 'Policy.Read.All']
  .map((s) => `https://graph.microsoft.com/${s}`);

const server = http.createServer();
await new Promise((resolve) => server.listen(requestedPort, '127.0.0.1', resolve));
const { port } = server.address();
const issuer = `http://127.0.0.1:${port}/${tenant}/v2.0`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: clientId,
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    redirect_uris: ['http://127.0.0.1/', 'http://localhost/'],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  }],
  pkce: { required: () => true },
  routes: {
    authorization: `/${tenant}/oauth2/v2.0/authorize`,
    token: `/${tenant}/oauth2/v2.0/token`,
    jwks: `/${tenant}/discovery/v2.0/keys`,
    userinfo: `/${tenant}/oidc/userinfo`,
    end_session: `/${tenant}/oauth2/v2.0/logout`,
  },
  scopes: ['openid', 'offline_access', 'profile', 'email', ...apiScopes],
  claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email'] },
  features: { devInteractions: { enabled: false } },
  // Public clients get rotating refresh tokens; issue one whenever the client may refresh (Entra does with offline_access).
  issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
  rotateRefreshToken: true,
  ttl: { AccessToken: 300, AuthorizationCode: 60, RefreshToken: 3600, Interaction: 300, Session: 3600, Grant: 3600 },
  findAccount: async (ctx, sub) => ({
    accountId: sub,
    claims: async () => ({ sub, name: 'E2E Admin', preferred_username: 'e2e-admin@conformance.test', email: 'e2e-admin@conformance.test' }),
  }),
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
});
provider.proxy = false;

// Entra grants offline_access with the app's consent and no prompt=consent (OIDC Core §11 lets "other conditions
// permitting offline access" stand in for the prompt), and accepts offline_access again on every refresh. This provider
// applies §11's default literally: it drops offline_access from the grant and then refuses refreshes that name it
// (RFC 6749 §6, invalid_scope). Stand in for Entra's rule by asking for consent, which the interaction below always
// gives, whenever offline_access is requested. Everything else about the request stays as the client sent it.
provider.use(async (ctx, next) => {
  if (ctx.method === 'GET' && ctx.path === `/${tenant}/oauth2/v2.0/authorize`) {
    const query = new URLSearchParams(ctx.querystring);
    const prompts = (query.get('prompt') || '').split(' ').filter(Boolean);
    if ((query.get('scope') || '').split(' ').includes('offline_access') && !prompts.includes('none')
        && !prompts.includes('consent')) {
      query.set('prompt', [...prompts, 'consent'].join(' '));
      ctx.querystring = query.toString();
    }
  }
  await next();
});

provider.use(async (ctx, next) => {
  if (ctx.path.startsWith('/interaction/')) {
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    const accountId = 'e2e-admin';
    const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
    const requested = String(details.params.scope || '').split(' ').filter(Boolean);
    // Consent to what was asked, as far as this provider supports it (Graph-style scopes are plain scopes here).
    const supported = ['openid', 'offline_access', 'profile', 'email', ...apiScopes];
    grant.addOIDCScope(requested.filter((s) => supported.includes(s)).join(' '));
    const grantId = await grant.save();
    await provider.interactionFinished(ctx.req, ctx.res, { login: { accountId }, consent: { grantId } },
      { mergeWithLastSubmission: false });
    return;
  }
  await next();
});

const callback = provider.callback();
server.on('request', callback);
process.stdout.write(`listening on http://127.0.0.1:${port}\n`);
process.stdout.write(`tenant ${tenant}\nclient_id ${clientId}\n`);
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => server.close(() => process.exit(0)));
