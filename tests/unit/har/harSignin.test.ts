import { describe, expect, test } from 'vitest';
import { devtoolsSigninRecord, HarSigninReader, signinResponseError } from '../../../src/core/har/harSignin';
import { importHar } from '../../../src/core/har/importHar';
import { importNotes, stepCount } from '../../../src/core/har/importNotes';
import { EMPTY_SIGNIN_CONFIGURATION } from '../../../src/core/signin/appClientConfig';
import { diagnoseSignin } from '../../../src/core/signin/diagnoseSignin';
import type { SigninRecord } from '../../../src/core/signin/signinRecord';
import { isSigninStep } from '../../../src/core/signin/signinStore';
import { CALLBACK, CLIENT_ID, digest, SECRETS, T0 } from '../signin/signinFixtures';
import { chromeHar, pageEntry } from './chromeHar';
import {
  at,
  codeExchange,
  failingSigninEntries,
  hostedUiUrl,
  navigationEntry,
  tokenEntry,
} from './signinHar';

async function importSignin(entries: unknown[], customDomains: string[] = []) {
  return importHar(chromeHar(entries), { signin: { digest, customDomains } });
}

function statuses(step: SigninRecord, records: readonly SigninRecord[]): Record<string, string | undefined> {
  const diagnosis = diagnoseSignin(step, records, EMPTY_SIGNIN_CONFIGURATION);
  if (diagnosis === undefined) throw new Error('not a step');
  return {
    headline: diagnosis.headline?.id,
    ...Object.fromEntries(diagnosis.checks.map((check) => [check.id, `${check.status} ${check.code}`])),
  };
}

describe('sign-in steps in a HAR', () => {
  test('a failing flow: each step found, tied to its chain and its code, diagnosed as the capture would', async () => {
    const result = await importSignin([pageEntry(), ...failingSigninEntries()]);
    const { records } = result.signin;
    const steps = records.filter(isSigninStep);
    expect(steps.map((step) => `${step.method} ${step.statusCode} ${new URL(step.url).pathname}`)).toEqual([
      'GET 400 /error',
      'POST 400 /oauth2/token',
      'POST 405 /oauth2/token',
    ]);
    expect(stepCount(result)).toBe(3);
    expect(result.calls).toEqual([]);
    expect(importNotes(result).map((note) => note.code)).not.toContain('no-calls');

    const [errorPage, twice, json] = steps as [SigninRecord, SigninRecord, SigninRecord];
    // The error page's hops are one chain (a HAR has no requestId: the redirects tie them).
    const authorize = records.find((record) => record.endpoint === 'authorize');
    expect(errorPage.requestId).toBe(authorize?.requestId);
    expect(statuses(errorPage, records)).toMatchObject({
      headline: 'signin.redirect_uri',
      'signin.redirect_uri': 'fail not-registered',
    });
    // The second exchange of the same code, with the body's own `invalid_grant`.
    expect(twice.responseError).toEqual({ error: 'invalid_grant' });
    expect(statuses(twice, records)).toMatchObject({
      headline: 'signin.grant',
      'signin.grant': 'fail code-reused',
      'signin.request_format': 'pass form',
    });
    expect(json.body).toBe('raw');
    expect(statuses(json, records)).toMatchObject({ 'signin.request_format': 'fail status-405' });
  });

  test('no secret of the file is kept: codes, verifier, refresh tokens (sent and answered)', async () => {
    const result = await importSignin(failingSigninEntries());
    const kept = JSON.stringify(result.signin);
    for (const secret of [SECRETS.code, SECRETS.verifier, SECRETS.refreshToken])
      expect(kept).not.toContain(secret);
    // What is kept instead: the length and a digest.
    const twice = result.signin.records.filter(isSigninStep)[1];
    expect(twice?.secrets.find((secret) => secret.name === 'code')?.digest.length).toBe(SECRETS.code.length);
  });

  test.each([
    ['a JSON error', '{"error":"invalid_client"}', false, { error: 'invalid_client' }],
    [
      'a JSON error with its description',
      '{"error":"invalid_request","error_description":"invalid_scope"}',
      false,
      { error: 'invalid_request', errorDescription: 'invalid_scope' },
    ],
    ['a base64 body', '{"error":"unauthorized_client"}', true, { error: 'unauthorized_client' }],
  ])('the token endpoint’s answer is read from %s', async (_name, answer, base64Answer, expected) => {
    const result = await importSignin([
      tokenEntry({
        startedDateTime: at(0),
        status: 400,
        fields: codeExchange(SECRETS.otherCode),
        answer,
        base64Answer,
      }),
    ]);
    expect(result.signin.records[0]?.responseError).toEqual(expected);
  });

  test('invalid_client from the body: the client check names it', async () => {
    const result = await importSignin([
      tokenEntry({
        startedDateTime: at(0),
        status: 400,
        fields: codeExchange(SECRETS.otherCode),
        answer: '{"error":"invalid_client"}',
      }),
    ]);
    const [step] = result.signin.records;
    if (!step) throw new Error('no step');
    expect(statuses(step, result.signin.records)['signin.client']).toMatch(/^(warn|fail) /);
  });

  test.each([
    ['the login page’s 401', 'Login option is not available. Please try another one', 401],
    ['the error page', 'An error was encountered with the requested page.', 400],
  ])('the hosted UI’s own sentence is read from %s', (_name, sentence, status) => {
    const text = `<html><body><p>${sentence}</p></body></html>`;
    expect(signinResponseError({ mimeType: 'text/html', text })).toEqual({ errorDescription: sentence });
    expect(status).toBeGreaterThanOrEqual(400);
  });

  test('a login page answered 401: a step whose description is the page’s sentence', async () => {
    const sentence = 'Login option is not available. Please try another one';
    const result = await importSignin([
      navigationEntry({
        url: hostedUiUrl('/login', { client_id: CLIENT_ID, response_type: 'code', redirect_uri: CALLBACK }),
        startedDateTime: at(0),
        status: 401,
        html: `<html><body><span>${sentence}</span></body></html>`,
      }),
    ]);
    const [step] = result.signin.records;
    expect(step?.responseError).toEqual({ errorDescription: sentence });
    expect(step && isSigninStep(step)).toBe(true);
  });

  test('an implicit-flow error in the fragment of the redirect back to the app', async () => {
    const implicit = {
      ...{ client_id: CLIENT_ID, redirect_uri: CALLBACK },
      response_type: 'token',
      scope: 'openid offline_access',
    };
    const result = await importSignin([
      navigationEntry({
        url: hostedUiUrl('/oauth2/authorize', implicit),
        startedDateTime: at(0),
        redirectTo: `${CALLBACK}#error_description=invalid_scope&error=invalid_request`,
      }),
    ]);
    const [step] = result.signin.records;
    if (!step) throw new Error('no step');
    expect(step.redirect).toMatchObject({ errorIn: 'fragment', errorDescription: 'invalid_scope' });
    expect(statuses(step, result.signin.records)).toMatchObject({
      headline: 'signin.scope',
      'signin.scope': 'fail invalid-scope',
    });
  });

  test('a custom sign-in domain is read only once it is known', async () => {
    const custom = 'auth.example.com';
    const entry = tokenEntry({
      startedDateTime: at(0),
      status: 400,
      fields: codeExchange('x'),
      answer: '{"error":"invalid_grant"}',
    });
    const request = entry.request as { url: string };
    request.url = `https://${custom}/oauth2/token`;
    expect((await importSignin([entry])).signin.records).toEqual([]);
    const known = await importSignin([entry], [custom]);
    expect(known.signin.records[0]?.domain).toEqual({ host: custom, kind: 'custom' });
  });

  test('without the sign-in option, sign-in requests are not read (nothing to digest them with)', async () => {
    const result = await importHar(chromeHar(failingSigninEntries()));
    expect(result.signin.records).toEqual([]);
  });

  test('a file that holds only sign-in successes has no step and says there is nothing to diagnose', async () => {
    const result = await importSignin([
      navigationEntry({
        url: hostedUiUrl('/oauth2/authorize', {
          client_id: CLIENT_ID,
          response_type: 'code',
          redirect_uri: CALLBACK,
        }),
        startedDateTime: at(0),
        redirectTo: `${CALLBACK}?code=${SECRETS.code}`,
      }),
    ]);
    expect(stepCount(result)).toBe(0);
    expect(importNotes(result).map((note) => note.code)).toContain('no-calls');
  });
});

describe('sign-in steps in DevTools', () => {
  test('the body is asked for only for a failed request, and its error reaches the record', async () => {
    const reader = new HarSigninReader();
    const asked: string[] = [];
    const content = (text: string) => async () => {
      asked.push(text);
      return { text, encoding: '' };
    };
    const [, , , authorizeEntry, , failing] = failingSigninEntries(Date.UTC(2026, 10, 20, 11));
    // DevTools' entries come without bodies: `getContent` has them.
    const bare = (entry: Record<string, unknown>) => ({
      ...entry,
      response: { ...(entry.response as object), content: { size: 0, mimeType: 'application/json' } },
    });
    const redirect = reader.observe(bare(authorizeEntry as Record<string, unknown>), 0);
    const failed = reader.observe(bare(failing as Record<string, unknown>), 1);
    if (!redirect || !failed) throw new Error('not observed');
    const first = await devtoolsSigninRecord(authorizeEntry, redirect, 'a', content('unused'), digest);
    const second = await devtoolsSigninRecord(
      failing,
      failed,
      'b',
      content('{"error":"invalid_grant"}'),
      digest,
    );
    expect(asked).toEqual(['{"error":"invalid_grant"}']);
    expect(first?.redirect?.target).toBe('app');
    expect(second?.responseError).toEqual({ error: 'invalid_grant' });
    expect(JSON.stringify([first, second])).not.toContain(SECRETS.code);
  });

  test('a body DevTools cannot give leaves the step without the error, not without the step', async () => {
    const reader = new HarSigninReader();
    const entry = tokenEntry({ startedDateTime: at(0, T0), status: 400, fields: codeExchange('zz') });
    const observed = reader.observe(entry, 0);
    if (!observed) throw new Error('not observed');
    const kept = await devtoolsSigninRecord(
      entry,
      observed,
      'c',
      () => Promise.reject(new Error('gone')),
      digest,
    );
    expect(kept?.statusCode).toBe(400);
    expect(kept?.responseError).toBeUndefined();
  });

  test('entries that are not sign-in requests are ruled out by their URL', () => {
    const reader = new HarSigninReader();
    expect(reader.isSigninEntry(pageEntry())).toBe(false);
    expect(
      reader.isSigninEntry({ request: { url: 'http://myapp.auth.eu-west-1.amazoncognito.com/login' } }),
    ).toBe(false);
    expect(reader.isSigninEntry({})).toBe(false);
    expect(reader.observe('not an entry', 0)).toBeUndefined();
  });
});
