import { describe, expect, test } from 'vitest';
import { applyDomainImport, applyImport } from '../../../src/core/config/applyImport';
import { serializeConfigFile } from '../../../src/core/config/configFile';
import {
  type DomainConfig,
  normalizeDomainName,
  resolveMappedCall,
} from '../../../src/core/config/domainMappings';
import type { ApiConfig } from '../../../src/core/config/model';
import { parseAwsImport, parseConfigFileText } from '../../../src/core/config/parseAwsImport';
import { resolveCallConfiguration } from '../../../src/core/config/resolveCallConfiguration';
import { capturedCall, expectFailure, expectSuccess, readFixture, texts } from './testSupport';

const NOW = 1_795_000_000_000;

describe('get-stages', () => {
  test('REST: the stage names, for the API whatever stage the import is saved for', async () => {
    const result = expectSuccess(
      await parseAwsImport(readFixture('rest-get-stages.json'), { apiId: 'a1b2c3d4e5', stage: 'prod' }),
    );
    expect(result.format).toBe('get-stages');
    expect(result.apiType).toBe('rest');
    expect(result.patch).toEqual({ stages: ['prod', 'staging'] });
    expect(result.stage).toBeUndefined();
    expect(texts(result.summary)[0]).toBe('Read 2 stages from aws apigateway get-stages: prod, staging.');
  });

  test('HTTP API: StageName, $default included', async () => {
    const result = expectSuccess(await parseAwsImport(readFixture('http-get-stages.json')));
    expect(result.format).toBe('apigatewayv2-get-stages');
    expect(result.patch).toEqual({ stages: ['$default'] });
    expect(result.needs).toEqual(['apiId']);
  });

  test('items without a stage name are no stages', async () => {
    expect(
      expectFailure(await parseAwsImport(JSON.stringify({ item: [{ stageName: '' }, { stageName: 5 }] }))),
    ).toBe('No stage could be read: each item needs a stageName.');
  });

  test('saved, they reach the call: route can name them', async () => {
    const configs = applyImport(
      [],
      expectSuccess(await parseAwsImport(readFixture('rest-get-stages.json'))),
      {
        apiId: 'a1b2c3d4e5',
        now: NOW,
      },
    );
    expect(configs[0]?.stages).toEqual(['prod', 'staging']);
    const resolved = resolveCallConfiguration(
      configs,
      capturedCall('GET', 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/dev/orders'),
    );
    expect(resolved?.stages).toEqual(['prod', 'staging']);
  });
});

describe('base path mappings', () => {
  test('REST get-base-path-mappings: (none) is the empty base path; the domain comes from the user', async () => {
    const result = expectSuccess(await parseAwsImport(readFixture('rest-get-base-path-mappings.json')));
    expect(result.format).toBe('get-base-path-mappings');
    expect(result.needs).toEqual(['domainName']);
    expect(result.domain).toEqual({
      mappings: [
        { basePath: '', apiId: 'a1b2c3d4e5', stage: 'prod' },
        { basePath: 'v2', apiId: 'k1l2m3n4o5', stage: 'live' },
        { basePath: 'v2/reports', apiId: 'p6q7r8s9t0', stage: 'prod' },
      ],
    });
    expect(texts(result.summary)).toEqual([
      'Read 3 base path mappings.',
      '/ → API a1b2c3d4e5, stage prod',
      '/v2 → API k1l2m3n4o5, stage live',
      '/v2/reports → API p6q7r8s9t0, stage prod',
    ]);
  });

  test('apigatewayv2 get-api-mappings with the domain pre-filled', async () => {
    const result = expectSuccess(
      await parseAwsImport(readFixture('http-get-api-mappings.json'), { domainName: 'API.Example.com.' }),
    );
    expect(result.format).toBe('apigatewayv2-get-api-mappings');
    expect(result.needs).toEqual([]);
    expect(result.domain).toEqual({
      domainName: 'api.example.com',
      mappings: [
        { basePath: '', apiId: 'f6g7h8i9j0', stage: '$default' },
        { basePath: 'beta', apiId: 'f6g7h8i9j0', stage: 'beta' },
      ],
    });
  });

  test('entries without an API id or stage are skipped and counted; none is an error', async () => {
    const text = JSON.stringify({
      items: [
        { basePath: 'a', restApiId: 'a1b2c3d4e5', stage: 'prod' },
        { basePath: 'b', restApiId: 'a1b2c3d4e5' },
      ],
    });
    expect(texts(expectSuccess(await parseAwsImport(text)).warnings)).toEqual([
      '1 item without an API id or stage skipped.',
    ]);
    expect(
      expectFailure(await parseAwsImport(JSON.stringify({ items: [{ basePath: 'b', restApiId: 'x' }] }))),
    ).toBe('No base path mapping could be read: each needs an API id and a stage.');
  });

  test('saved per domain, replacing its earlier mappings; API configurations untouched', async () => {
    const result = expectSuccess(await parseAwsImport(readFixture('rest-get-base-path-mappings.json')));
    const existing: DomainConfig[] = [
      { domainName: 'api.example.com', mappings: [], source: { kind: 'manual', updatedAt: 0 } },
      { domainName: 'other.example.com', mappings: [], source: { kind: 'manual', updatedAt: 0 } },
    ];
    const domains = applyDomainImport(existing, result, { domainName: 'api.example.com', now: NOW });
    expect(domains.map((domain) => [domain.domainName, domain.mappings.length, domain.source.kind])).toEqual([
      ['api.example.com', 3, 'get-base-path-mappings'],
      ['other.example.com', 0, 'manual'],
    ]);
    expect(applyDomainImport([], result, { domainName: 'not a host', now: NOW })).toEqual([]);
    const configs: ApiConfig[] = [];
    expect(applyImport(configs, result, { apiId: 'a1b2c3d4e5', now: NOW })).toEqual([]);
  });

  const domains: DomainConfig[] = [
    {
      domainName: 'api.example.com',
      mappings: [
        { basePath: '', apiId: 'a1b2c3d4e5', stage: 'prod' },
        { basePath: 'v2', apiId: 'k1l2m3n4o5', stage: 'live' },
        { basePath: 'v2/reports', apiId: 'p6q7r8s9t0', stage: 'prod' },
      ],
      source: { kind: 'get-base-path-mappings', updatedAt: NOW },
    },
  ];

  test.each([
    ['https://api.example.com/orders/7', 'a1b2c3d4e5', 'prod', '/orders/7'],
    ['https://api.example.com/', 'a1b2c3d4e5', 'prod', '/'],
    ['https://api.example.com/v2/orders?x=1', 'k1l2m3n4o5', 'live', '/orders'],
    ['https://API.example.com/v2/reports/q3', 'p6q7r8s9t0', 'prod', '/q3'],
    // Whole segments only: `v2x` is not under `v2`.
    ['https://api.example.com/v2x/orders', 'a1b2c3d4e5', 'prod', '/v2x/orders'],
  ])('%s goes to API %s, stage %s, path %s', (url, apiId, stage, resourcePath) => {
    expect(resolveMappedCall(url, domains)).toMatchObject({ apiId, stage, resourcePath });
  });

  test('an unwatched host, a URL that is none, no empty mapping: nothing', async () => {
    expect(resolveMappedCall('https://other.example.com/orders', domains)).toBeUndefined();
    expect(resolveMappedCall('not a url', domains)).toBeUndefined();
    const onlyV2 = [
      { ...domains[0], mappings: [{ basePath: 'v2', apiId: 'k1l2m3n4o5', stage: 'live' }] },
    ] as DomainConfig[];
    expect(resolveMappedCall('https://api.example.com/orders', onlyV2)).toBeUndefined();
  });

  test.each([
    ['api.example.com', 'api.example.com'],
    [' API.Example.COM. ', 'api.example.com'],
    ['localhost', undefined],
    ['https://api.example.com', undefined],
    ['a..b.com', undefined],
  ])('domain name %j reads as %j', (input, expected) => {
    expect(normalizeDomainName(input)).toBe(expected);
  });
});

describe('the configuration file keeps the new settings', () => {
  test('Lambda and REST JWT authorizers, stages and apiKeyRequired survive export and import', async () => {
    const config: ApiConfig = {
      apiId: 'a1b2c3d4e5',
      authorizerKind: 'lambda',
      identityHeader: 'Authorization',
      userPoolIds: [],
      clientIds: [],
      lambda: {
        type: 'TOKEN',
        identitySources: ['method.request.header.Authorization'],
        validationExpression: '^Bearer .+$',
        resultTtlSeconds: 300,
        httpApi: false,
      },
      restJwt: {
        defaultAlgorithms: ['RS256'],
        issuers: [
          {
            issuer: 'https://auth.example.com/',
            audiences: ['orders-api'],
            additionalClaims: [{ claimName: 'tenant', expectedValues: ['acme'], required: true }],
          },
        ],
      },
      stages: ['prod', 'staging'],
      methods: [
        { method: 'GET', path: '/orders', authorizationType: 'CUSTOM', scopes: [], apiKeyRequired: true },
      ],
      source: { kind: 'get-stages', updatedAt: NOW },
    };
    const read = expectSuccess(await parseConfigFileText(serializeConfigFile([config])));
    expect(read.configs).toEqual([config]);
    expect(read.warnings).toEqual([]);
  });
});
