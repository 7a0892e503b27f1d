import type { CapturedCall, HttpHeader } from '../capture/types';
import type { Catalog } from '../i18n/catalog';
import {
  claimExplanation,
  type RenderedText,
  renderCheck,
  renderHeadline,
  renderHeadlineFix,
  type Segment,
} from '../i18n/render';
import { isSurfaced } from './firstScreen';
import { type RedactionContext, redactHeaderValue, redactUrl } from './redact';
import type { CheckResult, ClaimView, Diagnosis } from './types';

/**
 * Everything here is attacker-controlled text (URL, headers, claims) going into Markdown that an
 * issue tracker renders: text is backslash-escaped, code spans get a fence longer than any
 * backtick run inside, and line breaks never reach a table row.
 */
function escapeText(text: string): string {
  // Inline text never starts a line (every line opens with our own words), so the characters that
  // matter only there (`#`, `-`, `+`, `1.`) need no escape; `!` and `(` matter only next to `[`.
  return oneLine(text).replace(/[\\`*_[\]<>|~&]/g, '\\$&');
}

function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

function codeSpan(text: string, inTable = false): string {
  let content = oneLine(text);
  // GFM splits table cells on `|` even inside code spans, unless escaped.
  if (inTable) content = content.replace(/\|/g, '\\|');
  if (content === '') return '';
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = content.startsWith('`') || content.endsWith('`') || /^ .* $/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

function segmentsToMarkdown(segments: readonly Segment[], inTable = false): string {
  return segments
    .map((segment) => (segment.kind === 'code' ? codeSpan(segment.text, inTable) : escapeText(segment.text)))
    .join('');
}

function markdown(text: RenderedText, inTable = false): string {
  return segmentsToMarkdown(text.segments, inTable);
}

function codeBlock(lines: readonly string[]): string {
  const body = lines.map(oneLine).join('\n');
  const longestRun = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}sh\n${body}\n${fence}`;
}

function headerTable(headers: readonly HttpHeader[], context: RedactionContext, catalog: Catalog): string[] {
  const rows = headers.map(
    (header) =>
      `| ${codeSpan(header.name, true)} | ${codeSpan(redactHeaderValue(header.name, header.value, context), true)} |`,
  );
  return [
    `| ${escapeText(catalog.report.header)} | ${escapeText(catalog.report.value)} |`,
    '|---|---|',
    ...rows,
  ];
}

function claimRows(claims: readonly ClaimView[], part: 'header' | 'payload', catalog: Catalog): string[] {
  return claims.map((claim) => {
    const value = codeSpan(claim.raw, true);
    const time = claim.time
      ? ` (${escapeText(claim.time.iso)}, ${escapeText(catalog.relative(claim.time.secondsFromRequest))})`
      : '';
    const meaning = claimExplanation(catalog, part, claim.name) ?? '';
    return `| ${codeSpan(claim.name, true)} | ${value}${time} | ${escapeText(meaning)} |`;
  });
}

function isoOrBlank(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/**
 * `short` (the default Copy report): what a public issue needs, with nothing personal. `full`: every
 * header, claim and check, less the browser's noise headers. Neither ever holds the token's
 * signature, cookies, or other credential headers.
 */
export type ReportVariant = 'short' | 'full';

/** Claims that decide a 401 (CHECKS.md: issuer, audience, token use, scopes, times): the short report's only claims. */
export const REPORT_CLAIMS = [
  'iss',
  'aud',
  'client_id',
  'token_use',
  'scope',
  'exp',
  'iat',
  'auth_time',
] as const;

/**
 * Claims that describe a person (OpenID standard claims, and Cognito's usernames and custom
 * attributes): masked wherever their value would appear in a short report, a URL included.
 */
const PERSONAL_CLAIM =
  /^(email|phone_number|name|given_name|family_name|middle_name|nickname|preferred_username|username|cognito:username|address|birthdate|gender|locale|zoneinfo|picture|profile|website|identities|custom:.*)$/;

/** Shorter values are not masked: "1" or "en" would blank out unrelated text. */
const MASK_MIN_LENGTH = 3;

export function isPersonalClaim(name: string): boolean {
  return PERSONAL_CLAIM.test(name);
}

/**
 * Request headers every browser adds, which say nothing about a 401 and much about the user's
 * machine: dropped from the full report (issue "answer first").
 */
const NOISE_HEADER = /^(sec-ch-ua.*|sec-fetch-.*|user-agent|accept-language|accept-encoding|priority|dnt)$/i;

export function isNoiseHeader(name: string): boolean {
  return NOISE_HEADER.test(name);
}

function stringLeaves(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringLeaves(item, into);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) stringLeaves(item, into);
}

/** Every personal value of the token, longest first (so a value inside another is masked whole). */
export function personalValues(diagnosis: Pick<Diagnosis, 'token'>): string[] {
  const values: string[] = [];
  for (const [name, value] of Object.entries(diagnosis.token?.payload ?? {})) {
    if (isPersonalClaim(name)) stringLeaves(value, values);
  }
  return [...new Set(values.filter((value) => value.length >= MASK_MIN_LENGTH))].sort(
    (a, b) => b.length - a.length,
  );
}

function maskValues(text: string, values: readonly string[], mask: string): string {
  let masked = text;
  for (const value of values) masked = masked.split(value).join(mask);
  return masked;
}

function redactionContext(diagnosis: Diagnosis, catalog: Catalog): RedactionContext {
  const words = catalog.report;
  const presentCheck = diagnosis.checks.find((check) => check.id === 'header.present');
  const identityHeader = presentCheck?.params.headerName;
  return {
    identityHeader: typeof identityHeader === 'string' ? identityHeader : undefined,
    tokenSegments: diagnosis.token
      ? { header: diagnosis.token.headerSegment, payload: diagnosis.token.payloadSegment }
      : undefined,
    signatureRemoved: words.signatureRemoved,
    removed: words.removed,
  };
}

function requestLines(
  call: CapturedCall,
  diagnosis: Diagnosis,
  catalog: Catalog,
  context: RedactionContext,
): string[] {
  const words = catalog.report;
  const lines = [`## ${escapeText(words.request)}`, ''];
  lines.push(`${codeSpan(`${call.method} ${redactUrl(call.url, context)}`)}`, '');
  lines.push(`- ${escapeText(words.status)}: ${codeSpan(call.statusLine || String(call.statusCode))}`);
  lines.push(`- ${escapeText(words.requestTime)}: ${escapeText(isoOrBlank(call.requestTime))}`);
  if (call.initiator) lines.push(`- ${escapeText(words.initiator)}: ${codeSpan(call.initiator)}`);
  lines.push(
    `- ${escapeText(words.authorizer)}: ${escapeText(words.authorizerKinds[diagnosis.authorizer.kind])}`,
    '',
  );
  return lines;
}

function checkLines(results: readonly CheckResult[], catalog: Catalog): string[] {
  const words = catalog.report;
  const lines: string[] = [];
  for (const result of results) {
    const rendered = renderCheck(result, catalog);
    lines.push(
      `### ${codeSpan(result.id)}: ${escapeText(rendered.statusLabel)}: ${markdown(rendered.title)}`,
      '',
    );
    lines.push(markdown(rendered.explanation), '');
    if (rendered.fix.text !== '') lines.push(markdown(rendered.fix), '');
    if (rendered.commands.length > 0) {
      lines.push(`${escapeText(words.commands)}:`, '');
      for (const command of rendered.commands) {
        lines.push(`- ${escapeText(command.label)}`, '', codeBlock([command.text]), '');
      }
    }
    if (rendered.links.length > 0) {
      lines.push(
        `${escapeText(words.docs)}: ${rendered.links.map((link) => `[${escapeText(link.title)}](${link.url})`).join(', ')}`,
        '',
      );
    }
  }
  return lines;
}

function headlineLines(diagnosis: Diagnosis, catalog: Catalog): string[] {
  const words = catalog.report;
  const lines = [`**${escapeText(words.summary)}:** ${markdown(renderHeadline(diagnosis, catalog))}`, ''];
  const fix = renderHeadlineFix(diagnosis, catalog);
  if (fix.text !== '') lines.push(`**${escapeText(words.fix)}:** ${markdown(fix)}`, '');
  return lines;
}

/**
 * A Markdown report for an issue tracker or a support case, in the words of `catalog`: `short` or
 * `full` (see `ReportVariant`).
 */
export function buildMarkdownReport(
  call: CapturedCall,
  diagnosis: Diagnosis,
  catalog: Catalog,
  variant: ReportVariant,
): string {
  return variant === 'short' ? shortReport(call, diagnosis, catalog) : fullReport(call, diagnosis, catalog);
}

function shortReport(call: CapturedCall, diagnosis: Diagnosis, catalog: Catalog): string {
  const words = catalog.report;
  const context = redactionContext(diagnosis, catalog);
  const lines: string[] = [`# ${escapeText(words.title)}`, ''];
  lines.push(...headlineLines(diagnosis, catalog));
  lines.push(...requestLines(call, diagnosis, catalog, context));

  lines.push(`## ${escapeText(words.failingChecks)}`, '');
  const surfaced = diagnosis.checks.filter(isSurfaced);
  if (surfaced.length === 0) lines.push(escapeText(words.noFailingChecks), '');
  else lines.push(...checkLines(surfaced, catalog));

  lines.push(`## ${escapeText(words.claimsThatMatter)}`, '');
  if (diagnosis.token) {
    const kept = diagnosis.token.claims.filter((claim) =>
      (REPORT_CLAIMS as readonly string[]).includes(claim.name),
    );
    lines.push(
      `| ${escapeText(words.claim)} | ${escapeText(words.value)} | ${escapeText(words.meaning)} |`,
      '|---|---|---|',
      ...claimRows(kept, 'payload', catalog),
      '',
    );
    const left = diagnosis.token.claims.length - kept.length;
    if (left > 0) lines.push(escapeText(words.claimsLeftOut(left)), '');
  } else {
    lines.push(escapeText(words.noToken), '');
  }
  lines.push('---', '', escapeText(words.shortFooter), '');
  // Evidence and the URL may still quote a personal claim (a username in a path): mask it there too.
  return maskValues(lines.join('\n'), personalValues(diagnosis), words.personalMasked);
}

function fullReport(call: CapturedCall, diagnosis: Diagnosis, catalog: Catalog): string {
  const words = catalog.report;
  const context = redactionContext(diagnosis, catalog);
  const lines: string[] = [`# ${escapeText(words.title)}`, ''];
  lines.push(...headlineLines(diagnosis, catalog));
  lines.push(...requestLines(call, diagnosis, catalog, context));

  lines.push(`### ${escapeText(words.requestHeaders)}`, '');
  if (Array.isArray(call.requestHeaders)) {
    const kept = call.requestHeaders.filter((header) => !isNoiseHeader(header.name));
    lines.push(...headerTable(kept, context, catalog));
  } else lines.push(escapeText(words.headersNotCaptured));
  lines.push('', `### ${escapeText(words.responseHeaders)}`, '');
  lines.push(...headerTable(call.responseHeaders, context, catalog), '');

  lines.push(`## ${escapeText(words.claims)}`, '');
  if (diagnosis.token) {
    const heading = `| ${escapeText(words.claim)} | ${escapeText(words.value)} | ${escapeText(words.meaning)} |`;
    lines.push(`### ${escapeText(words.tokenHeader)}`, '', heading, '|---|---|---|');
    lines.push(...claimRows(diagnosis.token.headerClaims, 'header', catalog), '');
    lines.push(`### ${escapeText(words.claims)}`, '', heading, '|---|---|---|');
    lines.push(...claimRows(diagnosis.token.claims, 'payload', catalog), '');
  } else {
    lines.push(escapeText(words.noToken), '');
  }

  lines.push(`## ${escapeText(words.checks)}`, '');
  lines.push(...checkLines(diagnosis.checks, catalog));
  lines.push('---', '', escapeText(words.footer), '');
  return lines.join('\n');
}
