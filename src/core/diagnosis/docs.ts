import type { DocId } from './types';

const APIGW = 'https://docs.aws.amazon.com/apigateway/latest/developerguide';
const COGNITO = 'https://docs.aws.amazon.com/cognito/latest/developerguide';

/** The pages aws-facts.md cites for each fact a check relies on. */
export const DOC_URLS: Readonly<Record<DocId, string>> = {
  'cognito-authorizer': `${APIGW}/apigateway-enable-cognito-user-pool.html`,
  'invoke-with-cognito': `${APIGW}/apigateway-invoke-api-integrated-with-cognito-user-pool.html`,
  'kc-cognito-401': 'https://repost.aws/knowledge-center/api-gateway-cognito-401-unauthorized',
  'authorizer-api': 'https://docs.aws.amazon.com/apigateway/latest/api/API_Authorizer.html',
  'http-api-jwt-authorizer': `${APIGW}/http-api-jwt-authorizer.html`,
  'http-api-troubleshooting-jwt': `${APIGW}/http-api-troubleshooting-jwt.html`,
  'gateway-response-types': `${APIGW}/supported-gateway-response-types.html`,
  'rest-cors': `${APIGW}/how-to-cors.html`,
  'rest-cors-console': `${APIGW}/how-to-cors-console.html`,
  'http-api-cors': `${APIGW}/http-api-cors.html`,
  'id-token': `${COGNITO}/amazon-cognito-user-pools-using-the-id-token.html`,
  'access-token': `${COGNITO}/amazon-cognito-user-pools-using-the-access-token.html`,
  'verifying-jwt': `${COGNITO}/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html`,
  'resource-servers': `${COGNITO}/cognito-user-pools-define-resource-servers.html`,
  'known-issues': `${APIGW}/api-gateway-known-issues.html`,
  'kc-403': 'https://repost.aws/knowledge-center/api-gateway-troubleshoot-403-forbidden',
  'rest-jwt-authorizer': `${APIGW}/rest-api-jwt-authorizer.html`,
  'lambda-authorizer': `${APIGW}/apigateway-use-lambda-authorizer.html`,
  'kc-lambda-401': 'https://repost.aws/knowledge-center/api-gateway-401-error-lambda-authorizer',
  'api-keys': `${APIGW}/api-gateway-api-usage-plans.html`,
  'resource-policies': `${APIGW}/apigateway-resource-policies.html`,
};
