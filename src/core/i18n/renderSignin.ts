import type { Param, Params } from '../diagnosis/types';
import type {
  SigninCheckId,
  SigninCheckResult,
  SigninCheckStatus,
  SigninDiagnosis,
} from '../signin/signinChecks';
import { SIGNIN_INTERNAL_ERROR } from '../signin/signinChecks';
import { SIGNIN_DOC_URLS } from '../signin/signinDocs';
import type { MessageEntry } from './catalog';
import type { WordParts } from './languages';
import { type RenderedText, renderTemplate } from './render';
import type { SigninTerms } from './signinWords';

/** The parts of a language the sign-in words are rendered with. */
type SigninEdition = Pick<WordParts, 'catalog' | 'signin'>;

export interface RenderedSigninCheck {
  id: SigninCheckId;
  status: SigninCheckStatus;
  statusLabel: string;
  title: RenderedText;
  explanation: RenderedText;
  fix: RenderedText;
  commands: Array<{ label: string; text: string }>;
  links: Array<{ title: string; url: string }>;
}

function term(table: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(table, value) ? (table[value] ?? value) : value;
}

/** Params named in the terms table become words; a value the table does not know stays as sent. */
function withTerms(params: Params, terms: SigninTerms): Params {
  const result: Record<string, Param> = { ...params };
  for (const [name, table] of Object.entries(terms) as Array<[string, Record<string, string>]>) {
    const value = params[name];
    if (typeof value === 'string') result[name] = term(table, value);
    else if (Array.isArray(value)) result[name] = value.map((entry: string) => term(table, entry));
  }
  return result;
}

/**
 * A term is our own words and may mark code with backticks (`/logout`, `state`), which a value is
 * never read for: a term that holds code goes into the template itself, so it renders as code.
 * Only a value the table knows is put in: what came with the request stays a value, shown as text.
 */
function inlineTerms(template: string, params: Params, terms: SigninTerms): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (placeholder, name: string) => {
    if (!Object.hasOwn(terms, name)) return placeholder;
    const table = (terms as unknown as Record<string, Record<string, string>>)[name] ?? {};
    const value = params[name];
    if (typeof value !== 'string' || !Object.hasOwn(table, value)) return placeholder;
    const words = table[value] ?? '';
    return words.includes('`') ? words : placeholder;
  });
}

function messageFor(result: Pick<SigninCheckResult, 'id' | 'code'>, edition: SigninEdition): MessageEntry {
  const words = edition.signin;
  if (result.code === SIGNIN_INTERNAL_ERROR) return words.internalError;
  const entries = words.checks[result.id] as Record<string, MessageEntry>;
  return Object.hasOwn(entries, result.code)
    ? (entries[result.code] ?? words.internalError)
    : words.internalError;
}

export function renderSigninCheck(result: SigninCheckResult, edition: SigninEdition): RenderedSigninCheck {
  const entry = messageFor(result, edition);
  const terms = edition.signin.terms;
  const params = withTerms(result.params, terms);
  const render = (template: string) =>
    renderTemplate(inlineTerms(template, result.params, terms), params, edition.catalog);
  return {
    id: result.id,
    status: result.status,
    statusLabel: edition.catalog.status[result.status],
    title: render(entry.title),
    explanation: render(entry.explanation),
    fix: render(entry.fix ?? ''),
    commands: result.commands.map((command) => ({
      label: edition.signin.commands[command.kind],
      text: command.text,
    })),
    links: result.links.map((doc) => ({ title: edition.signin.docs[doc], url: SIGNIN_DOC_URLS[doc] })),
  };
}

/** The headline check's `headline` words, else its title; the sign-in words' "nothing found" otherwise. */
export function renderSigninHeadline(diagnosis: SigninDiagnosis, edition: SigninEdition): RenderedText {
  const headline = diagnosis.headline;
  if (headline === undefined) return renderTemplate(edition.signin.noHeadline, {}, edition.catalog);
  const entry = messageFor(headline, edition);
  const terms = edition.signin.terms;
  return renderTemplate(
    inlineTerms(entry.headline ?? entry.title, headline.params, terms),
    withTerms(headline.params, terms),
    edition.catalog,
  );
}

/**
 * Sign-in words outside the checks (the Postman panel, the app client import): backticks mark code
 * (AWS's and Postman's own words, commands), `{name}` a value, shown as the catalog shows values.
 */
export function renderSigninWords(
  template: string,
  edition: SigninEdition,
  params: Params = {},
): RenderedText {
  return renderTemplate(template, params, edition.catalog);
}
