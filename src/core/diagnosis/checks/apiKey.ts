import { findHeader } from '../../capture/headerDisplay';
import { commands } from '../commands';
import { defineCheck } from './checkInput';

/** The header API Gateway reads the key from when the API's key source is `HEADER` (the default). */
const API_KEY_HEADER = 'x-api-key';

/**
 * A REST 403 `ForbiddenException` is what a method with `apiKeyRequired` answers without a valid
 * key; WAF and private-API denials answer the same (aws-facts.md §2 "403 variants"), so a sent key
 * makes it a likely cause, not a certain one.
 */
export const apiKeyCheck = defineCheck({
  id: 'api_key',
  codes: ['no-key', 'key-rejected', 'not-required', 'not-forbidden'],
  run: (input) => {
    if (input.answer() !== 'forbidden') return { status: 'skip', code: 'not-forbidden' };
    const target = input.target();
    const required = input.config?.method?.apiKeyRequired;
    const links = ['api-keys', 'kc-403'] as const;
    if (required === false) {
      return {
        status: 'warn',
        code: 'not-required',
        params: {
          configuredMethod: input.config?.method?.method,
          configuredPath: input.config?.method?.path,
        },
        links: ['kc-403'],
      };
    }
    const sent = findHeader(input.call.requestHeaders, API_KEY_HEADER);
    if (sent === undefined || sent.value.trim() === '') {
      return {
        status: 'fail',
        code: 'no-key',
        params: { header: API_KEY_HEADER, apiKeyRequired: required },
        commands: [commands.getUsagePlans(target)],
        links: [...links],
      };
    }
    return {
      status: 'warn',
      code: 'key-rejected',
      params: { header: API_KEY_HEADER, apiKeyRequired: required, stage: input.call.api?.stage },
      commands: [commands.getUsagePlans(target)],
      links: [...links],
    };
  },
});
