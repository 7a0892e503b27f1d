// The pure parts of the HAR page and the DevTools panel: what the page says about a file, and how
// the panel turns DevTools' entries (bodies fetched apart) into calls.
import { describe, expect, test } from 'vitest';
import { importHar } from '../../../src/core/har/importHar';
import { importNotes, percentRead } from '../../../src/core/har/importNotes';
import {
  addPanelCall,
  devtoolsEntryToCall,
  exchangeKey,
  withResponseContent,
} from '../../../src/core/har/panelCalls';
import { API_HOST } from '../diagnosis/tokenFactory';
import { chromeEntry, chromeHar, pageEntry } from './chromeHar';

const withAuthorization = (url = `https://${API_HOST}/prod/orders`) =>
  chromeEntry({ url, requestHeaders: [{ name: 'authorization', value: 'Bearer eyJ.x.y' }] });

describe('importNotes', () => {
  test('asks for a sensitive-data export only when no listed call carries Authorization', async () => {
    const sanitized = await importHar(chromeHar([chromeEntry(), pageEntry()]));
    expect(importNotes(sanitized)).toEqual([{ code: 'no-authorization' }]);
    const mixed = await importHar(chromeHar([chromeEntry(), withAuthorization()]));
    expect(importNotes(mixed)).toEqual([]);
  });

  test('says when a file holds no call to diagnose, but not when it could not be read', async () => {
    expect(importNotes(await importHar(chromeHar([pageEntry()])))).toEqual([{ code: 'no-calls' }]);
    expect(importNotes(await importHar('<html>'))).toEqual([]);
  });

  test('names our own exports and calls beyond the limit, custom domains included', async () => {
    const custom = chromeEntry({
      url: 'https://api.example.test/orders',
      responseHeaders: [
        { name: 'x-amzn-RequestId', value: 'r' },
        { name: 'x-amzn-ErrorType', value: 'UnauthorizedException' },
      ],
    });
    const text = chromeHar([withAuthorization(), withAuthorization(), custom]).replace(
      '"name": "WebInspector"',
      '"name": "Cognito 401 Doctor"',
    );
    const result = await importHar(text, { maxCalls: 1 });
    expect(importNotes(result)).toEqual([{ code: 'signatures-removed' }, { code: 'dropped', count: 2 }]);
  });

  test('percentRead: whole percent of a file of known size, nothing for a stream', () => {
    expect(percentRead({ bytesRead: 1, totalBytes: 3, entriesRead: 0 })).toBe(33);
    expect(percentRead({ bytesRead: 5, totalBytes: 3, entriesRead: 0 })).toBe(100);
    expect(percentRead({ bytesRead: 5, entriesRead: 0 })).toBeUndefined();
    expect(percentRead({ bytesRead: 0, totalBytes: 0, entriesRead: 0 })).toBeUndefined();
  });
});

describe('DevTools entries', () => {
  const deny = '{"Message":"User is not authorized to access this resource with an explicit deny"}';

  test('the body from getContent joins the entry, base64 included, and the checks can read it', async () => {
    const entry = withAuthorization();
    const plain = await devtoolsEntryToCall(entry, 3, async () => ({ text: deny, encoding: '' }));
    expect(plain.kind === 'call' && plain.call.responseBody?.text).toBe(deny);
    const encoded = await devtoolsEntryToCall(entry, 3, async () => ({
      text: btoa(deny),
      encoding: 'base64',
    }));
    expect(encoded.kind === 'call' && encoded.call.responseBody?.text).toBe(deny);
    // The entry DevTools handed over is not changed.
    expect(JSON.stringify(entry)).not.toContain('explicit deny');
  });

  test('asks for the body only of a call the capture rule keeps, and copes when none comes', async () => {
    let asked = 0;
    const content = async () => {
      asked++;
      return undefined;
    };
    expect((await devtoolsEntryToCall(pageEntry(), 0, content)).kind).toBe('not-captured');
    expect(asked).toBe(0);
    const failed = await devtoolsEntryToCall(withAuthorization(), 1, async () => {
      throw new Error('navigated');
    });
    expect(failed.kind).toBe('call');
    const none = await devtoolsEntryToCall(withAuthorization(), 2, content);
    expect(none.kind === 'call' && none.call.responseBody?.text).toBeFalsy();
    expect(asked).toBe(1);
  });

  test('withResponseContent leaves anything that is not an entry, or a missing body, alone', () => {
    expect(withResponseContent('x', { text: 'a', encoding: '' })).toBe('x');
    const entry = withAuthorization();
    expect(withResponseContent(entry, { text: null, encoding: null })).toBe(entry);
  });

  test('addPanelCall keeps one copy of an exchange, newest first, at most max', async () => {
    const call = async (url: string, startedDateTime: string, index: number) => {
      const verdict = await devtoolsEntryToCall(
        chromeEntry({ url, startedDateTime }),
        index,
        async () => undefined,
      );
      if (verdict.kind !== 'call') throw new Error('not a call');
      return verdict.call;
    };
    const first = await call(`https://${API_HOST}/prod/a`, '2026-11-20T12:00:00.000Z', 0);
    const again = await call(`https://${API_HOST}/prod/a`, '2026-11-20T12:00:00.000Z', 1);
    const later = await call(`https://${API_HOST}/prod/b`, '2026-11-20T12:00:05.000Z', 2);
    expect(exchangeKey(first)).toBe(exchangeKey(again));
    let list = addPanelCall([], first).calls;
    expect(addPanelCall(list, again)).toMatchObject({ added: false, dropped: 0 });
    list = addPanelCall(list, later).calls;
    expect(list.map((known) => known.url)).toEqual([later.url, first.url]);
    const bounded = addPanelCall([first], later, 1);
    expect(bounded).toMatchObject({ added: true, dropped: 1 });
    expect(bounded.calls.map((known) => known.id)).toEqual([later.id]);
  });
});
