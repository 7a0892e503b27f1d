/**
 * Regular expressions that come from configuration (a REST authorizer's
 * `identityValidationExpression`, imported or typed) and run in the popup, whose thread must never
 * hang. JavaScript's engine backtracks: `(a|aa)+` against 41 characters took 8 s. So a pattern is
 * run only when it is short, has none of the shapes that backtrack exponentially, and at most a
 * few unbounded repetitions, and only on a short input. Anything else is not run at all, and the
 * caller says so: no timeout or worker is needed, because nothing unbounded ever starts.
 */

/** Longer patterns are not run (AWS allows more, but an app-client pattern is a few dozen characters). */
export const MAX_PATTERN_LENGTH = 256;
/**
 * Longer inputs are not matched. The input is `aud`, a Cognito app client id of 26 characters
 * (aws-facts.md §1); with at most MAX_UNBOUNDED repetitions the worst case stays in the millions
 * of steps.
 */
export const MAX_INPUT_LENGTH = 128;
/** More unbounded repetitions than this in sequence cost a power of the input length. */
export const MAX_UNBOUNDED = 4;
/** `{n,m}` with m above this counts as unbounded. */
const SMALL_REPEAT = 16;

export type RegexRisk =
  /** Longer than MAX_PATTERN_LENGTH. */
  | 'too-long'
  /** A repetition of a group whose length varies: `(a+)+`, `(\d*)*`, `(a{2,5})+`, `(a+){3}`. */
  | 'nested-repetition'
  /** A repeated group with alternatives: `(a|aa)+`, whose alternatives may overlap. */
  | 'repeated-alternation'
  /** More than MAX_UNBOUNDED unbounded repetitions. */
  | 'many-repetitions';

interface Group {
  /** A repetition of variable count somewhere inside (`*`, `+`, `?`, `{2,5}`): its length varies. */
  varies: boolean;
  alternation: boolean;
}

/**
 * Why a pattern is not safe to run, or undefined. One pass over the pattern (linear), so it can
 * judge any text; it is deliberately cautious: a harmless `(get|put)+` is refused too.
 */
export function regexRisk(source: string): RegexRisk | undefined {
  if (source.length > MAX_PATTERN_LENGTH) return 'too-long';
  const stack: Group[] = [{ varies: false, alternation: false }];
  let unbounded = 0;
  /** The group that just closed, when the previous atom was a group; undefined for other atoms. */
  let lastGroup: Group | undefined;
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    const top = stack[stack.length - 1] as Group;
    if (char === '\\') {
      i += 2;
      lastGroup = undefined;
      continue;
    }
    if (char === '[') {
      i = endOfClass(source, i);
      lastGroup = undefined;
      continue;
    }
    if (char === '(') {
      stack.push({ varies: false, alternation: false });
      i = afterGroupPrefix(source, i + 1);
      lastGroup = undefined;
      continue;
    }
    if (char === ')') {
      const closed = stack.length > 1 ? stack.pop() : undefined;
      const parent = stack[stack.length - 1] as Group;
      if (closed?.varies) parent.varies = true;
      // `((a|aa))+` repeats the alternatives as surely as `(a|aa)+`.
      if (closed?.alternation) parent.alternation = true;
      lastGroup = closed;
      i++;
      continue;
    }
    if (char === '|') {
      top.alternation = true;
      lastGroup = undefined;
      i++;
      continue;
    }
    const quantifier = readQuantifier(source, i);
    if (quantifier !== undefined) {
      if (quantifier.repeats && lastGroup?.varies) return 'nested-repetition';
      if (quantifier.repeats && lastGroup?.alternation) return 'repeated-alternation';
      if (quantifier.unbounded) {
        unbounded++;
        if (unbounded > MAX_UNBOUNDED) return 'many-repetitions';
      }
      if (quantifier.varies) top.varies = true;
      i = quantifier.end;
      // A lazy or possessive marker after the quantifier is part of it.
      if (source[i] === '?') i++;
      lastGroup = undefined;
      continue;
    }
    lastGroup = undefined;
    i++;
  }
  return undefined;
}

/** Index after the `]` that closes the class opened at `start` (escapes skipped). */
function endOfClass(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Skips `?:`, `?=`, `?!`, `?<=`, `?<!` and `?<name>` after an opening parenthesis. */
function afterGroupPrefix(source: string, from: number): number {
  if (source[from] !== '?') return from;
  const next = source[from + 1];
  if (next === ':' || next === '=' || next === '!') return from + 2;
  if (next === '<') {
    const after = source[from + 2];
    if (after === '=' || after === '!') return from + 3;
    const close = source.indexOf('>', from + 2);
    return close < 0 ? from + 2 : close + 1;
  }
  return from + 1;
}

interface Quantifier {
  /** Its count varies (`*`, `+`, `?`, `{2,5}`): the engine may try each count. */
  varies: boolean;
  /** It may match more than once (`*`, `+`, `{3}`, `{2,5}`), unlike `?`. */
  repeats: boolean;
  /** No upper bound, or a range wider than SMALL_REPEAT. */
  unbounded: boolean;
  end: number;
}

function readQuantifier(source: string, at: number): Quantifier | undefined {
  const char = source[at];
  if (char === '*' || char === '+') return { varies: true, repeats: true, unbounded: true, end: at + 1 };
  if (char === '?') return { varies: true, repeats: false, unbounded: false, end: at + 1 };
  if (char !== '{') return undefined;
  const match = /^\{(\d{1,6})(,(\d{0,6}))?\}/.exec(source.slice(at, at + 16));
  if (match === null) return undefined;
  const [whole, min = '', comma, max] = match;
  // `{26}` repeats exactly: no choice to backtrack over, whatever the count.
  if (comma === undefined) {
    return { varies: false, repeats: Number(min) > 1, unbounded: false, end: at + whole.length };
  }
  const upper = max === '' || max === undefined ? Number.POSITIVE_INFINITY : Number(max);
  return {
    varies: upper !== Number(min),
    repeats: upper > 1,
    unbounded: upper - Number(min) > SMALL_REPEAT,
    end: at + whole.length,
  };
}

export type BoundedMatch =
  | { outcome: 'match' | 'no-match' }
  | { outcome: 'invalid' }
  | { outcome: 'not-run'; reason: RegexRisk | 'input-too-long' };

/**
 * Whether `input` matches the whole of `source` (anchored, as API Gateway is assumed to match;
 * see the token.client check), run only within the bounds above.
 */
export function matchWhole(source: string, input: string): BoundedMatch {
  const risk = regexRisk(source);
  if (risk !== undefined) return { outcome: 'not-run', reason: risk };
  let pattern: RegExp;
  try {
    pattern = new RegExp(`^(?:${source})$`);
  } catch {
    return { outcome: 'invalid' };
  }
  if (input.length > MAX_INPUT_LENGTH) return { outcome: 'not-run', reason: 'input-too-long' };
  return { outcome: pattern.test(input) ? 'match' : 'no-match' };
}
