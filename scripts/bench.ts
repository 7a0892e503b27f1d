// `npm run bench`: speed and memory of the code on the hot paths, with figures, not pass/fail.
// The webRequest listeners run on every request to *.amazonaws.com, the popup diagnoses on open,
// and session storage has a quota: these are the numbers that matter for "fast and quiet".
// Figures are medians of several rounds on this machine; compare runs on the same machine only.
import { badgeFor } from '../src/core/capture/badgeState';
import {
  addToIndex,
  type CaptureIndex,
  EMPTY_CAPTURE_INDEX,
  indexEntry,
  statusCountsForTab,
  summarize,
} from '../src/core/capture/captureStore';
import { CaptureWriter } from '../src/core/capture/captureWriter';
import { RequestCorrelator } from '../src/core/capture/requestCorrelator';
import type { CapturedCall } from '../src/core/capture/types';
import { buildMarkdownReport, createJwksClient, diagnose } from '../src/core/diagnosis';
import { badgeTitle } from '../src/core/i18n/badge';
import { ENGLISH_BADGE_WORDS } from '../src/core/i18n/badgeWordsEn';
import { en } from '../src/core/i18n/en';
import {
  accessClaims,
  createTestKey,
  idClaims,
  jwksOf,
  makeCall,
  REQUEST_S,
  signToken,
} from '../tests/unit/diagnosis/tokenFactory';

const ROUNDS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Like `time`, but the process's CPU time (user + system, `process.cpuUsage`), not the wall clock:
 * what a figure is when the machine is shared, minus the time spent waiting for a core.
 */
async function cpuTime(iterations: number, body: (index: number) => unknown): Promise<number> {
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.cpuUsage();
    for (let index = 0; index < iterations; index++) await body(index);
    const used = process.cpuUsage(start);
    rounds.push((used.user + used.system) / iterations);
  }
  return median(rounds);
}

/** Runs `body` `iterations` times per round; returns the median time per iteration in µs. */
async function time(iterations: number, body: (index: number) => unknown): Promise<number> {
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (let index = 0; index < iterations; index++) await body(index);
    rounds.push(Number(process.hrtime.bigint() - start) / 1000 / iterations);
  }
  return median(rounds);
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;
}

function heapMiB(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const rows: Array<[string, string]> = [];
const row = (name: string, value: string) => {
  rows.push([name, value]);
};
const us = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} µs`;

const API = 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/orders/42';
const key = await createTestKey('bench-key');
const idToken = await signToken(key, idClaims({ exp: REQUEST_S + 3600, iat: REQUEST_S - 60 }));
const accessToken = await signToken(key, accessClaims({ exp: REQUEST_S - 720 }));

// 1. The webRequest hot path: one request-headers event and one response event per request.
{
  const correlator = new RequestCorrelator();
  const headers = [
    { name: 'authorization', value: idToken },
    { name: 'accept', value: 'application/json' },
  ];
  /** One request as the listeners see it: its headers sent, then its answer. */
  const exchange = (
    index: number,
    idPrefix: string,
    url: string,
    statusCode: number,
    responseHeaders?: { name: string; value: string }[],
  ) => {
    const requestId = `${idPrefix}${index}`;
    correlator.recordRequest({
      requestId,
      tabId: 1,
      url,
      method: 'GET',
      timeStamp: index,
      requestHeaders: headers,
    });
    correlator.resolveResponse({
      requestId,
      tabId: 1,
      url,
      method: 'GET',
      timeStamp: index,
      statusCode,
      ...(responseHeaders && { responseHeaders }),
    });
  };
  const perPair = await time(20_000, (index) => exchange(index, '', API, 200));
  row('webRequest events, one API Gateway request (send + response, 200)', us(perPair));
  // A 403 reads its headers (captureRule decides), a 200 is ruled out by its status alone.
  const gateway403 = [
    { name: 'x-amzn-RequestId', value: '8b3f1c9e-1234-4cde-9f00-123456789abc' },
    { name: 'x-amzn-ErrorType', value: 'MissingAuthenticationTokenException' },
    { name: 'x-amz-apigw-id', value: 'Xyz123AbcDEFg=' },
  ];
  const per403 = await time(20_000, (index) => exchange(index, 'f', API, 403, gateway403));
  row('webRequest events, one API Gateway 403 Missing Authentication Token (captured)', us(per403));
  const other = await time(20_000, (index) => {
    correlator.recordRequest({
      requestId: `s3-${index}`,
      tabId: 1,
      url: 'https://bucket.s3.eu-west-1.amazonaws.com/a.png',
      method: 'GET',
      timeStamp: index,
    });
  });
  row('webRequest event for another *.amazonaws.com host (ignored)', us(other));
  // A watched host (the page itself, a custom domain name): every fetch/XHR of it reaches the
  // listeners, a 200 is ruled out by its status, a 401 without API Gateway's headers by them.
  const CUSTOM = 'https://app.example.com/api/cart?item=42';
  const watched200 = await time(20_000, (index) => exchange(index, 'w', CUSTOM, 200));
  row('webRequest events, one request to a watched host (send + response, 200)', us(watched200));
  const plain401 = [{ name: 'content-type', value: 'application/json' }];
  const watched401 = await time(20_000, (index) => exchange(index, 'p', CUSTOM, 401, plain401));
  row("webRequest events, a watched host's 401 without API Gateway's headers (not captured)", us(watched401));

  const before = heapMiB();
  const orphans = new RequestCorrelator();
  for (let index = 0; index < 1_000_000; index++) {
    orphans.recordRequest({
      requestId: `o${index}`,
      tabId: 1,
      url: API,
      method: 'GET',
      timeStamp: index,
      requestHeaders: headers,
    });
  }
  row(
    'pending requests after 1,000,000 that never complete',
    `${orphans.pendingCount} held, heap ${signed(heapMiB() - before)} MiB`,
  );
}

// 2. Storing a captured 401: the call and its summary are written as their own keys, and the
// index (ids, tabs and sizes only) is rewritten.
const call401 = (index: number, tabId: number): CapturedCall => ({
  ...makeCall({ authorization: idToken }),
  id: `c${index}`,
  tabId,
});
{
  let index: CaptureIndex = EMPTY_CAPTURE_INDEX;
  const perAdd = await time(2_000, (n) => {
    index = addToIndex(index, indexEntry(summarize(call401(n, n % 5)))).index;
  });
  row('summarise and index one call, store full (200 calls, bounds enforced)', us(perAdd));
  const indexJson = JSON.stringify(index);
  const callJson = JSON.stringify(call401(0, 0));
  const summaryJson = JSON.stringify(summarize(call401(0, 0)));
  row(
    'what one capture writes with the store full',
    `index ${(indexJson.length / 1024).toFixed(1)} KiB (${index.calls.length} calls) + summary ${(summaryJson.length / 1024).toFixed(2)} KiB + call ${(callJson.length / 1024).toFixed(1)} KiB`,
  );
  const serialise = await time(200, () => JSON.stringify(index));
  row('serialise that index (what storage.session.set copies besides the call)', us(serialise));
}

// 2b. The worker's own JavaScript for one captured 401 with the store full, phase by phase, in CPU
// time (the rest of what the worker thread spends is Chrome's: event dispatch, the header copies
// into JavaScript, storage and badge calls; `npm run bench:browser` measures those).
{
  const tabs = 5;
  const responseHeaders = makeCall().responseHeaders;
  const requestHeaders = makeCall({ authorization: idToken }).requestHeaders ?? [];
  const correlator = new RequestCorrelator();
  const correlate = (n: number) => {
    const requestId = `p${n}`;
    correlator.recordRequest({
      requestId,
      tabId: n % tabs,
      url: API,
      method: 'GET',
      timeStamp: n,
      requestHeaders,
    });
    return correlator.resolveResponse({
      requestId,
      tabId: n % tabs,
      url: API,
      method: 'GET',
      timeStamp: n,
      statusCode: 401,
      responseHeaders,
    });
  };
  let full: CaptureIndex = EMPTY_CAPTURE_INDEX;
  for (let n = 0; n < 400; n++) full = addToIndex(full, indexEntry(summarize(call401(n, n % tabs)))).index;
  const sample = call401(0, 0);
  const summary = summarize(sample);
  const phases: Array<[string, number]> = [
    ['correlate (send + response events, headers bounded)', await cpuTime(5_000, correlate)],
    ['summarise (summary and UTF-8 sizes)', await cpuTime(5_000, () => summarize(sample))],
    ['index update (bounds enforced)', await cpuTime(5_000, () => addToIndex(full, indexEntry(summary)))],
    [
      'badge (count, statuses, tooltip words)',
      await cpuTime(5_000, (n) => {
        const badge = badgeFor(n + 1, statusCountsForTab(full, n % tabs));
        return badgeTitle(badge.tooltip, ENGLISH_BADGE_WORDS);
      }),
    ],
  ];
  // The writer end to end (take, coalesce, write) against a storage that answers at once.
  let index = full;
  const writer = new CaptureWriter({
    storage: {
      get: async () => ({}),
      set: async () => undefined,
      remove: async () => undefined,
    },
    onWritten: (written) => {
      index = written;
    },
    intervalMs: 0,
  });
  for (let n = 0; n < 400; n++) writer.add(call401(n, n % tabs));
  await writer.flushed();
  phases.push([
    'writer: take the call, write it with the index (storage answers at once)',
    await cpuTime(2_000, async (n) => {
      writer.add(call401(1_000 + n, n % tabs));
      await writer.flushed();
    }),
  ]);
  for (const [name, value] of phases)
    row(`worker hot path, 401 with the store full: ${name}`, `${us(value)} CPU`);
  row(
    '  (the writer line includes the summary and the index update)',
    `index of ${index.calls.length} calls`,
  );
}

// 3. The popup: diagnose the selected call, and the Markdown report.
{
  const typical = makeCall({ authorization: idToken });
  row('diagnose a call with a valid ID token', us(await time(2_000, () => diagnose({ call: typical }))));
  const expired = makeCall({ authorization: `Bearer ${accessToken}` });
  row(
    'diagnose a call with an expired access token',
    us(await time(2_000, () => diagnose({ call: expired }))),
  );
  const garbage = makeCall({ authorization: 'x'.repeat(32 * 1024) });
  row(
    'diagnose a call whose header is 32 KiB of garbage',
    us(await time(200, () => diagnose({ call: garbage }))),
  );
  const megabyte = makeCall({ authorization: `Bearer ${'A'.repeat(1024 * 1024)}` });
  row(
    'diagnose a 1 MiB header (more than the store keeps)',
    us(await time(20, () => diagnose({ call: megabyte }))),
  );
  const diagnosis = diagnose({ call: expired });
  row(
    'Markdown report of a diagnosed call',
    us(await time(2_000, () => buildMarkdownReport(expired, diagnosis, en, 'full'))),
  );
}

// 4. token.signature: RS256 verification with the JWKS cached (one fetch, then memory).
{
  let fetches = 0;
  const jwks = JSON.stringify(jwksOf(key));
  const client = createJwksClient({
    fetch: async () => {
      fetches++;
      return { ok: true, status: 200, text: async () => jwks };
    },
    now: Date.now,
  });
  const first = await client.verify(idToken);
  if (first.kind !== 'verified') throw new Error(`verification failed: ${first.kind}`);
  const perVerify = await time(500, () => client.verify(idToken));
  row(
    'verify an RS256 signature (JWKS cached)',
    `${us(perVerify)} (${fetches} JWKS fetch for ${1 + 500 * ROUNDS} verifications)`,
  );
}

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`Cognito 401 Doctor benchmark (node ${process.version}, median of ${ROUNDS} rounds)\n`);
for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
