import { isCredentialHeader } from '../capture/headerDisplay';
import type { CapturedBody } from '../capture/types';
import { analyzeHeaderValue } from '../diagnosis/authorizationHeader';
import { redactJwts } from '../diagnosis/redact';

/**
 * What a JWT's signature becomes on export: this word, padded with `0` to the signature's own
 * length. Base64url characters of the same length, so the token keeps its three segments, its
 * header, its payload and what `token.decode` says of it (a cut signature stays cut): every check
 * but `token.signature` reads it as before (aws-facts-2.md §5, "for JWT tokens, redact the
 * signature"). The length tells nothing: it follows from the key size.
 */
export const SIGNATURE_REMOVED = 'signatureRemoved';

export function removedSignature(signature: string): string {
  if (signature === '') return '';
  return signature.length <= SIGNATURE_REMOVED.length
    ? SIGNATURE_REMOVED
    : SIGNATURE_REMOVED.padEnd(signature.length, '0');
}

/** JWTs anywhere in `text` with their signature removed (`removedSignature`). */
export function withoutSignatures(text: string): string {
  return redactJwts(text, removedSignature);
}

/** A token whose signature was replaced on export: the signature check cannot run on it. */
export function hasRemovedSignature(value: string): boolean {
  return /\.signatureRemoved0*(?![A-Za-z0-9_-])/.test(value);
}

/**
 * Field names whose values are secrets, in a query, a fragment, a form or JSON: SIGNIN.md's
 * secret fields (`code`, `code_verifier`, `client_secret`, `refresh_token`, `password`), the
 * tokens a token endpoint returns (`access_token`, `id_token`), `state` and `nonce` (which the
 * usual HAR-scrubbing lists drop, aws-facts-2.md §5), and anything named like a credential
 * (presigned URLs' `X-Amz-Signature`, `X-Amz-Security-Token`, `api_key`, `session`…).
 */
const SECRET_NAME =
  /secret|passw(?:or)?d|token|credential|api[-_]?key|signature|session|^code$|^code_verifier$|^state$|^nonce$|^assertion$|^otp$|^key$/i;

/** Named like a secret but not one, and needed by the sign-in checks (SIGNIN.md's non-secret fields). */
const NOT_SECRET_NAME = /^(token_type|token_use|expires_in|code_challenge|code_challenge_method)$/i;

export function isSecretFieldName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_SECRET_NAME.test(name);
}

/** Header names that say "credential" although `isCredentialHeader` does not list them. */
const CREDENTIAL_HEADER_NAME =
  /token|secret|session|password|passwd|api[-_]?key|signature|credential|csrf|xsrf/i;

/** Headers dropped whole: cookies are credentials with no diagnostic value here. */
const DROPPED_HEADERS = new Set(['cookie', 'set-cookie', 'set-cookie2']);

/** Headers whose value is a URL that can carry `?code=…` (a redirect, the page that called). */
const URL_HEADERS = new Set(['location', 'referer', 'content-location']);

/** An HTTP authentication scheme word: kept, since it is the finding (`Basic`, `AWS4-HMAC-SHA256`, `Bearer Bearer`). */
const SCHEME_WORD = /^[A-Za-z][A-Za-z0-9-]{0,19}$/;
const KNOWN_SCHEMES = new Set([
  'bearer',
  'basic',
  'digest',
  'aws4-hmac-sha256',
  'negotiate',
  'ntlm',
  'dpop',
  'token',
  'jwt',
]);
/** A word of a header value: quotes, commas and whitespace stay, so the value's format survives. */
const WORD = /[^\s"'`,]+/g;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * Removes secrets from calls' text. One instance per export: the same secret always gets the same
 * stand-in (`removed-1`, `removed-2`…), so "the same code was sent twice" (SIGNIN.md,
 * `signin.grant`) can still be seen in an export, while no part of any secret is.
 */
export class SecretRedactor {
  private readonly standIns = new Map<string, string>();
  private readonly identityHeaders: Set<string>;

  /** `identityHeaders`: configured identity header names, treated as credentials besides the usual ones. */
  constructor(identityHeaders: readonly string[] = []) {
    this.identityHeaders = new Set(identityHeaders.map((name) => name.toLowerCase()));
  }

  standIn(secret: string): string {
    let standIn = this.standIns.get(secret);
    if (standIn === undefined) {
      standIn = `removed-${this.standIns.size + 1}`;
      this.standIns.set(secret, standIn);
    }
    return standIn;
  }

  /** `name=value` pairs separated by `&` (a query, a fragment, a form body): secret values replaced. */
  formPairs(text: string): string {
    return text.replace(
      /(^|[&?#;\s])([^=&?#;\s]*)=([^&#;\s]*)/g,
      (match, lead: string, name: string, value: string) =>
        value !== '' && isSecretFieldName(safeDecode(name)) ? `${lead}${name}=${this.standIn(value)}` : match,
    );
  }

  /** Secret query and fragment parameters replaced, then every JWT's signature, path included. */
  url(url: string): string {
    const start = url.search(/[?#]/);
    const redacted = start < 0 ? url : url.slice(0, start) + this.formPairs(url.slice(start));
    return withoutSignatures(redacted);
  }

  /**
   * A credential header keeps its scheme word(s) and the header and payload of a JWT; every other
   * word becomes a stand-in. A placeholder (`Bearer undefined`) or a bare `Bearer` holds no secret
   * and is the finding: kept as sent.
   */
  credentialValue(value: string): string {
    const analysis = analyzeHeaderValue(value);
    if (
      analysis.placeholder !== undefined ||
      analysis.problems.some((problem) => problem.code === 'bearer-only')
    ) {
      return value;
    }
    const redacted = withoutSignatures(value);
    const words = redacted.match(WORD) ?? [];
    const [firstWord = '', secondWord = ''] = words;
    // A first word is a scheme only when something follows it and it is a known scheme or precedes
    // a JWT (`Token eyJ…`): a lone word, or an API key, is the secret itself.
    const keepFirst =
      words.length > 1 &&
      SCHEME_WORD.test(firstWord) &&
      (KNOWN_SCHEMES.has(firstWord.toLowerCase()) || hasRemovedSignature(secondWord));
    let first = true;
    return redacted.replace(WORD, (word) => {
      const isFirst = first;
      first = false;
      if (hasRemovedSignature(word) && !word.includes('=')) return word;
      if (/^bearer$/i.test(word) || (isFirst && keepFirst)) return word;
      // `Credential=AKIA…/…`, `Signature=…` in a SigV4 value: the name stays, the value goes.
      const equals = word.indexOf('=');
      if (equals > 0 && equals < word.length - 1 && /^[A-Za-z]+$/.test(word.slice(0, equals))) {
        return `${word.slice(0, equals + 1)}${this.standIn(word.slice(equals + 1))}`;
      }
      return this.standIn(word);
    });
  }

  isCredentialHeader(name: string): boolean {
    const lower = name.toLowerCase();
    return isCredentialHeader(lower) || this.identityHeaders.has(lower) || CREDENTIAL_HEADER_NAME.test(lower);
  }

  /** A header's value for export; undefined when the header is dropped whole (cookies). */
  headerValue(name: string, value: string): string | undefined {
    const lower = name.toLowerCase();
    if (DROPPED_HEADERS.has(lower)) return undefined;
    if (this.isCredentialHeader(lower)) return this.credentialValue(value);
    if (URL_HEADERS.has(lower)) return this.url(value);
    return withoutSignatures(value);
  }

  private json(value: unknown, depth: number): unknown {
    if (typeof value === 'string') return withoutSignatures(value);
    if (typeof value !== 'object' || value === null) return value;
    // Deeper than any token response or error body; beyond it the whole value goes.
    if (depth > 32) return this.standIn(JSON.stringify(value));
    if (Array.isArray(value)) return value.map((item) => this.json(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] =
        isSecretFieldName(key) && item !== null && item !== ''
          ? this.standIn(typeof item === 'string' ? item : JSON.stringify(item))
          : this.json(item, depth + 1);
    }
    return out;
  }

  /**
   * Text that is not whole JSON (a cut body, plain text): `"secret_name": "…"` values, including
   * one cut before its closing quote, and `name=value` pairs, then JWT signatures.
   */
  private looseText(text: string): string {
    const jsonFields = text.replace(
      /("([^"\\]{1,100})"\s*:\s*)"((?:[^"\\]|\\.)*)("|\\?$)/g,
      (match, lead: string, name: string, value: string, close: string) =>
        value !== '' && isSecretFieldName(name)
          ? `${lead}"${this.standIn(value)}${close === '"' ? '"' : ''}`
          : match,
    );
    return withoutSignatures(this.formPairs(jsonFields));
  }

  bodyText(text: string, mimeType: string): string {
    if (/^\s*[[{]/.test(text)) {
      try {
        return JSON.stringify(this.json(JSON.parse(text), 0));
      } catch {
        return this.looseText(text);
      }
    }
    if (/x-www-form-urlencoded/i.test(mimeType)) return withoutSignatures(this.formPairs(text));
    return this.looseText(text);
  }

  body(body: CapturedBody): CapturedBody {
    return body.text === undefined ? { ...body } : { ...body, text: this.bodyText(body.text, body.mimeType) };
  }
}
