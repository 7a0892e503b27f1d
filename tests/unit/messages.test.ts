import { describe, expect, test } from 'vitest';
import { isSignatureAnswer, isWorkerRequest } from '../../src/core/messages';

describe('isWorkerRequest', () => {
  test.each([
    [{ type: 'clear-calls', tabId: 3 }, true],
    [{ type: 'clear-calls', tabId: -1 }, true],
    [{ type: 'clear-calls', tabId: '3' }, false],
    [{ type: 'verify-signature', callId: 'c0ffee-1' }, true],
    [{ type: 'verify-signature', callId: '' }, false],
    [{ type: 'verify-signature', callId: 'c1', identityHeader: 'X-Id-Token' }, true],
    [{ type: 'verify-signature', callId: 'c1', identityHeader: '' }, false],
    [{ type: 'verify-signature', callId: 'c1', identityHeader: 3 }, false],
    [{ type: 'verify-signature', callId: 'x'.repeat(201) }, false],
    [{ type: 'verify-signature', callId: 7 }, false],
    [{ type: 'verify-signature', token: 'eyJ…' }, false],
    [{ type: 'something-else' }, false],
    [null, false],
    ['clear-calls', false],
  ])('%j → %s', (message, expected) => {
    expect(isWorkerRequest(message)).toBe(expected);
  });
});

describe('isSignatureAnswer', () => {
  test.each([
    [{ ok: true, verdict: { kind: 'verified', iss: 'i', kid: 'k' } }, true],
    [{ ok: true, verdict: { kind: 'not-checked' } }, true],
    [{ ok: false, error: 'gone' }, true],
    [{ ok: true }, false],
    [{ ok: true, verdict: { kind: 'trust-me' } }, false],
    [{ ok: true, verdict: null }, false],
    [{ ok: false }, false],
    [undefined, false],
  ])('%j → %s', (answer, expected) => {
    expect(isSignatureAnswer(answer)).toBe(expected);
  });
});
