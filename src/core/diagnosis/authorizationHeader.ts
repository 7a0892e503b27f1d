import { jwtDecode } from 'jwt-decode';
import { DEFAULT_IDENTITY_HEADER } from '../awsIdentifiers';
import { findHeader } from '../capture/headerDisplay';
import type { HttpHeader } from '../capture/types';
import { describeCharacter } from './decodeToken';

/**
 * What can be wrong with the header's value, most telling first: when several apply, the first in
 * this order names the header's failure. The `header.format` codes in `types.ts` are built from it.
 */
export const HEADER_PROBLEM_CODES = [
  'sigv4',
  'basic',
  'placeholder',
  'bearer-only',
  'bearer-bearer',
  'quotes',
  'newline',
  'tab',
  'control-character',
  'doubled-whitespace',
  'leading-whitespace',
  'trailing-whitespace',
  'space-in-token',
  'other-scheme',
] as const;

export type HeaderProblemCode = (typeof HEADER_PROBLEM_CODES)[number];

export interface HeaderProblem {
  code: HeaderProblemCode;
  /** 1-based character position in the header value as sent. */
  position: number;
  /** `U+0009`-style name of the offending character, for whitespace and control characters. */
  character?: string;
}

export interface HeaderValueAnalysis {
  /** `bearer` when the value starts with the Bearer scheme (any case), `raw` otherwise. */
  scheme: 'bearer' | 'raw';
  /** The scheme word as sent, when it is not plain `Bearer`. */
  schemeAsSent?: string;
  problems: HeaderProblem[];
  /** The token the client meant to send, when the blemish can be undone (quotes, whitespace). */
  candidate?: string;
  /** Set for placeholder values such as `undefined`. */
  placeholder?: string;
}

// Values that a client writes when its token variable was never set.
const PLACEHOLDERS = new Set(['undefined', 'null', '[object Object]', 'NaN', '[object Promise]']);

const QUOTES = new Set(['"', "'", '`']);

function isWhitespace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char);
}

// The scans below look for their first match with a regular expression (linear, run natively)
// rather than a character loop: a popup diagnoses a call with code that has not warmed up, and a
// loop over a 1 KB token in cold code took milliseconds of its first render.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
const CONTROL_CHARACTER = /[\x00-\x1f\x7f]/;
const WHITESPACE = /\s/g;
/** Whitespace other than tab, CR and LF (those have their own problem codes). */
const SPACE_IN_TOKEN = /[^\S\t\n\r]/;

/**
 * Classifies an identity-header value per CHECKS.md `header.format`. Linear in the value's length
 * (a captured header can be megabytes of garbage).
 */
export function analyzeHeaderValue(value: string): HeaderValueAnalysis {
  const problems: HeaderProblem[] = [];
  const add = (code: HeaderProblemCode, index: number, character?: string) => {
    if (problems.some((problem) => problem.code === code)) return;
    problems.push(
      character === undefined ? { code, position: index + 1 } : { code, position: index + 1, character },
    );
  };

  for (let i = CONTROL_CHARACTER.test(value) ? 0 : value.length; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) add('newline', i, describeCharacter(code));
    else if (code === 0x09) add('tab', i, describeCharacter(code));
    else if (code < 0x20 || code === 0x7f) add('control-character', i, describeCharacter(code));
  }

  let start = 0;
  while (start < value.length && isWhitespace(value[start])) start++;
  let end = value.length;
  while (end > start && isWhitespace(value[end - 1])) end--;
  if (start > 0) add('leading-whitespace', 0, describeCharacter(value.charCodeAt(0)));
  if (end < value.length && end > start)
    add('trailing-whitespace', end, describeCharacter(value.charCodeAt(end)));

  // A whole value in quotes (`"Bearer eyJ…"`): note it, then read what is inside.
  const opening = value[start];
  if (opening !== undefined && QUOTES.has(opening) && end - start > 1) {
    add('quotes', start);
    start++;
    if (value[end - 1] === opening) end--;
  }

  const firstWordEnd = nextWhitespace(value, start, end);
  const firstWord = value.slice(start, firstWordEnd);
  const firstLower = firstWord.toLowerCase();
  const finish = (analysis: Omit<HeaderValueAnalysis, 'problems'>): HeaderValueAnalysis => ({
    ...analysis,
    problems: sortProblems(problems),
  });

  // aws-facts.md §8 cause 9: an IAM-signing client (Amplify REST default) sends SigV4, not a JWT.
  if (firstLower.startsWith('aws4-hmac-sha256')) {
    add('sigv4', start);
    return finish({ scheme: 'raw' });
  }
  if (firstLower === 'basic') {
    add('basic', start);
    return finish({ scheme: 'raw' });
  }

  let scheme: HeaderValueAnalysis['scheme'] = 'raw';
  let schemeAsSent: string | undefined;
  let tokenStart = start;
  if (firstLower === 'bearer') {
    scheme = 'bearer';
    if (firstWord !== 'Bearer') schemeAsSent = firstWord;
    if (firstWordEnd >= end) {
      add('bearer-only', start);
      return finish({ scheme, schemeAsSent });
    }
    tokenStart = skipSeparator(value, firstWordEnd, end, add);
    const secondEnd = nextWhitespace(value, tokenStart, end);
    if (value.slice(tokenStart, secondEnd).toLowerCase() === 'bearer') {
      add('bearer-bearer', tokenStart);
      if (secondEnd >= end) return finish({ scheme, schemeAsSent });
      tokenStart = skipSeparator(value, secondEnd, end, add);
    }
  } else if (
    firstWordEnd < end &&
    /^[A-Za-z][A-Za-z0-9-]{0,19}$/.test(firstWord) &&
    !firstWord.startsWith('eyJ') &&
    !PLACEHOLDERS.has(firstWord)
  ) {
    // `Token eyJ…`, `JWT eyJ…`: a scheme API Gateway does not strip. A first word that starts
    // like a JWT header is a token with a space in it instead.
    add('other-scheme', start);
    schemeAsSent = firstWord;
    tokenStart = skipSeparator(value, firstWordEnd, end, add);
  }

  let tokenText = value.slice(tokenStart, end);
  let tokenOffset = tokenStart;
  if (PLACEHOLDERS.has(tokenText)) {
    add('placeholder', tokenStart);
    return finish({ scheme, schemeAsSent, placeholder: tokenText });
  }
  const first = tokenText[0];
  const last = tokenText[tokenText.length - 1];
  if ((first !== undefined && QUOTES.has(first)) || (last !== undefined && QUOTES.has(last))) {
    add('quotes', first !== undefined && QUOTES.has(first) ? tokenStart : end - 1);
    if (first !== undefined && QUOTES.has(first)) {
      tokenText = tokenText.slice(1);
      tokenOffset++;
    }
    if (last !== undefined && QUOTES.has(last) && tokenText.length > 0) tokenText = tokenText.slice(0, -1);
    if (PLACEHOLDERS.has(tokenText.trim())) {
      add('placeholder', tokenOffset);
      return finish({ scheme, schemeAsSent, placeholder: tokenText.trim() });
    }
  }

  const space = SPACE_IN_TOKEN.exec(tokenText);
  if (space)
    add('space-in-token', tokenOffset + space.index, describeCharacter(tokenText.charCodeAt(space.index)));
  const candidate = tokenText.replace(/\s+/g, '');
  return finish(candidate === '' ? { scheme, schemeAsSent } : { scheme, schemeAsSent, candidate });
}

function nextWhitespace(value: string, from: number, end: number): number {
  WHITESPACE.lastIndex = from;
  const found = WHITESPACE.exec(value);
  return found === null ? end : Math.min(found.index, end);
}

/** Skips the whitespace after a scheme word, noting anything but exactly one space. */
function skipSeparator(
  value: string,
  from: number,
  end: number,
  add: (code: HeaderProblemCode, index: number, character?: string) => void,
): number {
  let i = from;
  while (i < end && isWhitespace(value[i])) i++;
  if (i - from > 1) add('doubled-whitespace', from + 1, describeCharacter(value.charCodeAt(from + 1)));
  else if (value[from] !== ' ' && value[from] !== '\t' && value[from] !== '\n' && value[from] !== '\r') {
    add('space-in-token', from, describeCharacter(value.charCodeAt(from)));
  }
  return i;
}

function sortProblems(problems: HeaderProblem[]): HeaderProblem[] {
  return [...problems].sort(
    (a, b) => HEADER_PROBLEM_CODES.indexOf(a.code) - HEADER_PROBLEM_CODES.indexOf(b.code),
  );
}

/**
 * Whether a header value carries a JWT somewhere: the token sent in the wrong header. Candidates
 * (a run starting `eyJ`, base64url of `{"`) are confirmed with jwt-decode, whose lenient decoding
 * suits a "might this be a token?" question; `token.decode` judges the real header strictly.
 */
export function containsJwt(value: string): boolean {
  // Split into runs of token characters first: anchored tests per run keep this linear.
  for (const run of value.split(/[^A-Za-z0-9_.-]+/)) {
    const at = run.indexOf('eyJ');
    if (at < 0) continue;
    const candidate = run.slice(at);
    if (!/^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+/.test(candidate)) continue;
    try {
      jwtDecode(candidate, { header: true });
      jwtDecode(candidate);
      return true;
    } catch {
      // Not a decodable token: keep looking in the other runs.
    }
  }
  return false;
}

export interface IdentityHeaderLookup {
  /** The name the authorizer reads (configured, else `Authorization`). */
  expectedName: string;
  header?: HttpHeader;
  /** Other request headers whose value holds something JWT-shaped: the token sent in the wrong place. */
  otherJwtHeaders: string[];
}

export function findIdentityHeader(
  headers: readonly HttpHeader[],
  identityHeader?: string,
): IdentityHeaderLookup {
  const expectedName = identityHeader?.trim() || DEFAULT_IDENTITY_HEADER;
  const header = findHeader(headers, expectedName);
  const otherJwtHeaders = headers
    .filter((candidate) => candidate !== header && containsJwt(candidate.value))
    .map((candidate) => candidate.name);
  return header === undefined ? { expectedName, otherJwtHeaders } : { expectedName, header, otherJwtHeaders };
}
