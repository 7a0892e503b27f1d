// `npm run bench:har [-- <megabytes>] [-- --compare]`: time and peak memory to read a large HAR,
// figures, not pass/fail. Writes a Chrome-shaped HAR (default 200 MB: page loads, scripts, base64
// images, JSON API answers, and a few API Gateway 401s) to a temporary directory, reads it back
// through `importHar` from a Blob as the import page does, and deletes it. `--compare` also times
// `JSON.parse` of the whole file, the naive way, for reference.
import { once } from 'node:events';
import { createWriteStream, openAsBlob } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importHar } from '../src/core/har/importHar';
import { chromeEntry, pageEntry } from '../tests/unit/har/chromeHar';

const args = process.argv.slice(2);
const targetMiB = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 200);
const compare = args.includes('--compare');

const MiB = 1024 * 1024;
const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;

/** Peak resident and heap sizes, sampled every 10 ms while `body` runs (it yields often enough). */
async function measure<T>(
  body: () => Promise<T>,
): Promise<{ result: T; ms: number; rss: number; heap: number; rssBefore: number }> {
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed + usage.arrayBuffers);
  };
  sample();
  const timer = setInterval(sample, 10);
  const start = process.hrtime.bigint();
  const result = await body();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  sample();
  clearInterval(timer);
  return { result, ms, rss, heap, rssBefore };
}

function randomText(length: number, alphabet: string): string {
  let text = '';
  while (text.length < length) text += alphabet[Math.floor(Math.random() * alphabet.length)];
  return text;
}

async function writeHar(path: string, bytes: number): Promise<{ entries: number; calls: number }> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const base64Image = randomText(400_000, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
  const script = `function f(){return ${JSON.stringify(randomText(60_000, 'abc{}[]"\\\n '))}}`;
  const apiJson = JSON.stringify({
    items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: `item ${i}` })),
  });
  await write(
    '{\n  "log": {\n    "version": "1.2",\n    "creator": { "name": "WebInspector", "version": "537.36" },\n    "pages": [],\n    "entries": [\n',
  );
  let written = 0;
  let entries = 0;
  let calls = 0;
  while (written < bytes) {
    const kind = entries % 10;
    const entry =
      kind === 0
        ? chromeEntry({
            content: { size: 26, mimeType: 'application/json', text: '{"message":"Unauthorized"}' },
          })
        : kind === 1
          ? chromeEntry({
              url: 'https://app.example.com/logo.png',
              status: 200,
              resourceType: 'image',
              responseHeaders: [{ name: 'content-type', value: 'image/png' }],
              content: { size: 300_000, mimeType: 'image/png', text: base64Image, encoding: 'base64' },
            })
          : kind === 2
            ? pageEntry(script)
            : chromeEntry({
                url: `https://api.example.com/items?page=${entries}`,
                status: 200,
                responseHeaders: [{ name: 'content-type', value: 'application/json' }],
                content: { size: apiJson.length, mimeType: 'application/json', text: apiJson },
              });
    if (kind === 0) calls++;
    const text = `${entries === 0 ? '' : ',\n'}${JSON.stringify(entry, null, 2)}`;
    await write(text);
    written += text.length;
    entries++;
  }
  await write('\n    ]\n  }\n}\n');
  out.end();
  await once(out, 'finish');
  return { entries, calls };
}

const dir = await mkdtemp(join(tmpdir(), 'bench-har-'));
try {
  const path = join(dir, 'large.har');
  const generated = await writeHar(path, targetMiB * MiB);
  const { size } = await stat(path);
  console.log(`HAR: ${mib(size)}, ${generated.entries} entries, ${generated.calls} API Gateway 401s`);

  let progressEvents = 0;
  const streamed = await measure(async () =>
    importHar(await openAsBlob(path), {
      onProgress: () => {
        progressEvents++;
      },
    }),
  );
  const { scan, calls } = streamed.result;
  console.log(
    `importHar (Blob, streamed): ${(streamed.ms / 1000).toFixed(2)} s, ${(size / MiB / (streamed.ms / 1000)).toFixed(0)} MiB/s; ` +
      `peak RSS ${mib(streamed.rss)} (${mib(streamed.rssBefore)} before), peak heap+buffers ${mib(streamed.heap)}; ` +
      `${scan.status}, ${scan.entriesRead} entries, ${calls.length} calls kept, ${progressEvents} progress events`,
  );

  if (compare) {
    const { readFile } = await import('node:fs/promises');
    const whole = await measure(async () => {
      const parsed = JSON.parse(await readFile(path, 'utf8')) as { log: { entries: unknown[] } };
      return parsed.log.entries.length;
    });
    console.log(
      `JSON.parse of the whole file (reference): ${(whole.ms / 1000).toFixed(2)} s; ` +
        `peak RSS ${mib(whole.rss)} (${mib(whole.rssBefore)} before), ` +
        `peak heap+buffers ${mib(whole.heap)}; ${whole.result} entries`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
