import { DEFAULT_IDENTITY_HEADER } from '../awsIdentifiers';
import type { CapturedCall, HttpHeader } from '../capture/types';
import { analyzeHeaderValue } from '../diagnosis/authorizationHeader';
import { SecretRedactor } from './redactSecrets';

/**
 * Copy as cURL (aws-facts-2.md §5: the hand-off every HTTP inspector offers). The command is for
 * bash and zsh (POSIX quoting), one argument per line.
 *
 * What is left out, and why:
 * - cookies: credentials of the user's session, and API Gateway's authorizers do not read them;
 * - `sec-ch-ua*`, `sec-fetch-*`, `priority`, `upgrade-insecure-requests`, `dnt`, `sec-gpc`:
 *   browser bookkeeping that curl has no use for and API Gateway ignores;
 * - `accept-encoding`, `content-length`, `host`, `connection`, HTTP/2 pseudo-headers: curl sets
 *   its own (and without `accept-encoding` the answer prints as text);
 * - `user-agent`, unless asked for: a browser's agent string is noise in a reproduction, but a WAF
 *   rule can depend on it (aws-facts.md §2, 403 `Forbidden`), hence the option.
 * Everything else is sent as captured, in the captured order, including malformed values (the
 * format of the identity header is often the finding).
 */

export interface CurlOptions {
  /**
   * `placeholder` (default): the identity header's token becomes `"$TOKEN"` and every other
   * credential header value a variable named after the header (`"$X_API_KEY"`): the command can
   * be pasted into a ticket. `real`: the values as captured; the UI labels this copy.
   */
  token?: 'placeholder' | 'real';
  /** The configured identity header; `Authorization` by default. */
  identityHeader?: string;
  includeUserAgent?: boolean;
}

export type CurlNote =
  /** The request had a body that was not captured (webRequest reports none): the command sends none. */
  | 'request-body-not-captured'
  /** The captured body was cut to its first 16 KB: the command sends none rather than a broken one. */
  | 'request-body-truncated'
  /** A binary body: the command sends none. */
  | 'request-body-binary'
  /** A NUL character cannot be passed in a shell argument: it was removed. */
  | 'nul-removed';

export interface CurlCommand {
  text: string;
  /** Shell variables the command expects (`TOKEN`, `X_API_KEY`…), in placeholder mode. */
  variables: string[];
  notes: CurlNote[];
}

const DROPPED = new Set([
  'cookie',
  'accept-encoding',
  'content-length',
  'host',
  'connection',
  'priority',
  'upgrade-insecure-requests',
  'dnt',
  'sec-gpc',
  'purpose',
  'sec-purpose',
]);

function isDropped(name: string, includeUserAgent: boolean): boolean {
  const lower = name.toLowerCase();
  return (
    DROPPED.has(lower) ||
    lower.startsWith(':') ||
    lower.startsWith('sec-ch-ua') ||
    lower.startsWith('sec-fetch-') ||
    (lower === 'user-agent' && !includeUserAgent)
  );
}

/** Characters that need no quoting at all in a POSIX shell word. */
const SHELL_SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

function ansiC(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this escapes.
  const body = value.replace(/[\\']/g, '\\$&').replace(/[\x01-\x1f\x7f]/g, (char) => {
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    return `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
  return `$'${body}'`;
}

/**
 * One shell word holding `value` exactly: single quotes (`'` written as `'\''`), inside which `$`,
 * backticks, `"` and `\` are literal; `$'…'` (bash, zsh) when the value holds control characters,
 * so that a newline in a header cannot end the command or start another one. The empty string is
 * `''`. NUL cannot be passed to a program at all: the caller removes it first.
 */
export function shellQuote(value: string): string {
  if (SHELL_SAFE.test(value)) return value;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters decide the quoting.
  if (/[\x01-\x1f\x7f]/.test(value)) return ansiC(value);
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `x-api-key` → `X_API_KEY`: a valid shell variable name for a credential header's value. */
export function variableNameFor(headerName: string): string {
  const name = headerName
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[A-Z]/.test(name) ? name : `HEADER_${name || 'VALUE'}`;
}

const JWT_RUN = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/;

/**
 * The identity header with its token as `"$TOKEN"`, the rest of the value kept as sent (a doubled
 * `Bearer`, quotes, stray whitespace: the finding must survive the copy). The token is the JWT in
 * the value, else the word after the scheme; a placeholder (`Bearer undefined`) is no token.
 */
function identityArgument(header: HttpHeader): string | undefined {
  const { value } = header;
  const analysis = analyzeHeaderValue(value);
  if (analysis.placeholder !== undefined || analysis.problems.some((p) => p.code === 'bearer-only'))
    return undefined;
  const jwt = JWT_RUN.exec(value);
  let start: number;
  let end: number;
  if (jwt) {
    start = jwt.index;
    end = start + jwt[0].length;
  } else {
    const lastWord = /(\S+)\s*$/.exec(value);
    if (!lastWord || /^bearer$/i.test(lastWord[1] ?? '')) return undefined;
    start = lastWord.index;
    end = start + (lastWord[1]?.length ?? 0);
  }
  const before = `${header.name}: ${value.slice(0, start)}`;
  const after = value.slice(end);
  return `${shellQuote(before)}"$TOKEN"${after === '' ? '' : shellQuote(after)}`;
}

function bodyArguments(call: CapturedCall, notes: CurlNote[]): string[] {
  const body = call.requestBody;
  if (!body) {
    if (/^(POST|PUT|PATCH)$/.test(call.method)) notes.push('request-body-not-captured');
    return [];
  }
  if (body.text === undefined) {
    notes.push(body.size ? 'request-body-binary' : 'request-body-not-captured');
    return [];
  }
  if (body.truncated) {
    notes.push('request-body-truncated');
    return [];
  }
  return body.text === '' ? [] : ['--data-raw', body.text];
}

/** A `curl` command that sends the captured request again (see the module comment for what it leaves out). */
export function buildCurlCommand(call: CapturedCall, options: CurlOptions = {}): CurlCommand {
  const placeholder = (options.token ?? 'placeholder') === 'placeholder';
  const identityName = (options.identityHeader?.trim() || DEFAULT_IDENTITY_HEADER).toLowerCase();
  const credentials = new SecretRedactor([identityName]);
  const notes: CurlNote[] = [];
  const variables: string[] = [];
  // Each line is either raw shell text (already quoted) or a value to quote.
  const lines: Array<{ raw: string } | { words: string[] }> = [];
  const method = call.method.toUpperCase();
  const bodyArgs = bodyArguments(call, notes);

  lines.push({ words: ['curl', call.url] });
  if (method === 'HEAD') lines.push({ raw: '--head' });
  else if (!(method === 'GET' && bodyArgs.length === 0) && !(method === 'POST' && bodyArgs.length > 0)) {
    lines.push({ words: ['-X', method] });
  }
  for (const header of call.requestHeaders ?? []) {
    if (isDropped(header.name, options.includeUserAgent ?? false)) continue;
    const lower = header.name.toLowerCase();
    if (placeholder && lower === identityName) {
      const argument = identityArgument(header);
      if (argument !== undefined) {
        if (!variables.includes('TOKEN')) variables.push('TOKEN');
        lines.push({ raw: `-H ${argument}` });
        continue;
      }
    } else if (placeholder && credentials.isCredentialHeader(lower)) {
      const variable = variableNameFor(header.name);
      if (!variables.includes(variable)) variables.push(variable);
      lines.push({ raw: `-H ${shellQuote(`${header.name}: `)}"$${variable}"` });
      continue;
    }
    lines.push({ words: ['-H', `${header.name}: ${header.value}`] });
  }
  if (bodyArgs.length > 0) lines.push({ words: bodyArgs });

  const withoutNul = (text: string) => {
    if (!text.includes('\0')) return text;
    if (!notes.includes('nul-removed')) notes.push('nul-removed');
    return text.replaceAll('\0', '');
  };
  const text = lines
    .map((line) =>
      'raw' in line ? withoutNul(line.raw) : line.words.map((word) => shellQuote(withoutNul(word))).join(' '),
    )
    .join(' \\\n  ');
  return { text, variables, notes };
}
