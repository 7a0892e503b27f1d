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

test('the link names the call by its id and its API identifiers only: no path, nothing token-shaped', () => {
  const call = {
    ...capturedCall('POST', `https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com${JWT_PATH}`),
    id: '1234.5-1795000000000',
  };
  const query = optionsQueryFor(call);
  expect(query).toBe('?call=1234.5-1795000000000&apiId=a1b2c3d4e5&stage=prod&region=eu-west-1&method=POST');
  expect(query).not.toContain('eyJ');
  expect(query).not.toContain('invitations');
  expect(readOptionsLink(query)).toEqual({
    callId: call.id,
    identifiers: { apiId: 'a1b2c3d4e5', stage: 'prod', region: 'eu-west-1', method: 'POST' },
  });
});

test('a token where the stage would be is left out of the link, and never read from one', () => {
  const call = {
    ...capturedCall(
      'GET',
      `https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com${JWT_PATH.replace('/prod', '')}`,
    ),
    id: 'har-3',
  };
  // The stage of a REST call is its first segment ("invitations" here); a JWT there never passes.
  const tokenStage = { ...call, api: { ...call.api, stage: JWT_PATH.split('/')[3] ?? '' } };
  const query = optionsQueryFor(tokenStage);
  expect(query).not.toContain('eyJ');
  expect(query).toBe('?call=har-3&apiId=a1b2c3d4e5&region=eu-west-1&method=GET');
  expect(readOptionsLink(`?call=har-3&stage=${JWT_PATH.split('/')[3]}&apiId=A.B`)).toEqual({
    callId: 'har-3',
  });
});

test('a call the page cannot find (HAR page, DevTools panel): the link identifiers pre-fill without a path', () => {
  const link = readOptionsLink('?call=har-0&authorizer=cognito&apiId=a1b2c3d4e5&stage=prod&method=GET');
  expect(link.identifiers).toEqual({ apiId: 'a1b2c3d4e5', stage: 'prod', method: 'GET' });
  expect(
    configFromQuery({ ...link.identifiers, apiId: 'a1b2c3d4e5', authorizer: link.authorizer }, 0),
  ).toMatchObject({
    apiId: 'a1b2c3d4e5',
    stage: 'prod',
    authorizerKind: 'cognito',
  });
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
  const link = optionsQueryFor({ ...withStageRead(call, []), id: 'c1' }, 'jwt');
  expect(link).toBe('?call=c1&authorizer=jwt&apiId=a1b2c3d4e5&stage=%24default&region=eu-west-1&method=GET');
  expect(readOptionsLink(link).identifiers?.stage).toBe('$default');
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
