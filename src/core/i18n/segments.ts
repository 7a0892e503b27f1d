import type { RenderedText, Segment } from './render';

/** What a word template may hold: text, a number, or segments already built (code spans). */
export type Piece = string | number | Segment | readonly Segment[];

/**
 * Builds segments from a template literal: literal parts and interpolated strings or numbers are
 * text, interpolated segments (from `code`) stay what they are. Adjacent text is joined.
 */
export function words(strings: TemplateStringsArray, ...pieces: Piece[]): Segment[] {
  const segments: Segment[] = [];
  strings.forEach((literal, index) => {
    appendText(segments, literal);
    if (index < pieces.length) appendPiece(segments, pieces[index] as Piece);
  });
  return segments;
}

/** A value from AWS output or the user's entries, or an AWS identifier or command: shown as code. */
export function code(value: string | number): Segment {
  return { kind: 'code', text: String(value) };
}

/** Each value its own code span, separated by `separator` (plain text). */
export function codeList(values: readonly string[], separator: string): Segment[] {
  return values.flatMap((value, index) =>
    index === 0 ? [code(value)] : [{ kind: 'text', text: separator } as const, code(value)],
  );
}

/** Segments as the popup and options page render them, and the same as one string (code in backticks). */
export function rendered(segments: readonly Segment[]): RenderedText {
  return {
    segments: [...segments],
    text: segments
      .map((segment) => (segment.kind === 'code' ? `\`${segment.text}\`` : segment.text))
      .join(''),
  };
}

function appendPiece(segments: Segment[], piece: Piece): void {
  if (typeof piece === 'string' || typeof piece === 'number') appendText(segments, String(piece));
  else if (Array.isArray(piece)) for (const segment of piece as Segment[]) appendSegment(segments, segment);
  else appendSegment(segments, piece as Segment);
}

function appendSegment(segments: Segment[], segment: Segment): void {
  if (segment.kind === 'text') appendText(segments, segment.text);
  else segments.push(segment);
}

function appendText(segments: Segment[], text: string): void {
  if (text === '') return;
  const last = segments[segments.length - 1];
  if (last?.kind === 'text') segments[segments.length - 1] = { kind: 'text', text: last.text + text };
  else segments.push({ kind: 'text', text });
}
