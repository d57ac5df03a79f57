// Local OpenID Connect provider for the Portal browser tests only. Never use it anywhere else.
//
// Start:  OIDC_TENANT=bureau-tenant OIDC_CLIENT_ID=... OIDC_CLIENT_SECRET=... \
//         OIDC_REDIRECT_URI=http://127.0.0.1:5123/signin-oidc \
//         OIDC_POST_LOGOUT_REDIRECT_URI=http://127.0.0.1:5123/signout-callback-oidc \
//         OIDC_PORT=0 node provider.mjs
// Stdout: exactly one line, `OIDC_READY http://127.0.0.1:<port>/`; use `<that>` as Instance and
//         OIDC_TENANT as TenantId, so the authority/issuer is http://127.0.0.1:<port>/<tenant>/v2.0.
//         (oidc-provider prints its own development warnings to stderr, e.g. about the in-memory
//         store and, on Node 20, "Unsupported runtime"; they are harmless here.)
//
// Browser flow and the selectors for Playwright:
//   Login page (served by this file, not oidc-provider's devInteractions, so that an unknown login
//   name is rejected and the page loads nothing from the internet):
//     login name  input[name="login"]      (a key of ACCOUNTS below)
//     password    input[name="password"]   (anything non-empty)
//     submit      button[type="submit"]    (text "Sign-in")
//     An unknown login re-renders the form with status 401 and <p class="error">.
//   Consent: none. loadExistingGrant grants every requested scope (and prompt=consent is approved
//     without a page), so the browser goes straight back to the client after signing in.
//   Logout: auto-confirmed. end_session renders the usual "Yes, sign me out" page and a script
//     clicks it at once. Without JavaScript, click button[name="logout"][value="yes"].
//     The browser then lands on the post_logout_redirect_uri.
// Scope offline_access is dropped (no refresh token) unless the request also has prompt=consent:
// oidc-provider follows OpenID Connect Core 11 there, and the sign-in still succeeds.
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import Provider from 'oidc-provider';

const env = (name) => process.env[name] || (() => { throw new Error(`${name} is required`); })();
const TENANT = env('OIDC_TENANT');
const PREFIX = `/${TENANT}/v2.0`; // Microsoft.Identity.Web builds the authority as <Instance><TenantId>/v2.0
const CLIENT = {
  client_id: env('OIDC_CLIENT_ID'),
  client_secret: env('OIDC_CLIENT_SECRET'),
  redirect_uris: [env('OIDC_REDIRECT_URI')],
  post_logout_redirect_uris: [env('OIDC_POST_LOGOUT_REDIRECT_URI')],
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
  // ASP.NET Core's OpenIdConnect handler sends the secret in the form body.
  token_endpoint_auth_method: 'client_secret_post',
  id_token_signed_response_alg: 'RS256',
  // 'web' is the default. oidc-provider 9 rejects plain http only for implicit-flow web clients,
  // so the http://127.0.0.1 redirect URIs of a code-flow client need no special setting.
  application_type: 'web',
};

// Fixed oids, so tests can refer to the signed-in user.
const ACCOUNTS = {
  manager: { oid: '00000000-0000-0000-0000-000000000001', name: '王经理', roles: ['manager'] },
  viewer: { oid: '00000000-0000-0000-0000-000000000002', name: '李只读', roles: ['viewer'] },
  'officer-xinjiekou': { oid: '00000000-0000-0000-0000-000000000003', name: '新街口街道张三', roles: ['street-staff'] },
  'officer-desheng': { oid: '00000000-0000-0000-0000-000000000004', name: '德胜街道李四', roles: ['street-staff'] },
  'officer-unassigned': { oid: '00000000-0000-0000-0000-000000000005', name: '未分配街道王五', roles: ['street-staff'] },
  norole: { oid: '00000000-0000-0000-0000-000000000006', name: '无角色赵六', roles: [] },
};

const hour = 60 * 60;
const html = (title, body) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function configuration() {
  return {
    clients: [CLIENT],
    // The account id is the oid: oidc-provider always uses the account id as `sub`.
    async findAccount(ctx, id) {
      const login = Object.keys(ACCOUNTS).find((key) => ACCOUNTS[key].oid === id);
      if (!login) return undefined;
      const { oid, name, roles } = ACCOUNTS[login];
      return {
        accountId: oid,
        async claims() {
          return {
            sub: oid,
            oid,
            tid: TENANT,
            name,
            preferred_username: `${login}@bureau.example`,
            email: `${login}@bureau.example`,
            roles,
          };
        },
      };
    },
    // The client never calls userinfo, so every claim must be in the ID token.
    conformIdTokenClaims: false,
    claims: {
      openid: ['sub', 'oid', 'tid'],
      profile: ['name', 'preferred_username', 'email', 'roles'],
    },
    // Auto-consent: the only client is first-party, so grant whatever it asks for.
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(' '));
      grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
      await grant.save();
      return grant;
    },
    features: {
      devInteractions: { enabled: false }, // replaced by the login page below
      rpInitiatedLogout: {
        enabled: true,
        // Same button as oidc-provider's default page, pressed by script: tests need no extra click.
        async logoutSource(ctx, form) {
          ctx.body = html('Sign out', `${form}
            <button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>
            <script>document.querySelector('button[name="logout"]').click();</script>`);
        },
        async postLogoutSuccessSource(ctx) {
          ctx.body = html('Signed out', '<p>Signed out.</p>');
        },
      },
    },
    // Must be under the mount prefix: oidc-provider scopes the interaction cookie to this path.
    interactions: { url: (ctx, interaction) => `${PREFIX}/interaction/${interaction.uid}` },
    cookies: { keys: ['portal-e2e-oidc-dev-cookie-key'] },
    // A throwaway signing key: avoids the warning about oidc-provider's shared development keys.
    jwks: { keys: [generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' })] },
    // Everything below replaces defaults only because the defaults log a notice on stdout,
    // which must carry nothing but the OIDC_READY line.
    clientBasedCORS: () => false, // the client talks to the token endpoint from the server
    ttl: {
      AccessToken: hour, AuthorizationCode: 60, IdToken: hour, RefreshToken: 24 * hour,
      Interaction: hour, Session: 24 * hour, Grant: 24 * hour,
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = html('Error', Object.entries(out).map(([k, v]) => `<p class="${esc(k)}">${esc(k)}: ${esc(v)}</p>`).join(''));
    },
  };
}

function loginPage(res, uid, error) {
  res.statusCode = error ? 401 : 200;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(html('Sign-in', `<h1>Sign-in</h1>${error ? `<p class="error">${esc(error)}</p>` : ''}
    <form method="post" action="${PREFIX}/interaction/${esc(uid)}" autocomplete="off">
      <input required type="text" name="login" placeholder="login name" autofocus>
      <input required type="password" name="password" placeholder="any password">
      <button type="submit">Sign-in</button>
    </form>`));
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

async function interaction(provider, req, res) {
  const details = await provider.interactionDetails(req, res);
  // loadExistingGrant already granted everything, so consent only shows up when the client
  // asks for it (prompt=consent); approve it without a page.
  if (details.prompt.name === 'consent') {
    return provider.interactionFinished(req, res, { consent: {} }, { mergeWithLastSubmission: true });
  }
  if (req.method !== 'POST') return loginPage(res, details.uid);
  const login = (await readForm(req)).get('login');
  if (!Object.hasOwn(ACCOUNTS, login ?? '')) return loginPage(res, details.uid, `Unknown login "${login}"`);
  const result = { login: { accountId: ACCOUNTS[login].oid } };
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

let provider; // created once the port, and so the issuer, is known
let handle; // provider.callback()
const server = http.createServer((req, res) => {
  const { pathname } = new URL(req.url, 'http://x');
  if (!provider || !pathname.startsWith(`${PREFIX}/`)) {
    res.statusCode = 404;
    return res.end();
  }
  // Mount under PREFIX the way connect/express do: oidc-provider reads req.originalUrl to
  // build its endpoint URLs and routes on the stripped req.url.
  req.originalUrl = req.url;
  req.url = req.url.slice(PREFIX.length);
  if (pathname.startsWith(`${PREFIX}/interaction/`)) {
    return interaction(provider, req, res).catch((err) => {
      res.statusCode = 400;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(String(err?.message ?? err));
    });
  }
  return handle(req, res);
});

server.listen(Number(process.env.OIDC_PORT || 0), '127.0.0.1', () => {
  const { port } = server.address();
  provider = new Provider(`http://127.0.0.1:${port}${PREFIX}`, configuration());
  handle = provider.callback();
  process.stdout.write(`OIDC_READY http://127.0.0.1:${port}/\n`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
