import { describe, expect, test } from 'vitest';
import { applyImport } from '../../../src/core/config/applyImport';
import { CONFIG_FILE_FORMAT, serializeConfigFile } from '../../../src/core/config/configFile';
import type { ApiConfig } from '../../../src/core/config/model';
import { parseAwsImport, parseConfigFileText } from '../../../src/core/config/parseAwsImport';
import {
  CLIENT_A,
  expectFailure,
  expectSuccess,
  importJson,
  POOL_A,
  POOL_B,
  readFixture,
  texts,
} from './testSupport';

const NOW = 1_795_000_000_000;

function fullConfigs(): ApiConfig[] {
  let configs: ApiConfig[] = [];
  for (const [fixture, apiId, stage] of [
    ['rest-get-authorizer-stage-variable.json', 'a1b2c3d4e5', 'dev'],
    ['rest-get-resources-embed.json', 'a1b2c3d4e5', 'dev'],
    ['rest-export-oas30.json', 'a1b2c3d4e5', undefined],
    ['http-export-oas30.json', 'f6g7h8i9j0', '$default'],
  ] as const) {
    const stageOption = stage === undefined ? {} : { stage };
    configs = applyImport(configs, expectSuccess(importJson(readFixture(fixture))), {
      apiId,
      ...stageOption,
      now: NOW,
    });
  }
  return configs.map((config, index) =>
    index === 0 ? { ...config, defaultScopes: ['orders/basic'], clientIds: [CLIENT_A] } : config,
  );
}

describe('configuration file', () => {
  test('round trip: what is written reads back the same', async () => {
    const configs = fullConfigs();
    const text = serializeConfigFile(configs);
    const result = expectSuccess(await parseAwsImport(text));
    expect(result.format).toBe('config-file');
    expect(result.configs).toEqual(configs);
    expect(texts(result.warnings)).toEqual([]);
    expect(result.needs).toEqual([]);
    expect(texts(result.summary)).toEqual([
      'Read 3 API configurations from a Cognito 401 Doctor configuration file.',
      'API a1b2c3d4e5 (stage dev): Cognito user pool authorizer, 1 user pool, 1 client id, 10 methods',
      'API a1b2c3d4e5: Cognito user pool authorizer, 2 user pools, 0 client ids, 10 methods',
      'API f6g7h8i9j0 (stage $default): JWT authorizer, 1 user pool, 2 client ids, 7 methods',
    ]);
  });

  test('the file carries a format marker and a version, then the configurations', () => {
    const parsed = JSON.parse(serializeConfigFile(fullConfigs()));
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'configs']);
    expect(parsed.format).toBe(CONFIG_FILE_FORMAT);
    expect(parsed.version).toBe(1);
    expect(Object.keys(parsed.configs[0])).toEqual([
      'apiId',
      'stage',
      'region',
      'authorizerKind',
      'authorizerId',
      'identityHeader',
      'userPoolIds',
      'clientIds',
      'tokenValidationRegex',
      'defaultScopes',
      'methods',
      'source',
    ]);
  });

  test('an empty configuration list writes an empty file that says so on import', async () => {
    const text = serializeConfigFile([]);
    expect(text).toBe(`{\n  "format": "${CONFIG_FILE_FORMAT}",\n  "version": 1,\n  "configs": []\n}\n`);
    expect(expectFailure(await parseAwsImport(text))).toBe(
      'This configuration file holds no usable API configuration.',
    );
  });

  test('unknown fields are dropped on import and on export, so a stray token never travels', async () => {
    const result = expectSuccess(await parseAwsImport(readFixture('config-file-v1.json')));
    const [rest] = result.configs ?? [];
    expect(rest).toEqual({
      apiId: 'a1b2c3d4e5',
      stage: 'prod',
      region: 'eu-west-1',
      authorizerKind: 'cognito',
      authorizerId: 'x7y8z9',
      identityHeader: 'Authorization',
      userPoolIds: [POOL_A, POOL_B],
      clientIds: [],
      methods: [
        {
          method: 'GET',
          path: '/orders',
          authorizationType: 'COGNITO_USER_POOLS',
          scopes: [],
          authorizerId: 'x7y8z9',
        },
        {
          method: 'POST',
          path: '/orders',
          authorizationType: 'COGNITO_USER_POOLS',
          scopes: ['https://api.example.com/orders.write'],
          authorizerId: 'x7y8z9',
        },
      ],
      source: { kind: 'get-export', updatedAt: 1795000000000 },
    });
    const polluted = {
      ...(rest as ApiConfig),
      lastToken: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl',
    };
    const written = serializeConfigFile([polluted]);
    expect(written).not.toContain('eyJ');
    expect(written).not.toContain('lastToken');
  });

  test.each([
    [
      'a newer format version',
      { version: 2, configs: [] },
      'This configuration file was written by a newer version of the extension (format version 2); update the extension to import it.',
    ],
    ['no version', { configs: [] }, 'This configuration file has no valid version.'],
    [
      'a version that is not a whole number',
      { version: '1', configs: [] },
      'This configuration file has no valid version.',
    ],
    ['no configs list', { version: 1, configs: {} }, 'This configuration file has no configs list.'],
    [
      'only unusable entries',
      { version: 1, configs: [{ stage: 'prod' }, 'x'] },
      'This configuration file holds no usable API configuration.',
    ],
  ])('rejects %s', async (_what, body, error) => {
    expect(expectFailure(await parseAwsImport(JSON.stringify({ format: CONFIG_FILE_FORMAT, ...body })))).toBe(
      error,
    );
  });

  test('repairs or skips defective entries and says which', async () => {
    const text = JSON.stringify({
      format: CONFIG_FILE_FORMAT,
      version: 1,
      configs: [
        { stage: 'prod' },
        {
          apiId: 'a1b2c3d4e5',
          authorizerKind: 'saml',
          userPoolIds: ['eu-west-1_AbC123xyz', 42, 'bad pool'],
          methods: [{ method: 'get', path: '/x', authorizationType: 'none' }, { path: '/y' }],
          source: { kind: 'teleport', updatedAt: 'yesterday' },
        },
        { apiId: 'a1b2c3d4e5', authorizerKind: 'jwt', identityHeader: 'X-Later' },
      ],
    });
    const result = expectSuccess(await parseAwsImport(text));
    expect(result.configs).toEqual([
      {
        apiId: 'a1b2c3d4e5',
        authorizerKind: 'jwt',
        identityHeader: 'X-Later',
        userPoolIds: [],
        clientIds: [],
        methods: [],
        source: { kind: 'manual', updatedAt: 0 },
      },
    ]);
    expect(texts(result.warnings)).toEqual([
      'Configuration 1: has no apiId; skipped.',
      'API a1b2c3d4e5: authorizerKind is not cognito, jwt, rest-jwt or lambda; assuming cognito.',
      'API a1b2c3d4e5: method 2 lacks a method, path or authorizationType; skipped.',
      'API a1b2c3d4e5: userPoolIds[1]: A user pool id is its region, an underscore and letters or digits, e.g. eu-west-1_AbC123xyz.',
      'API a1b2c3d4e5 appears twice; the later entry is kept.',
    ]);
  });

  test.each([
    ['config-file-v1.json', true, undefined],
    [
      'rest-get-authorizers.json',
      false,
      'This is get-authorizers output, not a Cognito 401 Doctor configuration file: import it as AWS output instead.',
    ],
    ['rest-get-rest-apis.json', false, undefined],
  ])('await parseConfigFileText(%s) accepts only the configuration file', async (fixture, ok, error) => {
    const result = await parseConfigFileText(readFixture(fixture));
    expect(result.ok).toBe(ok);
    if (error !== undefined) expect(expectFailure(result)).toBe(error);
  });
});
