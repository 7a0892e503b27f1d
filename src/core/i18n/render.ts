import { isoTime } from '../diagnosis/claims';
import { headlineResult } from '../diagnosis/diagnose';
import { DOC_URLS } from '../diagnosis/docs';
import type { CheckId, CheckResult, CheckStatus, Diagnosis, Param, Params } from '../diagnosis/types';
import { INTERNAL_ERROR } from '../diagnosis/types';
import {
  type Catalog,
  KNOWN_CLAIMS,
  KNOWN_HEADER_FIELDS,
  type KnownClaim,
  type KnownHeaderField,
  type MessageEntry,
  type Term,
} from './catalog';

/** Rendered words as plain text and code; the popup puts each in a text node (values are attacker-controlled). */
export type Segment = { kind: 'text'; text: string } | { kind: 'code'; text: string };

export interface RenderedText {
  segments: Segment[];
  /** The same as one string, code in backticks. */
  text: string;
}

export interface RenderedCheck {
  id: CheckId;
  status: CheckStatus;
  statusLabel: string;
  title: RenderedText;
  explanation: RenderedText;
  fix: RenderedText;
  commands: Array<{ label: string; text: string }>;
  links: Array<{ title: string; url: string }>;
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(?::(code|duration|relative|time|term))?\}/g;
const SECTION = /\[\[(?:([?!])([A-Za-z][A-Za-z0-9]*)\|)?([\s\S]*?)\]\]/g;

function isPresent(value: Param | undefined): boolean {
  return value !== undefined;
}

function isTrue(value: Param | undefined): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return (
    value === true ||
    (typeof value === 'number' && value !== 0) ||
    (typeof value === 'string' && value !== '')
  );
}

function formatScalar(
  value: string | number | boolean,
  format: string | undefined,
  catalog: Catalog,
): string {
  if (typeof value === 'boolean') return value ? catalog.words.yes : catalog.words.no;
  switch (format) {
    case 'duration':
      return typeof value === 'number' ? catalog.duration(value) : String(value);
    case 'relative':
      return typeof value === 'number' ? catalog.relative(value) : String(value);
    case 'time':
      return (typeof value === 'number' ? isoTime(value) : undefined) ?? String(value);
    case 'term':
      return Object.hasOwn(catalog.terms, String(value)) ? catalog.terms[value as Term] : String(value);
    default:
      return String(value);
  }
}

function placeholderSegments(
  value: Param | undefined,
  format: string | undefined,
  catalog: Catalog,
  inCode: boolean,
): Segment[] {
  if (value === undefined) return [{ kind: 'text', text: catalog.words.unknown }];
  const kind = format === 'code' || inCode ? 'code' : 'text';
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ kind: 'text', text: catalog.words.none }];
    if (kind === 'text') return [{ kind, text: value.join(catalog.words.listSeparator) }];
    return value.flatMap((element, index): Segment[] =>
      index === 0
        ? [{ kind: 'code', text: element }]
        : [
            { kind: 'text', text: catalog.words.listSeparator },
            { kind: 'code', text: element },
          ],
    );
  }
  return [{ kind, text: formatScalar(value as string | number | boolean, format, catalog) }];
}

/** Text outside sections: code spans and placeholders. */
function renderInline(template: string, params: Params, catalog: Catalog): Segment[] {
  const segments: Segment[] = [];
  template.split('`').forEach((part, index) => {
    const inCode = index % 2 === 1;
    if (inCode) {
      const text = part.replace(PLACEHOLDER, (_match, name: string, format?: string) =>
        placeholderSegments(params[name], format, catalog, true)
          .map((segment) => segment.text)
          .join(''),
      );
      segments.push({ kind: 'code', text });
      return;
    }
    let last = 0;
    for (const match of part.matchAll(PLACEHOLDER)) {
      const at = match.index ?? 0;
      if (at > last) segments.push({ kind: 'text', text: part.slice(last, at) });
      segments.push(...placeholderSegments(params[match[1] ?? ''], match[2], catalog, false));
      last = at + match[0].length;
    }
    if (last < part.length) segments.push({ kind: 'text', text: part.slice(last) });
  });
  return segments;
}

/** Renders one catalog template with a check's params. */
export function renderTemplate(template: string, params: Params, catalog: Catalog): RenderedText {
  const expanded = template.replace(SECTION, (_match, sign?: string, flag?: string, body = '') => {
    if (flag !== undefined) return isTrue(params[flag]) === (sign === '?') ? body : '';
    const names = [...body.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
    return names.every((name) => isPresent(params[name])) ? body : '';
  });
  return toRendered(renderInline(expanded, params, catalog));
}

function toRendered(segments: Segment[]): RenderedText {
  const merged: Segment[] = [];
  for (const segment of segments) {
    if (segment.text === '') continue;
    const previous = merged[merged.length - 1];
    if (previous?.kind === 'text' && segment.kind === 'text') previous.text += segment.text;
    else merged.push({ ...segment });
  }
  return { segments: merged, text: toPlainText(merged) };
}

export function toPlainText(segments: readonly Segment[]): string {
  return segments.map((segment) => (segment.kind === 'code' ? `\`${segment.text}\`` : segment.text)).join('');
}

export function messageFor(result: Pick<CheckResult, 'id' | 'code'>, catalog: Catalog): MessageEntry {
  if (result.code === INTERNAL_ERROR) return catalog.internalError;
  const entries = catalog.checks[result.id] as Record<string, MessageEntry>;
  return Object.hasOwn(entries, result.code)
    ? (entries[result.code] ?? catalog.internalError)
    : catalog.internalError;
}

export function renderCheck(result: CheckResult, catalog: Catalog): RenderedCheck {
  const entry = messageFor(result, catalog);
  return {
    id: result.id,
    status: result.status,
    statusLabel: catalog.status[result.status],
    title: renderTemplate(entry.title, result.params, catalog),
    explanation: renderTemplate(
      result.params.lambdaDecides === true
        ? `${entry.explanation} ${catalog.lambdaDecides}`
        : entry.explanation,
      result.params,
      catalog,
    ),
    fix: renderTemplate(entry.fix ?? '', result.params, catalog),
    commands: result.commands.map((command) => ({
      label: catalog.commands[command.kind],
      text: command.text,
    })),
    links: result.links.map((doc) => ({ title: catalog.docs[doc], url: DOC_URLS[doc] })),
  };
}

/** One sentence naming the most likely cause: the headline check's `headline` words, else its title. */
export function renderHeadline(
  diagnosis: Pick<Diagnosis, 'checks' | 'headline' | 'unexplained'>,
  catalog: Catalog,
): RenderedText {
  const headline = headlineResult(diagnosis);
  if (headline === undefined)
    return renderTemplate(catalog.noHeadline, { ...diagnosis.unexplained }, catalog);
  const entry = messageFor(headline, catalog);
  return renderTemplate(entry.headline ?? entry.title, headline.params, catalog);
}

function isKnown<T extends string>(list: readonly T[], name: string): name is T {
  return (list as readonly string[]).includes(name);
}

/** One line saying what a token claim (or header field) is; undefined for names the catalog does not know. */
export function claimExplanation(
  catalog: Catalog,
  part: 'header' | 'payload',
  name: string,
): string | undefined {
  if (part === 'header')
    return isKnown<KnownHeaderField>(KNOWN_HEADER_FIELDS, name) ? catalog.headerFields[name] : undefined;
  if (isKnown<KnownClaim>(KNOWN_CLAIMS, name)) return catalog.claims[name];
  return name.startsWith('custom:') ? catalog.customClaim : undefined;
}
