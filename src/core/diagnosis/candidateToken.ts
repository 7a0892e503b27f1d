import type { CapturedCall } from '../capture/types';
import type { CallConfiguration } from '../config/model';
import { analyzeHeaderValue, findIdentityHeader } from './authorizationHeader';

/**
 * The token the client meant to send (cleaned of quotes and stray whitespace), for the JWKS
 * client to verify. Undefined when the call carries none. A module of its own because the
 * service worker needs it and must not load the checks or their words.
 */
export function candidateToken(call: CapturedCall, config?: CallConfiguration): string | undefined {
  try {
    if (!Array.isArray(call.requestHeaders)) return undefined;
    const value = findIdentityHeader(call.requestHeaders, config?.identityHeader).header?.value;
    return typeof value === 'string' ? analyzeHeaderValue(value).candidate : undefined;
  } catch {
    return undefined;
  }
}
