import { describe, expect, test } from 'vitest';
import { customDomainTarget } from '../../../src/core/capture/apiGatewayUrl';
import type { CapturedCall } from '../../../src/core/capture/types';
import { applyDomainImport } from '../../../src/core/config/applyImport';
import {
  MAX_DOMAINS,
  mapCustomDomain,
  mappingProblems,
  putDomain,
  removeDomain,
  reviveDomainConfigs,
  reviveHostList,
  withCustomDomainMapping,
} from '../../../src/core/config/customDomains';
import type { DomainConfig } from '../../../src/core/config/domainMappings';
import type { ApiConfig } from '../../../src/core/config/model';
import { interpretImport, readImportText } from '../../../src/core/config/parseAwsImport';
import { resolveCallConfiguration } from '../../../src/core/config/resolveCallConfiguration';
import { callCause } from '../../../src/core/diagnosis/callCause';
import { readStage, withStageRead } from '../../../src/core/diagnosis/stageOfCall';
import { optionsQueryFor, optionsQueryFromCall } from '../../../src/core/options/optionsQuery';
import { normalizeCustomDomain } from '../../../src/core/signin/signinDomain';

const SOURCE = { kind: 'manual' as const, updatedAt: 1 };
const DOMAIN: DomainConfig = {
  domainName: 'api.example.com',
  mappings: [
    { basePath: '', apiId: 'root1234ab', stage: 'prod' },
    { basePath: 'v1', apiId: 'a1b2c3d4e5', stage: 'prod' },
    { basePath: 'v2', apiId: 'h77http999', stage: '$default' },
  ],
  source: SOURCE,
};

function config(overrides: Partial<ApiConfig>): ApiConfig {
  return {
    apiId: 'a1b2c3d4e5',
    stage: 'prod',
    region: 'eu-west-1',
    authorizerKind: 'cognito',
    identityHeader: 'Authorization',
    userPoolIds: ['eu-west-1_AbC123xyz'],
    clientIds: [],
    methods: [
      { method: 'GET', path: '/orders', authorizationType: 'COGNITO_USER_POOLS', scopes: ['orders/read'] },
    ],
    source: SOURCE,
    ...overrides,
  };
}

function customCall(url: string): CapturedCall {
  const api = customDomainTarget(url);
  if (api === undefined) throw new Error(`not a custom domain URL: ${url}`);
  return {
    id: 'c-1',
    requestId: '1',
    tabId: 3,
    url,
    method: 'GET',
    requestTime: 1_795_000_000_000,
    responseTime: 1_795_000_000_100,
    statusCode: 401,
    statusLine: 'HTTP/1.1 401',
    requestHeaders: [],
    responseHeaders: [
      { name: 'x-amzn-RequestId', value: 'r' },
      { name: 'x-amzn-ErrorType', value: 'UnauthorizedException' },
    ],
    api,
  };
}

describe('mapCustomDomain', () => {
  test('names API, stage and resource path by the longest matching base path, region from the configuration', () => {
    const call = withCustomDomainMapping(
      customCall('https://api.example.com/v1/orders'),
      [DOMAIN],
      [config({})],
    );
    expect(call.api).toMatchObject({
      host: 'api.example.com',
      apiId: 'a1b2c3d4e5',
      stage: 'prod',
      region: 'eu-west-1',
      resourcePath: '/orders',
      path: '/v1/orders',
      customDomain: { basePath: 'v1' },
    });
  });

  test('the empty base path takes what no other mapping does; no configuration leaves the region unknown', () => {
    const call = withCustomDomainMapping(customCall('https://api.example.com/orders/7'), [DOMAIN], []);
    expect(call.api).toMatchObject({
      apiId: 'root1234ab',
      stage: 'prod',
      region: '',
      resourcePath: '/orders/7',
    });
  });

  test('the same call when the host has no mapping, or the call is not on a custom domain', () => {
    const unmapped = customCall('https://other.example.com/v1/orders');
    expect(withCustomDomainMapping(unmapped, [DOMAIN], [])).toBe(unmapped);
    const noRoot = { ...DOMAIN, mappings: DOMAIN.mappings.filter((mapping) => mapping.basePath !== '') };
    const offPath = customCall('https://api.example.com/v3/x');
    expect(withCustomDomainMapping(offPath, [noRoot], [])).toBe(offPath);
    const target = {
      apiId: 'a1b2c3d4e5',
      region: 'eu-west-1',
      stage: 'prod',
      resourcePath: '/v1/orders',
      path: '/prod/v1/orders',
    };
    expect(mapCustomDomain(target, 'api.example.com', [DOMAIN], [])).toBe(target);
  });

  test('stage reading follows the mapping, not the path; unmapped, the stage is unknown', () => {
    const mapped = withCustomDomainMapping(customCall('https://api.example.com/v2/orders'), [DOMAIN], []);
    // An HTTP API answer would otherwise be read as `$default` with the whole path as route.
    expect(readStage(mapped, [])).toEqual({ stage: '$default', resourcePath: '/orders', basis: 'mapping' });
    const unmapped = customCall('https://api.example.com/v1/orders');
    expect(readStage(unmapped, [])).toEqual({ resourcePath: '/v1/orders', basis: 'url' });
    expect(withStageRead(unmapped, []).api.stage).toBeUndefined();
  });

  test("the configured checks apply: the method's scopes are found under the base path", () => {
    const mapped = withStageRead(
      withCustomDomainMapping(customCall('https://api.example.com/v1/orders'), [DOMAIN], [config({})]),
      [config({})],
    );
    expect(resolveCallConfiguration([config({})], mapped)?.methodScopes).toEqual(['orders/read']);
    // A `$default` stage behind a mapping still matches routes without the base path.
    const httpConfig = config({
      apiId: 'h77http999',
      stage: '$default',
      authorizerKind: 'jwt',
      methods: [{ method: 'GET', path: '/orders', authorizationType: 'JWT', scopes: ['read'] }],
    });
    const httpCall = withCustomDomainMapping(
      customCall('https://api.example.com/v2/orders'),
      [DOMAIN],
      [httpConfig],
    );
    expect(resolveCallConfiguration([httpConfig], httpCall)?.methodScopes).toEqual(['read']);
  });

  test("the list's cause uses the mapping: the configured method's scopes decide once mapped", () => {
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const issued = 1_795_000_000 - 60;
    const accessToken = [
      b64({ alg: 'RS256', kid: 'k1' }),
      b64({
        iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz',
        token_use: 'access',
        scope: 'aws.cognito.signin.user.admin',
        client_id: 'client1',
        iat: issued,
        exp: issued + 3600,
      }),
      'c2lnbmF0dXJl',
    ].join('.');
    const call = {
      ...customCall('https://api.example.com/v1/orders'),
      requestHeaders: [{ name: 'Authorization', value: `Bearer ${accessToken}` }],
    };
    // Unmapped: no configuration applies, an access token only warns.
    expect(callCause(call, [config({})], [], [])).toMatchObject({
      status: 'warn',
      headline: { id: 'token.use' },
    });
    // Mapped: the method needs `orders/read`, which the token lacks.
    expect(callCause(call, [config({})], [], [DOMAIN])).toMatchObject({
      status: 'fail',
      headline: { id: 'token.scope' },
    });
  });
});

describe('"Configure this API" for a call on a custom domain', () => {
  test('the link and the pre-fill name the mapped API and stage, never the domain or the path', () => {
    const call = { ...customCall('https://api.example.com/v1/orders'), id: '77.1-1795000000000' };
    const mapped = withStageRead(withCustomDomainMapping(call, [DOMAIN], [config({})]), [config({})]);
    expect(optionsQueryFor(mapped)).toBe(
      '?call=77.1-1795000000000&apiId=a1b2c3d4e5&stage=prod&region=eu-west-1&method=GET',
    );
    expect(optionsQueryFromCall(mapped)).toEqual({
      apiId: 'a1b2c3d4e5',
      stage: 'prod',
      method: 'GET',
      path: '/orders',
      region: 'eu-west-1',
    });
    // Unmapped: no API identifier to name, only the call.
    expect(optionsQueryFor(call)).toBe('?call=77.1-1795000000000&method=GET');
  });
});

describe('hand-entered mappings', () => {
  test.each([
    [{ basePath: '', apiId: 'a1b2c3d4e5', stage: 'prod' }, []],
    [{ basePath: '/v1/orders/', apiId: 'a1b2c3d4e5', stage: '$default' }, []],
    [{ basePath: 'v1 orders', apiId: 'A1B2', stage: 'prod.1' }, ['basePath', 'apiId', 'stage']],
    [{ basePath: 'v1', apiId: '', stage: '' }, ['apiId', 'stage']],
    // Nothing token-shaped goes to storage.local.
    [{ basePath: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.sig', apiId: 'a1', stage: 'x' }, ['basePath']],
  ])('%o → %o', (mapping, problems) => {
    expect(mappingProblems(mapping)).toEqual(problems);
  });
});

describe('stored watched domains', () => {
  test('revive keeps known fields and valid entries only, one per domain, the later winning', () => {
    const revived = reviveDomainConfigs([
      {
        domainName: 'API.Example.com.',
        mappings: [
          { basePath: '(none)', apiId: 'a1b2c3d4e5', stage: 'prod', token: 'eyJ.x.y' },
          { basePath: 'v1', apiId: 'NOT AN ID', stage: 'prod' },
          'junk',
        ],
        source: { kind: 'get-base-path-mappings', updatedAt: 5 },
        extra: 'dropped',
      },
      { domainName: 'not a host', mappings: [] },
      'junk',
      { domainName: 'other.example.com', mappings: [] },
      { domainName: 'api.example.com', mappings: [{ basePath: 'v2', apiId: 'b2', stage: 'dev' }] },
    ]);
    expect(revived).toEqual([
      { domainName: 'other.example.com', mappings: [], source: { kind: 'manual', updatedAt: 0 } },
      {
        domainName: 'api.example.com',
        mappings: [{ basePath: 'v2', apiId: 'b2', stage: 'dev' }],
        source: { kind: 'manual', updatedAt: 0 },
      },
    ]);
    expect(reviveDomainConfigs('nope')).toEqual([]);
    expect(
      reviveDomainConfigs([
        { domainName: 'a.example.com', mappings: [{ basePath: '(none)', apiId: 'a1', stage: 's' }] },
      ])[0]?.mappings,
    ).toEqual([{ basePath: '', apiId: 'a1', stage: 's' }]);
  });

  test('revive is bounded', () => {
    const many = Array.from({ length: MAX_DOMAINS + 20 }, (_, index) => ({
      domainName: `h${index}.example.com`,
      mappings: [],
    }));
    expect(reviveDomainConfigs(many)).toHaveLength(MAX_DOMAINS);
  });

  test('put replaces in place or adds last; remove drops the domain', () => {
    const other: DomainConfig = { domainName: 'b.example.com', mappings: [], source: SOURCE };
    const replaced = putDomain([DOMAIN, other], { ...DOMAIN, mappings: [] });
    expect(replaced.map((entry) => [entry.domainName, entry.mappings.length])).toEqual([
      ['api.example.com', 0],
      ['b.example.com', 0],
    ]);
    expect(putDomain([other], DOMAIN).map((entry) => entry.domainName)).toEqual([
      'b.example.com',
      'api.example.com',
    ]);
    expect(removeDomain([DOMAIN, other], 'api.example.com')).toEqual([other]);
  });

  test('custom sign-in domains: host names only, each once', () => {
    expect(
      reviveHostList(
        ['Auth.Example.com', 'https://auth.example.com/login', 'not a host', 7, 'id.example.org'],
        normalizeCustomDomain,
      ),
    ).toEqual(['auth.example.com', 'id.example.org']);
    expect(reviveHostList({}, normalizeCustomDomain)).toEqual([]);
  });
});

describe("importing a domain's mappings", () => {
  test.each([
    [
      'get-base-path-mappings',
      {
        items: [
          { basePath: '(none)', restApiId: 'a1b2c3d4e5', stage: 'prod' },
          { basePath: 'v1', restApiId: 'b2', stage: 'dev' },
        ],
      },
    ],
    [
      'apigatewayv2-get-api-mappings',
      {
        Items: [
          { ApiId: 'a1b2c3d4e5', ApiMappingId: 'm1', ApiMappingKey: '', Stage: 'prod' },
          { ApiId: 'b2', ApiMappingId: 'm2', ApiMappingKey: 'v1', Stage: 'dev' },
        ],
      },
    ],
  ])("%s replaces the domain's mappings", async (format, output) => {
    const result = interpretImport(await readImportText(JSON.stringify(output)), {
      domainName: 'api.example.com',
    });
    if (!result.ok) throw new Error('not read');
    expect(result.format).toBe(format);
    const saved = applyDomainImport([DOMAIN], result, { domainName: 'api.example.com', now: 9 });
    expect(saved).toEqual([
      {
        domainName: 'api.example.com',
        mappings: [
          { basePath: '', apiId: 'a1b2c3d4e5', stage: 'prod' },
          { basePath: 'v1', apiId: 'b2', stage: 'dev' },
        ],
        source: { kind: format, updatedAt: 9 },
      },
    ]);
  });
});
