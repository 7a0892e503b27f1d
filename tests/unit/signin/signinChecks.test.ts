import { describe, expect, test } from 'vitest';
import type { SigninConfiguration } from '../../../src/core/signin/appClientConfig';
import {
  SIGNIN_CHECK_CODES,
  SIGNIN_CHECKS,
  type SigninCheckId,
  type SigninCheckStatus,
  signinHeadline,
} from '../../../src/core/signin/signinChecks';
import {
  APP,
  authorizeUrl,
  basicHeader,
  CALLBACK,
  CLIENT_ID,
  CODE_FLOW,
  client,
  DOMAIN,
  diagnoseFlow,
  FORM_HEADERS,
  formBody,
  type Hop,
  POOL_ID,
  SECRETS,
} from './signinFixtures';

const KNOWN: SigninConfiguration = { pools: [], clients: [client()] };
const CONFIDENTIAL: SigninConfiguration = { pools: [], clients: [client({ hasSecret: true })] };
const POOL: SigninConfiguration = {
  pools: [{ poolId: POOL_ID, region: 'eu-west-1', domainPrefix: 'myapp' }],
  clients: [client()],
};

/** The authorize request that issued `SECRETS.code` to the app, at `at` seconds. */
function issuedCode(params: Record<string, string> = CODE_FLOW, at = 0, code: string = SECRETS.code): Hop {
  return {
    url: authorizeUrl(params),
    statusCode: 302,
    redirectUrl: `${params.redirect_uri ?? CALLBACK}?code=${code}&state=st4te`,
    at,
  };
}

function tokenRequest(fields: Record<string, string>, extra: Partial<Hop> = {}): Hop {
  return {
    url: `${DOMAIN}/oauth2/token`,
    method: 'POST',
    statusCode: 400,
    resourceType: 'xmlhttprequest',
    initiator: APP,
    requestHeaders: FORM_HEADERS,
    body: formBody(fields),
    at: 10,
    ...extra,
  };
}

const CODE_EXCHANGE = {
  grant_type: 'authorization_code',
  client_id: CLIENT_ID,
  redirect_uri: CALLBACK,
  code: SECRETS.code,
};

/** An authorize request redirected to Cognito's error page, then that page's 400. */
function errorPage(params: Record<string, string>, query: string, path = '/oauth2/authorize'): Hop[] {
  const target = `${DOMAIN}/error?${query}`;
  return [
    { url: authorizeUrl(params, path), statusCode: 302, redirectUrl: target, requestId: 'nav-1' },
    { url: target, statusCode: 400, requestId: 'nav-1', resourceType: 'main_frame' },
  ];
}

/** An authorize request Cognito sent back to the app with an error in the query (or fragment). */
function errorRedirect(params: Record<string, string>, error: string, inFragment = false): Hop[] {
  const redirect = `${params.redirect_uri ?? CALLBACK}${inFragment ? '#' : '?'}${error}`;
  return [{ url: authorizeUrl(params), statusCode: 302, redirectUrl: redirect }];
}

interface Row {
  name: string;
  hops: Hop[];
  config?: SigninConfiguration;
  id: SigninCheckId;
  status: SigninCheckStatus;
  code: string;
  params?: Record<string, unknown>;
}

const ROWS: Row[] = [
  // signin.step: always info, one code per kind of failure
  {
    name: 'error page',
    hops: errorPage(CODE_FLOW, `error=redirect_mismatch&client_id=${CLIENT_ID}`),
    id: 'signin.step',
    status: 'info',
    code: 'error-page',
    params: {
      error: 'redirect_mismatch',
      meaning: 'redirect_mismatch',
      clientId: CLIENT_ID,
      region: 'eu-west-1',
      redirectedFrom: 'authorize',
      path: '/error',
    },
  },
  {
    name: 'error redirect in the query',
    hops: errorRedirect(CODE_FLOW, 'error_description=invalid_scope&state=st4te&error=invalid_request'),
    id: 'signin.step',
    status: 'info',
    code: 'error-redirect',
    params: {
      error: 'invalid_request',
      errorDescription: 'invalid_scope',
      meaning: 'invalid_scope',
      errorIn: 'query',
    },
  },
  {
    name: 'error redirect in the fragment (implicit flow)',
    hops: errorRedirect(
      { ...CODE_FLOW, response_type: 'token' },
      'error_description=invalid_scope&error=invalid_request',
      true,
    ),
    id: 'signin.step',
    status: 'info',
    code: 'error-redirect',
    params: { errorIn: 'fragment', meaning: 'invalid_scope' },
  },
  {
    name: 'token error, body not visible',
    hops: [tokenRequest(CODE_EXCHANGE)],
    id: 'signin.step',
    status: 'info',
    code: 'token-error',
    params: { status: 400, errorVisible: false, clientId: CLIENT_ID, path: '/oauth2/token' },
  },
  {
    name: 'token error with a body seen',
    hops: [tokenRequest(CODE_EXCHANGE, { responseError: { error: 'invalid_grant' } })],
    id: 'signin.step',
    status: 'info',
    code: 'token-error',
    params: { error: 'invalid_grant', errorVisible: true },
  },
  {
    name: 'revoke error',
    hops: [
      {
        ...tokenRequest({ token: SECRETS.refreshToken, client_id: CLIENT_ID }),
        url: `${DOMAIN}/oauth2/revoke`,
      },
    ],
    id: 'signin.step',
    status: 'info',
    code: 'revoke-error',
  },
  {
    name: 'userInfo 401',
    hops: [{ url: `${DOMAIN}/oauth2/userInfo`, statusCode: 401 }],
    id: 'signin.step',
    status: 'info',
    code: 'userinfo-error',
  },
  {
    name: 'login page 401',
    hops: [{ url: authorizeUrl(CODE_FLOW, '/login'), statusCode: 401 }],
    id: 'signin.step',
    status: 'info',
    code: 'page-error',
  },
  {
    name: 'discovery on the sign-in domain',
    hops: [{ url: `${DOMAIN}/.well-known/openid-configuration`, statusCode: 404 }],
    id: 'signin.step',
    status: 'info',
    code: 'discovery',
  },

  // signin.redirect_uri
  {
    name: 'redirect_mismatch, client known: nearest registered URL and the difference',
    hops: errorPage(
      { ...CODE_FLOW, redirect_uri: `${CALLBACK}/` },
      `error=redirect_mismatch&client_id=${CLIENT_ID}`,
    ),
    config: KNOWN,
    id: 'signin.redirect_uri',
    status: 'fail',
    code: 'not-registered',
    params: { sent: `${CALLBACK}/`, nearest: CALLBACK, differences: ['trailing-slash'], clientKnown: true },
  },
  {
    name: 'redirect_mismatch, 127.0.0.1 for localhost',
    hops: errorPage(
      { ...CODE_FLOW, redirect_uri: 'http://127.0.0.1:3000/callback' },
      `error=redirect_mismatch&client_id=${CLIENT_ID}`,
    ),
    config: KNOWN,
    id: 'signin.redirect_uri',
    status: 'fail',
    code: 'not-registered',
    params: { nearest: 'http://localhost:3000/callback', differences: ['loopback-host'] },
  },
  {
    name: 'redirect_mismatch, client unknown',
    hops: errorPage(CODE_FLOW, `error=redirect_mismatch&client_id=${CLIENT_ID}`),
    id: 'signin.redirect_uri',
    status: 'fail',
    code: 'not-registered',
    params: { sent: CALLBACK, clientKnown: false },
  },
  {
    name: 'token redirect_uri differs from the authorize one',
    hops: [issuedCode(), tokenRequest({ ...CODE_EXCHANGE, redirect_uri: `${CALLBACK}/` })],
    id: 'signin.redirect_uri',
    status: 'fail',
    code: 'differs-from-authorize',
    params: { sent: `${CALLBACK}/`, atAuthorize: CALLBACK, differences: ['trailing-slash'] },
  },
  {
    name: 'Required parameters missing on a client without callback URLs',
    hops: errorPage(
      { client_id: CLIENT_ID, response_type: 'code' },
      `error=Required+parameters+missing&client_id=${CLIENT_ID}`,
    ),
    config: { pools: [], clients: [client({ callbackUrls: [] })] },
    id: 'signin.redirect_uri',
    status: 'fail',
    code: 'no-callback-urls',
  },
  {
    name: 'logout_uri not registered',
    hops: errorPage(
      { client_id: CLIENT_ID, logout_uri: `${APP}/signed-out` },
      `error=Required+parameters+missing&client_id=${CLIENT_ID}`,
      '/logout',
    ),
    config: KNOWN,
    id: 'signin.redirect_uri',
    status: 'fail',
    code: 'logout-not-registered',
    params: { sent: `${APP}/signed-out`, nearest: `${APP}/`, differences: ['path'] },
  },
  {
    name: 'registered redirect URI',
    hops: errorRedirect(CODE_FLOW, 'error_description=invalid_scope&error=invalid_request'),
    config: KNOWN,
    id: 'signin.redirect_uri',
    status: 'pass',
    code: 'registered',
  },
  {
    name: 'redirect URI sent, registration unknown',
    hops: errorRedirect(CODE_FLOW, 'error_description=invalid_scope&error=invalid_request'),
    id: 'signin.redirect_uri',
    status: 'pass',
    code: 'sent',
  },
  {
    name: 'no redirect URI',
    hops: [{ url: `${DOMAIN}/oauth2/userInfo`, statusCode: 401 }],
    id: 'signin.redirect_uri',
    status: 'skip',
    code: 'none',
  },

  // signin.client
  {
    name: 'invalid_request for a client the pool does not have',
    hops: errorPage(
      { ...CODE_FLOW, client_id: 'YOUR_CLIENT_ID' },
      'error=invalid_request&client_id=YOUR_CLIENT_ID',
    ),
    config: POOL,
    id: 'signin.client',
    status: 'fail',
    code: 'unknown-client',
    params: { clientId: 'YOUR_CLIENT_ID', knownClientIds: [CLIENT_ID] },
  },
  {
    name: 'invalid_request for an identity provider the client does not list',
    hops: errorPage(
      { ...CODE_FLOW, identity_provider: 'Google' },
      `error=invalid_request&client_id=${CLIENT_ID}`,
    ),
    config: KNOWN,
    id: 'signin.client',
    status: 'fail',
    code: 'idp-not-enabled',
    params: { provider: 'Google', supported: ['COGNITO'] },
  },
  {
    name: 'invalid_request, clients unknown',
    hops: errorPage(CODE_FLOW, `error=invalid_request&client_id=${CLIENT_ID}`),
    id: 'signin.client',
    status: 'warn',
    code: 'invalid-request',
  },
  {
    name: 'confidential client, token request without its secret',
    hops: [issuedCode(), tokenRequest(CODE_EXCHANGE)],
    config: CONFIDENTIAL,
    id: 'signin.client',
    status: 'fail',
    code: 'secret-missing',
    params: { credentials: 'none', hasSecret: true },
  },
  {
    name: 'invalid_client seen in the body, secret was sent',
    hops: [
      tokenRequest(CODE_EXCHANGE, {
        requestHeaders: [...FORM_HEADERS, basicHeader(CLIENT_ID, SECRETS.clientSecret)],
        responseError: { error: 'invalid_client' },
      }),
    ],
    config: CONFIDENTIAL,
    id: 'signin.client',
    status: 'warn',
    code: 'invalid-client',
    params: { credentials: 'basic' },
  },
  {
    name: 'token endpoint 401',
    hops: [tokenRequest({ ...CODE_EXCHANGE, client_secret: SECRETS.clientSecret }, { statusCode: 401 })],
    id: 'signin.client',
    status: 'warn',
    code: 'invalid-client',
    params: { credentials: 'form' },
  },
  {
    name: 'a secret sent for a client that has none',
    hops: [
      tokenRequest(CODE_EXCHANGE, {
        requestHeaders: [...FORM_HEADERS, basicHeader(CLIENT_ID, SECRETS.clientSecret)],
      }),
    ],
    config: KNOWN,
    id: 'signin.client',
    status: 'warn',
    code: 'secret-sent-to-public-client',
  },
  {
    name: 'nothing points at the client',
    hops: errorRedirect(CODE_FLOW, 'error_description=invalid_scope&error=invalid_request'),
    config: KNOWN,
    id: 'signin.client',
    status: 'pass',
    code: 'ok',
  },
  {
    name: 'no client named',
    hops: [{ url: `${DOMAIN}/oauth2/userInfo`, statusCode: 401 }],
    id: 'signin.client',
    status: 'skip',
    code: 'no-client',
  },

  // signin.scope
  {
    name: 'invalid_scope with offline_access, allowed scopes known',
    hops: errorRedirect(
      { ...CODE_FLOW, scope: 'openid offline_access phone' },
      'error_description=invalid_scope&state=st4te&error=invalid_request',
    ),
    config: KNOWN,
    id: 'signin.scope',
    status: 'fail',
    code: 'invalid-scope',
    params: {
      requested: ['openid', 'offline_access', 'phone'],
      notAllowed: ['offline_access', 'phone'],
      offlineAccess: true,
    },
  },
  {
    name: 'offline_access requested, no error seen',
    hops: [issuedCode({ ...CODE_FLOW, scope: 'openid offline_access' }), tokenRequest(CODE_EXCHANGE)],
    id: 'signin.scope',
    status: 'fail',
    code: 'offline-access',
  },
  {
    name: 'a scope the client does not allow',
    hops: [issuedCode({ ...CODE_FLOW, scope: 'openid orders/read' }), tokenRequest(CODE_EXCHANGE)],
    config: KNOWN,
    id: 'signin.scope',
    status: 'fail',
    code: 'not-allowed',
    params: { notAllowed: ['orders/read'] },
  },
  {
    name: 'email without openid',
    hops: [issuedCode({ ...CODE_FLOW, scope: 'email profile' }), tokenRequest(CODE_EXCHANGE)],
    id: 'signin.scope',
    status: 'fail',
    code: 'needs-openid',
    params: { dependent: ['email', 'profile'] },
  },
  {
    name: 'userInfo after a flow without openid',
    hops: [
      issuedCode({ ...CODE_FLOW, scope: 'orders/read' }),
      { url: `${DOMAIN}/oauth2/userInfo`, statusCode: 401, at: 20 },
    ],
    id: 'signin.scope',
    status: 'warn',
    code: 'no-openid-for-id-token',
    params: { reason: 'userinfo' },
  },
  {
    name: 'id_token asked for without openid',
    hops: errorRedirect(
      { ...CODE_FLOW, response_type: 'token id_token', scope: 'orders/read' },
      'error_description=unauthorized_client&error=invalid_request',
      true,
    ),
    id: 'signin.scope',
    status: 'warn',
    code: 'no-openid-for-id-token',
    params: { reason: 'id-token' },
  },
  {
    name: 'allowed scopes',
    hops: [issuedCode(), tokenRequest(CODE_EXCHANGE)],
    config: KNOWN,
    id: 'signin.scope',
    status: 'pass',
    code: 'allowed',
  },
  {
    name: 'no scope sent',
    hops: [tokenRequest(CODE_EXCHANGE)],
    id: 'signin.scope',
    status: 'skip',
    code: 'no-scope',
  },

  // signin.grant
  {
    name: 'unauthorized_client on authorize (implicit not enabled)',
    hops: errorRedirect(
      { ...CODE_FLOW, response_type: 'token' },
      'error_description=unauthorized_client&error=invalid_request',
      true,
    ),
    config: KNOWN,
    id: 'signin.grant',
    status: 'fail',
    code: 'unauthorized-client',
    params: { responseType: 'token', needed: 'implicit', allowedFlows: ['code'] },
  },
  {
    name: 'unauthorized_client after a redirect_uri change: points at signin.redirect_uri',
    hops: [
      issuedCode(),
      tokenRequest(
        { ...CODE_EXCHANGE, redirect_uri: `${CALLBACK}/` },
        { responseError: { error: 'unauthorized_client' } },
      ),
    ],
    id: 'signin.grant',
    status: 'warn',
    code: 'see-redirect-uri',
  },
  {
    name: 'password grant (Postman "Password Credentials")',
    hops: [
      tokenRequest({
        grant_type: 'password',
        client_id: CLIENT_ID,
        username: 'ana',
        password: SECRETS.password,
      }),
    ],
    id: 'signin.grant',
    status: 'fail',
    code: 'password-grant',
  },
  {
    name: 'unknown grant type',
    hops: [
      tokenRequest({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', client_id: CLIENT_ID }),
    ],
    id: 'signin.grant',
    status: 'fail',
    code: 'unsupported-grant-type',
  },
  {
    name: 'OAuth flows switched off on the client',
    hops: [issuedCode(), tokenRequest(CODE_EXCHANGE)],
    config: { pools: [], clients: [client({ oauthEnabled: false, allowedOAuthFlows: [] })] },
    id: 'signin.grant',
    status: 'fail',
    code: 'oauth-disabled',
  },
  {
    name: 'client_credentials not allowed on the client',
    hops: [
      tokenRequest({
        grant_type: 'client_credentials',
        client_id: CLIENT_ID,
        client_secret: SECRETS.clientSecret,
      }),
    ],
    config: { pools: [], clients: [client({ hasSecret: true })] },
    id: 'signin.grant',
    status: 'fail',
    code: 'flow-not-allowed',
    params: { needed: 'client_credentials' },
  },
  {
    name: 'the same code exchanged twice (StrictMode)',
    hops: [
      issuedCode(),
      tokenRequest(CODE_EXCHANGE, { statusCode: 200, at: 3 }),
      tokenRequest(CODE_EXCHANGE, { at: 3.1 }),
    ],
    id: 'signin.grant',
    status: 'fail',
    code: 'code-reused',
    params: { firstStatus: 200, msBetween: 100 },
  },
  {
    name: 'code exchanged more than 5 minutes after it was issued',
    hops: [issuedCode(), tokenRequest(CODE_EXCHANGE, { at: 6 * 60 })],
    id: 'signin.grant',
    status: 'fail',
    code: 'code-expired',
    params: { codeAgeSeconds: 360 },
  },
  {
    name: 'invalid_grant seen in the body, no other clue',
    hops: [
      tokenRequest(
        { grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: SECRETS.refreshToken },
        { responseError: { error: 'invalid_grant' } },
      ),
    ],
    id: 'signin.grant',
    status: 'warn',
    code: 'invalid-grant',
  },
  {
    name: 'grant allowed',
    hops: [issuedCode(), tokenRequest(CODE_EXCHANGE)],
    config: KNOWN,
    id: 'signin.grant',
    status: 'pass',
    code: 'ok',
  },

  // signin.request_format
  {
    name: '405 from the token endpoint',
    hops: [
      tokenRequest(CODE_EXCHANGE, {
        statusCode: 405,
        body: { kind: 'raw', bytes: 120 },
        requestHeaders: [{ name: 'Content-Type', value: 'application/json' }],
      }),
    ],
    id: 'signin.request_format',
    status: 'fail',
    code: 'status-405',
    params: { contentTypeProblem: 'json', body: 'raw' },
  },
  {
    name: 'GET to the token endpoint',
    hops: [tokenRequest({}, { method: 'GET', body: { kind: 'none' } })],
    id: 'signin.request_format',
    status: 'fail',
    code: 'not-post',
  },
  {
    name: 'JSON body (no form data)',
    hops: [
      tokenRequest(CODE_EXCHANGE, {
        body: { kind: 'raw', bytes: 90 },
        requestHeaders: [{ name: 'Content-Type', value: 'application/json' }],
      }),
    ],
    id: 'signin.request_format',
    status: 'fail',
    code: 'not-form',
    params: { contentTypeProblem: 'json' },
  },
  {
    name: 'quoted Content-Type, body not seen',
    hops: [
      tokenRequest(CODE_EXCHANGE, {
        body: undefined,
        requestHeaders: [{ name: 'Content-Type', value: "'application/x-www-form-urlencoded'" }],
      }),
    ],
    id: 'signin.request_format',
    status: 'fail',
    code: 'not-form',
    params: { contentTypeProblem: 'quoted' },
  },
  {
    name: 'POST without a body',
    hops: [tokenRequest({}, { body: { kind: 'none' } })],
    id: 'signin.request_format',
    status: 'fail',
    code: 'no-body',
  },
  {
    name: 'form POST',
    hops: [tokenRequest(CODE_EXCHANGE)],
    id: 'signin.request_format',
    status: 'pass',
    code: 'form',
  },
  {
    name: 'body and headers not seen',
    hops: [tokenRequest(CODE_EXCHANGE, { body: undefined, requestHeaders: undefined })],
    id: 'signin.request_format',
    status: 'skip',
    code: 'body-not-seen',
  },
  {
    name: 'not a token request',
    hops: errorPage(CODE_FLOW, `error=redirect_mismatch&client_id=${CLIENT_ID}`),
    id: 'signin.request_format',
    status: 'skip',
    code: 'not-token-request',
  },

  // signin.pkce
  {
    name: 'plain challenge method',
    hops: errorPage(
      { ...CODE_FLOW, code_challenge: 'abc', code_challenge_method: 'plain' },
      `error=invalid_request&client_id=${CLIENT_ID}`,
    ),
    id: 'signin.pkce',
    status: 'fail',
    code: 'method-not-s256',
    params: { method: 'plain' },
  },
  {
    name: 'challenge without a method',
    hops: errorRedirect({ ...CODE_FLOW, code_challenge: 'abc' }, 'error=invalid_request'),
    id: 'signin.pkce',
    status: 'fail',
    code: 'method-not-s256',
    params: { challengeSent: true },
  },
  {
    name: 'method without a challenge',
    hops: errorRedirect({ ...CODE_FLOW, code_challenge_method: 'S256' }, 'error=invalid_request'),
    id: 'signin.pkce',
    status: 'fail',
    code: 'method-without-challenge',
  },
  {
    name: 'token request without the verifier after a PKCE authorize',
    hops: [
      issuedCode({ ...CODE_FLOW, code_challenge: 'abc', code_challenge_method: 'S256' }),
      tokenRequest(CODE_EXCHANGE),
    ],
    id: 'signin.pkce',
    status: 'fail',
    code: 'verifier-missing',
  },
  {
    name: 'PKCE consistent',
    hops: [
      issuedCode({ ...CODE_FLOW, code_challenge: 'abc', code_challenge_method: 'S256' }),
      tokenRequest({ ...CODE_EXCHANGE, code_verifier: SECRETS.verifier }),
    ],
    id: 'signin.pkce',
    status: 'pass',
    code: 'consistent',
  },
  {
    name: 'no PKCE',
    hops: [issuedCode(), tokenRequest(CODE_EXCHANGE)],
    id: 'signin.pkce',
    status: 'skip',
    code: 'no-pkce',
  },

  // signin.issuer
  {
    name: 'JWKS fetched from the sign-in domain, pool known',
    hops: [{ url: `${DOMAIN}/.well-known/jwks.json`, statusCode: 404, resourceType: 'xmlhttprequest' }],
    config: POOL,
    id: 'signin.issuer',
    status: 'fail',
    code: 'signin-domain-as-issuer',
    params: {
      requested: '/.well-known/jwks.json',
      expectedIssuer: `https://cognito-idp.eu-west-1.amazonaws.com/${POOL_ID}`,
    },
  },
  {
    name: 'not a discovery request',
    hops: [tokenRequest(CODE_EXCHANGE)],
    id: 'signin.issuer',
    status: 'skip',
    code: 'not-discovery',
  },
];

describe('signin checks', () => {
  test.each(ROWS)('$id $status $code: $name', async (row) => {
    const diagnosis = await diagnoseFlow(row.hops, row.config);
    const result = diagnosis.checks.find((check) => check.id === row.id);
    expect(result).toBeDefined();
    expect({ status: result?.status, code: result?.code }).toEqual({ status: row.status, code: row.code });
    if (row.params) expect(result?.params).toMatchObject(row.params);
  });

  test('every code of every check has a row', () => {
    for (const check of SIGNIN_CHECKS) {
      for (const code of SIGNIN_CHECK_CODES[check.id]) {
        expect(
          ROWS.some((row) => row.id === check.id && row.code === code),
          `${check.id} ${code}`,
        ).toBe(true);
      }
    }
  });

  test('checks come in SIGNIN.md order', async () => {
    const diagnosis = await diagnoseFlow([tokenRequest(CODE_EXCHANGE)]);
    expect(diagnosis.checks.map((check) => check.id)).toEqual([
      'signin.step',
      'signin.redirect_uri',
      'signin.client',
      'signin.scope',
      'signin.grant',
      'signin.request_format',
      'signin.pkce',
      'signin.issuer',
    ]);
  });
});

describe('commands', () => {
  test('an unregistered callback URL: update-user-pool-client repeats what the client has, plus the new URL', async () => {
    const diagnosis = await diagnoseFlow(
      errorPage(
        { ...CODE_FLOW, redirect_uri: 'https://app.example.com/auth' },
        `error=redirect_mismatch&client_id=${CLIENT_ID}`,
      ),
      KNOWN,
    );
    const commands = diagnosis.checks.find((check) => check.id === 'signin.redirect_uri')?.commands ?? [];
    expect(commands.map((command) => command.text)).toEqual([
      `aws cognito-idp describe-user-pool-client --user-pool-id ${POOL_ID} --client-id ${CLIENT_ID} --region eu-west-1`,
      `aws cognito-idp update-user-pool-client --user-pool-id ${POOL_ID} --client-id ${CLIENT_ID} --region eu-west-1` +
        ` --callback-urls '${CALLBACK}' 'http://localhost:3000/callback' 'https://app.example.com/auth'` +
        ` --logout-urls '${APP}/' --allowed-o-auth-flows code --allowed-o-auth-scopes openid email profile` +
        ' --allowed-o-auth-flows-user-pool-client --supported-identity-providers COGNITO',
    ]);
  });

  test('values that are not safe in a shell become placeholders', async () => {
    const diagnosis = await diagnoseFlow(
      errorPage(
        { ...CODE_FLOW, client_id: "x'; rm -rf ~", redirect_uri: "https://app.example.com/'$(id)'" },
        'error=redirect_mismatch',
      ),
    );
    const texts = diagnosis.checks.flatMap((check) => check.commands.map((command) => command.text));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).not.toContain("'$(id)'");
      expect(text).not.toContain('rm -rf');
    }
    expect(texts.join('\n')).toContain('--client-id <app-client-id>');
    expect(texts.join('\n')).toContain('--callback-urls <url>');
  });

  test('the region comes from the sign-in domain when the pool is unknown', async () => {
    const diagnosis = await diagnoseFlow(
      errorPage(CODE_FLOW, `error=invalid_request&client_id=${CLIENT_ID}`),
    );
    const texts = diagnosis.checks.flatMap((check) => check.commands.map((command) => command.text));
    expect(texts).toContain(
      `aws cognito-idp list-user-pool-clients --user-pool-id <user-pool-id> --region eu-west-1 --max-results 60`,
    );
  });
});

describe('headline', () => {
  test('the first fail in SIGNIN.md order', async () => {
    const diagnosis = await diagnoseFlow(
      [issuedCode(), tokenRequest(CODE_EXCHANGE, { at: 6 * 60 })],
      CONFIDENTIAL,
    );
    expect(diagnosis.headline?.id).toBe('signin.client');
    expect(diagnosis.headline?.code).toBe('secret-missing');
  });

  test('the first warn when nothing fails', async () => {
    const diagnosis = await diagnoseFlow(
      errorPage(CODE_FLOW, `error=invalid_request&client_id=${CLIENT_ID}`),
    );
    expect(diagnosis.headline).toMatchObject({ id: 'signin.client', status: 'warn' });
  });

  test('none when every check passes or skips', () => {
    expect(
      signinHeadline([
        { id: 'signin.step', status: 'info', code: 'token-error', params: {}, commands: [], links: [] },
        { id: 'signin.pkce', status: 'skip', code: 'no-pkce', params: {}, commands: [], links: [] },
      ]),
    ).toBeUndefined();
  });
});
