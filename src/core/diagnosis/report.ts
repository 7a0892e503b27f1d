import type { CapturedCall, HttpHeader } from '../capture/types';
import type { Catalog } from '../i18n/catalog';
import {
  claimExplanation,
  type RenderedText,
  renderCheck,
  renderHeadline,
  type Segment,
} from '../i18n/render';
import { type RedactionContext, redactHeaderValue, redactUrl } from './redact';
import type { ClaimView, Diagnosis } from './types';

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
 * A Markdown report for an issue tracker or a support case, in the words of `catalog`. It never holds the token's signature
 * (so never the whole token), cookies, or other credential headers.
 */
export function buildMarkdownReport(call: CapturedCall, diagnosis: Diagnosis, catalog: Catalog): string {
  const words = catalog.report;
  const presentCheck = diagnosis.checks.find((check) => check.id === 'header.present');
  const identityHeader = presentCheck?.params.headerName;
  const context: RedactionContext = {
    identityHeader: typeof identityHeader === 'string' ? identityHeader : undefined,
    tokenSegments: diagnosis.token
      ? { header: diagnosis.token.headerSegment, payload: diagnosis.token.payloadSegment }
      : undefined,
    signatureRemoved: words.signatureRemoved,
    removed: words.removed,
  };

  const lines: string[] = [`# ${escapeText(words.title)}`, ''];
  lines.push(`**${escapeText(words.summary)}:** ${markdown(renderHeadline(diagnosis, catalog))}`, '');

  lines.push(`## ${escapeText(words.request)}`, '');
  lines.push(`${codeSpan(`${call.method} ${redactUrl(call.url, context)}`)}`, '');
  lines.push(`- ${escapeText(words.status)}: ${codeSpan(call.statusLine || String(call.statusCode))}`);
  lines.push(`- ${escapeText(words.requestTime)}: ${escapeText(isoOrBlank(call.requestTime))}`);
  if (call.initiator) lines.push(`- ${escapeText(words.initiator)}: ${codeSpan(call.initiator)}`);
  lines.push(
    `- ${escapeText(words.authorizer)}: ${escapeText(words.authorizerKinds[diagnosis.authorizer.kind])}`,
    '',
  );

  lines.push(`### ${escapeText(words.requestHeaders)}`, '');
  if (Array.isArray(call.requestHeaders)) lines.push(...headerTable(call.requestHeaders, context, catalog));
  else lines.push(escapeText(words.headersNotCaptured));
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
  for (const result of diagnosis.checks) {
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
  lines.push('---', '', escapeText(words.footer), '');
  return lines.join('\n');
}
