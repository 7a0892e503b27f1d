import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { IMPORT_LIMITS } from '../../../src/core/config/importLimits';
import { interpretImport, parseAwsImport, readImportText } from '../../../src/core/config/parseAwsImport';
import { expectFailure, expectSuccess, readFixture, text } from './testSupport';

/** A YAML map of `count` distinct keys, one per line. */
const yamlKeys = (count: number) => Array.from({ length: count }, (_, i) => `k${i}: ${i}`).join('\n');

describe('import limits', () => {
  test('the limits are the documented ones', () => {
    expect(IMPORT_LIMITS).toEqual({
      maxEntries: 100_000,
      maxValues: 500_000,
      maxDepth: 1_000,
      maxYamlPieces: 100_000,
    });
  });

  test('more map entries than the limit: refused with the figure, in JSON and in YAML', async () => {
    const entries = IMPORT_LIMITS.maxEntries + 1;
    const json = JSON.stringify({ items: Array.from({ length: entries }, (_, i) => ({ [`k${i}`]: 1 })) });
    expect(expectFailure(await parseAwsImport(json))).toMatch(/^The text holds over 100,000 map entries;/);
    // In YAML, below the line limit, through aliases: a 1,000-entry map repeated 101 times.
    const map = `m: &m {${Array.from({ length: 1_000 }, (_, i) => `k${i}: 1`).join(', ')}}`;
    const yaml = `${map}\n${Array.from({ length: 100 }, (_, i) => `a${i}: *m`).join('\n')}`;
    expect(expectFailure(await parseAwsImport(yaml))).toMatch(/^The text holds over 100,000 map entries;/);
  }, 60_000);

  test('YAML with more lines and list items than the limit: refused before parsing', async () => {
    expect(expectFailure(await parseAwsImport(yamlKeys(IMPORT_LIMITS.maxYamlPieces + 1)))).toMatch(
      /^The YAML has over 100,000 lines and list items;/,
    );
    const list = `base: &x [${Array.from({ length: 600_000 }, () => '1').join(',')}]
b: *x
`;
    expect(expectFailure(await parseAwsImport(list))).toMatch(/^The YAML has over 100,000 lines/);
  });

  test('an alias bomb is refused by its expanded size, before it is built', async () => {
    // 99 aliases of a 6,000-item list: 594,000 values once expanded, 13 kB of text.
    const list = `base: &x [${Array.from({ length: 6_000 }, () => '1').join(',')}]`;
    const aliases = Array.from({ length: 99 }, (_, i) => `a${i}: *x`).join('\n');
    expect(expectFailure(await parseAwsImport(`${list}\n${aliases}`))).toMatch(
      /^The YAML repeats anchors \(&name \/ \*name\) far more than an AWS output does, so it was not expanded/,
    );
  });

  test('aliases within the limit share their anchor, as YAML means', async () => {
    const read = await readImportText('a: &x {k: [1, 2]}\nb: *x\n');
    expect(read.ok && read.value).toEqual({ a: { k: [1, 2] }, b: { k: [1, 2] } });
  });

  test.each([
    [
      'an alias before its anchor',
      'a: *x\nb: &x 1\n',
      /^The YAML has an alias \(\*name\) without its anchor/,
    ],
    [
      'an alias inside its own anchor',
      'a: &x [1, *x]\n',
      /^The YAML has an alias \(\*name\) without its anchor/,
    ],
    ['a map as a key', '? {a: 1}\n: 2\n', /^The YAML uses a list or a map as a key/],
    ['a repeated key', 'a: 1\nb: 2\na: 3\n', /^The YAML repeats a key in one map \(line 3, column 1\)/],
    [
      'YAML nested past the limit',
      `x: ${'['.repeat(1_001)}${']'.repeat(1_001)}`,
      /^The text nests lists or maps over 1,000 levels/,
    ],
    [
      'a 100,000-deep flow sequence',
      `x: ${'['.repeat(100_000)}`,
      /^The text nests lists or maps over 1,000 levels/,
    ],
  ])('%s: refused with a clear message', async (_what, text, message) => {
    expect(expectFailure(await parseAwsImport(text))).toMatch(message);
  });

  test('a key __proto__ stays a key', async () => {
    const read = await readImportText('__proto__: {polluted: 1}\nconstructor: 2\n');
    if (!read.ok) throw new Error(text(read.error));
    const value = read.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('pasted text is never printed to the console', () => {
  afterEach(() => vi.restoreAllMocks());

  test('warnings and errors of the YAML parser stay silent', async () => {
    const spies = (['log', 'warn', 'error', 'info', 'debug', 'dir'] as const).map((name) =>
      vi.spyOn(console, name).mockImplementation(() => undefined),
    );
    const emit = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const secret = 'eyJzZWNyZXQiOiJrZXkifQ';
    for (const text of [
      `${secret}: !Unknown tag\n`,
      `? [${secret}]\n: 1\n`,
      `a: 1\n---\n${secret}: 2\n`,
      `${secret}: [unclosed\n`,
      `${secret}: 1\n${secret}: 2\n`,
    ]) {
      await parseAwsImport(text);
    }
    for (const spy of [...spies, emit]) expect(spy).not.toHaveBeenCalled();
  });
});

describe('read once, interpreted per hint', () => {
  test('interpreting the same read twice gives the same result: the values are not changed', async () => {
    const read = await readImportText(readFixture('rest-get-method.json'));
    const first = interpretImport(read, { apiId: 'a1b2c3d4e5', path: '/orders' });
    const second = interpretImport(read, { apiId: 'a1b2c3d4e5', path: '/orders' });
    expect(second).toEqual(first);
    expect(expectSuccess(first).format).toBe('get-method');
  });

  test('YAML and JSON of the same export read alike', async () => {
    const fromJson = await parseAwsImport(readFixture('rest-export-oas30.json'));
    const fromYaml = await parseAwsImport(readFixture('rest-export-oas30.yaml'));
    expect(fromYaml).toEqual(fromJson);
  });
});

describe('never throws on generated text', () => {
  test('any text gets a result, and a failure never quotes the text', async () => {
    const piece = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ':',
      ',',
      '"',
      "'",
      '&a',
      '*a',
      '? ',
      '- ',
      '\n',
      '  ',
      '---',
      '!t',
      '#',
      'key',
      'eyJsecret',
      '1',
      'null',
      'openapi: 3.0.1',
      'paths:',
      'items:',
      'type: COGNITO_USER_POOLS',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')),
        async (text) => {
          const result = await parseAwsImport(text);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error).not.toContain('eyJsecret');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('keys from the text never reach Object members', () => {
  test('an OpenAPI path item with constructor, __proto__ or toString is read as no operation', async () => {
    const text =
      '{"openapi": "3.0.1", "paths": {"/x": {"constructor": {}, "__proto__": {}, "toString": {}, "get": {"security": []}}}}';
    const result = expectSuccess(await parseAwsImport(text));
    expect(result.patch.methods).toEqual([
      { method: 'GET', path: '/x', authorizationType: 'NONE', scopes: [] },
    ]);
  });

  test('a server variable named constructor is not Object.prototype.constructor', async () => {
    const text = JSON.stringify({
      openapi: '3.0.1',
      servers: [
        { url: 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/{constructor}', variables: {} },
      ],
      paths: { '/x': { get: {} } },
    });
    const result = expectSuccess(await parseAwsImport(text));
    expect(result.apiId).toBe('a1b2c3d4e5');
    expect(result.stage).toBe('{constructor}');
  });
});
