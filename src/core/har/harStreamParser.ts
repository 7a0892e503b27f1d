/**
 * A HAR 1.2 reader that takes the file's text in pieces and hands out `log.entries` one entry at a
 * time, so that a file of hundreds of megabytes never exists as one string or one object tree.
 *
 * It tokenises only the three levels it needs (the root object, `log`, `log.entries`) and reads
 * every other value by balancing brackets outside strings. Each entry's text is parsed on its own
 * with `JSON.parse`, which also validates it. Inside an entry, a string longer than
 * `maxStringLength` keeps only its start: response bodies (a base64 image, a bundle) are where a
 * HAR's bulk is, and the capture model keeps 16 KB of a body at most (`capturedBody.ts`).
 * Pure and synchronous: the caller feeds it (see `readHar.ts`).
 */

export const DEFAULT_MAX_STRING_LENGTH = 256 * 1024;
/** An entry whose text stays above this after cutting strings is skipped (counted in `oversizedEntries`). */
export const DEFAULT_MAX_ENTRY_LENGTH = 8 * 1024 * 1024;

/** How reading ended. `complete` and `truncated` come with entries; the others explain why there are none. */
export type HarScanStatus =
  /** The whole document was read. */
  | 'complete'
  /** The text ended inside the document: the entries before that point were read. */
  | 'truncated'
  /** Nothing but whitespace. */
  | 'empty'
  /** The text does not start like JSON (an HTML page, a binary file). */
  | 'not-json'
  /** JSON, but not a HAR: see `notHarReason`. */
  | 'not-har'
  /** JSON that breaks its own syntax at `offset`; the entries before it were read. */
  | 'invalid-json'
  /** The caller stopped reading (`readHar.ts`). */
  | 'aborted'
  /** The file could not be read at all (`readHar.ts`). */
  | 'unreadable';

export type NotHarReason = 'not-an-object' | 'no-log' | 'no-entries';

export interface HarScanSummary {
  status: HarScanStatus;
  /** Entries handed to `onEntry`. */
  entriesRead: number;
  /** Entries left out because even with long strings cut they exceeded `maxEntryLength`. */
  oversizedEntries: number;
  /** Characters read. */
  charactersRead: number;
  notHarReason?: NotHarReason;
  /** Character offset of the syntax error, for `invalid-json`. */
  offset?: number;
  /** `log.version`, when it is a string. */
  version?: string;
  /** `log.creator.name` and `.version`, when they are strings (e.g. "WebInspector"). */
  creator?: { name?: string; version?: string };
}

export interface EntryInfo {
  /** Position of the entry in `log.entries`, from 0. */
  index: number;
  /** How many strings of the entry were cut to `maxStringLength`. */
  cutStrings: number;
}

export interface HarStreamParserOptions {
  onEntry: (entry: unknown, info: EntryInfo) => void;
  maxStringLength?: number;
  maxEntryLength?: number;
}

type Level = 'start' | 'root' | 'log' | 'entries' | 'done';
type ObjectState = 'key-or-end' | 'key' | 'colon' | 'value' | 'comma-or-end';
type ArrayState = 'value-or-end' | 'value' | 'comma-or-end';
type Purpose = 'entry' | 'version' | 'creator' | 'skip';

interface NestedValue {
  purpose: Purpose;
  /** Open brackets; 0 for a string or a bare literal being read. */
  depth: number;
  kind: 'container' | 'string' | 'literal';
}

const STRING_SPECIAL = /["\\]/g;
const NESTED_SPECIAL = /["{}[\]]/g;
const LITERAL_END = /[\s,\]}]/g;
const MAX_KEY_LENGTH = 32;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xfeff;
}

export class HarStreamParser {
  private readonly onEntry: HarStreamParserOptions['onEntry'];
  private readonly maxStringLength: number;
  private readonly maxEntryLength: number;

  private level: Level = 'start';
  private objectState: ObjectState = 'key-or-end';
  private arrayState: ArrayState = 'value-or-end';
  private currentKey = '';
  private sawLog = false;
  private sawEntries = false;
  private stopped: { status: HarScanStatus; notHarReason?: NotHarReason; offset?: number } | undefined;

  // String state (keys and strings inside nested values).
  private inString = false;
  private escape = 0;
  private stringLength = 0;
  private keyBuffer: string | undefined;
  private cutting = false;

  // The value being read below the tracked levels.
  private nested: NestedValue | undefined;
  private recording = false;
  private pieces: string[] = [];
  private recordedLength = 0;
  private segmentStart = 0;
  private cutStrings = 0;
  private oversized = false;

  private entriesRead = 0;
  private entryIndex = 0;
  private oversizedEntries = 0;
  private charactersRead = 0;
  private version: string | undefined;
  private creator: HarScanSummary['creator'];

  constructor(options: HarStreamParserOptions) {
    this.onEntry = options.onEntry;
    this.maxStringLength = options.maxStringLength ?? DEFAULT_MAX_STRING_LENGTH;
    this.maxEntryLength = options.maxEntryLength ?? DEFAULT_MAX_ENTRY_LENGTH;
  }

  /** True once reading cannot go on (the document ended, or it is not a HAR). */
  get finished(): boolean {
    return this.stopped !== undefined || this.level === 'done';
  }

  get entries(): number {
    return this.entriesRead;
  }

  write(chunk: string): void {
    if (this.finished) return;
    const length = chunk.length;
    this.segmentStart = 0;
    let index = 0;
    while (index < length && !this.finished) {
      if (this.inString) index = this.scanString(chunk, index);
      else if (this.nested) index = this.scanNested(chunk, index, this.nested);
      else index = this.scanStructure(chunk, index);
    }
    if (this.recording && !this.cutting && this.segmentStart < length) {
      this.record(chunk.slice(this.segmentStart, length));
    }
    this.charactersRead += length;
  }

  /** Call once the text has ended: says how the reading went. */
  end(): HarScanSummary {
    const summary = (status: HarScanStatus, extra: Partial<HarScanSummary> = {}): HarScanSummary => ({
      status,
      entriesRead: this.entriesRead,
      oversizedEntries: this.oversizedEntries,
      charactersRead: this.charactersRead,
      ...(this.version !== undefined && { version: this.version }),
      ...(this.creator !== undefined && { creator: this.creator }),
      ...extra,
    });
    if (this.stopped) {
      const { status, notHarReason, offset } = this.stopped;
      return summary(status, {
        ...(notHarReason !== undefined && { notHarReason }),
        ...(offset !== undefined && { offset }),
      });
    }
    if (this.level === 'start') return summary('empty');
    if (this.level === 'done') {
      if (!this.sawLog) return summary('not-har', { notHarReason: 'no-log' });
      if (!this.sawEntries) return summary('not-har', { notHarReason: 'no-entries' });
      return summary('complete');
    }
    return summary('truncated');
  }

  private stop(status: HarScanStatus, chunkOffset: number, notHarReason?: NotHarReason): number {
    this.stopped = {
      status,
      ...(notHarReason !== undefined && { notHarReason }),
      ...(status === 'invalid-json' && { offset: this.charactersRead + chunkOffset }),
    };
    this.recording = false;
    this.pieces = [];
    return Number.MAX_SAFE_INTEGER;
  }

  private record(text: string): void {
    if (!this.recording) return;
    this.recordedLength += text.length;
    if (this.recordedLength > this.maxEntryLength) {
      this.recording = false;
      this.pieces = [];
      this.oversized = true;
      return;
    }
    this.pieces.push(text);
  }

  private scanString(chunk: string, start: number): number {
    const length = chunk.length;
    let index = start;
    const cuttable = this.recording && this.nested?.purpose === 'entry';
    while (index < length) {
      if (this.escape > 0) {
        // After a backslash: one character, or `u` and four hex digits.
        if (this.escape === 1 && chunk.charCodeAt(index) === 0x75) this.escape = 5;
        this.escape--;
        this.stringLength++;
        index++;
        if (this.escape === 0 && cuttable && !this.cutting && this.stringLength >= this.maxStringLength) {
          this.cutAt(chunk, index);
        }
        continue;
      }
      STRING_SPECIAL.lastIndex = index;
      const special = STRING_SPECIAL.exec(chunk);
      const runEnd = special ? special.index : length;
      const run = runEnd - index;
      if (cuttable && !this.cutting && this.stringLength + run > this.maxStringLength) {
        this.cutAt(chunk, index + Math.max(0, this.maxStringLength - this.stringLength));
      }
      if (this.keyBuffer !== undefined && this.keyBuffer.length <= MAX_KEY_LENGTH) {
        this.keyBuffer += chunk.slice(index, Math.min(runEnd, index + MAX_KEY_LENGTH + 1));
      }
      this.stringLength += run;
      index = runEnd;
      if (index >= length) break;
      if (chunk.charCodeAt(index) === 0x5c) {
        this.escape = 1;
        this.stringLength++;
        // A key spelled with escapes matches none of the keys looked for, which is fine: Chrome writes plain keys.
        if (this.keyBuffer !== undefined) this.keyBuffer += '\\';
        index++;
        continue;
      }
      // The closing quote.
      this.inString = false;
      if (this.cutting) {
        this.cutting = false;
        this.cutStrings++;
        this.segmentStart = index;
      }
      index++;
      if (this.keyBuffer !== undefined) {
        this.currentKey = this.keyBuffer;
        this.keyBuffer = undefined;
        this.objectState = 'colon';
      } else if (this.nested?.kind === 'string') {
        this.completeNested(chunk, index);
      }
      return index;
    }
    return index;
  }

  private cutAt(chunk: string, at: number): void {
    this.record(chunk.slice(this.segmentStart, at));
    this.cutting = true;
  }

  private beginString(): void {
    this.inString = true;
    this.escape = 0;
    this.stringLength = 0;
  }

  private scanNested(chunk: string, start: number, nested: NestedValue): number {
    if (nested.kind === 'literal') {
      LITERAL_END.lastIndex = start;
      const end = LITERAL_END.exec(chunk);
      if (!end) return chunk.length;
      this.completeNested(chunk, end.index);
      return end.index;
    }
    NESTED_SPECIAL.lastIndex = start;
    const special = NESTED_SPECIAL.exec(chunk);
    if (!special) return chunk.length;
    const index = special.index;
    const char = chunk.charCodeAt(index);
    if (char === 0x22) {
      this.beginString();
      return index + 1;
    }
    if (char === 0x7b || char === 0x5b) {
      nested.depth++;
      return index + 1;
    }
    nested.depth--;
    if (nested.depth > 0) return index + 1;
    this.completeNested(chunk, index + 1);
    return index + 1;
  }

  private beginValue(chunk: string, index: number, purpose: Purpose): number {
    const char = chunk.charCodeAt(index);
    const kind: NestedValue['kind'] =
      char === 0x7b || char === 0x5b ? 'container' : char === 0x22 ? 'string' : 'literal';
    if (kind === 'literal' && !/[-0-9tfn]/.test(chunk[index] ?? '')) return this.stop('invalid-json', index);
    this.nested = { purpose, depth: kind === 'container' ? 1 : 0, kind };
    this.recording = purpose !== 'skip';
    this.pieces = [];
    this.recordedLength = 0;
    this.cutStrings = 0;
    this.oversized = false;
    this.segmentStart = index;
    if (kind === 'string') this.beginString();
    return kind === 'literal' ? index : index + 1;
  }

  private completeNested(chunk: string, end: number): void {
    const nested = this.nested;
    if (!nested) return;
    this.nested = undefined;
    let text: string | undefined;
    if (this.recording) {
      this.record(chunk.slice(this.segmentStart, end));
      text = this.recording ? this.pieces.join('') : undefined;
    }
    this.recording = false;
    this.pieces = [];
    if (nested.purpose === 'entry') {
      const index = this.entryIndex++;
      if (text === undefined) {
        if (this.oversized) this.oversizedEntries++;
      } else {
        let entry: unknown;
        try {
          entry = JSON.parse(text);
        } catch {
          this.stop('invalid-json', end);
          return;
        }
        this.entriesRead++;
        this.onEntry(entry, { index, cutStrings: this.cutStrings });
      }
      this.arrayState = 'comma-or-end';
      return;
    }
    if (text !== undefined) this.keepLogField(nested.purpose, text);
    this.objectState = 'comma-or-end';
  }

  private keepLogField(purpose: Purpose, text: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return;
    }
    if (purpose === 'version' && typeof value === 'string') this.version = value.slice(0, 100);
    if (purpose === 'creator' && typeof value === 'object' && value !== null) {
      const { name, version } = value as Record<string, unknown>;
      this.creator = {
        ...(typeof name === 'string' && { name: name.slice(0, 200) }),
        ...(typeof version === 'string' && { version: version.slice(0, 100) }),
      };
    }
  }

  private scanStructure(chunk: string, start: number): number {
    let index = start;
    while (index < chunk.length && isWhitespace(chunk.charCodeAt(index))) index++;
    if (index >= chunk.length) return index;
    const char = chunk[index];
    switch (this.level) {
      case 'start':
        if (char === '{') {
          this.level = 'root';
          this.objectState = 'key-or-end';
          return index + 1;
        }
        // An array, a string or a number is JSON, just not a HAR.
        if (/[["0-9tfn-]/.test(char ?? '')) return this.stop('not-har', index, 'not-an-object');
        return this.stop('not-json', index);
      case 'root':
      case 'log':
        return this.scanObject(chunk, index);
      case 'entries':
        return this.scanEntries(chunk, index);
      default:
        return chunk.length;
    }
  }

  private scanObject(chunk: string, index: number): number {
    const char = chunk[index];
    switch (this.objectState) {
      case 'key-or-end':
      case 'key':
        if (char === '"') {
          this.keyBuffer = '';
          this.beginString();
          return index + 1;
        }
        if (char === '}' && this.objectState === 'key-or-end') return this.closeObject(index);
        return this.stop('invalid-json', index);
      case 'colon':
        if (char === ':') {
          this.objectState = 'value';
          return index + 1;
        }
        return this.stop('invalid-json', index);
      case 'value':
        return this.objectValue(chunk, index);
      case 'comma-or-end':
        if (char === ',') {
          this.objectState = 'key';
          return index + 1;
        }
        if (char === '}') return this.closeObject(index);
        return this.stop('invalid-json', index);
    }
  }

  private objectValue(chunk: string, index: number): number {
    const char = chunk[index];
    if (this.level === 'root' && this.currentKey === 'log' && char === '{' && !this.sawLog) {
      this.sawLog = true;
      this.level = 'log';
      this.objectState = 'key-or-end';
      return index + 1;
    }
    if (this.level === 'log' && this.currentKey === 'entries' && char === '[' && !this.sawEntries) {
      this.sawEntries = true;
      this.level = 'entries';
      this.arrayState = 'value-or-end';
      return index + 1;
    }
    const purpose: Purpose =
      this.level === 'log' && this.currentKey === 'version'
        ? 'version'
        : this.level === 'log' && this.currentKey === 'creator'
          ? 'creator'
          : 'skip';
    return this.beginValue(chunk, index, purpose);
  }

  private closeObject(index: number): number {
    if (this.level === 'log') {
      this.level = 'root';
      this.objectState = 'comma-or-end';
    } else {
      this.level = 'done';
    }
    return index + 1;
  }

  private scanEntries(chunk: string, index: number): number {
    const char = chunk[index];
    if (this.arrayState === 'comma-or-end') {
      if (char === ',') {
        this.arrayState = 'value';
        return index + 1;
      }
      if (char === ']') return this.closeEntries(index);
      return this.stop('invalid-json', index);
    }
    if (char === ']' && this.arrayState === 'value-or-end') return this.closeEntries(index);
    return this.beginValue(chunk, index, 'entry');
  }

  private closeEntries(index: number): number {
    this.level = 'log';
    this.objectState = 'comma-or-end';
    return index + 1;
  }
}
