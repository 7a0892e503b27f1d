import type { SigninDocId } from './signinChecks';

const COGNITO = 'https://docs.aws.amazon.com/cognito/latest/developerguide';

/** The pages aws-facts.md §6 and aws-facts-2.md §1 cite for the sign-in endpoints. */
export const SIGNIN_DOC_URLS: Readonly<Record<SigninDocId, string>> = {
  'authorization-endpoint': `${COGNITO}/authorization-endpoint.html`,
  'login-endpoint': `${COGNITO}/login-endpoint.html`,
  'logout-endpoint': `${COGNITO}/logout-endpoint.html`,
  'token-endpoint': `${COGNITO}/token-endpoint.html`,
  'userinfo-endpoint': `${COGNITO}/userinfo-endpoint.html`,
  'revoke-endpoint': `${COGNITO}/revocation-endpoint.html`,
  'app-client-settings': `${COGNITO}/user-pool-settings-client-apps.html`,
  'managed-login-endpoints': `${COGNITO}/managed-login-endpoints.html`,
  'verifying-jwt': `${COGNITO}/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html`,
  'kc-cognito-401': 'https://repost.aws/knowledge-center/api-gateway-cognito-401-unauthorized',
};
