import { describe, expect, test } from 'vitest';
import type { CallConfiguration } from '../../../src/core/config/model';
import {
  discoveryUrlOf,
  isWellFormedTrustedIssuer,
  trustedIssuers,
  trustedJwksSource,
} from '../../../src/core/diagnosis/trustedIssuers';

describe('trustedIssuers: what a configuration vouches for', () => {
  test.each<[string, CallConfiguration | undefined, ReturnType<typeof trustedIssuers>]>([
    ['no configuration', undefined, []],
    [
      'a Cognito authorizer names pools, not issuers',
      { authorizerKind: 'cognito', userPoolIds: ['eu-west-1_A'] },
      [],
    ],
    [
      'every issuer of a REST JWT authorizer, with its jwksUri',
      {
        authorizerKind: 'rest-jwt',
        restJwt: {
          defaultAlgorithms: ['RS256'],
          issuers: [
            {
              issuer: 'https://a.example.com/',
              audiences: [],
              additionalClaims: [],
              jwksUri: 'https://a.example.com/k',
            },
            { issuer: 'https://b.example.com', audiences: [], additionalClaims: [] },
          ],
        },
      },
      [
        { issuer: 'https://a.example.com/', jwksUri: 'https://a.example.com/k' },
        { issuer: 'https://b.example.com' },
      ],
    ],
    [
      "an HTTP API JWT authorizer's one issuer",
      { authorizerKind: 'jwt', issuer: 'https://c.example.com' },
      [{ issuer: 'https://c.example.com' }],
    ],
    [
      'an issuer that is not a plain https URL is dropped',
      { authorizerKind: 'jwt', issuer: 'https://user:pw@c.example.com/?q=1' },
      [],
    ],
    ['a Lambda authorizer has none', { authorizerKind: 'lambda', issuer: 'https://c.example.com' }, []],
  ])('%s', (_name, config, expected) => {
    expect(trustedIssuers(config)).toEqual(expected);
  });

  test('the discovery document address drops one trailing slash', () => {
    expect(discoveryUrlOf('https://login.example.com/')).toBe(
      'https://login.example.com/.well-known/openid-configuration',
    );
    expect(discoveryUrlOf('https://login.example.com/tenant')).toBe(
      'https://login.example.com/tenant/.well-known/openid-configuration',
    );
  });

  test('a source only for an exact match', () => {
    const trusted = [
      { issuer: 'https://a.example.com/' },
      { issuer: 'https://b.example.com', jwksUri: 'https://k.example.com/j' },
    ];
    expect(trustedJwksSource(trusted, 'https://a.example.com/')).toEqual({
      issuer: 'https://a.example.com/',
      discoveryUrl: 'https://a.example.com/.well-known/openid-configuration',
    });
    expect(trustedJwksSource(trusted, 'https://b.example.com')).toEqual({
      issuer: 'https://b.example.com',
      jwksUri: 'https://k.example.com/j',
    });
    expect(trustedJwksSource(trusted, 'https://a.example.com')).toBeUndefined();
  });

  test.each([
    [{ issuer: 'https://a.example.com' }, true],
    [{ issuer: 'https://a.example.com', jwksUri: 'https://k.example.com/j' }, true],
    [{ issuer: 'http://a.example.com' }, false],
    [{ issuer: 'https://a.example.com', jwksUri: 'http://k.example.com/j' }, false],
    [{ issuer: 'https://a.example.com#x' }, false],
    [{ issuer: `https://a.example.com/${'x'.repeat(2100)}` }, false],
    [{ issuer: 42 }, false],
    ['https://a.example.com', false],
    [null, false],
  ])('well-formed %j: %s', (value, expected) => {
    expect(isWellFormedTrustedIssuer(value)).toBe(expected);
  });
});
