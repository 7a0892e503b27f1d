import { type EntryInfo, type HarScanSummary, HarStreamParser } from './harStreamParser';

/** What `scanHar` reads: a `File` from an `<input type=file>`, a fetch body, or text in pieces. */
export type HarSource = Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string> | string;

export interface HarProgress {
  bytesRead: number;
  /** Known for a Blob or File. */
  totalBytes?: number;
  entriesRead: number;
}

export interface ScanHarOptions {
  onEntry: (entry: unknown, info: EntryInfo) => void;
  /** Called after each piece of the file, at most every `progressIntervalMs`, and once at the end. */
  onProgress?: (progress: HarProgress) => void;
  signal?: AbortSignal;
  maxStringLength?: number;
  maxEntryLength?: number;
  /**
   * How long to work before giving the page a turn (a macrotask), so that it repaints and stays
   * responsive: `FileReader`-free reading of a Blob can otherwise run from already-buffered data
   * in microtasks only.
   */
  sliceMs?: number;
  progressIntervalMs?: number;
}

export interface HarScanResult extends HarScanSummary {
  bytesRead: number;
}

const STRING_PIECE = 1024 * 1024;

async function* piecesOf(source: HarSource): AsyncGenerator<Uint8Array | string> {
  if (typeof source === 'string') {
    for (let start = 0; start < source.length; start += STRING_PIECE) {
      yield source.slice(start, start + STRING_PIECE);
    }
    return;
  }
  const stream = source instanceof Blob ? source.stream() : source;
  if (stream instanceof ReadableStream) {
    const reader = stream.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      // Stops the underlying read when the consumer leaves early (abort, a document that ended).
      await reader.cancel().catch(() => undefined);
    }
  }
  yield* stream as AsyncIterable<Uint8Array | string>;
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads a HAR piece by piece and hands each entry of `log.entries` to `onEntry` as soon as it is
 * complete. Never throws for bad input: the result's `status` says what the file was (see
 * `HarScanStatus`), and how many entries were read before a truncation or a syntax error.
 * Memory stays at one piece of the file plus one entry (long strings in it cut, see
 * `HarStreamParser`), whatever the file's size, unless `onEntry` keeps what it is given.
 */
export async function scanHar(source: HarSource, options: ScanHarOptions): Promise<HarScanResult> {
  const parser = new HarStreamParser({
    onEntry: options.onEntry,
    ...(options.maxStringLength !== undefined && { maxStringLength: options.maxStringLength }),
    ...(options.maxEntryLength !== undefined && { maxEntryLength: options.maxEntryLength }),
  });
  const totalBytes = source instanceof Blob ? source.size : undefined;
  const sliceMs = options.sliceMs ?? 30;
  const progressIntervalMs = options.progressIntervalMs ?? 100;
  const decoder = new TextDecoder('utf-8');
  let bytesRead = 0;
  let sliceStart = Date.now();
  let lastProgress = 0;
  const report = (force: boolean) => {
    const now = Date.now();
    if (!options.onProgress || (!force && now - lastProgress < progressIntervalMs)) return;
    lastProgress = now;
    options.onProgress({
      bytesRead,
      ...(totalBytes !== undefined && { totalBytes }),
      entriesRead: parser.entries,
    });
  };
  const finish = (summary: HarScanSummary): HarScanResult => {
    report(true);
    return { ...summary, bytesRead };
  };

  try {
    for await (const piece of piecesOf(source)) {
      if (options.signal?.aborted) return finish({ ...parser.end(), status: 'aborted' });
      if (typeof piece === 'string') {
        bytesRead += piece.length;
        parser.write(piece);
      } else {
        bytesRead += piece.byteLength;
        parser.write(decoder.decode(piece, { stream: true }));
      }
      if (parser.finished) break;
      report(false);
      if (Date.now() - sliceStart >= sliceMs) {
        await nextTurn();
        sliceStart = Date.now();
      }
    }
    if (!parser.finished) parser.write(decoder.decode());
  } catch {
    // A read error (the file changed or vanished while reading) or an `onEntry` that threw: what was
    // read so far stays valid, the rest is unknown.
    return finish({ ...parser.end(), status: 'unreadable' });
  }
  if (options.signal?.aborted) return finish({ ...parser.end(), status: 'aborted' });
  return finish(parser.end());
}
