import { expect, test } from 'vitest';
import { siteLabel, sitePatternFor, watchedSites } from '../../../src/core/siteAccess';

test.each([
  ['https://app.example.com/orders?x=1', 'https://app.example.com/*'],
  ['https://app.example.com:8443/', 'https://app.example.com/*'],
  ['http://localhost:5173/', 'http://localhost/*'],
  ['chrome://extensions/', undefined],
  ['chrome-extension://abc/popup.html', undefined],
  ['file:///tmp/a.html', undefined],
  ['not a url', undefined],
  [undefined, undefined],
])('%s needs %s', (url, pattern) => {
  expect(sitePatternFor(url)).toBe(pattern);
});

test('watched sites are the grants the manifest did not ask for', () => {
  expect(
    watchedSites(
      [
        'https://*.amazonaws.com/*',
        'https://b.example.com/*',
        'http://localhost/*',
        'https://a.example.com/*',
      ],
      ['https://*.amazonaws.com/*', 'http://localhost/*'],
    ),
  ).toEqual(['https://a.example.com/*', 'https://b.example.com/*']);
});

test('labels a pattern as a site', () => {
  expect(siteLabel('https://app.example.com/*')).toBe('https://app.example.com');
});
