import { describe, expect, test } from 'vitest';
import { nearestCallback, urlDifferences } from '../../../src/core/signin/callbackUrlMatch';

describe('urlDifferences', () => {
  test.each([
    ['https://app.example.com/cb', 'https://app.example.com/cb', []],
    ['https://app.example.com/cb/', 'https://app.example.com/cb', ['trailing-slash']],
    ['https://app.example.com', 'https://app.example.com/', ['trailing-slash']],
    ['http://app.example.com/cb', 'https://app.example.com/cb', ['scheme']],
    ['http://127.0.0.1:3000/cb', 'http://localhost:3000/cb', ['loopback-host']],
    ['http://localhost:3001/cb', 'http://localhost:3000/cb', ['port']],
    ['https://app.example.com/Callback', 'https://app.example.com/callback', ['path-case']],
    ['https://app.example.com/auth', 'https://app.example.com/callback', ['path']],
    ['https://www.example.com/cb', 'https://app.example.com/cb', ['host']],
    ['https://app.example.com/cb?x=1', 'https://app.example.com/cb', ['query']],
    ['https://APP.example.com/cb', 'https://app.example.com/cb', ['spelling']],
    ['https://app.example.com:443/cb', 'https://app.example.com/cb', ['spelling']],
    ['myapp://callback', 'myapp://callback/', ['trailing-slash']],
    ['not a url', 'https://app.example.com/cb', ['not-a-url']],
    ['http://127.0.0.1:5173/', 'http://localhost:3000/cb', ['loopback-host', 'port', 'path']],
  ])('%s vs %s', (sent, registered, expected) => {
    expect(urlDifferences(sent, registered)).toEqual(expected);
  });
});

describe('nearestCallback', () => {
  const registered = [
    'https://app.example.com/callback',
    'http://localhost:3000/callback',
    'https://admin.example.com/cb',
  ];

  test.each([
    ['https://app.example.com/callback/', 'https://app.example.com/callback', ['trailing-slash']],
    ['http://127.0.0.1:3000/callback', 'http://localhost:3000/callback', ['loopback-host']],
    ['http://localhost:5173/callback', 'http://localhost:3000/callback', ['port']],
    ['https://admin.example.com/cb', 'https://admin.example.com/cb', []],
  ])('%s', (sent, url, differences) => {
    expect(nearestCallback(sent, registered)).toEqual({ url, differences });
  });

  test('none registered', () => {
    expect(nearestCallback('https://app.example.com/callback', [])).toBeUndefined();
  });

  test('ties go to the first registered URL', () => {
    expect(
      nearestCallback('https://x.example.com/', ['https://a.example.com/', 'https://b.example.com/'])?.url,
    ).toBe('https://a.example.com/');
  });
});
