import { isCredentialHeader } from '../capture/headerDisplay';
import { analyzeHeaderValue } from './authorizationHeader';

/**
 * Removes the signature of every JWT-shaped run in `text` (header and payload stay: they are
 * readable by anyone holding the token; the signature is what makes it a credential). Works on
 * runs of token characters so a megabyte of garbage costs one pass.
 */
export function redactJwts(text: string, replacement: string | ((signature: string) => string)): string {
  return text.replace(/[A-Za-z0-9_.-]{8,}/g, (run) => {
    const parts = run.split('.');
    const start = parts.findIndex((part, index) => part.includes('eyJ') && index + 2 < parts.length);
    if (start < 0) return run;
    const signature = typeof replacement === 'string' ? replacement : replacement(parts[start + 2] ?? '');
    return [...parts.slice(0, start + 2), signature].join('.');
  });
}

/** Header names that say "credential" although `isCredentialHeader` does not list them. */
const CREDENTIAL_NAME = /token|secret|session|password|passwd|api[-_]?key|signature|credential|csrf|xsrf/i;

export interface RedactionContext {
  identityHeader?: string;
  /** The decoded token's first two segments, when it decoded. */
  tokenSegments?: { header: string; payload: string };
  signatureRemoved: string;
  removed: (length: number) => string;
}

/**
 * The identity header keeps what helps a reader: the scheme, and the token without its signature;
 * a value that did not decode is removed (it may be a token with one space in it), except the
 * placeholders and a bare `Bearer`, which are the finding and hold no secret.
 */
function redactIdentityValue(value: string, context: RedactionContext): string {
  const analysis = analyzeHeaderValue(value);
  const scheme = analysis.scheme === 'bearer' ? `${analysis.schemeAsSent ?? 'Bearer'} ` : '';
  if (
    analysis.placeholder !== undefined ||
    analysis.problems.some((problem) => problem.code === 'bearer-only')
  ) {
    return value;
  }
  const segments = context.tokenSegments;
  if (segments && analysis.candidate?.startsWith(`${segments.header}.${segments.payload}.`)) {
    return `${scheme}${segments.header}.${segments.payload}.${context.signatureRemoved}`;
  }
  const word = /^\s*(AWS4-HMAC-SHA256|Basic)\b/i.exec(value)?.[1];
  return `${word ? `${word} ` : scheme}${context.removed(value.length)}`;
}

export function redactHeaderValue(name: string, value: string, context: RedactionContext): string {
  if (context.identityHeader !== undefined && name.toLowerCase() === context.identityHeader.toLowerCase()) {
    return redactIdentityValue(value, context);
  }
  if (isCredentialHeader(name) || CREDENTIAL_NAME.test(name) || /^set-cookie$/i.test(name)) {
    return context.removed(value.length);
  }
  return redactJwts(value, context.signatureRemoved);
}

/** Query values named like credentials, and JWT signatures anywhere in the URL. */
export function redactUrl(url: string, context: RedactionContext): string {
  const withoutJwts = redactJwts(url, context.signatureRemoved);
  return withoutJwts.replace(
    /([?&])([^=&#]*)=([^&#]*)/g,
    (match, separator: string, name: string, value: string) =>
      /token|secret|password|api[-_]?key|signature|credential|^code$|^key$/i.test(name)
        ? `${separator}${name}=${context.removed(value.length)}`
        : match,
  );
}
