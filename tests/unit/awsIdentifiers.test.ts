import { expect, test } from 'vitest';
import {
  EXECUTE_API_HOST_PATTERN,
  isUserPoolId,
  parseCognitoIssuer,
  parseUserPoolArn,
  REGION_PATTERN,
} from '../../src/core/awsIdentifiers';
import { isApiGatewayHost } from '../../src/core/capture/apiGatewayUrl';
import { parseCognitoIss } from '../../src/core/diagnosis/cognitoIssuer';

const REGIONS = ['eu-west-1', 'us-gov-west-1', 'cn-north-1', 'ap-southeast-10'];
const NOT_REGIONS = ['Ireland', 'eu-west', 'eu_west_1', 'eu-west-123', 'EU-WEST-1'];

test.each(REGIONS)(
  'one region shape everywhere: %s is a region in a host, a pool id, an issuer and an ARN',
  (region) => {
    expect(REGION_PATTERN.test(region)).toBe(true);
    expect(isApiGatewayHost(`a1b2c3d4e5.execute-api.${region}.amazonaws.com`)).toBe(true);
    expect(isUserPoolId(`${region}_AbC123xyz`)).toBe(true);
    expect(
      parseCognitoIssuer(`https://cognito-idp.${region}.amazonaws.com/${region}_AbC123xyz`)?.region,
    ).toBe(region);
    expect(
      parseUserPoolArn(`arn:aws:cognito-idp:${region}:123456789012:userpool/${region}_AbC123xyz`),
    ).toEqual({
      kind: 'pool',
      poolId: `${region}_AbC123xyz`,
      region,
      account: '123456789012',
    });
  },
);

test.each(NOT_REGIONS)('%s is a region nowhere', (region) => {
  expect(REGION_PATTERN.test(region)).toBe(false);
  expect(EXECUTE_API_HOST_PATTERN.test(`a1b2c3d4e5.execute-api.${region}.amazonaws.com`)).toBe(false);
  expect(isUserPoolId(`${region}_AbC123xyz`)).toBe(false);
  expect(
    parseCognitoIssuer(`https://cognito-idp.${region}.amazonaws.com/${region}_AbC123xyz`),
  ).toBeUndefined();
});

test('an issuer with a trailing slash is read for the configuration, and is no token issuer', () => {
  const issuer = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz';
  expect(parseCognitoIssuer(`${issuer}/`)).toMatchObject({ issuer, trailingSlash: true });
  expect(parseCognitoIss(`${issuer}/`)).toBeUndefined();
  expect(parseCognitoIss(issuer)).toEqual({
    issuer,
    region: 'eu-west-1',
    poolRegion: 'eu-west-1',
    poolId: 'eu-west-1_AbC123xyz',
    partition: 'aws',
    jwksUrl: `${issuer}/.well-known/jwks.json`,
  });
  expect(parseCognitoIssuer(issuer.replace('https:', 'http:'))).toBeUndefined();
  expect(parseCognitoIssuer(`${issuer}${'x'.repeat(200)}`)).toBeUndefined();
  expect(parseCognitoIssuer(42)).toBeUndefined();
});
