import { describe, expect, test } from 'vitest';
import type { ConfigMessage } from '../../../src/core/config/messages';
import type { ApiConfig } from '../../../src/core/config/model';
import type { ConfigProblem } from '../../../src/core/config/validateApiConfig';
import {
  addMethodRow,
  type ConfigDraft,
  configFromDraft,
  draftFromConfig,
  draftProblems,
  groupProblems,
  looksLikeToken,
  removeMethodRow,
  sameConfiguration,
  splitIds,
  splitScopes,
  updateMethodRow,
} from '../../../src/core/options/configDraft';
import { CLIENT_A, COGNITO_ISSUER, ORDERS_READ, ORDERS_WRITE, POOL_A, POOL_B } from '../config/testSupport';

const SOURCE = { kind: 'manual', updatedAt: 5 } as const;
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl';

const full: ApiConfig = {
  apiId: 'a1b2c3d4e5',
  stage: 'prod',
  region: 'eu-west-1',
  authorizerKind: 'cognito',
  authorizerId: 'x7y8z9',
  identityHeader: 'X-Id-Token',
  userPoolIds: [POOL_A, POOL_B],
  clientIds: [CLIENT_A],
  issuer: COGNITO_ISSUER,
  tokenValidationRegex: '^4kq2.*$',
  defaultScopes: [ORDERS_READ],
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
      scopes: [ORDERS_WRITE, ORDERS_READ],
    },
  ],
  source: SOURCE,
};

const minimal: ApiConfig = {
  apiId: 'a1b2c3d4e5',
  authorizerKind: 'jwt',
  identityHeader: 'Authorization',
  userPoolIds: [],
  clientIds: [],
  methods: [],
  source: SOURCE,
};

describe('draft ↔ configuration', () => {
  test.each([
    ['every field set', full],
    ['only what is required', minimal],
    ['default scopes known to be none', { ...minimal, defaultScopes: [] }],
  ])('a configuration survives the round trip: %s', (_what, config) => {
    expect(configFromDraft(draftFromConfig(config), SOURCE)).toEqual(config);
  });

  test('lists are shown comma-separated, scopes space-separated', () => {
    const draft = draftFromConfig(full);
    expect(draft.userPoolIds).toBe(`${POOL_A}, ${POOL_B}`);
    expect(draft.methods[1]?.scopes).toBe(`${ORDERS_WRITE} ${ORDERS_READ}`);
    expect(draft.defaultScopesMode).toBe('listed');
    expect(draft.methods.map((row) => row.rowId)).toEqual([0, 1]);
  });

  test('text as typed: trimmed, blanks left out, lists split, verbs upper-cased', () => {
    const draft: ConfigDraft = {
      ...draftFromConfig(minimal),
      apiId: ' a1b2c3d4e5 ',
      stage: '  ',
      identityHeader: '',
      userPoolIds: `${POOL_A},${POOL_B}\n${POOL_A}, `,
      issuer: ' ',
      defaultScopesMode: 'unknown',
      defaultScopes: 'ignored while unknown',
      methods: [
        {
          rowId: 3,
          method: 'post',
          path: ' /orders ',
          authorizationType: 'jwt',
          scopes: ` ${ORDERS_WRITE}  `,
          authorizerId: ' ',
        },
      ],
    };
    expect(configFromDraft(draft, SOURCE)).toEqual({
      ...minimal,
      userPoolIds: [POOL_A, POOL_B],
      methods: [{ method: 'POST', path: '/orders', authorizationType: 'JWT', scopes: [ORDERS_WRITE] }],
    });
  });

  test.each([
    ['unknown', '', undefined],
    ['none', 'a b', []],
    ['listed', ` ${ORDERS_READ}   ${ORDERS_WRITE} `, [ORDERS_READ, ORDERS_WRITE]],
    ['listed', '', []],
  ] as const)('default scopes %s (%j) → %j', (mode, text, expected) => {
    const draft = { ...draftFromConfig(minimal), defaultScopesMode: mode, defaultScopes: text };
    expect(configFromDraft(draft, SOURCE).defaultScopes).toEqual(expected);
  });

  test.each([
    ['a, b  c\nd,,a', ['a', 'b', 'c', 'd']],
    ['', []],
    [' , ', []],
  ])('splitIds(%j)', (text, expected) => {
    expect(splitIds(text)).toEqual(expected);
  });

  test('scopes split on whitespace only: a scope may hold a comma', () => {
    expect(splitScopes('a,b  c\tc')).toEqual(['a,b', 'c']);
  });
});

describe('method rows', () => {
  test('a new row follows the authorizer kind and gets a fresh id', () => {
    const cognito = addMethodRow(draftFromConfig(full));
    expect(cognito.methods.at(-1)).toEqual({
      rowId: 2,
      method: 'GET',
      path: '',
      authorizationType: 'COGNITO_USER_POOLS',
      scopes: '',
      authorizerId: '',
    });
    expect(addMethodRow(draftFromConfig(minimal)).methods).toEqual([
      expect.objectContaining({ rowId: 0, authorizationType: 'JWT' }),
    ]);
  });

  test('removing a row keeps the others and their ids; updates touch one row', () => {
    let draft = addMethodRow(draftFromConfig(full));
    draft = removeMethodRow(draft, 0);
    expect(draft.methods.map((row) => row.rowId)).toEqual([1, 2]);
    draft = updateMethodRow(draft, 2, { path: '/items', rowId: 99 });
    expect(draft.methods.map((row) => [row.rowId, row.path])).toEqual([
      [1, '/orders'],
      [2, '/items'],
    ]);
    expect(addMethodRow(draft).methods.at(-1)?.rowId).toBe(3);
  });
});

describe('draftProblems', () => {
  test('a valid configuration has none', () => {
    expect(draftProblems(full, [full], full)).toEqual([]);
  });

  test('the core validation applies', () => {
    const problems = draftProblems({ ...full, userPoolIds: [POOL_A, 'not-a-pool'] }, [], undefined);
    expect(problems.map((problem) => problem.field)).toEqual(['userPoolIds[1]']);
  });

  test.each([
    ['a JWT audience', { ...minimal, clientIds: ['web', TOKEN] }, 'clientIds[1]'],
    [
      'the token validation regex',
      { ...full, tokenValidationRegex: `Bearer ${TOKEN}` },
      'tokenValidationRegex',
    ],
    [
      'a method path',
      {
        ...minimal,
        methods: [{ method: 'GET', path: `/reset/${TOKEN}`, authorizationType: 'JWT', scopes: [] }],
      },
      'methods[0].path',
    ],
    [
      'a scope',
      { ...minimal, methods: [{ method: 'GET', path: '/x', authorizationType: 'JWT', scopes: [TOKEN] }] },
      'methods[0].scopes[0]',
    ],
  ])('a token in %s is refused, without repeating it', (_what, config, field) => {
    const problems = draftProblems(config, [], undefined);
    const problem = problems.find((found) => found.code === 'invalid.token');
    expect(problem?.field).toBe(field);
    expect(JSON.stringify(problems)).not.toContain(TOKEN);
  });

  test('another saved entry for the same API and stage is a problem on the stage', () => {
    const other = { ...minimal, stage: 'prod' };
    const moved = { ...full };
    expect(
      draftProblems(moved, [other, { ...full, stage: 'dev' }], { apiId: full.apiId, stage: 'dev' }),
    ).toEqual([{ field: 'stage', code: 'invalid.targetTaken', params: { key: 'a1b2c3d4e5/prod' } }]);
    expect(draftProblems(moved, [other], undefined).map((problem) => problem.field)).toEqual(['stage']);
  });

  test.each(['eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.', TOKEN, `x${TOKEN}y`])(
    'looksLikeToken(%s)',
    (value) => {
      expect(looksLikeToken(value)).toBe(true);
    },
  );

  test.each([POOL_A, CLIENT_A, COGNITO_ISSUER, ORDERS_READ, '^eyJ$', 'eyJ.only'])(
    'not a token: %s',
    (value) => {
      expect(looksLikeToken(value)).toBe(false);
    },
  );
});

test('problems are grouped by the input that shows them', () => {
  // A distinct message per problem, told apart by its parameter.
  const said = (key: string): ConfigMessage => ({ code: 'invalid.targetTaken', params: { key } });
  const problem = (field: string, key: string): ConfigProblem => ({ field, ...said(key) }) as ConfigProblem;
  const grouped = groupProblems([
    problem('apiId', 'a'),
    problem('userPoolIds[0]', 'b'),
    problem('userPoolIds[2]', 'c'),
    problem('methods[1]', 'd'),
    problem('methods[1].path', 'e'),
    problem('methods[1].scopes[3]', 'f'),
    problem('defaultScopes[0]', 'g'),
  ]);
  expect(Object.fromEntries(grouped)).toEqual({
    apiId: [{ message: said('a') }],
    userPoolIds: [
      { index: 0, message: said('b') },
      { index: 2, message: said('c') },
    ],
    'methods[1]': [{ message: said('d') }],
    'methods[1].path': [{ message: said('e') }],
    'methods[1].scopes': [{ index: 3, message: said('f') }],
    defaultScopes: [{ index: 0, message: said('g') }],
  });
});

test('sameConfiguration ignores the source and field order, not the content', () => {
  const reordered = Object.fromEntries(Object.entries(full).reverse()) as unknown as ApiConfig;
  expect(sameConfiguration({ ...reordered, source: { kind: 'get-export', updatedAt: 9 } }, full)).toBe(true);
  expect(sameConfiguration({ ...full, stage: 'dev' }, full)).toBe(false);
  expect(sameConfiguration({ ...full, defaultScopes: [] }, { ...full, defaultScopes: undefined })).toBe(
    false,
  );
});
