import { describe, expect, test } from 'vitest';
import {
  type ConfigMessage,
  type ConfigMessageCode,
  type ConfigMessageParams,
  configMessage,
} from '../../../src/core/config/messages';
import { type ConfigWords, renderConfigMessage } from '../../../src/core/i18n/configMessages';
import { CONFIG_WORDS_EN } from '../../../src/core/i18n/configMessagesEn';
import { CONFIG_WORDS_JA } from '../../../src/core/i18n/configMessagesJa';
import { englishWords } from '../../shared/englishWords';

const POOL = 'eu-west-1_AbC123xyz';
const ISSUER = `https://cognito-idp.eu-west-1.amazonaws.com/${POOL}`;
const entry = { apiId: 'a1b2c3d4e5', stage: 'prod' };

/** Parameters for every code: the type makes a new code add its sample here. */
const SAMPLES: { [Code in ConfigMessageCode]: ConfigMessageParams[Code][] } = {
  'import.unreadable': [{}],
  'import.notText': [{}],
  'import.empty': [{}],
  'import.tooLarge': [{ megabytes: 5, limitMegabytes: 2 }],
  'import.looksLikeToken': [{}],
  'import.looksLikeHtml': [{}],
  'import.invalidJson': [{}, { line: 3, column: 14 }],
  'import.invalidYaml': [{ line: 2, column: 1 }],
  'import.yamlAliases': [{}],
  'import.yamlDuplicateKey': [{ line: 3, column: 1 }],
  'import.yamlKeyShape': [{}],
  'import.yamlAliasAnchor': [{}],
  'import.tooMany': [
    { what: 'entries', limit: 100_000 },
    { what: 'values', limit: 500_000 },
    { what: 'yamlPieces', limit: 100_000 },
    { what: 'depth', limit: 1_000 },
  ],
  'import.notAnObject': [{}],
  'import.openApiVersion': [{ version: '1.2' }],
  'import.exportPointer': [{}],
  'import.emptyList': [{}],
  'import.restApiList': [{ apis: ['a1b2c3d4e5 (orders-api)'], more: true }],
  'import.httpApiList': [{ apis: ['f6g7h8i9j0'], more: false }],
  'import.unknownItems': [{}],
  'import.apiDescription': [{}],
  'import.unknownDocument': [{}],
  'import.notConfigFile': [{ format: 'get-export' }],
  'import.exportEmpty': [{}],
  'import.noHttpAuthorizer': [{}],
  'import.noRoute': [{}],
  'import.noRestAuthorizer': [{}],
  'import.noHttpMethod': [{}],
  'import.noAuthorizationType': [{}],
  'import.noResource': [{}],
  'import.noStage': [{ field: 'stageName' }],
  'import.noMapping': [{}],
  'configFile.noVersion': [{}],
  'configFile.newerVersion': [{ version: 7 }],
  'configFile.noConfigs': [{}],
  'configFile.empty': [{}],
  'summary.export': [
    { variant: 'openapi3', apiType: 'rest', authorizers: 2, methods: 10 },
    { variant: 'swagger2', apiType: 'http', authorizers: 1, methods: 1 },
  ],
  'summary.restAuthorizers': [{ count: 1 }, { count: 3 }],
  'summary.httpAuthorizers': [{ count: 2 }],
  'summary.routes': [{ count: 4 }],
  'summary.getMethod': [{}],
  'summary.resources': [{ resources: 6, methods: 10 }],
  'summary.configFile': [{ count: 2 }],
  'summary.configEntry': [{ ...entry, kind: 'jwt', pools: 1, clients: 2, methods: 3 }],
  'summary.location': [{}, { apiId: 'a1b2c3d4e5', stage: 'prod', region: 'eu-west-1' }],
  'summary.stages': [
    { stages: ['prod', 'staging'], http: false },
    { stages: ['$default'], http: true },
  ],
  'summary.mappings': [{ count: 2 }, { count: 1, domainName: 'api.example.com' }],
  'summary.mapping': [
    { basePath: '', apiId: 'a1b2c3d4e5', stage: 'prod' },
    { basePath: 'v2/orders', apiId: 'f6g7h8i9j0', stage: '$default' },
  ],
  'summary.method': [
    { route: 'GET /orders', authorizationType: 'NONE', scopes: [] },
    {
      route: 'GET /orders/{id}',
      authorizationType: 'COGNITO_USER_POOLS',
      authorizerId: 'x7y8z9',
      scopes: [],
    },
    { route: 'POST /orders', authorizationType: 'COGNITO_USER_POOLS', scopes: ['orders/write'] },
    { route: '$default', authorizationType: 'JWT', scopes: [] },
    { route: 'GET /items', authorizationType: 'JWT', scopes: ['items/read', 'items/all'] },
    { route: 'DELETE /orders/{id}', authorizationType: 'AWS_IAM', scopes: [] },
    { route: 'ANY /admin/{proxy+}', authorizationType: 'CUSTOM', authorizerId: 't0k3n1', scopes: [] },
    { route: 'GET /x', authorizationType: 'SOMETHING_NEW', scopes: [] },
  ],
  'summary.authorizer': [
    {
      name: 'orders-token',
      type: 'TOKEN',
      kind: 'lambda',
      userPoolIds: [],
      clientIds: [],
      lambda: {
        identitySources: ['method.request.header.Authorization'],
        validationExpression: '^Bearer .+$',
      },
    },
    { type: 'REQUEST', kind: 'lambda', userPoolIds: [], clientIds: [], lambda: { identitySources: [] } },
    {
      type: 'JWT',
      kind: 'rest-jwt',
      userPoolIds: [],
      clientIds: ['orders-api'],
      restJwt: {
        algorithms: ['RS256'],
        issuers: [{ issuer: 'https://auth.example.com/', audiences: ['orders-api'], claims: ['tenant'] }],
      },
    },
    {
      type: 'JWT',
      userPoolIds: [],
      clientIds: [],
      restJwt: { algorithms: [], issuers: [{ issuer: 'https://x/', audiences: [], claims: [] }] },
    },
    {
      name: 'orders-cognito',
      id: 'x7y8z9',
      type: 'COGNITO_USER_POOLS',
      kind: 'cognito',
      userPoolIds: [POOL],
      clientIds: [],
      identityHeader: 'Authorization',
      tokenValidationRegex: '^abc$',
      resultTtlSeconds: 300,
    },
    { type: 'COGNITO_USER_POOLS', kind: 'cognito', userPoolIds: [], clientIds: [] },
    { name: 'jwt', type: 'JWT', kind: 'jwt', userPoolIds: [], clientIds: ['client-a'], issuer: ISSUER },
    { type: 'JWT', kind: 'jwt', userPoolIds: [], clientIds: [] },
    { name: 'legacy', type: 'TOKEN', userPoolIds: [], clientIds: [], identityHeader: 'X-Token' },
    { name: 'other', type: 'NEW_KIND', userPoolIds: [], clientIds: [] },
  ],
  'warn.pathNoSlash': [{ path: 'orders' }],
  'warn.noAuthorizerExtension': [{}],
  'warn.undefinedScheme': [{ route: 'GET /x', scheme: 'ghost' }],
  'warn.severalAuthorizers': [{ route: 'GET /x' }],
  'warn.noServer': [{}],
  'warn.serverNotExecuteApi': [{ url: 'https://api.example.com/v1' }],
  'warn.notHttpAuthorizer': [{ position: 2 }],
  'warn.jwtNoHeader': [{ authorizer: 'cognito-jwt' }, {}],
  'warn.jwtNoAudience': [{ authorizer: 'cognito-jwt' }],
  'warn.jwtNoIssuer': [{}],
  'warn.issuerTrailingSlash': [{ authorizer: 'cognito-jwt' }, {}],
  'warn.routeWithoutKey': [{}],
  'warn.badRouteKey': [{ routeKey: 'FETCH /x' }],
  'warn.notRestAuthorizer': [{ position: 3 }],
  'warn.identitySourceNotHeader': [
    { authorizer: 'auth', identitySource: 'method.request.querystring.token' },
  ],
  'warn.unreadAuthorizerType': [{ authorizer: 'new', type: 'SIGV5' }],
  'warn.tokenAuthorizerNoHeader': [{ authorizer: 'legacy' }, {}],
  'warn.jwtNoConfiguration': [{ authorizer: 'new' }],
  'warn.restJwtNoIssuer': [{}],
  'warn.unknownAlgorithms': [{ authorizer: 'odd', algorithms: ['HS256'] }],
  'warn.mappingsSkipped': [{ count: 1 }, { count: 3 }],
  'warn.methodMismatch': [{ fromText: 'GET', fromHint: 'POST' }],
  'warn.pathNeeded': [{}],
  'warn.hintPathNoSlash': [{ path: 'orders/{id}' }],
  'warn.resourceWithoutPath': [{}],
  'warn.notHttpMethod': [{ path: '/x', verb: 'FETCH' }],
  'warn.methodsWithoutAuthorization': [{ count: 7, listed: ['GET /a', 'GET /b'], more: true }],
  'warn.noAuthorizer': [{}],
  'warn.noCheckableAuthorizer': [{}],
  'warn.authorizersCombined': [{ count: 2 }],
  'warn.differentRegexes': [{ kept: '^a$' }],
  'warn.regexNotRun': [{ regex: '(a|aa)+' }],
  'warn.mixedKinds': [{ kind: 'cognito' }, { kind: 'jwt' }, { kind: 'rest-jwt' }, { kind: 'lambda' }],
  'warn.differentHeaders': [{ headers: ['Authorization', 'X-Token'], kept: 'Authorization' }],
  'warn.differentIssuers': [{ issuers: [ISSUER, 'https://login.example.com'], kept: ISSUER }],
  'warn.poolRegionMismatch': [{ authorizer: 'auth', poolId: POOL, region: 'us-east-1' }],
  'warn.poolFromStageVariable': [{ authorizer: 'per-stage', variable: 'UserPoolId' }],
  'warn.notPoolArn': [{ arn: 'arn:aws:iam::123456789012:role/x' }],
  'warn.noProviderArns': [{ authorizer: 'auth' }],
  'warn.hintMismatch': [
    { what: 'apiId', fromText: 'a1b2c3d4e5', hint: 'q9w8e7r6t5' },
    { what: 'stage', fromText: 'prod', hint: 'dev' },
  ],
  'warn.entryNotObject': [{ entry: { position: 1 } }],
  'warn.entryNoApiId': [{ entry: { position: 2 } }],
  'warn.entryBadKind': [{ entry }],
  'warn.entryBadMethod': [{ entry: { apiId: 'a1b2c3d4e5' }, method: 2 }],
  'warn.entryInvalid': [{ entry, field: 'userPoolIds[1]', problem: configMessage('invalid.userPoolId') }],
  'warn.entryTwice': [{ entry }],
  'invalid.apiId': [{}],
  'invalid.stage': [{}],
  'invalid.region': [{}],
  'invalid.authorizerKind': [{}],
  'invalid.headerName': [{}],
  'invalid.userPoolId': [{}],
  'invalid.clientId': [{}],
  'invalid.audience': [{}],
  'invalid.issuerNotHttps': [{}],
  'invalid.issuerTrailingSlash': [{}],
  'invalid.cognitoIssuer': [{}],
  'invalid.regex': [{ detail: 'Invalid regular expression: /^(a/: Unterminated group' }],
  'invalid.regexRisk': [{}],
  'invalid.method': [{ methods: ['GET', 'POST', 'ANY'] }],
  'invalid.pathNoLeadingSlash': [{}],
  'invalid.pathTrailingSlash': [{}],
  'invalid.pathEmptySegment': [{}],
  'invalid.pathPartialVariable': [{}],
  'invalid.pathGreedyNotLast': [{}],
  'invalid.authorizationType': [{}],
  'invalid.scope': [{}],
  'invalid.duplicateMethod': [{ route: 'GET /x' }],
  'invalid.token': [{}],
  'invalid.targetTaken': [{ key: 'a1b2c3d4e5/prod' }],
  'confirm.needsApiId': [{}],
  'confirm.needsPath': [{}],
  'confirm.needsDomainName': [{}],
  'confirm.holdsToken': [{}],
};

const MESSAGES: ConfigMessage[] = Object.entries(SAMPLES).flatMap(([code, samples]) =>
  (samples as object[]).map((params) => ({ code, params }) as ConfigMessage),
);

/** Parameters that choose words (an enum), rather than values shown as they are. */
const CHOICES = new Set(['variant', 'apiType', 'kind', 'what', 'authorizationType']);

/** Every value string a message's parameters hold, nested messages and choices aside. */
function stringParams(params: object): string[] {
  return Object.entries(params).flatMap(([key, value]): string[] => {
    if (CHOICES.has(key)) return [];
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
    if (typeof value === 'object' && value !== null && !('code' in value)) return stringParams(value);
    return [];
  });
}

describe.each([
  ['English', CONFIG_WORDS_EN],
  ['Japanese', CONFIG_WORDS_JA],
] as [string, ConfigWords][])('%s words of every code', (_language, words) => {
  test.each(MESSAGES.map((message) => [message.code, message] as const))('%s', (_code, message) => {
    const rendered = renderConfigMessage(message, words);
    expect(rendered.text.trim()).not.toBe('');
    expect(rendered.text).not.toMatch(/undefined|NaN|\[object |\{\w+\}(?!`)|\$\{/);
    // Values from the import or the entries are code segments, rendered as text nodes.
    const code = rendered.segments
      .filter((segment) => segment.kind === 'code')
      .map((segment) => segment.text);
    for (const value of stringParams(message.params)) {
      expect(code.some((text) => text.includes(value)) || code.some((text) => value.includes(text))).toBe(
        true,
      );
    }
  });
});

test.each(MESSAGES.map((message) => [message.code, message] as const))(
  'the Japanese words of %s are Japanese, with English only in code',
  (_code, message) => {
    const { segments } = renderConfigMessage(message, CONFIG_WORDS_JA);
    const prose = segments
      .filter((segment) => segment.kind === 'text')
      .map((segment) => segment.text)
      .join(' ');
    expect(prose).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(englishWords(prose)).toEqual([]);
  },
);

test.each(
  MESSAGES.filter((message) => message.code.startsWith('invalid.')).map(
    (message) => [message.code, message] as const,
  ),
)('%s explains the form in words, never with a regular expression', (_code, message) => {
  for (const words of [CONFIG_WORDS_EN, CONFIG_WORDS_JA]) {
    const { segments } = renderConfigMessage(message, words);
    const shown = segments.filter((segment) => !segment.text.startsWith('Invalid regular expression'));
    for (const segment of shown) expect(segment.text).not.toMatch(/\\d|\[a-z|\[A-Z|\]\{|\(\?|\]\+|^\^/);
  }
});

describe('spot checks in both languages', () => {
  test.each([
    [
      configMessage('invalid.userPoolId'),
      'A user pool id is its region, an underscore and letters or digits, e.g. `eu-west-1_AbC123xyz`.',
      'ユーザープール ID は、リージョン、アンダースコア、英数字を続けたものです。例：`eu-west-1_AbC123xyz`',
    ],
    [
      configMessage('warn.notHttpMethod', { path: '/x', verb: 'FETCH' }),
      '`/x`: `FETCH` is not an HTTP method; skipped.',
      '`/x`：`FETCH` は HTTP メソッドではないため、スキップしました。',
    ],
    [
      configMessage('summary.method', {
        route: 'POST /orders',
        authorizationType: 'COGNITO_USER_POOLS',
        scopes: ['orders/write'],
      }),
      '`POST /orders`: Cognito user pool authorizer, scopes `orders/write` (expects an access token with one of them)',
      '`POST /orders`：Cognito ユーザープールオーソライザー、スコープ `orders/write`（そのいずれかを持つアクセストークンを期待）',
    ],
    [
      configMessage('warn.entryInvalid', {
        entry,
        field: 'region',
        problem: configMessage('invalid.region'),
      }),
      'API `a1b2c3d4e5` (stage `prod`): `region`: A region looks like `eu-west-1`.',
      'API `a1b2c3d4e5`（ステージ `prod`）：`region`：リージョンは `eu-west-1` のような形です。',
    ],
    [
      configMessage('import.tooLarge', { megabytes: 5, limitMegabytes: 2 }),
      /^The text is 5\.0 MB; one command's output is far smaller \(the limit is 2 MB\)\. Expected/,
      /^テキストは 5\.0 MB あります。/,
    ],
  ] as [ConfigMessage, string | RegExp, string | RegExp][])('%j', (message, english, japanese) => {
    const en = renderConfigMessage(message, CONFIG_WORDS_EN).text;
    const ja = renderConfigMessage(message, CONFIG_WORDS_JA).text;
    if (typeof english === 'string') expect(en).toBe(english);
    else expect(en).toMatch(english);
    if (typeof japanese === 'string') expect(ja).toBe(japanese);
    else expect(ja).toMatch(japanese);
  });
});
