import { describe, expect, test } from 'vitest';
import {
  renderSigninCheck,
  renderSigninHeadline,
  renderSigninWords,
} from '../../../src/core/i18n/renderSignin';
import { SIGNIN_CHECK_CODES, SIGNIN_CHECKS } from '../../../src/core/signin/signinChecks';
import { EDITIONS } from '../i18n/editions';
import { CLIENT_ID, client, diagnoseFlow, errorPageHops, tokenHop } from './signinFixtures';

const KNOWN = { pools: [], clients: [client({ hasSecret: true })] };

describe('sign-in words', () => {
  test.each(Object.keys(EDITIONS) as Array<keyof typeof EDITIONS>)(
    'every code of every check has words (%s)',
    (locale) => {
      const words = EDITIONS[locale].signin;
      for (const check of SIGNIN_CHECKS) {
        for (const code of SIGNIN_CHECK_CODES[check.id]) {
          const entry = (words.checks[check.id] as Record<string, { title: string; explanation: string }>)[
            code
          ];
          expect(entry?.title, `${locale} ${check.id} ${code}`).toBeTruthy();
          expect(entry?.explanation, `${locale} ${check.id} ${code}`).toBeTruthy();
        }
      }
    },
  );

  test.each([
    ['en', 'trailing slash', 'Redirect URI', 'Change the app client'],
    ['ja', '末尾のスラッシュ', 'リダイレクト URI', 'アプリクライアントを変更する'],
  ] as const)(
    'a redirect mismatch in %s: terms as words, values as code',
    async (locale, difference, headline, commandLabel) => {
      const diagnosis = await diagnoseFlow(
        errorPageHops('https://app.example.com/callback/', 'redirect_mismatch'),
        KNOWN,
      );
      const edition = EDITIONS[locale];
      const check = diagnosis.checks.find((result) => result.id === 'signin.redirect_uri');
      if (!check) throw new Error('no check');
      const rendered = renderSigninCheck(check, edition);
      expect(rendered.explanation.text).toContain(difference);
      expect(rendered.explanation.segments).toContainEqual({
        kind: 'code',
        text: 'https://app.example.com/callback',
      });
      expect(rendered.commands.map((command) => command.label).join('\n')).toContain(commandLabel);
      expect(rendered.links[0]?.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/cognito\//);
      expect(renderSigninHeadline(diagnosis, edition).text).toContain(headline);
    },
  );

  test.each(['en', 'ja'] as const)(
    'every check of a flow renders without a template left over (%s)',
    async (locale) => {
      const flows = [
        errorPageHops('https://app.example.com/callback/', 'redirect_mismatch'),
        errorPageHops('https://app.example.com/callback', 'invalid_request'),
        [tokenHop()],
        [tokenHop({ statusCode: 405, body: { kind: 'raw', bytes: 10 } })],
      ];
      for (const hops of flows) {
        const diagnosis = await diagnoseFlow(hops, KNOWN);
        for (const result of diagnosis.checks) {
          const rendered = renderSigninCheck(result, EDITIONS[locale]);
          for (const text of [rendered.title.text, rendered.explanation.text, rendered.fix.text]) {
            expect(text).not.toMatch(/\[\[|\]\]|\{[a-zA-Z]+(:[a-z]+)?\}/);
          }
          expect(rendered.statusLabel).toBeTruthy();
        }
      }
    },
  );

  test('the error code Cognito sent is shown verbatim, with what it means', async () => {
    const diagnosis = await diagnoseFlow(
      errorPageHops('https://app.example.com/callback', 'invalid_request'),
    );
    const step = diagnosis.checks.find((result) => result.id === 'signin.step');
    if (!step) throw new Error('no step');
    const rendered = renderSigninCheck(step, EDITIONS.en);
    expect(rendered.title.segments).toContainEqual({ kind: 'code', text: 'invalid_request' });
    expect(rendered.explanation.text).toContain('unknown client id');
    expect(rendered.explanation.text).toContain(CLIENT_ID);
  });

  test.each(['en', 'ja'] as const)(
    'a term that quotes code renders it as code; a value from the request never becomes template (%s)',
    async (locale) => {
      const render = async (error: string) => {
        const diagnosis = await diagnoseFlow(errorPageHops('https://app.example.com/callback', error));
        const step = diagnosis.checks.find((result) => result.id === 'signin.step');
        if (!step) throw new Error('no step');
        return renderSigninCheck(step, EDITIONS[locale]).explanation;
      };
      // The meaning of "Invalid state" names the `state` parameter: code, not backticks in text.
      const known = await render('Invalid state');
      expect(known.segments).toContainEqual({ kind: 'code', text: 'state' });
      expect(
        known.segments
          .filter((segment) => segment.kind === 'text')
          .map((s) => s.text)
          .join(''),
      ).not.toContain('`');
      // An error the table does not know is the request's text: it stays a value, template syntax and all.
      const hostile = await render('`x` {domain} [[?clientId|y]]');
      expect(hostile.segments).toContainEqual({ kind: 'code', text: '`x` {domain} [[?clientId|y]]' });
    },
  );

  test('the words outside the checks render their backticks as code, and values as given', () => {
    const words = EDITIONS.en.signin;
    expect(renderSigninWords(words.postman.notes['openid-not-allowed'], EDITIONS.en).segments[0]).toEqual({
      kind: 'code',
      text: 'openid',
    });
    const warning = renderSigninWords(words.imports.warnings['unknown-flows'], EDITIONS.ja, {
      values: ['password', '{x}'],
    });
    expect(warning.segments.filter((segment) => segment.kind === 'code').map((s) => s.text)).toEqual([
      'password',
      '{x}',
    ]);
  });
});
