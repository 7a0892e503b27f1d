// A Lambda authorizer with its configuration imported (issue 12): the user pastes what `aws
// apigateway get-authorizers` prints on the options page, and the captured 401s then get the
// authorizer's own rules: its identity source is the header header.present reads, a value that fails
// the validation expression never reached the function, and the test-invoke-authorizer command
// names the real authorizer id and header.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fire } from './support/appServer';
import { pollFor } from './support/browser';
import { startWorld, type World } from './support/world';

const API = 'l7a8m9b0d1';
const HEADER = 'X-Partner-Token';
const AUTHORIZER_ID = 'pt0k3n';

/** `aws apigateway get-authorizers --rest-api-id l7a8m9b0d1`, in the shape of API_Authorizer. */
const GET_AUTHORIZERS = JSON.stringify(
  {
    items: [
      {
        id: AUTHORIZER_ID,
        name: 'partner-token',
        type: 'TOKEN',
        authType: 'custom',
        authorizerUri:
          'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:partner-token/invocations',
        identitySource: `method.request.header.${HEADER}`,
        identityValidationExpression: '^Bearer [-0-9a-zA-Z\\._]*$',
        authorizerResultTtlInSeconds: 300,
      },
    ],
  },
  null,
  4,
);

let world: World;
let popup: Page;

beforeAll(async () => {
  world = await startWorld({ poolRegion: false });
  // The function answers Unauthorized whatever it gets; without the header API Gateway answers
  // 401 before calling it (aws-facts-2.md §4). Both look the same on the wire.
  world.fake.addRestApi({
    apiId: API,
    cors: { allowHeaders: [HEADER] },
    gatewayResponseCors: true,
    lambdaAuthorizer: { identityHeader: HEADER, behaviour: 'unauthorized' },
    routes: [{ method: 'GET', resource: '/orders', authorization: 'CUSTOM' }],
  });
  const { page, tabId } = await world.appTab();
  const url = world.fake.apiUrl(API, '/orders');
  // Fired in this order, listed newest first: no header; a value the expression refuses; a value
  // the expression accepts, which the function itself refused.
  const variants: Record<string, string>[] = [
    {},
    { [HEADER]: 'Token partner-7f3a' },
    { [HEADER]: 'Bearer partner-7f3a' },
  ];
  for (const headers of variants) {
    const status = await fire(page, { url, headers });
    if (status !== 401) throw new Error(`the stand-in answered ${status}, not 401`);
  }
  popup = await world.openPopup(tabId);
  await pollFor(popup, async () => (await popup.locator('[data-call]').count()) === 3);
});

afterAll(() => world?.close());

const NEWEST_FIRST = { accepted: 0, refused: 1, missing: 2 } as const;

async function select(which: keyof typeof NEWEST_FIRST): Promise<void> {
  await popup.locator('[data-call]').nth(NEWEST_FIRST[which]).click();
  await pollFor(popup, `[data-call]:nth-child(${NEWEST_FIRST[which] + 1})[data-selected]`);
}

const check = (id: string) => popup.locator(`[data-check="${id}"]`);

test('before the import: a Lambda 401 looks like a Cognito one, so the authorizer check cannot decide', async () => {
  await select('missing');
  expect(await check('authorizer').getAttribute('data-status')).toBe('skip');
  // Without the configuration the header read is Authorization.
  expect(await check('header.present').textContent()).toContain('Authorization');
});

describe('after pasting get-authorizers on the options page', () => {
  beforeAll(async () => {
    const options = await world.browser.context.newPage();
    await options.goto(`chrome-extension://${world.browser.extensionId}/src/options/index.html`);
    await pollFor(options, '[data-import-text]');
    await options.fill('[data-import-text]', GET_AUTHORIZERS);
    await options.click('[data-import-submit]');
    await pollFor(options, '[data-import-preview="get-authorizers"]');
    // get-authorizers does not say which API it describes: the page asks.
    await options.fill('[data-import-hint="apiId"]', API);
    await pollFor(options, async () => !(await options.locator('[data-import-confirm]').isDisabled()));
    await options.click('[data-import-confirm]');
    await pollFor(options, '[data-import-done]');
    await options.close();
  });

  test('no identity source sent: header.present fails naming the configured header, and so does authorizer', async () => {
    await select('missing');
    await expect.poll(() => check('authorizer').getAttribute('data-status')).toBe('fail');
    expect(await check('header.present').getAttribute('data-status')).toBe('fail');
    expect(await check('header.present').textContent()).toContain(HEADER);
    expect(await check('authorizer').textContent()).toContain(HEADER);
  });

  test('a value the validation expression refuses: the function never ran', async () => {
    await select('refused');
    await expect.poll(() => check('authorizer').getAttribute('data-status')).toBe('fail');
    expect(await check('authorizer').textContent()).toContain('^Bearer [-0-9a-zA-Z\\._]*$');
  });

  test('a value it accepts: the function said Unauthorized, and the command to test it is filled in', async () => {
    await select('accepted');
    await expect.poll(() => check('authorizer').getAttribute('data-status')).toBe('warn');
    expect(await check('header.present').getAttribute('data-status')).toBe('pass');
    const commands = await check('authorizer').locator('.command pre').allTextContents();
    expect(commands).toContain(
      `aws apigateway test-invoke-authorizer --rest-api-id ${API} --authorizer-id ${AUTHORIZER_ID} --headers ${HEADER}=<value> --region eu-west-1`,
    );
  });
});
