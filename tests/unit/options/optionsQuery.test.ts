import { expect, test } from 'vitest';
import { withStageRead } from '../../../src/core/diagnosis/stageOfCall';
import {
  configFromQuery,
  hintsFromQuery,
  optionsQueryFor,
  readOptionsQuery,
} from '../../../src/core/options/optionsQuery';
import { capturedCall } from '../config/testSupport';

test('the link of a call names its API, stage, method, path and region', () => {
  const call = capturedCall('POST', 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/orders/42');
  const query = optionsQueryFor(call);
  expect(query).toBe('?apiId=a1b2c3d4e5&stage=prod&method=POST&path=%2Forders%2F42&region=eu-west-1');
  expect(readOptionsQuery(query)).toEqual({
    apiId: 'a1b2c3d4e5',
    stage: 'prod',
    method: 'POST',
    path: '/orders/42',
    region: 'eu-west-1',
  });
});

test('a call without a stage leaves it out', () => {
  const call = capturedCall('GET', 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/');
  expect(optionsQueryFor(call)).toBe('?apiId=a1b2c3d4e5&method=GET&path=%2F&region=eu-west-1');
});

test.each([
  ['', {}],
  ['?apiId=%20a1b2c3d4e5%20&stage=', { apiId: 'a1b2c3d4e5' }],
  ['?method=get&path=/x', { method: 'GET', path: '/x' }],
  [`?apiId=${'a'.repeat(600)}&region=eu-west-1`, { region: 'eu-west-1' }],
  ['?other=1&apiId=b2', { apiId: 'b2' }],
])('readOptionsQuery(%s)', (search, expected) => {
  expect(readOptionsQuery(search)).toEqual(expected);
});

test('hints carry what imports may lack, not the region', () => {
  expect(
    hintsFromQuery({ apiId: 'a1', stage: 'prod', method: 'GET', path: '/x', region: 'eu-west-1' }),
  ).toEqual({
    apiId: 'a1',
    stage: 'prod',
    method: 'GET',
    path: '/x',
  });
  expect(hintsFromQuery({})).toEqual({});
});

test('a new entry from a link is pre-filled with the call, its method as a first row', () => {
  expect(
    configFromQuery(
      { apiId: 'a1b2c3d4e5', stage: 'prod', method: 'POST', path: '/orders/42', region: 'eu-west-1' },
      1_795_000_000_000,
    ),
  ).toEqual({
    apiId: 'a1b2c3d4e5',
    stage: 'prod',
    region: 'eu-west-1',
    authorizerKind: 'cognito',
    identityHeader: 'Authorization',
    userPoolIds: [],
    clientIds: [],
    methods: [{ method: 'POST', path: '/orders/42', authorizationType: 'COGNITO_USER_POOLS', scopes: [] }],
    source: { kind: 'manual', updatedAt: 1_795_000_000_000 },
  });
  expect(configFromQuery({ apiId: 'a1b2c3d4e5', method: 'GET' }, 0).methods).toEqual([]);
});

test('an HTTP API call on $default: the link names stage $default, the whole path and the JWT authorizer', () => {
  const call = {
    ...capturedCall('GET', 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/orders'),
    responseHeaders: [{ name: 'www-authenticate', value: 'Bearer' }],
  };
  const query = readOptionsQuery(optionsQueryFor(withStageRead(call, []), 'jwt'));
  expect(query).toEqual({
    apiId: 'a1b2c3d4e5',
    stage: '$default',
    method: 'GET',
    path: '/orders',
    region: 'eu-west-1',
    authorizer: 'jwt',
  });
  expect(configFromQuery({ ...query, apiId: 'a1b2c3d4e5' }, 0)).toMatchObject({
    stage: '$default',
    authorizerKind: 'jwt',
    methods: [{ method: 'GET', path: '/orders', authorizationType: 'JWT', scopes: [] }],
  });
});

test('an unknown authorizer kind is left out of the link, and a made-up one is not read', () => {
  const call = capturedCall('GET', 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/x');
  expect(optionsQueryFor(call, 'unknown')).not.toContain('authorizer');
  expect(readOptionsQuery('?apiId=a1&authorizer=lambda')).toEqual({ apiId: 'a1' });
  expect(readOptionsQuery('?apiId=a1&authorizer=cognito')).toEqual({ apiId: 'a1', authorizer: 'cognito' });
});
