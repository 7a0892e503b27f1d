import type { DecodedJwt } from './decodeToken';
import { topLevelMembers } from './rawJson';
import type { ClaimTime, ClaimView, TokenView } from './types';

/** Epoch seconds as ISO 8601 UTC; undefined when the number is no representable date. */
export function isoTime(epochSeconds: number): string | undefined {
  const ms = epochSeconds * 1000;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
  return new Date(ms).toISOString();
}

/** Claims holding NumericDate values (seconds since the epoch). */
const TIME_CLAIMS = new Set(['exp', 'iat', 'auth_time', 'nbf']);

function claimTime(value: unknown, requestSeconds: number): ClaimTime | undefined {
  if (typeof value !== 'number') return undefined;
  const iso = isoTime(value);
  if (iso === undefined) return undefined;
  return { epochSeconds: value, iso, secondsFromRequest: value - requestSeconds };
}

function views(object: Record<string, unknown>, json: string, requestSeconds: number): ClaimView[] {
  const rawMembers = topLevelMembers(json);
  return Object.keys(object).map((name) => {
    const value = object[name];
    // CHECKS.md: the raw value as in the payload — digits as written, every array element.
    const raw =
      typeof value === 'string' ? value : (rawMembers.get(name) ?? JSON.stringify(value) ?? String(value));
    const view: ClaimView = { name, raw };
    const time = TIME_CLAIMS.has(name) ? claimTime(value, requestSeconds) : undefined;
    if (time !== undefined) view.time = time;
    return view;
  });
}

/** The token as data: claims by name, raw values and times; what a claim means is looked up where it is shown. */
export function buildTokenView(token: DecodedJwt, cleaned: boolean, requestSeconds: number): TokenView {
  return {
    header: token.header,
    payload: token.payload,
    headerClaims: views(token.header, token.headerJson, requestSeconds),
    claims: views(token.payload, token.payloadJson, requestSeconds),
    headerSegment: token.headerSegment,
    payloadSegment: token.payloadSegment,
    cleaned,
  };
}
