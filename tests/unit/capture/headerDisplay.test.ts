import { expect, test } from 'vitest';
import { findHeader, isCredentialHeader, maskCredential } from '../../../src/core/capture/headerDisplay';

const token = 'eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';

test.each([
  [token, 'eyJraW••••••••'],
  [`Bearer ${token}`, 'Bearer eyJraW••••••••'],
  ['short', '•••••'],
  ['', ''],
])('masks %s', (value, masked) => {
  const result = maskCredential(value);
  expect(result).toBe(masked);
  if (value.length > 20) expect(result).not.toContain(value.slice(12));
});

test.each([
  ['Authorization', undefined, true],
  ['authorization', undefined, true],
  ['Cookie', undefined, true],
  ['x-auth', 'X-Auth', true],
  ['content-type', undefined, false],
])('%s is a credential header: %s', (name, identityHeader, expected) => {
  expect(isCredentialHeader(name, identityHeader)).toBe(expected);
});

test('finds headers whatever their case', () => {
  const headers = [{ name: 'x-amzn-errortype', value: 'UnauthorizedException' }];
  expect(findHeader(headers, 'X-Amzn-ErrorType')?.value).toBe('UnauthorizedException');
  expect(findHeader(undefined, 'x')).toBeUndefined();
});
