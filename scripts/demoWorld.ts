// The demo's world, shared by `npm run demo` and `npm run screenshots`: the local stand-ins for API
// Gateway and Cognito that the end-to-end tests use, and a demo app whose buttons fire realistic
// failing calls at them. Everything stays on this machine.
import { type AppServer, startAppServer } from '../tests/e2e/support/appServer';
import { type FakeAws, startFakeAws } from '../tests/e2e/support/fakeAws';
import { type FakeHostedUi, HOSTED_UI_HOST, startFakeHostedUi } from '../tests/e2e/support/fakeHostedUi';
import { type GrantedBuild, grantedBuild } from '../tests/e2e/support/grantedBuild';
import { createUserPool, type UserPool } from '../tests/e2e/support/tokens';

export interface Scenario {
  label: string;
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface DemoWorld {
  fake: FakeAws;
  /** The stand-in for the pool's hosted UI, `myapp.auth.eu-west-1.amazoncognito.com`. */
  hostedUi: FakeHostedUi;
  app: AppServer;
  pool: UserPool;
  scenarios: Scenario[];
  /** The demo app's page. */
  demoUrl: string;
  close(): Promise<void>;
}

const REST = 'd3m0r3st01';
const PREFLIGHT = 'd3m0pr3f1t';
const HTTP = 'd3m0h77p01';
const LAMBDA = 'd3m0l4mbd4';
const LAMBDA_CRASH = 'd3m0cr4sh1';
const SCOPE = 'orders/read';
const SIGNIN_CLIENT = 'demosigninclient0123456789';
/**
 * The demo's custom domain name in front of the REST API (base path `v1` → stage `prod`). Not an AWS
 * host: the extension sees it only once granted (the popup's "Watch" offer, or `--headless`'s build).
 */
export const DEMO_API_DOMAIN = 'shop-api.example.test';
const CONFIDENTIAL_CLIENT = 'democonfidential0123456789';

export async function startDemoWorld(): Promise<DemoWorld> {
  const fake = await startFakeAws();
  const pool = createUserPool({ region: 'eu-west-1', username: 'demo-user' });
  fake.addUserPool(pool);
  const authorizer = { userPoolIds: [pool.poolId] };
  fake.addRestApi({
    apiId: REST,
    authorizer,
    cors: true,
    gatewayResponseCors: true,
    routes: [
      { method: 'GET', resource: '/orders/{id}' },
      { method: 'GET', resource: '/reports', scopes: [SCOPE] },
      { method: 'GET', resource: '/profile', response: 'backend-401' },
      { method: 'GET', resource: '/admin', resourcePolicyDenies: true },
      { method: 'GET', resource: '/partners', apiKeyRequired: true },
    ],
  });
  // Lambda authorizers: one whose function says Unauthorized, one that crashes.
  for (const [apiId, behaviour] of [
    [LAMBDA, 'unauthorized'],
    [LAMBDA_CRASH, 'crash'],
  ] as const) {
    fake.addRestApi({
      apiId,
      cors: true,
      gatewayResponseCors: true,
      lambdaAuthorizer: { behaviour },
      routes: [{ method: 'GET', resource: '/orders', authorization: 'CUSTOM' }],
    });
  }
  fake.addRestApi({
    apiId: PREFLIGHT,
    authorizer,
    cors: true,
    optionsProtected: true,
    routes: [{ method: 'ANY', resource: '/{proxy+}' }],
  });
  fake.addCustomDomain({ domainName: DEMO_API_DOMAIN, mappings: [{ basePath: 'v1', apiId: REST }] });
  fake.addHttpApi({
    apiId: HTTP,
    authorizer: { issuer: pool.issuer, audience: [pool.clientId] },
    cors: true,
    routes: [{ method: 'GET', path: '/orders' }],
  });

  const auth = (value: string) => ({ Authorization: value });
  const scenarios: Scenario[] = [
    {
      label: 'Works: a valid ID token',
      url: fake.apiUrl(REST, '/orders/1'),
      headers: auth(pool.mintIdToken()),
    },
    {
      label: 'Expired ID token',
      url: fake.apiUrl(REST, '/orders/1'),
      headers: auth(pool.expiredIdToken(720)),
    },
    {
      label: 'Access token on a method without OAuth scopes',
      url: fake.apiUrl(REST, '/orders/2'),
      headers: auth(`Bearer ${pool.mintAccessToken()}`),
    },
    {
      label: `ID token on a method that requires the scope ${SCOPE}`,
      url: fake.apiUrl(REST, '/reports'),
      headers: auth(pool.mintIdToken()),
    },
    {
      label: 'Access token without the method scope (from InitiateAuth)',
      url: fake.apiUrl(REST, '/reports'),
      headers: auth(pool.mintAccessToken()),
    },
    { label: 'No Authorization header', url: fake.apiUrl(REST, '/orders/3') },
    {
      label: 'Token in quotes',
      url: fake.apiUrl(REST, '/orders/4'),
      headers: auth(`"${pool.mintIdToken()}"`),
    },
    { label: '"Bearer undefined"', url: fake.apiUrl(REST, '/orders/5'), headers: auth('Bearer undefined') },
    {
      label: "Token signed by another pool's key",
      url: fake.apiUrl(REST, '/orders/6'),
      headers: auth(pool.foreignIdToken()),
    },
    {
      label: 'Preflight rejected by the authorizer',
      url: fake.apiUrl(PREFLIGHT, '/items'),
      headers: auth(pool.mintIdToken()),
    },
    {
      label: 'HTTP API, expired token (www-authenticate)',
      url: fake.apiUrl(HTTP, '/orders'),
      headers: auth(`Bearer ${pool.expiredAccessToken(300)}`),
    },
    {
      label: 'The backend answered 401',
      url: fake.apiUrl(REST, '/profile'),
      headers: auth(pool.mintIdToken()),
    },
    {
      // Without a token: an Authorization header makes the call need a CORS preflight, and API
      // Gateway answers the preflight of a stage that does not exist with the same 403 (aws-facts.md
      // §2, MISSING_AUTHENTICATION_TOKEN covers any unsupported method or resource), so the browser
      // would never send the GET. A simple GET reaches the gateway and is the call the popup lists.
      label: 'Wrong stage (403 Missing Authentication Token)',
      url: fake.apiUrl(REST, '/orders/1').replace('/prod/', '/dev/'),
    },
    {
      label: 'The resource policy does not allow this caller (403)',
      url: fake.apiUrl(REST, '/admin'),
      headers: auth(pool.mintIdToken()),
    },
    {
      label: 'API key required, none sent (403)',
      url: fake.apiUrl(REST, '/partners'),
      headers: auth(pool.mintIdToken()),
    },
    {
      label: 'Lambda authorizer: the function said Unauthorized (401)',
      url: fake.apiUrl(LAMBDA, '/orders'),
      headers: auth(`Bearer ${pool.mintIdToken()}`),
    },
    {
      label: 'Lambda authorizer crashed (500)',
      url: fake.apiUrl(LAMBDA_CRASH, '/orders'),
      headers: auth(`Bearer ${pool.mintIdToken()}`),
    },
    {
      label: `Through the custom domain name ${DEMO_API_DOMAIN}, a token past its expiry`,
      url: `https://${DEMO_API_DOMAIN}/v1/orders/7`,
      headers: auth(pool.expiredIdToken(30)),
    },
  ];

  scenarios.push({
    label: 'Token request with a JSON body (what Postman sends without the form content type)',
    url: `https://${HOSTED_UI_HOST}/oauth2/token`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'authorization_code',
      client_id: SIGNIN_CLIENT,
      code: 'from-the-redirect',
    }),
  });

  // The page's script needs the scenarios; JSON inside a <script> must not be able to close it.
  const scenarioJson = JSON.stringify(scenarios).replace(/</g, '\\u003c');
  const app = await startAppServer();
  const hostedUi = await startFakeHostedUi();
  const demoPage = `${app.origin}/demo.html`;
  hostedUi.addClient({
    clientId: SIGNIN_CLIENT,
    callbackUrls: [demoPage],
    allowedScopes: ['openid', 'email'],
  });
  hostedUi.addClient({
    clientId: CONFIDENTIAL_CLIENT,
    callbackUrls: [demoPage],
    allowedScopes: ['openid'],
    secret: 'demo-secret-never-in-the-page',
  });
  const authorize = (params: Record<string, string>) =>
    `https://${HOSTED_UI_HOST}/oauth2/authorize?${new URLSearchParams({ response_type: 'code', scope: 'openid', ...params })}`;
  const signinLinks = [
    {
      label: 'Sign in with an unregistered callback URL (a trailing slash)',
      href: authorize({ client_id: SIGNIN_CLIENT, redirect_uri: `${demoPage}/` }),
    },
    {
      label: 'Sign in asking for offline_access',
      href: authorize({ client_id: SIGNIN_CLIENT, redirect_uri: demoPage, scope: 'openid offline_access' }),
    },
    {
      label: 'Sign in, then exchange the code twice (React StrictMode)',
      href: authorize({ client_id: SIGNIN_CLIENT, redirect_uri: demoPage, state: 'twice' }),
    },
    {
      label: 'Sign in with a confidential client, then exchange the code without its secret',
      href: authorize({ client_id: CONFIDENTIAL_CLIENT, redirect_uri: demoPage, state: 'no-secret' }),
    },
  ];
  const linkJson = JSON.stringify(signinLinks).replace(/</g, '\\u003c');
  app.addPage(
    '/demo.html',
    `<!doctype html><meta charset="utf-8"><title>Cognito 401 Doctor demo app</title>
<style>body{font:15px system-ui;margin:2em;max-width:46em}button{display:block;margin:.4em 0;font:inherit}
#log{font:13px ui-monospace,monospace;white-space:pre-wrap}</style>
<h1>Demo app</h1>
<p>Each button calls a local stand-in for API Gateway with a Cognito authorizer. Failed calls turn the
extension's toolbar badge red: click the icon to see why each one failed.</p>
<div id="buttons"></div>
<h2>Sign-in</h2>
<p>These links leave the page for a stand-in of the pool's hosted UI (${HOSTED_UI_HOST}), as a real
sign-in does, and come back here; the extension lists what failed with the calls.</p>
<ul id="signin"></ul>
<pre id="log"></pre>
<script>
const scenarios = ${scenarioJson};
const log = document.getElementById('log');
for (const s of scenarios) {
  const b = document.createElement('button');
  b.textContent = s.label;
  b.onclick = async () => {
    let outcome;
    try { outcome = (await fetch(s.url, { method: s.method || 'GET', headers: s.headers || {}, body: s.body })).status; }
    catch { outcome = 'network error (often a CORS error hiding a 401)'; }
    log.textContent = s.label + ' → ' + outcome + '\\n' + log.textContent;
  };
  document.getElementById('buttons').append(b);
}
for (const l of ${linkJson}) {
  const a = document.createElement('a');
  a.textContent = l.label;
  a.href = l.href;
  const li = document.createElement('li');
  li.append(a);
  document.getElementById('signin').append(li);
}
// Back from a sign-in with a code: exchange it as the link said, the way a buggy app would.
const back = new URLSearchParams(location.search);
const code = back.get('code');
const exchange = (clientId) => fetch('https://${HOSTED_UI_HOST}/oauth2/token', {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ grant_type: 'authorization_code', client_id: clientId, redirect_uri: '${demoPage}', code }),
}).then((r) => r.status, () => 'network error');
(async () => {
  if (code && back.get('state') === 'twice') {
    log.textContent = 'First exchange → ' + (await exchange('${SIGNIN_CLIENT}')) + '\\n' + log.textContent;
    log.textContent = 'Second exchange of the same code → ' + (await exchange('${SIGNIN_CLIENT}')) + '\\n' + log.textContent;
  } else if (code && back.get('state') === 'no-secret') {
    log.textContent = 'Exchange without the client secret → ' + (await exchange('${CONFIDENTIAL_CLIENT}')) + '\\n' + log.textContent;
  } else if (back.get('error')) {
    log.textContent = 'Sign-in came back with error=' + back.get('error') + ', error_description=' + back.get('error_description') + '\\n' + log.textContent;
  }
})();
</script>`,
  );
  return {
    fake,
    hostedUi,
    app,
    pool,
    scenarios,
    demoUrl: app.url('/demo.html'),
    close: async () => {
      await app.close();
      await hostedUi.close();
      await fake.close();
    },
  };
}

/**
 * The demo's custom domain as the options page saves it after an import of `aws apigateway
 * get-base-path-mappings --domain-name shop-api.example.test`.
 */
export function demoApiDomains(): unknown {
  return [
    {
      domainName: DEMO_API_DOMAIN,
      mappings: [{ basePath: 'v1', apiId: REST, stage: 'prod' }],
      source: { kind: 'get-base-path-mappings', updatedAt: Date.now() },
    },
  ];
}

/**
 * A copy of the build whose manifest grants the demo's custom domain at install: what a headless
 * run uses instead of the popup's "Watch" offer, whose permission prompt nobody can answer there.
 */
export function demoGrantedBuild(distDir: string): GrantedBuild {
  return grantedBuild(distDir, [DEMO_API_DOMAIN]);
}

/** The app clients of the demo's hosted UI as an import of describe-user-pool-client records them. */
export function demoSigninConfiguration(world: DemoWorld): unknown {
  const callback = `${world.app.origin}/demo.html`;
  const client = (clientId: string, hasSecret: boolean, scopes: string[]) => ({
    userPoolId: world.pool.poolId,
    clientId,
    callbackUrls: [callback],
    logoutUrls: [],
    allowedOAuthFlows: ['code'],
    allowedOAuthScopes: scopes,
    oauthEnabled: true,
    supportedIdentityProviders: ['COGNITO'],
    explicitAuthFlows: [],
    hasSecret,
  });
  return {
    pools: [{ poolId: world.pool.poolId, region: 'eu-west-1', domainPrefix: HOSTED_UI_HOST.split('.')[0] }],
    clients: [
      client(SIGNIN_CLIENT, false, ['openid', 'email']),
      client(CONFIDENTIAL_CLIENT, true, ['openid']),
    ],
  };
}
