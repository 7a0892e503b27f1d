// The HAR page in real Chromium: a HAR written at test time (a 401, a 403 explicit deny with its
// body, a 200), read through the file input, listed with the popup's diagnosis, and nothing kept.
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { SIGNIN_CHECKS } from '../../src/core/signin/signinChecks';
import { chromeEntry, chromeHar, pageEntry } from '../unit/har/chromeHar';
import { failingSigninEntries } from '../unit/har/signinHar';
import { SECRETS } from '../unit/signin/signinFixtures';
import { fire } from './support/appServer';
import { localStorage, pollFor, sessionStorage } from './support/browser';
import {
  EXPLICIT_DENY,
  explicitDenyEntry,
  gatewayUrl,
  okEntry,
  unauthorizedEntry,
} from './support/harEntries';
import { axeViolations } from './support/pageChecks';
import { startWorld, type World } from './support/world';

const API = 'h4rp4g3api';
const HAR_PAGE = 'src/har/index.html';

const REST = 'r0undtr1p0';

let world: World;
let dir: string;

beforeAll(async () => {
  world = await startWorld();
  world.fake.addRestApi({
    apiId: REST,
    authorizer: { userPoolIds: [world.pool.poolId] },
    cors: true,
    gatewayResponseCors: true,
    routes: [{ method: 'GET', resource: '/orders/{id}' }],
  });
  dir = mkdtempSync(join(tmpdir(), 'c401-har-'));
});

afterEach(() => world.closeTabs());

afterAll(async () => {
  await world?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const apiUrl = (path: string) => gatewayUrl(API, path);

/** A HAR as Chrome's "Export HAR (with sensitive data)" writes it, sent now (the checks' clock). */
function failingHar(expired: string, valid: string): string {
  const startedDateTime = new Date().toISOString();
  return chromeHar([
    pageEntry(),
    unauthorizedEntry({ apiId: API, path: '/prod/orders/1', token: expired, startedDateTime }),
    explicitDenyEntry({ apiId: API, path: '/prod/admin', token: valid, startedDateTime }),
    okEntry({ apiId: API, path: '/prod/orders', token: valid, startedDateTime }),
  ]);
}

function writeHar(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function harPage(): Promise<Page> {
  const page = await world.browser.context.newPage();
  world.track(page);
  await page.goto(`chrome-extension://${world.browser.extensionId}/${HAR_PAGE}`);
  await pollFor(page, '[data-har-import]');
  return page;
}

async function importFile(page: Page, path: string, status = 'complete'): Promise<void> {
  await page.setInputFiles('[data-har-import]', path);
  await pollFor(page, `[data-har-summary][data-har-status="${status}"]`, 20_000);
}

describe('HAR page', () => {
  test('lists the 401 and the 403 of a HAR with the popup diagnosis, body evidence and a verified signature; keeps nothing', async () => {
    const expired = world.pool.expiredIdToken(600);
    const valid = world.pool.mintIdToken();
    const page = await harPage();
    await importFile(page, writeHar('failing.har', failingHar(expired, valid)));

    // The 200 and the page are not calls the extension captures.
    expect(await page.locator('[data-call]').count()).toBe(2);
    expect(await page.locator('[data-har-summary]').textContent()).toContain('failing.har: 2 calls');

    // The first call is selected: the expired token, as the popup would say it.
    await pollFor(page, '[data-diagnosis][data-signature="done"]');
    expect(await page.locator('[data-headline]').getAttribute('data-headline-check')).toBe('token.expiry');
    expect(await page.locator('[data-check="token.expiry"]').getAttribute('data-status')).toBe('fail');
    expect(await page.locator('[data-check="token.signature"]').getAttribute('data-status')).toBe('pass');
    expect(await page.locator('[data-claim="exp"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-check]').count()).toBeGreaterThan(10);

    // The 403: the body's own words are the source check's evidence, and the body is shown.
    await page.locator('[data-call]').nth(1).click();
    await pollFor(page, '[data-call][data-selected] .path');
    expect(await page.locator('[data-call][data-selected] .status').textContent()).toBe('403');
    expect(await page.locator('[data-check="source"]').textContent()).toContain(EXPLICIT_DENY);
    expect(await page.locator('[data-response-body]').textContent()).toContain(EXPLICIT_DENY);
    expect(await page.locator('[data-check="token.expiry"]').getAttribute('data-status')).toBe('pass');

    expect(await axeViolations(page)).toEqual([]);

    // Nothing of the file in any storage: the extension's, or the page's own.
    const stored = JSON.stringify([
      await sessionStorage(world.browser.serviceWorker),
      await localStorage(world.browser.serviceWorker),
    ]);
    for (const secret of [expired, valid, expired.split('.')[1] ?? '', API])
      expect(stored).not.toContain(secret);
    const pageStores = await page.evaluate(async () => ({
      local: window.localStorage.length,
      session: window.sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    expect(pageStores).toEqual({ local: 0, session: 0, databases: 0, caches: 0 });
  });

  test('"Configure this API" for a call that lives only in the page: API, stage and method pre-filled, no path or token in the link', async () => {
    const expired = world.pool.expiredIdToken(600);
    const page = await harPage();
    await importFile(page, writeHar('configure.har', failingHar(expired, world.pool.mintIdToken())));
    await pollFor(page, '[data-action="configure-api"]');
    const [options] = await Promise.all([
      world.browser.context.waitForEvent('page'),
      page.locator('[data-action="configure-api"]').click(),
    ]);
    world.track(options);
    await pollFor(options, '[data-api-config="new"] [data-config-editor="new"]');
    expect(await options.inputValue('[data-config-field="apiId"]')).toBe(API);
    expect(await options.inputValue('[data-config-field="stage"]')).toBe('prod');
    const link = new URL(options.url());
    expect(link.searchParams.get('apiId')).toBe(API);
    for (const part of expired.split('.')) expect(options.url()).not.toContain(part);
    expect(options.url()).not.toContain('orders');
  });

  test('asks for an export "with sensitive data" when no call carries Authorization', async () => {
    const sanitized = chromeHar([
      chromeEntry({
        url: apiUrl('/prod/orders/1'),
        requestHeaders: [{ name: 'accept', value: 'application/json' }],
        responseHeaders: [
          { name: 'x-amzn-RequestId', value: 'r-1' },
          { name: 'x-amzn-ErrorType', value: 'UnauthorizedException' },
        ],
      }),
    ]);
    const page = await harPage();
    await importFile(page, writeHar('sanitized.har', sanitized));
    expect(await page.locator('[data-har-note="no-authorization"]').textContent()).toContain(
      'Export HAR (with sensitive data)',
    );
    expect(await page.locator('[data-check="header.present"]').getAttribute('data-status')).toBe('fail');
  });

  test('says what is wrong with a file that is not a HAR, and one cut short', async () => {
    const page = await harPage();
    await importFile(page, writeHar('page.html', '<!doctype html><title>x</title>'), 'not-json');
    expect(await page.locator('[data-har-summary] .error').textContent()).toContain('not JSON');
    expect(await page.locator('[data-call]').count()).toBe(0);

    const whole = failingHar(world.pool.expiredIdToken(600), world.pool.mintIdToken());
    // Cut inside the 403's entry: the 401 before it is whole.
    const cut = whole.slice(0, whole.indexOf('/prod/admin'));
    await importFile(page, writeHar('cut.har', cut), 'truncated');
    expect(await page.locator('[data-har-summary] .error').textContent()).toContain('ends too early');
    expect(await page.locator('[data-call]').count()).toBe(1);
  });

  test('reads a large file in pieces: the progress bar moves while the page keeps answering', async () => {
    // About 60 MB: 1,500 page loads of 40 KB each, one 401 at the end.
    const bulky = Array.from({ length: 1500 }, (_, index) =>
      pageEntry(`<p>${index}</p>${'x'.repeat(40_000)}`),
    );
    const text = chromeHar([...bulky, chromeEntry({ url: apiUrl('/prod/late') })]);
    const path = writeHar('large.har', text);
    const page = await harPage();
    await page.setInputFiles('[data-har-import]', path);
    // Seen part way: the page painted a value between the start and the end of the file.
    let partWay = false;
    await pollFor(
      page,
      async () => {
        const value = Number(
          (await page
            .locator('[data-har-progress] progress')
            .getAttribute('value')
            .catch(() => null)) ?? 0,
        );
        if (value > 0 && value < text.length) partWay = true;
        return partWay || (await page.locator('[data-har-summary]').count()) > 0;
      },
      20_000,
    );
    expect(partWay).toBe(true);
    await pollFor(page, '[data-har-summary][data-har-status="complete"]', 60_000);
    expect(await page.locator('[data-call]').count()).toBe(1);
  });

  test('Stop part way through a large file: reading ends, the page says so, only what was read is listed, and the next file reads whole', async () => {
    // About 160 MB, written in pieces (no string of the whole file): 4,000 page loads of 40 KB
    // each, with a 401 after every 100 of them (40 in all). Big enough that reading takes seconds.
    const path = join(dir, 'stopped.har');
    const file = openSync(path, 'w');
    let entryCount = 0;
    try {
      writeSync(
        file,
        '{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"entries":[',
      );
      for (let index = 0; index < 4000; index++) {
        const bulk = JSON.stringify(pageEntry(`<p>${index}</p>${'x'.repeat(40_000)}`));
        writeSync(file, `${index === 0 ? '' : ','}${bulk}`);
        entryCount++;
        if (index % 100 === 99) {
          writeSync(file, `,${JSON.stringify(chromeEntry({ url: apiUrl(`/prod/part/${index}`) }))}`);
          entryCount++;
        }
      }
      writeSync(file, ']}}');
    } finally {
      closeSync(file);
    }
    const size = statSync(path).size;
    const page = await harPage();
    await page.setInputFiles('[data-har-import]', path);
    // Part way (the bar has moved, the file is not read yet), Stop is clicked in the same turn of the
    // page, so the end of the file cannot come between seeing the bar and pressing the button.
    await pollFor(
      page,
      () =>
        page.evaluate((total) => {
          const value = Number(
            document.querySelector('[data-har-progress] progress')?.getAttribute('value') ?? 0,
          );
          const stop = document.querySelector<HTMLButtonElement>('[data-action="stop-reading"]');
          if (!stop || value <= 0 || value >= total) return false;
          stop.click();
          return true;
        }, size),
      30_000,
    );

    await pollFor(page, '[data-har-summary][data-har-status="aborted"]', 20_000);
    // The progress bar and the Stop button are gone: reading ended.
    expect(await page.locator('[data-har-progress]').count()).toBe(0);
    expect(await page.locator('[data-action="stop-reading"]').count()).toBe(0);
    expect(await page.locator('[data-har-summary] .error').textContent()).toContain('Reading stopped');
    // What is listed is what was read before the stop, never the whole file's 40 calls.
    const listed = await page.locator('[data-call]').count();
    expect(listed).toBeLessThan(40);
    const read = Number(
      /among (\d+) entr/.exec((await page.locator('[data-har-summary]').textContent()) ?? '')?.[1],
    );
    expect(read).toBeLessThan(entryCount);

    // The page is usable again: the next file is read to the end.
    await importFile(
      page,
      writeHar('after-stop.har', failingHar(world.pool.expiredIdToken(600), world.pool.mintIdToken())),
    );
    expect(await page.locator('[data-call]').count()).toBe(2);
    expect(await page.locator('[data-har-summary] .error').count()).toBe(0);
  }, 90_000);
});

describe('HAR page: sign-in steps', () => {
  test('lists the failing sign-in steps with the calls, each with the signin.* checks and the Postman hand-off; keeps no secret', async () => {
    const started = Date.now() - 60_000;
    const valid = world.pool.mintIdToken();
    const text = chromeHar([
      pageEntry(),
      ...failingSigninEntries(started),
      explicitDenyEntry({
        apiId: API,
        path: '/prod/admin',
        token: valid,
        startedDateTime: new Date().toISOString(),
      }),
    ]);
    const page = await harPage();
    await importFile(page, writeHar('signin.har', text));
    expect(await page.locator('[data-har-summary]').textContent()).toContain(
      '1 call and 3 failing sign-in steps',
    );
    expect(await page.locator('[data-call]').count()).toBe(4);
    const steps = page.locator('[data-call][data-signin-step]');
    // Newest first: the JSON body's 405, the code spent twice, then the error page.
    expect(
      await steps.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-signin-step'))),
    ).toEqual(['token', 'token', 'error']);
    expect(await steps.nth(0).textContent()).toContain('POST 405 /oauth2/token');

    // The API call (newest) is selected, with the Postman hand-off of its Cognito token.
    expect(await page.locator('[data-call][data-selected]').getAttribute('data-signin-step')).toBeNull();
    await pollFor(page, '[data-postman]');
    expect(await page.locator('[data-postman-field="client_id"]').count()).toBe(1);

    const selectStep = async (index: number) => {
      const id = await steps.nth(index).getAttribute('data-call');
      await steps.nth(index).click();
      await pollFor(page, `[data-call-detail="${id}"] [data-diagnosis][data-signin-step]`);
      return diagnosisOf(page);
    };
    const errorPage = await selectStep(2);
    // One element per check, in SIGNIN.md's order (the popup's test spells that order out).
    expect(Object.keys(errorPage.checks)).toEqual(SIGNIN_CHECKS.map((check) => check.id));
    expect(errorPage.headline).toBe('signin.redirect_uri');
    expect(errorPage.checks['signin.redirect_uri']).toBe('fail');
    expect(await page.locator('[data-claim]').count()).toBe(0);

    // The second exchange of one code: the body's invalid_grant, and the earlier exchange in the file.
    const twice = await selectStep(1);
    expect(twice.headline).toBe('signin.grant');
    expect(twice.checks['signin.grant']).toBe('fail');
    expect(await page.locator('[data-check="signin.step"]').textContent()).toContain('invalid_grant');

    const json = await selectStep(0);
    expect(json.checks['signin.request_format']).toBe('fail');
    expect(await page.locator('[data-postman]').count()).toBe(1);
    expect(
      await page.locator('[data-postman-field="access_token_url"] [data-postman-value]').textContent(),
    ).toBe('https://myapp.auth.eu-west-1.amazoncognito.com/oauth2/token');

    expect(await axeViolations(page)).toEqual([]);
    // No code, verifier or refresh token on the page or in any storage.
    const shown = await page.locator('main').innerHTML();
    const stored = JSON.stringify([
      await sessionStorage(world.browser.serviceWorker),
      await localStorage(world.browser.serviceWorker),
    ]);
    for (const secret of [SECRETS.code, SECRETS.verifier, SECRETS.refreshToken]) {
      expect(shown).not.toContain(secret);
      expect(stored).not.toContain(secret);
    }
  });
});

/** Each check's status by id, the headline's check, and the signature state, as the page shows them. */
async function diagnosisOf(page: Page) {
  const checks = await page
    .locator('[data-check]')
    .evaluateAll((items) =>
      items.map((item) => [item.getAttribute('data-check'), item.getAttribute('data-status')]),
    );
  return {
    checks: Object.fromEntries(checks) as Record<string, string>,
    headline: await page.locator('[data-headline]').getAttribute('data-headline-check'),
    headlineText: await page.locator('[data-headline]').textContent(),
  };
}

describe('HAR export round trip', () => {
  test('export from the popup after real captures, import on the HAR page: the same diagnosis but the signature', async () => {
    const { page: tab, tabId } = await world.appTab();
    const expired = world.pool.expiredIdToken(600);
    expect(
      await fire(tab, { url: world.fake.apiUrl(REST, '/orders/1'), headers: { Authorization: expired } }),
    ).toBe(401);
    await world.waitForBadge(tabId, '1');

    const popup = await world.openPopup(tabId);
    await pollFor(popup, '[data-diagnosis][data-signature="done"]');
    const before = await diagnosisOf(popup);
    expect(before.checks['token.signature']).toBe('pass');

    // Copy as cURL: "$TOKEN" by default, the real token only from its own labelled button. The
    // clipboard is read back from the app's page (Chrome grants clipboard-read to it, not to the popup).
    await world.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: world.app.origin,
    });
    const clipboard = async () => {
      await tab.bringToFront();
      const copied = await tab.evaluate(() => navigator.clipboard.readText());
      await popup.bringToFront();
      return copied;
    };
    await popup.locator('[data-copy-curl]').click();
    await pollFor(popup, '[data-copy-curl][data-copy-state="copied"]');
    const command = await clipboard();
    expect(command).toContain(`curl ${world.fake.apiUrl(REST, '/orders/1')}`);
    expect(command).toContain('"$TOKEN"');
    expect(command).not.toContain(expired);
    const real = popup.locator('[data-copy-curl-real-token]');
    expect(await real.textContent()).toBe('Copy as cURL with the real token');
    await real.click();
    await pollFor(popup, '[data-copy-curl-real-token][data-copy-state="copied"]');
    expect(await clipboard()).toContain(expired);

    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('[data-har-export]').click(),
    ]);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    // Header and payload kept (the checks read them), the signature gone.
    const [header, payload, signature] = expired.split('.');
    expect(text).toContain(`${header}.${payload}.signatureRemoved`);
    expect(text).not.toContain(signature);
    expect(text.toLowerCase()).not.toContain('"cookie"');

    const page = await harPage();
    await importFile(page, path);
    expect(await page.locator('[data-call]').count()).toBe(1);
    await pollFor(page, '[data-diagnosis][data-signature="removed"]');
    expect(await page.locator('[data-har-note="signatures-removed"]').count()).toBe(1);
    const after = await diagnosisOf(page);
    const { 'token.signature': signatureAfter, ...restAfter } = after.checks;
    const { 'token.signature': _signatureBefore, ...restBefore } = before.checks;
    expect(restAfter).toEqual(restBefore);
    expect(after.headline).toBe(before.headline);
    expect(after.headlineText).toBe(before.headlineText);
    expect(signatureAfter).toBe('skip');
    expect(await page.locator('[data-check="token.signature"]').textContent()).toContain(
      'signatures were removed',
    );
  });

  test('the popup and the options page open the HAR page', async () => {
    const popup = await world.openPopup(999_999);
    const options = await world.browser.context.newPage();
    world.track(options);
    await options.goto(`chrome-extension://${world.browser.extensionId}/src/options/index.html`);
    for (const from of [popup, options]) {
      await pollFor(from, '[data-open-har-page]');
      const [target] = await Promise.all([
        world.browser.context.waitForEvent('page'),
        from.locator('[data-open-har-page]').click(),
      ]);
      world.track(target);
      await pollFor(target, '[data-har-import]');
      expect(target.url()).toBe(`chrome-extension://${world.browser.extensionId}/${HAR_PAGE}`);
    }
  });
});
