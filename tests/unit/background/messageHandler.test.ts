import { describe, expect, test, vi } from 'vitest';
import { createMessageHandler, type MessageHandlerDeps } from '../../../src/background/messageHandler';
import type { CapturedCall } from '../../../src/core/capture/types';
import { capturedCall } from '../capture/support/calls';

const EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln';

function handlerWith(overrides: Partial<MessageHandlerDeps> = {}) {
  const stored: CapturedCall = { ...capturedCall('c1', 4, `Bearer ${TOKEN}`) };
  const deps: MessageHandlerDeps = {
    extensionId: EXTENSION,
    call: vi.fn(async (id: string) => (id === 'c1' ? stored : undefined)),
    removeTab: vi.fn(async () => undefined),
    verify: vi.fn(async () => ({ kind: 'verified', kid: 'k', issuer: 'i' }) as never),
    ...overrides,
  };
  return { handle: createMessageHandler(deps), deps };
}

const fromExtension = { id: EXTENSION };

describe('worker message handling', () => {
  test('ignores other senders and malformed messages (no answer, so no promise)', () => {
    const { handle, deps } = handlerWith();
    expect(handle({ type: 'clear-calls', tabId: 1 }, { id: 'someone-else' })).toBeUndefined();
    expect(handle({ type: 'clear-calls', tabId: 1 }, {})).toBeUndefined();
    expect(handle({ type: 'clear-calls', tabId: '1' }, fromExtension)).toBeUndefined();
    expect(handle({ type: 'verify-signature', callId: 'x'.repeat(1000) }, fromExtension)).toBeUndefined();
    expect(handle('clear-calls', fromExtension)).toBeUndefined();
    expect(deps.removeTab).not.toHaveBeenCalled();
  });

  test('clear-calls forgets the tab and answers once storage has', async () => {
    const { handle, deps } = handlerWith();
    expect(await handle({ type: 'clear-calls', tabId: 4 }, fromExtension)).toEqual({ ok: true });
    expect(deps.removeTab).toHaveBeenCalledWith(4);
  });

  test('clear-calls that storage refused answers a failure, never a rejection', async () => {
    const { handle } = handlerWith({ removeTab: async () => Promise.reject(new Error('quota')) });
    expect(await handle({ type: 'clear-calls', tabId: 4 }, fromExtension)).toEqual({
      ok: false,
      error: 'Could not update the stored calls.',
    });
  });

  test('verify-signature reads the token from the stored call and answers the verdict only', async () => {
    const { handle, deps } = handlerWith();
    const answer = await handle({ type: 'verify-signature', callId: 'c1' }, fromExtension);
    expect(deps.verify).toHaveBeenCalledWith(TOKEN, []);
    expect(answer).toEqual({ ok: true, verdict: { kind: 'verified', kid: 'k', issuer: 'i' } });
  });

  test('verify-signature reads the configured identity header', async () => {
    const call = { ...capturedCall('c2', 4), requestHeaders: [{ name: 'x-id-token', value: TOKEN }] };
    const { handle, deps } = handlerWith({ call: async () => call });
    await handle({ type: 'verify-signature', callId: 'c2', identityHeader: 'X-Id-Token' }, fromExtension);
    expect(deps.verify).toHaveBeenCalledWith(TOKEN, []);
  });

  test('verify-signature passes the trusted issuers on, and refuses malformed ones', () => {
    const { handle, deps } = handlerWith();
    const trustedIssuers = [
      { issuer: 'https://login.example.com/', jwksUri: 'https://keys.example.com/jwks.json' },
    ];
    const answered = handle({ type: 'verify-signature', callId: 'c1', trustedIssuers }, fromExtension);
    expect(answered).toBeInstanceOf(Promise);
    return (answered as Promise<unknown>).then(() => {
      expect(deps.verify).toHaveBeenCalledWith(TOKEN, trustedIssuers);
      // An http issuer, a URL with a query, too many of them: not one of our messages.
      for (const bad of [
        [{ issuer: 'http://login.example.com/' }],
        [{ issuer: 'https://login.example.com/?x=1' }],
        Array.from({ length: 11 }, () => ({ issuer: 'https://login.example.com/' })),
        'https://login.example.com/',
      ]) {
        expect(
          handle({ type: 'verify-signature', callId: 'c1', trustedIssuers: bad }, fromExtension),
        ).toBeUndefined();
      }
    });
  });

  test('a call no longer stored, or without a token, is said so', async () => {
    const { handle } = handlerWith();
    expect(await handle({ type: 'verify-signature', callId: 'gone' }, fromExtension)).toEqual({
      ok: false,
      error: 'This call is no longer stored.',
    });
    const bare = { ...capturedCall('c3', 4), requestHeaders: [] };
    const { handle: handleBare, deps } = handlerWith({ call: async () => bare });
    expect(await handleBare({ type: 'verify-signature', callId: 'c3' }, fromExtension)).toEqual({
      ok: true,
      verdict: { kind: 'not-checked', reason: 'undecodable' },
    });
    expect(deps.verify).not.toHaveBeenCalled();
  });

  test('a failing verification answers a failure that quotes nothing of the token', async () => {
    const { handle } = handlerWith({
      verify: async () => {
        throw new Error(`bad token ${TOKEN}`);
      },
    });
    const answer = await handle({ type: 'verify-signature', callId: 'c1' }, fromExtension);
    expect(answer).toEqual({ ok: false, error: 'The signature could not be verified.' });
    expect(JSON.stringify(answer)).not.toContain('eyJ');
  });

  test('storage that throws synchronously still gives an answer', async () => {
    const { handle } = handlerWith({
      removeTab: () => {
        throw new Error('boom');
      },
    });
    expect(await handle({ type: 'clear-calls', tabId: 1 }, fromExtension)).toEqual({
      ok: false,
      error: 'The worker failed.',
    });
  });
});
