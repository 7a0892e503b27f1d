// The Japanese edition: Chromium in Japanese (`--lang=ja`, and `--accept-lang=ja`, which is what
// `navigator.languages` reports) gets the popup, the report, the badge tooltip and the options page
// in Japanese, picked by the extension itself.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHECK_IDS } from '../../src/core/diagnosis';
import { chromeHar } from '../unit/har/chromeHar';
import { failingSigninEntries } from '../unit/har/signinHar';
import { fire } from './support/appServer';
import { badgeTitle, pollFor } from './support/browser';
import { newestCallOfTab } from './support/captures';
import { axeViolations, computedFont, englishInProse, THEME_FONT_STACK } from './support/pageChecks';
import { startWorld, type World } from './support/world';

/** What the pages show as sent: HTTP methods are the request's, not words of the edition. */
const SENT = ['GET', 'POST'];
/** Chrome's menu labels, which the HAR page's export help quotes as English Chrome shows them. */
const CHROME_LABELS = [
  'Chrome',
  'DevTools',
  'Export',
  'with',
  'sensitive',
  'data',
  'sanitized',
  'Allow',
  'to',
  'generate',
  'Settings',
  'Preferences',
  'Network',
];
const REST = 'j4pan3se01';

let world: World;

beforeAll(async () => {
  world = await startWorld({ poolRegion: 'ap-northeast-1', locale: 'ja' });
  world.fake.addRestApi({
    apiId: REST,
    authorizer: { userPoolIds: [world.pool.poolId] },
    cors: true,
    gatewayResponseCors: true,
    routes: [{ method: 'GET', resource: '/orders/{id}' }],
  });
});

afterAll(() => world?.close());

async function text(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().textContent()) ?? '';
}

test('an expired ID token is diagnosed in Japanese: headline, check titles, statuses, claims, report, badge', async () => {
  const { page, tabId } = await world.appTab();
  const token = world.pool.expiredIdToken(720);
  expect(
    await fire(page, { url: world.fake.apiUrl(REST, '/orders/1'), headers: { Authorization: token } }),
  ).toBe(401);
  await world.waitForBadge(tabId, '1');
  expect(await badgeTitle(world.browser.serviceWorker, tabId)).toBe(
    'Cognito 401 Doctor: このタブで API Gateway の呼び出し 1 件が 401 Unauthorized を返しました。クリックして診断します。',
  );

  const popup = await world.openPopup(tabId);
  await pollFor(popup, '[data-diagnosis][data-signature="done"]');
  expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ja');
  expect(await popup.evaluate(() => navigator.languages)).toEqual(['ja']);
  // Japanese text in the theme's stack (Hiragino Sans, Noto Sans JP), at the popup's size.
  expect(await computedFont(popup, '[data-headline]')).toEqual({ size: '14px', family: THEME_FONT_STACK });
  expect(await computedFont(popup, '[data-check="token.expiry"] .fix')).toEqual({
    size: '13px',
    family: THEME_FONT_STACK,
  });
  expect(await axeViolations(popup)).toEqual([]);

  // The DOM contract is the same in every language: every check, in order, with its status.
  const ids = await popup
    .locator('[data-check]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-check')));
  expect(ids).toEqual([...CHECK_IDS]);

  expect(await popup.locator('[data-headline]').getAttribute('data-headline-check')).toBe('token.expiry');
  expect(await text(popup, '[data-headline]')).toContain(
    'トークンは、このリクエストの 12 分前に有効期限が切れています。',
  );
  expect(await text(popup, '.headline-label')).toBe('最も可能性の高い原因');

  const title = (id: string) => text(popup, `[data-check="${id}"] .check-title`);
  expect(await title('token.expiry')).toBe('リクエストの 12 分前に有効期限が切れています');
  expect(await title('source')).toBe('REST API のオーソライザーが呼び出しを拒否しました');
  expect(await title('cors')).toBe('401 に Access-Control-Allow-Origin が付いています');
  expect(await title('header.present')).toBe('Authorization ヘッダーが送られています');
  expect(await title('token.alg')).toBe('RS256 で署名されています');
  expect(await title('token.signature')).toBe('署名を検証しました');
  expect(await title('manual.resource_policy')).toBe('リソースポリシーは原因ではありません');
  expect(await text(popup, '[data-check="token.expiry"] .status-badge')).toContain('失敗');
  expect(await text(popup, '[data-check="token.signature"] .status-badge')).toContain('正常');
  expect(await text(popup, '[data-check="token.expiry"] .fix')).toContain('対処：');

  // Claims keep their raw values; the words around them are Japanese.
  const exp = await text(popup, '[data-claim="exp"]');
  expect(exp).toContain('リクエストの 12 分前');
  expect(exp).toContain('有効期限：この時刻以降、トークンは拒否されます。');
  expect(await text(popup, '[data-claim="iss"]')).toContain(world.pool.issuer);

  // The report uses the same catalog. The clipboard is read back from the app's page.
  await world.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: world.app.origin,
  });
  const copy = popup.locator('[data-action="copy-report"]');
  expect(await copy.textContent()).toBe('レポートをコピー');
  await copy.click();
  await pollFor(popup, '[data-action="copy-report"][data-copy-state="copied"]');
  await page.bringToFront();
  const report = await page.evaluate(() => navigator.clipboard.readText());
  expect(report).toContain('# API Gateway 401 の診断');
  expect(report).toContain('トークンは、このリクエストの 12 分前に有効期限が切れています。');
  expect(report).not.toContain(token.split('.')[2]);
});

test('the options page is in Japanese', async () => {
  const options = await world.browser.context.newPage();
  await options.goto(`chrome-extension://${world.browser.extensionId}/src/options/index.html`);
  await pollFor(options, '[data-action="add-api"]');
  expect(await options.evaluate(() => document.documentElement.lang)).toBe('ja');
  expect(await options.title()).toBe('API の設定 · Cognito 401 Doctor');
  expect(await text(options, 'h1')).toBe('API の設定');
  expect(await text(options, '[data-action="add-api"]')).toBe('API を手動で追加');
  expect(await computedFont(options, 'body')).toEqual({ size: '14px', family: THEME_FONT_STACK });
  expect(await axeViolations(options)).toEqual([]);
});

test('the Japanese options page: import preview, warnings, errors and validation problems have no English left', async () => {
  // Arrive as from the popup's link: it names a captured call by id, the page reads the call itself.
  const stage = 'prod';
  const { page, tabId } = await world.appTab();
  const token = world.pool.expiredIdToken();
  expect(
    await fire(page, { url: world.fake.apiUrl(REST, '/orders/2'), headers: { Authorization: token } }),
  ).toBe(401);
  const callId = await newestCallOfTab(world.browser.serviceWorker, tabId);
  const options = await world.browser.context.newPage();
  await options.goto(`chrome-extension://${world.browser.extensionId}/src/options/index.html?call=${callId}`);
  await pollFor(options, '[data-api-config="new"] [data-config-editor="new"]');
  expect(await options.inputValue('[data-config-field="apiId"]')).toBe(REST);

  // An import error first: the message is Japanese, the formats it reads are code.
  await options.fill('[data-import-text]', 'just some words: [x');
  await options.click('[data-import-submit]');
  await pollFor(options, '[data-import-error]');
  expect(await text(options, '[data-import-error]')).toContain('JSON でも正しい YAML でもありません');
  expect(await options.locator('[data-import-error] code').count()).toBeGreaterThan(3);

  // get-authorizers output whose first authorizer raises three warnings; a Lambda authorizer beside it.
  const output = {
    items: [
      {
        id: 'x7y8z9',
        name: 'orders-cognito',
        type: 'COGNITO_USER_POOLS',
        providerARNs: [
          `arn:aws:cognito-idp:ap-northeast-1:123456789012:userpool/${world.pool.poolId}`,
          // AWS's own syntax for a pool taken from a stage variable, not a template.
          `arn:aws:cognito-idp:ap-northeast-1:123456789012:userpool/\${stageVariables.PoolId}`,
          'arn:aws:iam::123456789012:role/not-a-pool',
        ],
        identitySource: 'method.request.querystring.token',
      },
      { id: 't0k3n1', name: 'legacy', type: 'TOKEN', identitySource: 'method.request.header.X-Token' },
    ],
  };
  await options.fill('[data-import-text]', JSON.stringify(output, null, 2));
  await options.click('[data-import-submit]');
  await pollFor(options, '[data-import-preview="get-authorizers"]');
  const warnings = await options.locator('[data-import-warnings] li').allTextContents();
  expect(warnings).toHaveLength(3);
  for (const warning of warnings) expect(warning).toMatch(/[\u3040-\u30ff]/);
  expect(warnings.join('\n')).toContain('ステージ変数 PoolId');
  const summary = await options.locator('[data-import-summary] li').allTextContents();
  expect(summary[0]).toContain('オーソライザーを 2 個読み取りました');

  // A hand edit with a bad pool id and a bad stage: each problem explains the form with an example.
  await options.fill('[data-config-field="userPoolIds"]', 'eu-west-1-AbC');
  await options.fill('[data-config-field="stage"]', 'my stage');
  await pollFor(options, '[data-field-problem="userPoolIds"]');
  await pollFor(options, '[data-field-problem="stage"]');
  const poolProblem = await text(options, '[data-field-problem="userPoolIds"]');
  expect(poolProblem).toContain('ユーザープール ID は、リージョン、アンダースコア、英数字を続けたものです。');
  expect(await text(options, '[data-field-problem="userPoolIds"] code')).toBe('eu-west-1_AbC123xyz');
  expect(poolProblem).not.toMatch(/\[a-z|\\d|\^/);
  expect(await text(options, '[data-field-problem="stage"]')).toContain(
    'ステージ名は英字、数字、ハイフン、アンダースコア',
  );

  // The whole page: what the link carried or the user typed is data, shown as entered; every other
  // Latin word must be a product name.
  expect(await englishInProse(options, [REST, stage, 'GET', 'my', 'ap-northeast-1'])).toEqual([]);
});

test('the HAR page in Japanese: a file with failing sign-in steps, its summary and each step’s checks', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'c401-ja-har-'));
  try {
    const path = join(dir, 'signin.har');
    writeFileSync(path, chromeHar(failingSigninEntries(Date.now() - 60_000)));
    const page = await world.browser.context.newPage();
    await page.goto(`chrome-extension://${world.browser.extensionId}/src/har/index.html`);
    await pollFor(page, '[data-har-import]');
    await page.setInputFiles('[data-har-import]', path);
    await pollFor(page, '[data-har-summary][data-har-status="complete"]');
    expect(await text(page, '[data-har-summary] [role="status"]')).toContain(
      '診断する呼び出しは 0 件、失敗したサインインのステップは 3 件です。',
    );
    const rows = page.locator('[data-call][data-signin-step]');
    expect(await rows.count()).toBe(3);
    for (let index = 0; index < 3; index++) {
      const id = await rows.nth(index).getAttribute('data-call');
      await rows.nth(index).click();
      await pollFor(page, `[data-call-detail="${id}"] [data-check="signin.step"]`);
      // Chrome's own menu labels, quoted in the export help as they appear in English Chrome.
      const english = await englishInProse(page, [...SENT, ...CHROME_LABELS]);
      expect(english).toEqual([]);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
