import { commands } from '../commands';
import { defineCheck } from './checkInput';

/**
 * The token must be in the identity-source header: `Authorization` unless the authorizer names
 * another (aws-facts.md §1 "Identity source"); sending it elsewhere is a known cause (§8 cause 8),
 * and so is sending none at all (§8 cause 10).
 */
export const headerPresentCheck = defineCheck({
  id: 'header.present',
  codes: ['present', 'missing', 'missing-token-elsewhere', 'empty', 'preflight', 'headers-not-captured'],
  run: (input) => {
    if (input.isPreflight()) return { status: 'skip', code: 'preflight' };
    const identity = input.identity();
    if (identity === undefined) return { status: 'skip', code: 'headers-not-captured' };
    const target = input.target();
    const params = { headerName: identity.expectedName, otherHeaders: identity.otherJwtHeaders };
    const links = ['invoke-with-cognito', 'kc-cognito-401'] as const;
    if (identity.header === undefined) {
      return {
        status: 'fail',
        code: identity.otherJwtHeaders.length > 0 ? 'missing-token-elsewhere' : 'missing',
        params,
        commands: [commands.getAuthorizers(target)],
        links: [...links],
      };
    }
    if (identity.analysis === undefined) {
      return {
        status: 'fail',
        code: 'empty',
        params: { ...params, headerName: identity.header.name },
        links: [...links],
      };
    }
    return { status: 'pass', code: 'present', params: { ...params, headerName: identity.header.name } };
  },
});
