import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_INPUT_LENGTH, MAX_PATTERN_LENGTH, matchWhole, regexRisk } from '../../../src/core/boundedRegex';
import { parseAwsImport } from '../../../src/core/config/parseAwsImport';
import { validateApiConfig } from '../../../src/core/config/validateApiConfig';
import { text, texts } from '../config/testSupport';

describe('regexRisk', () => {
  test.each([
    ['^[a-z0-9]{26}$', undefined],
    ['[0-9a-z]{20,30}', undefined],
    ['abc|def', undefined],
    ['(?:client-a|client-b)', undefined],
    ['^https://[a-z]+\\.example\\.com/[a-z]+$', undefined],
    ['(-[a-z]+)?', undefined],
    ['\\(a+\\)+', undefined],
    ['[(a+)+]', undefined],
    ['(a+)+', 'nested-repetition'],
    ['(a+)+$', 'nested-repetition'],
    ['(\\d*)*', 'nested-repetition'],
    ['(?:a{2,5})+', 'nested-repetition'],
    ['(a+){30}', 'nested-repetition'],
    ['((a+)b)*', 'nested-repetition'],
    ['(?<n>x?y)+', 'nested-repetition'],
    ['(a|aa)+', 'repeated-alternation'],
    ['((a|aa))+', 'repeated-alternation'],
    ['(a|b){2,}', 'repeated-alternation'],
    ['a*a*a*a*a*b', 'many-repetitions'],
    ['x'.repeat(MAX_PATTERN_LENGTH + 1), 'too-long'],
  ])('%s: %s', (source, risk) => {
    expect(regexRisk(source)).toBe(risk);
  });

  test('judges any text without throwing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '(',
            ')',
            '(?:',
            '(?<n>',
            '[',
            ']',
            '\\',
            '|',
            '+',
            '*',
            '?',
            '{2,}',
            '{3}',
            'a',
            '.',
          ),
          {
            maxLength: 40,
          },
        ),
        (parts) => {
          const risk = regexRisk(parts.join(''));
          expect(risk === undefined || typeof risk === 'string').toBe(true);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('matchWhole', () => {
  test('matches the whole input, as the check needs', () => {
    expect(matchWhole('[a-z0-9]{26}', '4b1r9jqkq2d3m5n6p7s8t9v0wx')).toEqual({ outcome: 'match' });
    expect(matchWhole('abc', 'xabcx')).toEqual({ outcome: 'no-match' });
    expect(matchWhole('a|b', 'b')).toEqual({ outcome: 'match' });
  });

  test('(a|aa)+ against a 41-character aud is not run: the popup does not hang', () => {
    expect(matchWhole('(a|aa)+', `${'a'.repeat(40)}b`)).toEqual({
      outcome: 'not-run',
      reason: 'repeated-alternation',
    });
  });

  test('an over-long input is not matched; an invalid pattern says so', () => {
    expect(matchWhole('a+', 'a'.repeat(MAX_INPUT_LENGTH + 1))).toEqual({
      outcome: 'not-run',
      reason: 'input-too-long',
    });
    expect(matchWhole('(', 'a')).toEqual({ outcome: 'invalid' });
  });
});

describe('a risky token-validation regex in configuration', () => {
  const authorizers = (regex: string) =>
    JSON.stringify({
      items: [
        {
          id: 'abc123',
          name: 'pool',
          type: 'COGNITO_USER_POOLS',
          providerARNs: ['arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbC123xyz'],
          identitySource: 'method.request.header.Authorization',
          identityValidationExpression: regex,
        },
      ],
    });

  test('is imported with a warning that the popup will not run it', async () => {
    const result = await parseAwsImport(authorizers('(a|aa)+'), { apiId: 'a1b2c3d4e5' });
    if (!result.ok) throw new Error(text(result.error));
    expect(result.patch.tokenValidationRegex).toBe('(a|aa)+');
    expect(texts(result.warnings)).toContain(
      'The token validation regex (a|aa)+ is over 256 characters long, or repeats a group that repeats or has alternatives (like (a+)+ or (a|aa)+), which can take minutes to match, so the popup does not run it: compare aud with it by hand.',
    );
  });

  test('a safe one imports without that warning', async () => {
    const result = await parseAwsImport(authorizers('[a-z0-9]{26}'), { apiId: 'a1b2c3d4e5' });
    if (!result.ok) throw new Error(text(result.error));
    expect(texts(result.warnings).join(' ')).not.toMatch(/does not run it/);
  });

  test('is a problem next to the field in the editor', () => {
    const problems = validateApiConfig({
      apiId: 'a1b2c3d4e5',
      authorizerKind: 'cognito',
      identityHeader: 'Authorization',
      userPoolIds: [],
      clientIds: [],
      methods: [],
      tokenValidationRegex: '(a+)+',
      source: { kind: 'manual', updatedAt: 0 },
    });
    const problem = problems.find((candidate) => candidate.field === 'tokenValidationRegex');
    expect(problem === undefined ? undefined : text(problem)).toBe(
      'The token validation regex is over 256 characters long, or repeats a group that repeats or has alternatives (like (a+)+ or (a|aa)+), which can take minutes to match, so the popup does not run it.',
    );
  });
});
