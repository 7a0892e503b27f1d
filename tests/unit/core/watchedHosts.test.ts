import { describe, expect, test } from 'vitest';
import type { DomainConfig } from '../../../src/core/config/domainMappings';
import { domainQuery, readOptionsLink } from '../../../src/core/options/optionsQuery';
import {
  apiHostOffers,
  hostPattern,
  isHostGranted,
  MAX_HOST_OFFERS,
  patternCoversHost,
  watchedHostList,
} from '../../../src/core/watchedHosts';

const MANIFEST = [
  'https://*.amazonaws.com/*',
  'https://*.amazonaws.com.cn/*',
  'https://*.amazoncognito.com/*',
  'http://localhost/*',
  'http://127.0.0.1/*',
];

describe('match patterns', () => {
  test.each([
    ['https://api.example.com/*', 'api.example.com', true],
    ['https://api.example.com/*', 'x.api.example.com', false],
    ['https://*.example.com/*', 'api.example.com', true],
    ['https://*.example.com/*', 'example.com', true],
    ['https://*.example.com/*', 'badexample.com', false],
    ['*://api.example.com/*', 'api.example.com', true],
    ['http://api.example.com/*', 'api.example.com', false],
    ['https://*/*', 'anything.example', true],
    ['<all_urls>', 'anything.example', true],
    ['garbage', 'api.example.com', false],
  ])('%s covers %s: %s', (pattern, host, expected) => {
    expect(patternCoversHost(pattern, host)).toBe(expected);
  });

  test('one host is granted through its https pattern', () => {
    expect(hostPattern('api.example.com')).toBe('https://api.example.com/*');
    expect(isHostGranted('api.example.com', [...MANIFEST, hostPattern('api.example.com')])).toBe(true);
    expect(isHostGranted('api.example.com', MANIFEST)).toBe(false);
  });
});

describe('apiHostOffers', () => {
  const context = { pageHost: 'app.example.com', granted: [...MANIFEST, 'https://app.example.com/*'] };

  test('offers plausible API hosts the extension cannot see yet, in the order called, each once', () => {
    expect(
      apiHostOffers(
        [
          'api.example.com',
          'app.example.com', // the page itself: the site banner's job
          'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com', // already watched
          'bucket.s3.amazonaws.com', // AWS's own
          'myapp.auth.eu-west-1.amazoncognito.com',
          'www.google-analytics.com', // analytics
          'o1.ingest.sentry.io',
          'API.Example.com', // the same host again
          'orders.example.net',
          'not a host',
          '',
        ],
        context,
      ),
    ).toEqual(['api.example.com', 'orders.example.net']);
  });

  test('hosts already granted are not offered, through a wildcard too', () => {
    expect(
      apiHostOffers(['api.example.com', 'x.example.org'], {
        ...context,
        granted: ['https://*.example.com/*'],
      }),
    ).toEqual(['x.example.org']);
  });

  test('the list is short', () => {
    const hosts = Array.from({ length: 20 }, (_, index) => `api${index}.example.com`);
    expect(apiHostOffers(hosts, context)).toHaveLength(MAX_HOST_OFFERS);
  });
});

describe('watchedHostList', () => {
  const domain: DomainConfig = {
    domainName: 'api.example.com',
    mappings: [{ basePath: '', apiId: 'a1b2c3d4e5', stage: 'prod' }],
    source: { kind: 'manual', updatedAt: 0 },
  };

  test('saved API and sign-in domains and run-time grants, one row per host, sorted', () => {
    const rows = watchedHostList({
      granted: [
        ...MANIFEST,
        'https://api.example.com/*',
        'https://app.example.com/*',
        'http://dev.example.com/*',
      ],
      requiredAtInstall: MANIFEST,
      apiDomains: [domain],
      signinDomains: ['auth.example.com', 'api.example.com'],
    });
    expect(rows).toEqual([
      { host: 'api.example.com', kinds: ['api', 'signin'], granted: true, removable: true, domain },
      { host: 'app.example.com', kinds: ['site'], granted: true, removable: true },
      // Saved, but its grant was taken back (or never given): listed as not allowed.
      { host: 'auth.example.com', kinds: ['signin'], granted: false, removable: false },
    ]);
  });

  test('a host granted by the manifest (a test build) is allowed but not removable', () => {
    const rows = watchedHostList({
      granted: [...MANIFEST, 'https://api.example.com/*'],
      requiredAtInstall: [...MANIFEST, 'https://api.example.com/*'],
      apiDomains: [domain],
      signinDomains: [],
    });
    expect(rows).toEqual([
      { host: 'api.example.com', kinds: ['api'], granted: true, removable: false, domain },
    ]);
  });
});

describe("the options page's ?domain= link", () => {
  test('carries a plain lower-case host name only', () => {
    expect(domainQuery('api.example.com')).toBe('?domain=api.example.com');
    expect(readOptionsLink('?domain=api.example.com').domain).toBe('api.example.com');
    expect(domainQuery('not a host')).toBe('');
    // A token never passes: mixed case, and segments longer than a DNS label.
    // A Cognito token's header names its key id: already more than 63 characters.
    const jwt =
      'eyJraWQiOiJhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk9IiwiYWxnIjoiUlMyNTYifQ.eyJzdWIiOiIxIn0.c2ln';
    expect(domainQuery(jwt)).toBe('');
    expect(readOptionsLink(`?domain=${jwt}`).domain).toBeUndefined();
    expect(readOptionsLink(`?domain=${jwt.toLowerCase()}`).domain).toBeUndefined();
  });
});
