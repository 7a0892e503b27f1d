import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeJwt } from '../../../src/core/diagnosis/decodeToken';
import { topLevelMembers } from '../../../src/core/diagnosis/rawJson';
import { base64Url, unsignedToken } from './tokenFactory';

const header = base64Url(JSON.stringify({ kid: 'k1', alg: 'RS256' }));
const payload = base64Url(JSON.stringify({ sub: 'u1', exp: 1_790_000_000, note: 'x'.repeat(40) }));
const signature = 'c2lnbmF0dXJlLWJ5dGVz';

describe('decodeJwt failures name the segment and the reason', () => {
  test.each([
    ['empty', '', { code: 'empty' }],
    ['one segment', 'notajwt', { code: 'segment-count', segments: 1 }],
    ['two segments', `${header}.${payload}`, { code: 'segment-count', segments: 2 }],
    ['five segments (JWE)', 'a.b.c.d.e', { code: 'segment-count', segments: 5 }],
    [
      'bad base64 in the payload',
      `${header}.ab@cd.${signature}`,
      { code: 'bad-base64', segment: 'payload', position: header.length + 4, character: 'U+0040' },
    ],
    [
      'standard base64 (+) in the signature',
      `${header}.${payload}.ab+c`,
      {
        code: 'bad-base64',
        segment: 'signature',
        position: header.length + payload.length + 5,
        character: 'U+002B',
      },
    ],
    [
      'impossible base64 length in the header',
      `${header}xx.${payload}.${signature}`,
      { code: 'bad-base64', segment: 'header', position: header.length + 2 },
    ],
    [
      'payload is not JSON',
      unsignedToken({ alg: 'RS256' }, 'not json at all'),
      { code: 'bad-json', segment: 'payload', reason: 'syntax' },
    ],
    [
      'payload is not UTF-8',
      `${header}.${base64Url(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))}.${signature}`,
      { code: 'bad-json', segment: 'payload', reason: 'not-utf8' },
    ],
    [
      'array payload',
      unsignedToken({ alg: 'RS256' }, [1, 2, 3]),
      { code: 'not-object', segment: 'payload', jsonKind: 'array' },
    ],
    [
      'null payload',
      unsignedToken({ alg: 'RS256' }, null),
      { code: 'not-object', segment: 'payload', jsonKind: 'null' },
    ],
    [
      'string header',
      unsignedToken('"RS256"', { sub: 'x' }),
      { code: 'not-object', segment: 'header', jsonKind: 'string' },
    ],
    [
      'number payload',
      unsignedToken({ alg: 'RS256' }, 42),
      { code: 'not-object', segment: 'payload', jsonKind: 'number' },
    ],
    [
      'cut inside the payload',
      `${header}.${payload.slice(0, 40)}`,
      { code: 'truncated', segment: 'payload', reason: 'json-cut' },
    ],
    [
      'cut inside the signature',
      `${header}.${payload}.${signature.slice(0, 13)}`,
      { code: 'truncated', segment: 'signature', reason: 'base64-length' },
    ],
    ['unicode', 'ëÿ€.😀.x', { code: 'bad-base64', segment: 'header', position: 1, character: 'U+00EB' }],
  ])('%s', (_name, token, expected) => {
    const result = decodeJwt(token);
    expect(result.ok).toBe(false);
    expect(result).toEqual({ ok: false, ...expected });
  });

  test('a megabyte of garbage fails fast and without throwing', () => {
    const started = performance.now();
    expect(decodeJwt('A'.repeat(1_000_000))).toEqual({ ok: false, code: 'segment-count', segments: 1 });
    expect(decodeJwt(`${'A'.repeat(500_000)}.${'B'.repeat(500_000)}.c`)).toMatchObject({
      ok: false,
      code: 'bad-json',
    });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('decodeJwt success', () => {
  test('gives both objects, their text and the segments', () => {
    const token = `${header}.${payload}.${signature}`;
    const result = decodeJwt(token);
    expect(result).toMatchObject({
      ok: true,
      header: { kid: 'k1', alg: 'RS256' },
      payload: { sub: 'u1', exp: 1_790_000_000 },
      headerSegment: header,
      payloadSegment: payload,
      signatureSegment: signature,
    });
  });

  test('unicode claims and an empty signature (alg none) decode', () => {
    const result = decodeJwt(unsignedToken({ alg: 'none' }, { name: '山田 太郎', emoji: '😀' }, ''));
    expect(result).toMatchObject({
      ok: true,
      payload: { name: '山田 太郎', emoji: '😀' },
      signatureSegment: '',
    });
  });
});

describe('topLevelMembers keeps the source text of each claim', () => {
  test('numbers as written, arrays whole, strings escaped, last duplicate wins', () => {
    const json =
      '{ "exp" : 1.7e9, "big":12345678901234567890,"arr":[1, "a,]", {"x":"}"}] ,"s":"q\\"uote","n":null,"s":"last","o":{"a":[1]}}';
    const members = topLevelMembers(json);
    expect(Object.fromEntries(members)).toEqual({
      exp: '1.7e9',
      big: '12345678901234567890',
      arr: '[1, "a,]", {"x":"}"}]',
      s: '"last"',
      n: 'null',
      o: '{"a":[1]}',
    });
  });

  test('any object, keys and strings full of quotes and backslashes: each member reads back as JSON.parse reads it', () => {
    const tricky = fc.string({
      unit: fc.constantFrom('"', '\\', 'a', ' ', '}', ']', ',', ':', '\n', 'é', '😀'),
    });
    fc.assert(
      fc.property(fc.dictionary(tricky, fc.oneof(tricky, fc.jsonValue())), fc.boolean(), (object, spaced) => {
        const json = JSON.stringify(object, null, spaced ? 2 : undefined);
        const members = topLevelMembers(json);
        expect([...members.keys()].sort()).toEqual(Object.keys(object).sort());
        for (const [key, raw] of members) expect(JSON.parse(raw)).toEqual(object[key]);
      }),
      { numRuns: 300 },
    );
  });

  test('gives up quietly on text that is no object', () => {
    expect(topLevelMembers('[1,2]').size).toBe(0);
    expect(topLevelMembers('{"a":1,').get('a')).toBe('1');
  });
});
