// The demo's world, shared by `npm run demo` and `npm run screenshots`: the local stand-ins for API
// Gateway and Cognito that the end-to-end tests use, and a demo app whose buttons fire realistic
// failing calls at them. Everything stays on this machine.
import { type AppServer, startAppServer } from '../tests/e2e/support/appServer';
import { type FakeAws, startFakeAws } from '../tests/e2e/support/fakeAws';
import { createUserPool, type UserPool } from '../tests/e2e/support/tokens';

export interface Scenario {
  label: string;
  url: string;
  method?: string;
  headers?: Record<string, string>;
}

export interface DemoWorld {
  fake: FakeAws;
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
const SCOPE = 'orders/read';

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
    ],
  });
  fake.addRestApi({
    apiId: PREFLIGHT,
    authorizer,
    cors: true,
    optionsProtected: true,
    routes: [{ method: 'ANY', resource: '/{proxy+}' }],
  });
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
  ];

  // The page's script needs the scenarios; JSON inside a <script> must not be able to close it.
  const scenarioJson = JSON.stringify(scenarios).replace(/</g, '\\u003c');
  const app = await startAppServer();
  app.addPage(
    '/demo.html',
    `<!doctype html><meta charset="utf-8"><title>Cognito 401 Doctor demo app</title>
<style>body{font:15px system-ui;margin:2em;max-width:46em}button{display:block;margin:.4em 0;font:inherit}
#log{font:13px ui-monospace,monospace;white-space:pre-wrap}</style>
<h1>Demo app</h1>
<p>Each button calls a local stand-in for API Gateway with a Cognito authorizer. Failed calls turn the
extension's toolbar badge red: click the icon to see why each one failed.</p>
<div id="buttons"></div><pre id="log"></pre>
<script>
const scenarios = ${scenarioJson};
const log = document.getElementById('log');
for (const s of scenarios) {
  const b = document.createElement('button');
  b.textContent = s.label;
  b.onclick = async () => {
    let outcome;
    try { outcome = (await fetch(s.url, { method: s.method || 'GET', headers: s.headers || {} })).status; }
    catch { outcome = 'network error (often a CORS error hiding a 401)'; }
    log.textContent = s.label + ' → ' + outcome + '\\n' + log.textContent;
  };
  document.getElementById('buttons').append(b);
}
</script>`,
  );
  return {
    fake,
    app,
    pool,
    scenarios,
    demoUrl: app.url('/demo.html'),
    close: async () => {
      await app.close();
      await fake.close();
    },
  };
}
