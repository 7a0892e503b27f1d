import { beforeAll, describe, expect, test } from 'vitest';
import type { CallConfiguration } from '../../../src/core/config/model';
import { CHECK_CODES, CHECK_IDS } from '../../../src/core/diagnosis/checks';
import { diagnose } from '../../../src/core/diagnosis/diagnose';
import { buildMarkdownReport } from '../../../src/core/diagnosis/report';
import type { CheckId, CheckResult, DiagnosisInput, Param } from '../../../src/core/diagnosis/types';
import type { Catalog, MessageEntry, Term } from '../../../src/core/i18n/catalog';
import { en } from '../../../src/core/i18n/en';
import { ja } from '../../../src/core/i18n/ja';
import {
  claimExplanation,
  type RenderedText,
  renderCheck,
  renderHeadline,
  renderTemplate,
} from '../../../src/core/i18n/render';
import { sampleDiagnosisInputs } from '../diagnosis/sampleDiagnoses';
import {
  API_HOST,
  accessClaims,
  createTestKey,
  ISS,
  idClaims,
  makeCall,
  POOL_ID,
  REQUEST_S,
  signToken,
  type TestKey,
} from '../diagnosis/tokenFactory';

const FIELDS = ['title', 'explanation', 'fix', 'headline'] as const;
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(?::(code|duration|relative|time|term))?\}/g;
const FLAG = /\[\[([?!])([A-Za-z][A-Za-z0-9]*)\|/g;
const PLAIN_SECTION = /\[\[(?![?!][A-Za-z][A-Za-z0-9]*\|)([\s\S]*?)\]\]/g;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** What must never reach the reader: template syntax, or a value that was not there. */
const LEFTOVER = /\{[A-Za-z]+(:[a-z]+)?\}|\[\[|\]\]|undefined|NaN/;

/** Every message of a catalog, keyed `id/code`. */
function messages(catalog: Catalog): Map<string, MessageEntry> {
  const all = new Map<string, MessageEntry>([['internal-error', catalog.internalError]]);
  for (const id of CHECK_IDS) {
    for (const [code, entry] of Object.entries(catalog.checks[id] as Record<string, MessageEntry>)) {
      all.set(`${id}/${code}`, entry);
    }
  }
  return all;
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
const placeholders = (template: string) =>
  sorted([...template.matchAll(PLACEHOLDER)].map((match) => `${match[1]}:${match[2] ?? 'text'}`));
const flags = (template: string) =>
  sorted([...template.matchAll(FLAG)].map((match) => `${match[1]}${match[2]}`));
/** The params each unconditional section waits for. */
const plainSections = (template: string) =>
  [...template.matchAll(PLAIN_SECTION)].map((match) => placeholders(match[1] ?? '').join(' ')).sort();
const codeSpans = (template: string) => sorted(template.split('`').filter((_part, index) => index % 2 === 1));

/** Text segments as they read, code segments as a marker (code quotes the request, which may say `undefined`). */
function words(rendered: RenderedText): string {
  return rendered.segments.map((segment) => (segment.kind === 'text' ? segment.text : '<code>')).join('');
}

const enMessages = messages(en);
const jaMessages = messages(ja);

describe('the Japanese catalog', () => {
  test('has a message for every code of every check, as the English one', () => {
    expect(Object.keys(ja.checks)).toEqual(CHECK_IDS);
    for (const id of CHECK_IDS) {
      expect(Object.keys(ja.checks[id]).sort()).toEqual([...CHECK_CODES[id]].sort());
    }
    expect([...jaMessages.keys()].sort()).toEqual([...enMessages.keys()].sort());
  });

  test.each([...enMessages.keys()])('%s keeps the English placeholders, conditions and code', (key) => {
    const english = enMessages.get(key) as MessageEntry;
    const japanese = jaMessages.get(key) as MessageEntry;
    for (const field of FIELDS) {
      const source = english[field] ?? '';
      const target = japanese[field] ?? '';
      expect(target === '', `${key} ${field} present`).toBe(source === '');
      if (source === '') continue;
      expect(placeholders(target), `${key} ${field} placeholders`).toEqual(placeholders(source));
      expect(flags(target), `${key} ${field} flags`).toEqual(flags(source));
      expect(plainSections(target), `${key} ${field} sections`).toEqual(plainSections(source));
      expect(codeSpans(target), `${key} ${field} code`).toEqual(codeSpans(source));
      expect(target.split('`').length % 2, `${key} ${field} backticks`).toBe(1);
      expect(target, `${key} ${field}`).toMatch(JAPANESE);
      if (field === 'title') expect(target).not.toContain('\n');
    }
  });

  test('every claim, header field, command, document, term and report word is Japanese', () => {
    const all: Array<[string, string]> = [
      ...Object.entries(ja.claims),
      ...Object.entries(ja.headerFields),
      ['customClaim', ja.customClaim],
      ['noHeadline', ja.noHeadline],
      ...Object.entries(ja.commands),
      ...Object.entries(ja.docs),
      ...Object.entries(ja.status),
      ...Object.entries(ja.terms).filter(([term]) => term !== 'null'),
      ...Object.entries(ja.report).flatMap(
        ([key, value]): Array<[string, string]> => (typeof value === 'string' ? [[key, value]] : []),
      ),
      ...Object.entries(ja.report.authorizerKinds),
    ];
    for (const [key, text] of all) expect(text, key).toMatch(JAPANESE);
    expect(ja.report.removed(1234)).toBe('<削除済み、1234 文字>');
  });

  test.each([
    [0, '0 秒', 'リクエストと同時刻'],
    [45, '45 秒', 'リクエストの 45 秒後'],
    [-720, '12 分', 'リクエストの 12 分前'],
    [10_800, '3 時間', 'リクエストの 3 時間後'],
    [-5_400, '1 時間 30 分', 'リクエストの 1 時間 30 分前'],
    [90_061, '1 日 1 時間', 'リクエストの 1 日 1 時間後'],
  ])('%d s: "%s", "%s"', (seconds, duration, relative) => {
    expect(ja.duration(seconds)).toBe(duration);
    expect(ja.relative(seconds)).toBe(relative);
  });
});

/** Sample values for a message's params, by how the templates use them. */
function sampleParams(entries: MessageEntry[], flagsOn: boolean): Record<string, Param> {
  const terms: Record<string, Term> = { segment: 'payload', reason: 'syntax', jsonKind: 'array' };
  const params: Record<string, Param> = {};
  for (const entry of entries) {
    for (const field of FIELDS) {
      const template = entry[field] ?? '';
      for (const match of template.matchAll(PLACEHOLDER)) {
        const [, name = '', format] = match;
        if (format === 'duration') params[name] = 720;
        else if (format === 'relative') params[name] = -720;
        else if (format === 'time') params[name] = REQUEST_S - 720;
        else if (format === 'term') params[name] = terms[name] ?? 'network';
        else params[name] ??= format === 'code' ? ['orders/read', 'orders/write'] : 'sample';
      }
      for (const match of template.matchAll(FLAG)) params[match[2] ?? ''] = flagsOn;
    }
  }
  return params;
}

describe('every check code renders completely in Japanese', () => {
  test.each([...jaMessages.keys()])('%s', (key) => {
    const japanese = jaMessages.get(key) as MessageEntry;
    const english = enMessages.get(key) as MessageEntry;
    for (const flagsOn of [true, false]) {
      const params = sampleParams([english, japanese], flagsOn);
      for (const field of FIELDS) {
        const template = japanese[field];
        if (template === undefined) continue;
        const rendered = renderTemplate(template, params, ja);
        expect(words(rendered), `${key} ${field}`).not.toMatch(LEFTOVER);
        // Every param was given, so "unknown" must not show.
        expect(words(rendered), `${key} ${field}`).not.toContain(ja.words.unknown);
        if (template !== '') expect(rendered.text.trim(), `${key} ${field}`).not.toBe('');
      }
    }
  });
});

let key: TestKey;
beforeAll(async () => {
  key = await createTestKey('id-key-1');
});
const token = (claims: Record<string, unknown>, header: Record<string, unknown> = {}) =>
  signToken(key, claims, header);
const sameOrigin = `https://${API_HOST}`;
const config = (overrides: CallConfiguration = {}): CallConfiguration => ({
  authorizerKind: 'cognito',
  userPoolIds: [POOL_ID],
  methodScopes: [],
  ...overrides,
});
const verified = { kind: 'verified', iss: ISS, kid: 'id-key-1' } as const;

describe('diagnoses in Japanese', () => {
  test('every check of real diagnoses reads completely', async () => {
    for (const input of await sampleDiagnosisInputs(key)) {
      const diagnosis = diagnose(input);
      for (const result of diagnosis.checks) {
        const rendered = renderCheck(result, ja);
        for (const part of [rendered.title, rendered.explanation, rendered.fix]) {
          expect(words(part), `${result.id}/${result.code}`).not.toMatch(LEFTOVER);
          expect(words(part), `${result.id}/${result.code}`).not.toContain(ja.words.unknown);
        }
        expect(rendered.title.text, `${result.id}/${result.code}`).toMatch(JAPANESE);
        expect(rendered.statusLabel).toBe(ja.status[result.status]);
        for (const command of rendered.commands) expect(command.label).toMatch(JAPANESE);
      }
      expect(words(renderHeadline(diagnosis, ja))).not.toMatch(LEFTOVER);
    }
  });

  test.each<[string, () => Promise<DiagnosisInput>, CheckId | undefined, string]>([
    [
      'expired',
      async () => ({
        call: makeCall({
          authorization: await token(idClaims({ exp: REQUEST_S - 720 })),
          initiator: sameOrigin,
        }),
        config: config(),
        signature: verified,
      }),
      'token.expiry',
      'トークンは、このリクエストの 12 分前に有効期限が切れています。',
    ],
    [
      'access token on a method without scopes',
      async () => ({
        call: makeCall({ authorization: await token(accessClaims()), initiator: sameOrigin }),
        config: config(),
        signature: verified,
      }),
      'token.use',
      'これはアクセストークンです。OAuth スコープのないメソッドは ID トークンしか受け付けません。',
    ],
    [
      'missing scope with configuration',
      async () => ({
        call: makeCall({ authorization: await token(accessClaims()), initiator: sameOrigin }),
        config: config({ methodScopes: ['orders/read'] }),
        signature: verified,
      }),
      'token.scope',
      'このメソッドにはスコープ `orders/read` が必要ですが、アクセストークンに含まれるスコープは `aws.cognito.signin.user.admin` だけです。',
    ],
    [
      'Bearer undefined',
      async () => ({ call: makeCall({ authorization: 'Bearer undefined', initiator: sameOrigin }) }),
      'header.format',
      'アプリがトークンの代わりに `undefined` を送りました。',
    ],
    [
      'nothing wrong',
      async () => ({
        call: makeCall({ authorization: await token(idClaims()), initiator: sameOrigin }),
        config: config(),
        signature: verified,
      }),
      undefined,
      'どのチェックでも原因は見つかりませんでした。ゲートウェイは理由を示していません。以下の手動のチェックを順に確認してください。',
    ],
  ])('headline: %s', async (_name, build, headlineId, sentence) => {
    const diagnosis = diagnose(await build());
    expect(diagnosis.headline?.id).toBe(headlineId);
    expect(renderHeadline(diagnosis, ja).text).toBe(sentence);
  });

  test('the expiry explanation gives UTC times and Japanese relative times', async () => {
    const diagnosis = diagnose({
      call: makeCall({ authorization: await token(idClaims({ exp: REQUEST_S - 720 })) }),
    });
    const expiry = diagnosis.checks.find((check) => check.id === 'token.expiry') as CheckResult;
    expect(renderCheck(expiry, ja).explanation.text).toBe(
      'トークンの有効期限は 2026-11-20T11:48:00.000Z（リクエストの 12 分前）に切れました。発行は 2026-11-20T11:30:00.000Z（リクエストの 30 分前）です。ユーザーのサインインは 2026-11-20T10:00:00.000Z（リクエストの 2 時間前）です。Cognito のトークンは自己完結型なので、アプリが `exp` より前に更新する必要があります。',
    );
  });

  test('the decoded token explains claims in Japanese', async () => {
    const diagnosis = diagnose({ call: makeCall({ authorization: await token(idClaims()) }) });
    const claims = Object.fromEntries((diagnosis.token?.claims ?? []).map((claim) => [claim.name, claim]));
    expect(claimExplanation(ja, 'payload', 'exp')).toBe(ja.claims.exp);
    expect(claimExplanation(ja, 'payload', 'custom:tenant')).toBe(ja.customClaim);
    expect(ja.relative(claims.exp?.time?.secondsFromRequest ?? Number.NaN)).toBe('リクエストの 30 分後');
    expect(ja.relative(claims.auth_time?.time?.secondsFromRequest ?? Number.NaN)).toBe(
      'リクエストの 2 時間前',
    );
    expect(diagnosis.token?.headerClaims.some((claim) => claim.name === 'alg')).toBe(true);
    expect(claimExplanation(ja, 'header', 'alg')).toBe(ja.headerFields.alg);
  });

  test('the Markdown report is in Japanese and still has no signature', async () => {
    const sent = await token(idClaims({ exp: REQUEST_S - 720 }));
    const call = makeCall({ authorization: `Bearer ${sent}` });
    const report = buildMarkdownReport(call, diagnose({ call }), ja);
    expect(report).toContain('# API Gateway 401 の診断');
    expect(report).toContain(
      '**最も可能性の高い原因:** トークンは、このリクエストの 12 分前に有効期限が切れています。',
    );
    expect(report).toContain(`${sent.split('.').slice(0, 2).join('.')}.<署名は削除>`);
    expect(report).not.toContain(sent.split('.')[2]);
    expect(report).not.toMatch(/undefined|NaN/);
  });
});
