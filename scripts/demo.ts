// `npm run demo`: try the extension without an AWS account. Starts the same local stand-ins for
// API Gateway and Cognito that the end-to-end tests use, opens Chromium with the built extension
// and a demo app whose buttons fire realistic failing calls. Everything stays on this machine.
//
//   npm run build && npm run demo            (a desktop session: a Chromium window opens)
//   CHROME_PATH=/path/to/chromium npm run demo
//   npm run demo -- --headless               (no window: prints the URLs, for a quick check)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startAppServer } from '../tests/e2e/support/appServer';
import { chromePath, hostResolverRules } from '../tests/e2e/support/browser';
import { startFakeAws } from '../tests/e2e/support/fakeAws';
import { createUserPool } from '../tests/e2e/support/tokens';

const REST = 'd3m0r3st01';
const PREFLIGHT = 'd3m0pr3f1t';
const HTTP = 'd3m0h77p01';
const SCOPE = 'orders/read';

interface Scenario {
  label: string;
  url: string;
  method?: string;
  headers?: Record<string, string>;
}

const headless = process.argv.includes('--headless');
const distDir = resolve('dist');

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
  { label: 'Expired ID token', url: fake.apiUrl(REST, '/orders/1'), headers: auth(pool.expiredIdToken(720)) },
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
  { label: 'Token in quotes', url: fake.apiUrl(REST, '/orders/4'), headers: auth(`"${pool.mintIdToken()}"`) },
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

const profileDir = mkdtempSync(join(tmpdir(), 'c401-demo-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: chromePath(),
  headless: false,
  ignoreDefaultArgs: ['--disable-extensions'],
  viewport: null,
  args: [
    ...(headless ? ['--headless=new'] : []),
    `--load-extension=${distDir}`,
    `--host-resolver-rules=${hostResolverRules(fake.port)}`,
    // The stand-ins use a certificate made on the fly; only this throw-away profile trusts it.
    '--ignore-certificate-errors',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(app.url('/demo.html'));
console.log(`Demo app: ${app.url('/demo.html')} (user pool ${pool.poolId})`);
console.log(
  'Click the buttons, then the extension icon (pin it from the puzzle-piece menu). Ctrl+C to stop.',
);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await context.close().catch(() => undefined);
  await app.close();
  await fake.close();
  rmSync(profileDir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', () => void stop());
context.on('close', () => void stop());
if (headless) {
  // A smoke run: click every scenario once and report the badge, then stop.
  for (const label of scenarios.map((s) => s.label)) await page.getByRole('button', { name: label }).click();
  await page.waitForTimeout(1000);
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const badge = await worker?.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true });
    return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
  });
  console.log(`Badge after ${scenarios.length} scenarios: ${badge}`);
  await stop();
}
