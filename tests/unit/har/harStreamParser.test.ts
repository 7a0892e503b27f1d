import { describe, expect, test } from 'vitest';
import { type HarScanSummary, HarStreamParser } from '../../../src/core/har/harStreamParser';
import { scanHar } from '../../../src/core/har/readHar';
import { chromeEntry, chromeHar, pageEntry, piecesOf } from './chromeHar';

function parse(text: string, pieceSize: number, maxStringLength?: number) {
  const entries: unknown[] = [];
  const cuts: number[] = [];
  const parser = new HarStreamParser({
    onEntry: (entry, info) => {
      entries.push(entry);
      cuts.push(info.cutStrings);
    },
    ...(maxStringLength !== undefined && { maxStringLength }),
  });
  for (const piece of piecesOf(text, pieceSize)) parser.write(piece);
  const summary: HarScanSummary = parser.end();
  return { entries, cuts, summary };
}

const tricky = chromeEntry({
  content: {
    size: 60,
    mimeType: 'application/json',
    // Brackets, escaped quotes, backslashes and \u escapes inside strings must not move the parser.
    text: '{"message":"Unauthorized \\"[{\\" }]","path":"C:\\\\x","emoji":"\u00e9\ud83d\ude00"}',
  },
});
const har = chromeHar([pageEntry(), tricky, pageEntry('}]{["\\')]);

describe('HarStreamParser', () => {
  test.each([1, 2, 3, 7, 64, 4096, 1_000_000])(
    'yields the same entries as JSON.parse, in pieces of %i',
    (size) => {
      const { entries, summary } = parse(har, size);
      expect(entries).toEqual(JSON.parse(har).log.entries);
      expect(summary).toMatchObject({
        status: 'complete',
        entriesRead: 3,
        version: '1.2',
        creator: { name: 'WebInspector', version: '537.36' },
        charactersRead: har.length,
      });
    },
  );

  test('entries before pages, unknown keys holding brackets, and an empty list', () => {
    const text = `{"log":{"x":{"a":["]}"]},"entries":[${JSON.stringify(pageEntry())}],"pages":[{"id":"]"}]},"z":[1,{"b":"}"}]}`;
    const { entries, summary } = parse(text, 5);
    expect(entries).toHaveLength(1);
    expect(summary.status).toBe('complete');
    expect(parse('{"log":{"version":"1.2","entries":[]}}', 3).summary).toMatchObject({
      status: 'complete',
      entriesRead: 0,
    });
  });

  test('a string longer than the bound keeps its start, and the entry says so', () => {
    const big = 'A'.repeat(100_000);
    const entry = chromeEntry({ content: { size: big.length, mimeType: 'text/plain', text: big } });
    const { entries, cuts, summary } = parse(chromeHar([entry]), 4096, 1000);
    expect(summary.status).toBe('complete');
    expect(cuts).toEqual([1]);
    const content = (entries[0] as { response: { content: { text: string; size: number } } }).response
      .content;
    expect(content.text).toBe('A'.repeat(1000));
    expect(content.size).toBe(100_000);
  });

  test('a long string of escapes is cut between escapes, never inside one', () => {
    const escaped = '\u00e9\n"'.repeat(5000);
    const entry = chromeEntry({ content: { size: 1, mimeType: 'text/plain', text: escaped } });
    const { entries, summary } = parse(chromeHar([entry]), 3, 500);
    expect(summary.status).toBe('complete');
    const text = (entries[0] as { response: { content: { text: string } } }).response.content.text;
    expect(escaped.startsWith(text)).toBe(true);
    expect(text.length).toBeGreaterThan(100);
  });

  test.each([
    ['the middle of an entry', 0.6],
    ['just after the first entry', 0.34],
    ['the closing brackets', 0.999],
  ])('a file cut in %s reports the entries read and that it ended early', (_label, fraction) => {
    const cut = har.slice(0, Math.floor(har.length * fraction));
    const complete = JSON.parse(har).log.entries as unknown[];
    const { entries, summary } = parse(cut, 100);
    expect(summary.status).toBe('truncated');
    expect(summary.entriesRead).toBe(entries.length);
    expect(entries).toEqual(complete.slice(0, entries.length));
  });

  test('a file cut before its entries is truncated with none read', () => {
    expect(parse('{"log":{"version":"1.2","creator":{"na', 4).summary).toMatchObject({
      status: 'truncated',
      entriesRead: 0,
    });
  });

  test.each([
    ['', 'empty', undefined],
    ['   \n', 'empty', undefined],
    ['<!doctype html><html>', 'not-json', undefined],
    ['\u0000\u0001PK', 'not-json', undefined],
    ['[1,2,3]', 'not-har', 'not-an-object'],
    ['"text"', 'not-har', 'not-an-object'],
    ['{"name":"package","version":"1.0.0"}', 'not-har', 'no-log'],
    ['{"log":{"version":"1.2"}}', 'not-har', 'no-entries'],
    ['{"log":{"entries":{}}}', 'not-har', 'no-entries'],
    ['{"log" "entries"}', 'invalid-json', undefined],
    ['{"log":{"entries":[{"a":1},x]}}', 'invalid-json', undefined],
    ['{"log":{"entries":[{"a":1,}]}}', 'invalid-json', undefined],
  ])('%j → %s', (text, status, reason) => {
    const { summary } = parse(text, 2);
    expect(summary.status).toBe(status);
    expect(summary.notHarReason).toBe(reason);
  });

  test('a syntax error says where, and keeps the entries before it', () => {
    const text = `{"log":{"entries":[${JSON.stringify(pageEntry())},{"a":1]}]}}`;
    const { entries, summary } = parse(text, 10);
    expect(entries).toHaveLength(1);
    expect(summary.status).toBe('invalid-json');
    expect(summary.offset).toBeGreaterThan(JSON.stringify(pageEntry()).length);
  });

  test('an entry too large even with strings cut is skipped and counted', () => {
    const headers = Array.from({ length: 3000 }, (_, i) => ({ name: `x-h${i}`, value: 'v'.repeat(50) }));
    const text = chromeHar([chromeEntry({ requestHeaders: headers }), pageEntry()]);
    const parser = new HarStreamParser({ onEntry: () => undefined, maxEntryLength: 100_000 });
    for (const piece of piecesOf(text, 1000)) parser.write(piece);
    expect(parser.end()).toMatchObject({ status: 'complete', entriesRead: 1, oversizedEntries: 1 });
  });
});

describe('scanHar', () => {
  const bytes = new TextEncoder().encode(har);

  test('reads a Blob, a ReadableStream and a string alike, with progress', async () => {
    const fromBlob: unknown[] = [];
    const progress: number[] = [];
    const blobResult = await scanHar(new Blob([bytes]), {
      onEntry: (entry) => fromBlob.push(entry),
      onProgress: (p) => {
        progress.push(p.bytesRead);
        expect(p.totalBytes).toBe(bytes.byteLength);
      },
    });
    expect(blobResult).toMatchObject({ status: 'complete', entriesRead: 3, bytesRead: bytes.byteLength });
    expect(progress.at(-1)).toBe(bytes.byteLength);

    // Multi-byte characters split across pieces: the decoder must carry them over.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let start = 0; start < bytes.length; start += 5)
          controller.enqueue(bytes.slice(start, start + 5));
        controller.close();
      },
    });
    const fromStream: unknown[] = [];
    expect(await scanHar(stream, { onEntry: (entry) => fromStream.push(entry) })).toMatchObject({
      status: 'complete',
    });
    const fromString: unknown[] = [];
    await scanHar(har, { onEntry: (entry) => fromString.push(entry) });
    expect(fromStream).toEqual(fromBlob);
    expect(fromString).toEqual(fromBlob);
    expect(fromBlob).toEqual(JSON.parse(har).log.entries);
  });

  test('stops when aborted', async () => {
    const controller = new AbortController();
    const pieces = (async function* () {
      yield '{"log":{"entries":[';
      controller.abort();
      yield `${JSON.stringify(pageEntry())}]}}`;
    })();
    const result = await scanHar(pieces, { onEntry: () => undefined, signal: controller.signal });
    expect(result.status).toBe('aborted');
  });

  test('a stream that fails midway reports what it read', async () => {
    const pieces = (async function* () {
      yield `{"log":{"entries":[${JSON.stringify(pageEntry())},`;
      throw new Error('file changed on disk');
    })();
    const result = await scanHar(pieces, { onEntry: () => undefined });
    expect(result).toMatchObject({ status: 'unreadable', entriesRead: 1 });
  });
});

describe('HarStreamParser on damaged input', () => {
  // A fixed-seed generator, so that a failure can be replayed.
  let seed = 13;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };

  test('random mutations of a HAR never throw, and every entry handed out parsed', () => {
    const alphabet = '{}[]",:\\ u0aé\n';
    for (let round = 0; round < 300; round++) {
      const chars = [...har];
      for (let edit = 0; edit < 1 + Math.floor(random() * 5); edit++) {
        const at = Math.floor(random() * chars.length);
        chars.splice(at, Math.floor(random() * 3), alphabet[Math.floor(random() * alphabet.length)] ?? '');
      }
      const { entries, summary } = parse(chars.join(''), 1 + Math.floor(random() * 500));
      expect(summary.entriesRead).toBe(entries.length);
      expect(['complete', 'truncated', 'invalid-json', 'not-har', 'not-json', 'empty']).toContain(
        summary.status,
      );
    }
  });
});
