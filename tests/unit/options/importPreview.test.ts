import { describe, expect, test } from 'vitest';
import type { AwsImportSuccess, ImportHints } from '../../../src/core/config/importTypes';
import type { ApiConfig } from '../../../src/core/config/model';
import { parseAwsImport } from '../../../src/core/config/parseAwsImport';
import { confirmImport, importAsks, importDestinations } from '../../../src/core/options/importPreview';
import {
  expectSuccess,
  importJson,
  ORDERS_READ,
  ORDERS_WRITE,
  POOL_A,
  readFixture,
} from '../config/testSupport';

const NOW = 1_795_000_000_000;
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl';

/** What the preview computes: the text read alone, then with the hints. */
async function preview(text: string, hints: ImportHints = {}) {
  const bare = await parseAwsImport(text);
  const hinted = await parseAwsImport(text, hints);
  return { asks: importAsks(bare, hinted), hinted };
}

const saved: ApiConfig = {
  apiId: 'a1b2c3d4e5',
  stage: 'prod',
  authorizerKind: 'cognito',
  identityHeader: 'Authorization',
  userPoolIds: [],
  clientIds: [],
  methods: [],
  source: { kind: 'manual', updatedAt: 1 },
};

describe('importAsks: the inputs the preview shows', () => {
  test.each([
    ['an export names its API and stage', 'rest-export-oas30.json', {}, []],
    ['get-authorizers names neither', 'rest-get-authorizers.json', {}, ['apiId', 'stage']],
    [
      'hints fill them, the inputs stay to correct them',
      'rest-get-authorizers.json',
      { apiId: 'a1b2c3d4e5' },
      ['apiId', 'stage'],
    ],
    ['get-method lacks the path too', 'rest-get-method.json', {}, ['apiId', 'stage', 'path']],
    ['a configuration file names its own APIs', 'config-file-v1.json', { apiId: 'zzzzzzzzzz' }, []],
  ])('%s', async (_what, fixture, hints, asks) => {
    expect((await preview(readFixture(fixture), hints)).asks).toEqual(asks);
  });

  test('a get-method output readable only thanks to the hints asks for the method as well', async () => {
    const text = JSON.stringify({
      httpMethod: null,
      authorizationType: 'COGNITO_USER_POOLS',
      authorizationScopes: [ORDERS_READ],
    });
    expect((await parseAwsImport(text)).ok).toBe(false);
    expect((await preview(text, { method: 'GET', path: '/orders' })).asks).toEqual([
      'apiId',
      'stage',
      'path',
      'method',
    ]);
  });

  test('nothing to ask when the text cannot be read', async () => {
    expect((await preview('{"hello": "world"}', { apiId: 'a1b2c3d4e5' })).asks).toEqual([]);
  });
});

describe('importDestinations', async () => {
  test('an import for a saved API and stage merges, another creates', async () => {
    const forProd = expectSuccess(
      await parseAwsImport(readFixture('rest-get-authorizers.json'), { apiId: 'a1b2c3d4e5', stage: 'prod' }),
    );
    expect(importDestinations([saved], forProd)).toEqual([
      { target: { apiId: 'a1b2c3d4e5', stage: 'prod' }, exists: true },
    ]);
    const everyStage = expectSuccess(
      await parseAwsImport(readFixture('rest-get-authorizers.json'), { apiId: 'a1b2c3d4e5' }),
    );
    expect(importDestinations([saved], everyStage)).toEqual([
      { target: { apiId: 'a1b2c3d4e5' }, exists: false },
    ]);
  });

  test('none while the API id is unknown; every entry of a configuration file', async () => {
    expect(
      importDestinations([], expectSuccess(await parseAwsImport(readFixture('rest-get-authorizers.json')))),
    ).toEqual([]);
    const file = expectSuccess(await parseAwsImport(readFixture('config-file-v1.json')));
    expect(importDestinations([saved], file)).toEqual([
      { target: { apiId: 'a1b2c3d4e5', stage: 'prod' }, exists: true },
      { target: { apiId: 'f6g7h8i9j0', stage: '$default' }, exists: false },
    ]);
  });
});

describe('confirmImport', () => {
  const readExport = () => expectSuccess(importJson(readFixture('rest-export-oas30.json')));

  test('merges an export into the saved list', async () => {
    const outcome = confirmImport([saved], readExport(), { now: NOW });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.targets).toEqual([{ apiId: 'a1b2c3d4e5', stage: 'prod' }]);
    expect(outcome.configs).toHaveLength(1);
    const [config] = outcome.configs;
    expect(config?.source).toEqual({ kind: 'get-export', updatedAt: NOW });
    expect(config?.userPoolIds).toContain(POOL_A);
    expect(config?.methods).toContainEqual(
      expect.objectContaining({ method: 'POST', path: '/orders', scopes: [ORDERS_WRITE] }),
    );
  });

  test('blocked while the API id or the path is still needed', async () => {
    const noApi = expectSuccess(await parseAwsImport(readFixture('rest-get-authorizers.json')));
    expect(confirmImport([], noApi, { now: NOW })).toEqual({
      ok: false,
      problems: [{ code: 'confirm.needsApiId', params: {} }],
    });
    const noPath = expectSuccess(
      await parseAwsImport(readFixture('rest-get-method.json'), { apiId: 'a1b2c3d4e5' }),
    );
    expect(confirmImport([], noPath, { now: NOW })).toEqual({
      ok: false,
      problems: [{ code: 'confirm.needsPath', params: {} }],
    });
  });

  test.each([
    ['an API id that is not one', { apiId: 'A1-B2' }, 'invalid.apiId'],
    ['a stage with a space', { apiId: 'a1b2c3d4e5', stage: 'my stage' }, 'invalid.stage'],
  ])('blocked by %s typed in the preview', async (_what, hints, code) => {
    const result = expectSuccess(await parseAwsImport(readFixture('rest-get-authorizers.json'), hints));
    const outcome = confirmImport([], result, { now: NOW });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.problems).toEqual([{ code, params: {} }]);
  });

  test("the link's region goes to the new configuration of the link's API only", async () => {
    const hints = { apiId: 'a1b2c3d4e5', path: '/orders/{id}' };
    const method = expectSuccess(await parseAwsImport(readFixture('rest-get-method.json'), hints));
    const linkRegion = { apiId: 'a1b2c3d4e5', region: 'eu-west-1' };
    const outcome = confirmImport([], method, { now: NOW, linkRegion });
    expect(outcome.ok && outcome.configs[0]?.region).toBe('eu-west-1');
    const other = confirmImport([], method, {
      now: NOW,
      linkRegion: { apiId: 'zzzzzzzzzz', region: 'us-east-1' },
    });
    expect(other.ok && other.configs[0]?.region).toBeUndefined();
  });

  test('a configuration file replaces the entries it names', async () => {
    const file = expectSuccess(await parseAwsImport(readFixture('config-file-v1.json')));
    const outcome = confirmImport([saved], file, { now: NOW });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.configs.map((config) => [config.apiId, config.stage, config.source.kind])).toEqual([
      ['a1b2c3d4e5', 'prod', 'config-file'],
      ['f6g7h8i9j0', '$default', 'config-file'],
    ]);
    expect(JSON.stringify(outcome.configs)).not.toContain('eyJ');
  });

  test('an import carrying a token among its values is refused', async () => {
    const text = JSON.stringify({
      items: [
        {
          id: 'jw7au1',
          name: 'odd',
          type: 'JWT',
          identitySource: 'method.request.header.Authorization',
          jwtConfiguration: { issuer: 'https://issuer.example.com', audience: [TOKEN] },
        },
      ],
    });
    const result: AwsImportSuccess = expectSuccess(await parseAwsImport(text, { apiId: 'a1b2c3d4e5' }));
    const smuggled: AwsImportSuccess = { ...result, patch: { ...result.patch, clientIds: [TOKEN] } };
    const outcome = confirmImport([], smuggled, { now: NOW });
    expect(outcome).toEqual({ ok: false, problems: [{ code: 'confirm.holdsToken', params: {} }] });
  });
});
