import { describe, expect, test } from 'vitest';
import type { CheckResult, CheckStatus } from '../../../src/core/diagnosis';
import { diagnose } from '../../../src/core/diagnosis';
import {
  expandedByDefault,
  gatewayErrorDescription,
  isLong,
  sentIdentityValue,
  tokenUndecodable,
} from '../../../src/popup/diagnosisView';
import { httpApi401, makeCall } from '../diagnosis/tokenFactory';

describe('expandedByDefault', () => {
  test.each<[CheckStatus, boolean]>([
    ['fail', true],
    ['warn', true],
    ['pass', false],
    ['info', false],
    ['skip', false],
  ])('%s → %s', (status, expected) => {
    expect(expandedByDefault(status)).toBe(expected);
  });
});

describe('isLong', () => {
  test.each([
    ['short', 10, false],
    ['exactly10!', 10, false],
    ['0123456789abc', 10, true],
    ['', 0, false],
  ])('isLong(%j, %i)', (text, limit, long) => {
    expect(isLong(text, limit)).toBe(long);
  });
});

function check(id: CheckResult['id'], status: CheckStatus, params: CheckResult['params']): CheckResult {
  return { id, status, code: 'missing' as CheckResult['code'], params, commands: [], links: [] };
}

describe('gatewayErrorDescription', () => {
  test('the error_description of an HTTP API JWT authorizer, verbatim', () => {
    const call = makeCall({
      authorization: 'Bearer x.y.z',
      responseHeaders: httpApi401(
        'Bearer scope="" error="invalid_token" error_description="the token has <b>expired</b>"',
      ),
    });
    expect(gatewayErrorDescription(diagnose({ call }))).toBe('the token has <b>expired</b>');
  });

  test.each([
    [[]],
    [[check('source', 'info', { errorDescription: '' })]],
    [[check('source', 'info', { errorDescription: ['a'] })]],
    [[check('cors', 'info', { errorDescription: 'not the source check' })]],
  ])('nothing otherwise (%#)', (checks) => {
    expect(gatewayErrorDescription({ checks })).toBeUndefined();
  });
});

describe('sentIdentityValue', () => {
  test('the value of the header header.present read, whatever its case', () => {
    const call = makeCall({ authorization: '  "Bearer  nope' });
    const diagnosis = diagnose({ call });
    expect(sentIdentityValue(call, diagnosis)).toBe('  "Bearer  nope');
    expect(tokenUndecodable(diagnosis)).toBe(true);
  });

  test('a custom identity header named by the check', () => {
    const call = makeCall({
      authorization: null,
      extraRequestHeaders: [{ name: 'X-Id-Token', value: 'abc' }],
    });
    expect(
      sentIdentityValue(call, { checks: [check('header.present', 'pass', { headerName: 'x-id-token' })] }),
    ).toBe('abc');
  });

  test('nothing without the header or without captured headers', () => {
    const call = makeCall({ authorization: null });
    const diagnosis = diagnose({ call });
    expect(sentIdentityValue(call, diagnosis)).toBeUndefined();
    expect(tokenUndecodable(diagnosis)).toBe(false);
    expect(sentIdentityValue(makeCall({ headersMissing: true }), diagnosis)).toBeUndefined();
  });
});
