import { describe, expect, test } from 'vitest';
import { isApiGatewayHost, parseApiGatewayUrl } from '../../../src/core/capture/apiGatewayUrl';

describe('isApiGatewayHost', () => {
  test.each([
    'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
    'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
    'xyz0987654.execute-api.ap-northeast-1.amazonaws.com',
    'xyz0987654.execute-api.ap-southeast-2.amazonaws.com',
    'abcdefghij.execute-api.us-gov-west-1.amazonaws.com',
    'abcdefghij.execute-api.cn-north-1.amazonaws.com.cn',
    'abcdefghij.execute-api.cn-northwest-1.amazonaws.com.cn',
    'ABCDEFGHIJ.EXECUTE-API.EU-CENTRAL-1.AMAZONAWS.COM',
  ])('accepts %s', (host) => {
    expect(isApiGatewayHost(host)).toBe(true);
  });

  test.each([
    ['a look-alike suffix', 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com.evil.com'],
    ['another AWS service', 's3.amazonaws.com'],
    ['Cognito', 'cognito-idp.eu-west-1.amazonaws.com'],
    ['a bucket', 'my-bucket.s3.us-east-1.amazonaws.com'],
    ['no API id', 'execute-api.us-east-1.amazonaws.com'],
    ['no region', 'a1b2c3d4e5.execute-api.amazonaws.com'],
    ['a nested subdomain', 'evil.a1b2c3d4e5.execute-api.us-east-1.amazonaws.com'],
    ['a prefix on the service', 'a1b2c3d4e5.xexecute-api.us-east-1.amazonaws.com'],
    ['a different apex', 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.co'],
    ['an attacker domain that embeds the name', 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com-evil.net'],
    ['the empty string', ''],
  ])('rejects %s', (_label, host) => {
    expect(isApiGatewayHost(host)).toBe(false);
  });
});

describe('parseApiGatewayUrl', () => {
  test.each([
    [
      'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/orders/42?expand=items',
      {
        apiId: 'a1b2c3d4e5',
        region: 'eu-west-1',
        partition: 'aws',
        stage: 'prod',
        resourcePath: '/orders/42',
      },
    ],
    [
      'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/dev/',
      { apiId: 'a1b2c3d4e5', region: 'us-east-1', partition: 'aws', stage: 'dev', resourcePath: '/' },
    ],
    [
      'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/',
      { apiId: 'a1b2c3d4e5', region: 'us-east-1', partition: 'aws', stage: undefined, resourcePath: '/' },
    ],
    [
      'https://abcdefghij.execute-api.cn-north-1.amazonaws.com.cn/v1/users/me',
      {
        apiId: 'abcdefghij',
        region: 'cn-north-1',
        partition: 'aws-cn',
        stage: 'v1',
        resourcePath: '/users/me',
      },
    ],
    [
      'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/files/a%20b/c',
      { stage: 'prod', resourcePath: '/files/a%20b/c', path: '/prod/files/a%20b/c' },
    ],
  ])('%s', (url, expected) => {
    expect(parseApiGatewayUrl(url)).toMatchObject(expected);
  });

  test.each([
    ['plain HTTP', 'http://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/x'],
    ['an explicit port', 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com:8443/prod/x'],
    ['another host', 'https://example.com/prod/x'],
    ['not a URL', 'not a url'],
    ['a look-alike', 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com.evil.com/prod'],
  ])('rejects %s', (_label, url) => {
    expect(parseApiGatewayUrl(url)).toBeUndefined();
  });
});
