import { expect, test } from 'vitest';
import { withStageRead } from '../../../src/core/diagnosis/stageOfCall';
import {
  configFromQuery,
  hintsFromQuery,
  optionsQueryFor,
  optionsQueryFromCall,
  readOptionsLink,
} from '../../../src/core/options/optionsQuery';
import { capturedCall } from '../config/testSupport';

const JWT_PATH = '/prod/invitations/eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';

test('the link names the call by its id only: no path, nothing token-shaped', () => {
  const call = {
    ...capturedCall('POST', `https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com${JWT_PATH}`),
    id: '1234.5-1795000000000',
  };
  const query = optionsQueryFor(call);
  expect(query).toBe('?call=1234.5-1795000000000');
  expect(query).not.toContain('eyJ');
  expect(readOptionsLink(query)).toEqual({ callId: call.id });
});

test('the page pre-fills from the call read by that id: API, stage, method, path and region', () => {
  const call = capturedCall('post', 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/orders/42');
  expect(optionsQueryFromCall(call)).toEqual({
    apiId: 'a1b2c3d4e5',
    stage: 'prod',
    method: 'POST',
    path: '/orders/42',
    region: 'eu-west-1',
  });
  const noStage = capturedCall('GET', 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/');
  expect(optionsQueryFromCall(noStage)).toEqual({
    apiId: 'a1b2c3d4e5',
    method: 'GET',
    path: '/',
    region: 'eu-west-1',
  });
  // A call no longer captured (the browser restarted): nothing to pre-fill.
  expect(optionsQueryFromCall(undefined)).toEqual({});
});

test('an over-long path is left out, not cut', () => {
  const call = capturedCall(
    'GET',
    `https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/${'a'.repeat(600)}`,
  );
  expect(optionsQueryFromCall(call).path).toBeUndefined();
});

test.each([
  ['', undefined],
  ['?call=', undefined],
  ['?call=%20abc-1%20', 'abc-1'],
  [`?call=${'a'.repeat(65)}`, undefined],
  ['?call=a%2Fb', undefined],
  ['?apiId=a1&path=%2Forders', undefined],
])('readOptionsLink(%s): call id', (search, expected) => {
  expect(readOptionsLink(search).callId).toBe(expected);
});

test('a call id that is not one gives no query at all', () => {
  expect(optionsQueryFor({ id: 'eyJ.a/b' })).toBe('');
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
  const link = optionsQueryFor({ ...call, id: 'c1' }, 'jwt');
  expect(link).toBe('?call=c1&authorizer=jwt');
  // The page reads the call back from storage.session and its stage as the popup does.
  const query = optionsQueryFromCall(withStageRead(call, []), readOptionsLink(link).authorizer);
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
  expect(readOptionsLink('?call=c1&authorizer=lambda')).toEqual({ callId: 'c1' });
  expect(readOptionsLink('?call=c1&authorizer=cognito')).toEqual({ callId: 'c1', authorizer: 'cognito' });
});
