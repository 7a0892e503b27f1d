import { expect, test } from 'vitest';
import { RequestCorrelator } from '../../../src/core/capture/requestCorrelator';
import type { CapturedCall } from '../../../src/core/capture/types';
import { resolveCallConfiguration } from '../../../src/core/config/resolveCallConfiguration';
import { configFromQuery } from '../../../src/core/options/optionsQuery';

const API_URL = 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/orders';

/**
 * An authorizer may read the token from another header than Authorization (aws-facts.md §1,
 * "Identity source"). Capture keeps every request header as sent, so a configured identity header
 * finds its value in the call with no change to the worker.
 */
test('a custom identity header reaches the captured call, and the configuration names it', () => {
  const correlator = new RequestCorrelator();
  const headers = [
    { name: 'x-id-token', value: 'the-token' },
    { name: 'x-request-id', value: 'r-1' },
  ];
  correlator.recordRequest({
    requestId: '1',
    tabId: 7,
    url: API_URL,
    method: 'GET',
    timeStamp: 1000,
    requestHeaders: headers,
  });
  const call = correlator.resolveResponse({
    requestId: '1',
    tabId: 7,
    url: API_URL,
    method: 'GET',
    timeStamp: 1100,
    statusCode: 401,
    responseHeaders: [{ name: 'x-amzn-errortype', value: 'UnauthorizedException' }],
  }) as CapturedCall;
  expect(call.requestHeaders).toEqual(headers);

  const config = {
    ...configFromQuery({ apiId: 'a1b2c3d4e5', stage: 'prod' }, 0),
    identityHeader: 'X-Id-Token',
  };
  expect(resolveCallConfiguration([config], call)?.identityHeader).toBe('X-Id-Token');
});
