import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  EMPTY_SIGNIN_CONFIGURATION,
  reviveSigninConfiguration,
} from '../../../src/core/signin/appClientConfig';
import { signinPostmanContext } from '../../../src/core/signin/diagnoseSignin';
import { readSigninImportText } from '../../../src/core/signin/parseSigninImport';
import { isFlowContext, signinFailureOf } from '../../../src/core/signin/signinFlow';
import {
  addSigninRecord,
  EMPTY_SIGNIN_STATE,
  signinStepCountForTab,
} from '../../../src/core/signin/signinStore';
import {
  CALLBACK,
  CLIENT_ID,
  client,
  DOMAIN,
  errorPageHops,
  POOL_ID,
  records,
  tokenHop,
} from './signinFixtures';

const CLIENT_OUTPUT = readFileSync(
  new URL('../../fixtures/aws/cognito-describe-user-pool-client.json', import.meta.url),
  'utf8',
);

describe('readSigninImportText', () => {
  test.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['x'.repeat(1_000_001), 'too-large'],
    ['UserPoolClient:\n  ClientId: abc', 'not-json'],
    ['{"items": []}', 'not-signin-output'],
    ['{"UserPoolClient": {"ClientId": "abc"}}', 'missing-pool-id'],
  ])('%j → %s', (text, code) => {
    expect(readSigninImportText(text)).toEqual({ ok: false, code });
  });

  test('a describe-user-pool-client output, with a byte-order mark', () => {
    const result = readSigninImportText(`\uFEFF${CLIENT_OUTPUT}`);
    expect(result).toMatchObject({
      ok: true,
      value: { kind: 'user-pool-client', client: { hasSecret: true } },
    });
    expect(JSON.stringify(result)).not.toContain('fixture-secret');
  });
});

describe('reviveSigninConfiguration', () => {
  test('keeps the known fields of well-formed entries, nothing else', () => {
    const stored = {
      pools: [{ poolId: POOL_ID, region: 'eu-west-1', domainPrefix: 'myapp', extra: 'x' }, { poolId: 3 }],
      clients: [
        { ...client(), ClientSecret: 'should-not-survive', clientSecret: 'nor-this' },
        { clientId: 'no-pool' },
      ],
    };
    const revived = reviveSigninConfiguration(JSON.parse(JSON.stringify(stored)));
    expect(revived).toEqual({
      pools: [{ poolId: POOL_ID, region: 'eu-west-1', domainPrefix: 'myapp' }],
      clients: [client()],
    });
    expect(JSON.stringify(revived)).not.toContain('survive');
    expect(JSON.stringify(revived)).not.toContain('nor-this');
  });

  test.each([[null], ['x'], [{ pools: 'x', clients: {} }]])('%j gives an empty configuration', (raw) => {
    expect(reviveSigninConfiguration(raw)).toEqual(EMPTY_SIGNIN_CONFIGURATION);
  });
});

describe('worker-side pieces', () => {
  test('CORS preflights are neither steps nor flow context', async () => {
    const [preflight] = await records([
      { ...tokenHop(), method: 'OPTIONS', statusCode: 403, body: { kind: 'none' } },
    ]);
    if (!preflight) throw new Error('not recorded');
    expect(signinFailureOf(preflight)).toBeUndefined();
    expect(isFlowContext(preflight)).toBe(false);
  });

  test("steps count on their tab's badge; context does not", async () => {
    let state = EMPTY_SIGNIN_STATE;
    for (const record of await records([
      ...errorPageHops(CALLBACK, 'redirect_mismatch'),
      tokenHop({ tabId: 9 }),
    ])) {
      state = addSigninRecord(state, record);
    }
    expect(state.records).toHaveLength(3);
    expect(signinStepCountForTab(state, 7)).toBe(1);
    expect(signinStepCountForTab(state, 9)).toBe(1);
    expect(signinStepCountForTab(state, 1)).toBe(0);
  });

  test('the Postman context of a step: its domain, client, imported configuration and redirect URI', async () => {
    const list = await records(errorPageHops(`${CALLBACK}/`, 'redirect_mismatch'));
    const step = list[1];
    if (!step) throw new Error('no step');
    const configuration = {
      pools: [{ poolId: POOL_ID, region: 'eu-west-1', domainPrefix: 'myapp' }],
      clients: [client()],
    };
    expect(signinPostmanContext(step, list, configuration)).toEqual({
      domainHost: new URL(DOMAIN).host,
      region: 'eu-west-1',
      clientId: CLIENT_ID,
      client: client(),
      pool: configuration.pools[0],
      appRedirectUri: `${CALLBACK}/`,
    });
  });
});
