import {
  type Catalog,
  KNOWN_CLAIMS,
  KNOWN_HEADER_FIELDS,
  type KnownClaim,
  type KnownHeaderField,
} from '../i18n/catalog';
import { isoTime } from '../i18n/render';
import type { DecodedJwt } from './decodeToken';
import { topLevelMembers } from './rawJson';
import type { ClaimTime, ClaimView, TokenView } from './types';

/** Claims holding NumericDate values (seconds since the epoch). */
const TIME_CLAIMS = new Set(['exp', 'iat', 'auth_time', 'nbf']);

function isKnown<T extends string>(list: readonly T[], name: string): name is T {
  return (list as readonly string[]).includes(name);
}

function claimTime(value: unknown, requestSeconds: number, catalog: Catalog): ClaimTime | undefined {
  if (typeof value !== 'number') return undefined;
  const iso = isoTime(value);
  if (iso === undefined) return undefined;
  const secondsFromRequest = value - requestSeconds;
  return { epochSeconds: value, iso, secondsFromRequest, relative: catalog.relative(secondsFromRequest) };
}

function views(
  object: Record<string, unknown>,
  json: string,
  explain: (name: string) => string | undefined,
  requestSeconds: number,
  catalog: Catalog,
): ClaimView[] {
  const rawMembers = topLevelMembers(json);
  return Object.keys(object).map((name) => {
    const value = object[name];
    // CHECKS.md: the raw value as in the payload — digits as written, every array element.
    const raw =
      typeof value === 'string' ? value : (rawMembers.get(name) ?? JSON.stringify(value) ?? String(value));
    const view: ClaimView = { name, raw };
    const time = TIME_CLAIMS.has(name) ? claimTime(value, requestSeconds, catalog) : undefined;
    if (time !== undefined) view.time = time;
    const explanation = explain(name);
    if (explanation !== undefined) view.explanation = explanation;
    return view;
  });
}

export function buildTokenView(
  token: DecodedJwt,
  cleaned: boolean,
  requestSeconds: number,
  catalog: Catalog,
): TokenView {
  const explainClaim = (name: string): string | undefined => {
    if (isKnown<KnownClaim>(KNOWN_CLAIMS, name)) return catalog.claims[name];
    return name.startsWith('custom:') ? catalog.customClaim : undefined;
  };
  const explainHeader = (name: string): string | undefined =>
    isKnown<KnownHeaderField>(KNOWN_HEADER_FIELDS, name) ? catalog.headerFields[name] : undefined;
  return {
    header: token.header,
    payload: token.payload,
    headerClaims: views(token.header, token.headerJson, explainHeader, requestSeconds, catalog),
    claims: views(token.payload, token.payloadJson, explainClaim, requestSeconds, catalog),
    headerSegment: token.headerSegment,
    payloadSegment: token.payloadSegment,
    cleaned,
  };
}
