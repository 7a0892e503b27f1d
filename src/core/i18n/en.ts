import type { Catalog, CheckMessages } from './catalog';
import { durationParts } from './durationParts';

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

const SHORT_UNIT = { day: 'd', hour: 'h', minute: 'min', second: 's' } as const;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  return durationParts(seconds)
    .map(([count, unit]) => plural(count, unit))
    .join(' ');
}

function relative(secondsFromRequest: number): string {
  if (!Number.isFinite(secondsFromRequest)) return String(secondsFromRequest);
  if (Math.abs(secondsFromRequest) < 1) return 'at the time of the request';
  const short = durationParts(secondsFromRequest)
    .map(([count, unit]) => `${count} ${SHORT_UNIT[unit]}`)
    .join(' ');
  return secondsFromRequest < 0 ? `${short} before the request` : `${short} after the request`;
}

function ago(seconds: number): string {
  if (!Number.isFinite(seconds)) return '';
  if (seconds < 10) return 'just now';
  if (seconds < 60) return `${Math.floor(seconds)} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return `${Math.floor(seconds / 86_400)} d ago`;
}

const checks: CheckMessages = {
  source: {
    'missing-authentication-token': {
      title: 'API Gateway answered "Missing Authentication Token"',
      explanation:
        'The response carries `x-amzn-ErrorType: {errorType}`: API Gateway itself answered, before any authorizer, because it found no such stage, path or method (or an `AWS_IAM` method got no signature).[[ The response body says {bodyMessage:code}.]][[ Its `error` is {bodyError:code}.]]',
    },
    'access-denied': {
      title: 'API Gateway denied access (`AccessDeniedException`)',
      explanation:
        "The response carries `x-amzn-ErrorType: {errorType}`: a resource policy or a Lambda authorizer's policy denied the call.[[ The response body says {bodyMessage:code}.]][[ Its `error` is {bodyError:code}.]]",
    },
    forbidden: {
      title: 'API Gateway answered Forbidden (`ForbiddenException`)',
      explanation:
        'The response carries `x-amzn-ErrorType: {errorType}`: a missing or invalid API key, a WAF rule or a private-API endpoint rejected the call.[[ The response body says {bodyMessage:code}.]][[ Its `error` is {bodyError:code}.]]',
    },
    'authorizer-configuration': {
      title: 'The authorizer failed to run (`AuthorizerConfigurationException`)',
      explanation:
        'The response carries `x-amzn-ErrorType: {errorType}`: API Gateway could not run the authorizer or use its answer.[[ The response body says {bodyMessage:code}.]][[ Its `error` is {bodyError:code}.]]',
    },
    'authorizer-failure': {
      title: 'The authorizer failed (`AuthorizerFailureException`)',
      explanation:
        'The response carries `x-amzn-ErrorType: {errorType}`: the authorizer failed to authenticate the caller.[[ The response body says {bodyMessage:code}.]][[ Its `error` is {bodyError:code}.]]',
    },
    'http-api-403': {
      title: 'The HTTP API answered 403',
      explanation:
        'The response carries `apigw-requestid` and no error type. An HTTP API JWT authorizer reportedly answers 403 when the token lacks every scope the route requires; a backend may answer 403 too.[[ The response body says {bodyMessage:code}.]][[ Its `error` is {bodyError:code}.]]',
    },
    'rest-authorizer': {
      title: 'The REST API authorizer rejected the call',
      explanation:
        'The response carries `x-amzn-ErrorType: {errorType}`, which API Gateway sets on its own error responses: the Cognito user-pool authorizer refused the token before the call reached the integration.[[ The response body says {bodyMessage:code}.]][[ Its `error` is {bodyError:code}.]]',
    },
    'rest-gateway-error': {
      title: 'API Gateway answered with error type {errorType:code}',
      explanation:
        'The response carries `x-amzn-ErrorType: {errorType}`: API Gateway produced this answer itself (a gateway response), not the integration. A customized gateway response keeps this header even when its status or body changed.[[ The response body says {bodyMessage:code}.]][[ Its `error` is {bodyError:code}.]]',
      fix: 'Look up {errorType:code} among the gateway response types to see which condition produces it.',
    },
    'http-api-authorizer': {
      title: 'The HTTP API JWT authorizer rejected the token[[?errorDescription|: {errorDescription}]]',
      explanation:
        'The response carries `www-authenticate`, which an HTTP API JWT authorizer sends when it rejects a token.[[?errorDescription| Its words, verbatim: {errorDescription:code}.]][[?error| Error: {error:code}.]][[?scope| The route requires any one of the scopes {scope:code}.]][[ The response body says {bodyMessage:code}.]][[ Its `error` is {bodyError:code}.]]',
    },
    'http-api-missing-token': {
      title: 'The HTTP API JWT authorizer found no token',
      explanation:
        'The response carries a bare `www-authenticate: Bearer` with no error details: the HTTP API JWT authorizer did not find a token in its identity source.[[ The response body says {bodyMessage:code}.]][[ Its `error` is {bodyError:code}.]]',
      fix: 'Send the token in the header the authorizer reads (by default `Authorization`).',
    },
    backend: {
      title: 'The 401 came from the backend, not from an authorizer',
      explanation:
        'The response has neither `x-amzn-ErrorType` nor `www-authenticate`, which API Gateway authorizers send with their 401s.[[?traceId| It carries `X-Amzn-Trace-Id`, seen on integration responses.]][[?remapped| It carries {remapped:code}: API Gateway renamed headers the backend sent.]] The integration (your Lambda function or HTTP backend) answered 401, so the token checks below may not explain it.[[ The response body says {bodyMessage:code}.]][[ Its `error` is {bodyError:code}.]]',
      fix: 'Look at the integration: its logs, and how it reads and validates the token.',
      headline: 'The backend answered 401, not the authorizer: look at the integration.',
    },
  },
  preflight: {
    'not-preflight': {
      title: 'Not a CORS preflight',
      explanation: 'The rejected request is not an `OPTIONS` preflight.',
    },
    rejected: {
      title: 'The authorizer rejected the CORS preflight',
      explanation:
        'This `OPTIONS` request[[ for {requestedMethod:code}]] is the preflight a browser sends before a cross-origin call. A preflight never carries credentials, so an authorizer on `OPTIONS` always rejects it, and the browser then blocks the real call. This often comes from a default authorizer or an `ANY` method or route.',
      fix: '[[?httpApi|Add an `OPTIONS /{proxy+}` route without authorization, or configure CORS on the API so API Gateway answers preflights itself.]][[!httpApi|Set the `OPTIONS` method of this resource to authorization `NONE` (or exclude `OPTIONS` from the default authorizer), then redeploy the stage.]]',
      headline: 'The browser sent a CORS preflight and the authorizer rejected it.',
    },
    'rejected-configured': {
      title: 'The authorizer on {configuredMethod} {configuredPath} rejected the CORS preflight',
      explanation:
        'This `OPTIONS` request is the preflight a browser sends before a cross-origin call. The configuration protects `{configuredMethod} {configuredPath}` with {authorizationType:code}, which also covers `OPTIONS`. A preflight never carries credentials, so the authorizer always rejects it and the browser blocks the real call.',
      fix: '[[?httpApi|Add an `OPTIONS /{proxy+}` route without authorization, or configure CORS on the API so API Gateway answers preflights itself.]][[!httpApi|Give `OPTIONS {configuredPath}` its own method with authorization `NONE` (not `ANY`), then redeploy the stage.]]',
      headline:
        'The browser sent a CORS preflight and the authorizer on {configuredMethod} {configuredPath} rejected it.',
    },
  },
  route: {
    exists: {
      title: 'The stage, resource and method exist',
      explanation:
        'API Gateway applied its access rules to this call, which it does only once it has found the stage, resource and method.',
    },
    'missing-authentication-token': {
      title: 'API Gateway found no such stage, path or method',
      explanation:
        'The answer is a 403 `MissingAuthenticationTokenException` ("Missing Authentication Token"). Despite its name, API Gateway answers this for a stage, resource path or method that does not exist (here `{method} {path}`), and for an `AWS_IAM` method called without a signature. No token would change it.',
      fix: 'Compare the URL with the deployed stages and resources: the stage name, the path (case included) and the method must exist in the deployed stage. If the method uses `AWS_IAM`, sign the request.',
      headline:
        'API Gateway knows no stage, path or method for `{method} {path}` ("Missing Authentication Token").',
    },
    'unknown-stage': {
      title: 'The stage {stage:code} does not exist',
      explanation:
        "The answer is a 403 `MissingAuthenticationTokenException`, which API Gateway gives for a stage, path or method that does not exist. The URL names the stage {stage:code}; the API's stages are {stages:code}.",
      fix: 'Call one of the stages {stages:code}, or deploy the API to {stage:code}.',
      headline: 'The URL names the stage {stage:code}, which the API does not have (its stages: {stages}).',
    },
    'stage-missing': {
      title: 'The URL has no stage',
      explanation:
        "The answer is a 403 `MissingAuthenticationTokenException`. The path `{path}` is itself one of the configured routes, so the URL lacks the stage in front of it: API Gateway took {stage:code} for the stage name.[[ The API's stages are {stages:code}.]]",
      fix: 'Put the stage name first in the path: `/<stage>{path}`.',
      headline: 'The URL has no stage before `{path}`: API Gateway read {stage:code} as the stage name.',
    },
    'unknown-route': {
      title: 'No configured route matches {method} {resourcePath}',
      explanation:
        'The answer is a 403 `MissingAuthenticationTokenException`, which API Gateway gives for a resource path or method that does not exist. No configured method matches `{method} {resourcePath}`.[[?nearest| The nearest configured routes are {nearest:code}.]]',
      fix: 'Correct the path or method of the call (paths are case-sensitive), or add the method to the API and redeploy the stage.',
      headline: 'No route matches `{method} {resourcePath}`[[?nearest|; nearest: {nearest}]].',
    },
    'iam-unsigned': {
      title: 'The method uses AWS_IAM and the request was not signed',
      explanation:
        'The answer is a 403 `MissingAuthenticationTokenException`. The configuration protects `{configuredMethod} {configuredPath}` with `AWS_IAM`, which wants a SigV4-signed request; this one carries no `AWS4-HMAC-SHA256` signature, and API Gateway answers unsigned calls to such a method this way.',
      fix: "Sign the request with SigV4 (for example with Amplify or the AWS SDK), or change the method's authorization to the authorizer the app uses, then redeploy the stage.",
      headline: 'The method uses `AWS_IAM` and the request was not signed.',
    },
    'configured-route': {
      title: 'The route is configured but the stage does not serve it',
      explanation:
        'The answer is a 403 `MissingAuthenticationTokenException`, which API Gateway gives for a route that does not exist. The configuration has `{configuredMethod} {configuredPath}`, so the deployed stage {stage:code} likely runs an older deployment without it.',
      fix: 'Redeploy the API to the stage {stage:code}, then call it again.',
      headline:
        'The stage {stage:code} does not serve `{configuredMethod} {configuredPath}`: redeploy the API.',
    },
    'not-gateway': {
      title: 'Skipped: not a gateway answer about access',
      explanation:
        "This answer did not come from API Gateway's access rules, so whether the route exists cannot be told from it.",
    },
  },
  policy: {
    'lambda-deny': {
      title: 'The Lambda authorizer returned a Deny policy',
      explanation:
        'The answer is a 403 `AccessDeniedException` with the message {message:code}: the Lambda authorizer ran and returned a policy that denies this call.',
      fix: "Look at the authorizer function's logs for why it denied the call, and at the policy it returns for this method's ARN.",
      headline: 'The Lambda authorizer denied the call with an explicit Deny.',
    },
    'lambda-no-match': {
      title: "The Lambda authorizer's policy does not cover this method",
      explanation:
        "The answer is a 403 `AccessDeniedException` with the message {message:code}: the authorizer's policy allows other resources but not this one. A cached policy made for another method gives the same answer[[ (results are cached for {cachedTtl:duration})]].",
      fix: "Make the returned policy allow this method's ARN (or a wildcard such as `arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/*`), or lower the result cache TTL.",
      headline: "The Lambda authorizer's policy does not allow this method.",
    },
    'policy-deny': {
      title: 'An IAM or resource policy explicitly denies the caller',
      explanation:
        "The answer is a 403 `AccessDeniedException` with the message {message:code}: a statement with `Effect: Deny` in the API's resource policy (or the caller's IAM policy) matches this call.",
      fix: 'Read the resource policy and find the Deny statement that matches this caller (source IP, VPC endpoint, account, path).',
      headline: 'A resource or IAM policy explicitly denies this call.',
    },
    anonymous: {
      title: 'The resource policy does not allow this caller',
      explanation:
        'The answer is a 403 `AccessDeniedException` with the message {message:code}: the API has a resource policy, and no statement allows this unsigned caller (its source IP, VPC endpoint or account).',
      fix: 'Add an Allow statement for this caller to the resource policy (or remove the conditions that exclude it), then redeploy the stage.',
      headline: 'The API\'s resource policy does not allow this caller ("anonymous is not authorized").',
    },
    'explicit-deny': {
      title: 'A policy explicitly denies the call',
      explanation:
        "The answer is a 403 `AccessDeniedException` with the message {message:code}. An explicit deny comes from the API's resource policy or from a Lambda authorizer's Deny policy; without the configuration of this method the two cannot be told apart.",
      fix: 'Read the resource policy for a Deny statement, and if the method has a Lambda authorizer, its logs.',
      headline: 'A resource policy or a Lambda authorizer explicitly denies this call.',
    },
    'other-message': {
      title: 'Access denied: {message}',
      explanation:
        'The answer is a 403 `AccessDeniedException` with the message {message:code} (for example, invalid IAM keys say "The security token included in the request is invalid").',
      fix: "Check the credentials the request is signed with, and the API's resource policy.",
      headline: 'API Gateway denied access: {message}',
    },
    'access-denied': {
      title: 'A policy denied the call',
      explanation:
        'The answer is a 403 `AccessDeniedException`. Its message, which the extension cannot read here, tells which: "… with an explicit deny" is a resource policy (or a Lambda authorizer\'s Deny); "User: anonymous is not authorized …" is a resource policy that does not allow this caller (source IP, VPC endpoint, account). The browser\'s Network panel shows the message.',
      fix: "Read the message in the Network panel, then the API's resource policy.",
      headline: 'A policy denied the call (403 `AccessDeniedException`).',
    },
    'access-denied-lambda': {
      title: 'The Lambda authorizer denied the call',
      explanation:
        'The answer is a 403 `AccessDeniedException` and the method has a Lambda authorizer: the function returned a Deny policy, or a policy that does not cover this method (a cached one included). A resource policy can answer the same; the message in the Network panel tells which.',
      fix: "Look at the authorizer function's logs and the policy it returns for this method's ARN.",
      headline: 'The Lambda authorizer (or a resource policy) denied the call.',
    },
    'not-access-denied': {
      title: 'Skipped: no policy denial',
      explanation: 'A policy denial is a 403 `AccessDeniedException`; this answer is not one.',
    },
  },
  api_key: {
    'no-key': {
      title: 'No API key was sent',
      explanation:
        'The answer is a 403 `ForbiddenException` and the request has no {header:code} header.[[?apiKeyRequired| The configuration says this method requires an API key.]] A method with "API key required" answers exactly this without a key.',
      fix: 'Send the API key in the {header:code} header, or turn off "API key required" on the method and redeploy.',
      headline: 'The method requires an API key and the request sent none ({header:code}).',
    },
    'key-rejected': {
      title: 'The API key was not accepted',
      explanation:
        "The answer is a 403 `ForbiddenException` although the request carries {header:code}: the key is unknown or disabled, or its usage plan is not bound to this API and stage {stage:code}. A WAF rule or a private API's endpoint policy answers the same way.",
      fix: 'Check that the key is enabled and belongs to a usage plan that includes this API and stage.',
      headline: 'The API key sent was not accepted for this stage (or a WAF or private-API rule answered).',
    },
    'not-required': {
      title: 'Forbidden, though the method needs no API key',
      explanation:
        'The answer is a 403 `ForbiddenException`, but the configuration says `{configuredMethod} {configuredPath}` requires no API key: a WAF rule, a private API called through the wrong host or endpoint, or a stage that runs an older deployment answers the same way.',
      fix: "Check the WAF web ACL of the stage, the private API's VPC endpoint, and redeploy the stage.",
      headline:
        'API Gateway answered Forbidden for a method that needs no API key: look at WAF or the private endpoint.',
    },
    'not-forbidden': {
      title: 'Skipped: no API key problem',
      explanation: 'A missing or invalid API key is a REST 403 `ForbiddenException`; this answer is not one.',
    },
  },
  authorizer: {
    cognito: {
      title: 'Cognito user-pool authorizer',
      explanation:
        '[[?basis|The configuration says the method is protected by a Cognito user-pool authorizer.]] The checks of the token below apply as written.',
    },
    'rest-jwt': {
      title: 'REST API JWT authorizer',
      explanation:
        "The method is protected by a REST API JWT authorizer[[?issuers|, which trusts the issuers {issuers:code}]]: the token's issuer, audience, algorithm and additional claims are checked against its configuration below.",
    },
    'http-jwt': {
      title: 'HTTP API JWT authorizer',
      explanation:
        'An HTTP API JWT authorizer protects the route; it checks issuer, audience, expiry and scopes, never `token_use`.',
    },
    iam: {
      title: 'IAM authorization (AWS_IAM)',
      explanation:
        'The configuration says the method uses `AWS_IAM`: it wants a SigV4-signed request, not a user-pool token, so the token checks below do not decide it.',
    },
    none: {
      title: 'No authorization on the method',
      explanation:
        "The configuration says the method has authorization `NONE`. An authorizer's answer then means the stage runs another deployment than the one configured.",
    },
    lambda: {
      title: 'Lambda authorizer[[ ({type})]]',
      explanation:
        'A Lambda authorizer protects the method[[ and reads {identitySources:code}]]; its function decides, so the token checks below inform but cannot decide alone.',
    },
    'lambda-source-missing': {
      title: "The Lambda authorizer's identity source was missing",
      explanation:
        'The Lambda authorizer reads {identitySources:code}, and the request lacked {missing:code} (or sent it empty). API Gateway then answers 401 without calling the function.',
      fix: 'Send {missing:code} with the request, or change the identity source of the authorizer.',
      headline:
        'The request lacked {missing:code}, so API Gateway rejected it before the Lambda authorizer ran.',
    },
    'lambda-validation-failed': {
      title: 'The {header} value does not match the validation expression',
      explanation:
        'The `TOKEN` authorizer reads {header:code} and only calls its function when the value matches {expression:code}; this value does not, so API Gateway answered 401 without calling it.',
      fix: 'Send the value in the form the expression expects (often `Bearer <token>`), or fix the expression.',
      headline:
        "The {header:code} value does not match the authorizer's validation expression, so the function never ran.",
    },
    'lambda-unauthorized': {
      title: "The Lambda authorizer's function rejected the call",
      explanation:
        "[[?settingsKnown|The identity source was there, so the function ran and]][[!settingsKnown|Without the authorizer's settings, the identity source cannot be checked; most likely the function ran and]] answered `Unauthorized` (a thrown error or callback with exactly that string gives this 401).",
      fix: "Read the function's logs in CloudWatch for why it rejected the token, or call it in test mode with the same identity source.",
      headline: "The Lambda authorizer's function rejected the call: look at its logs.",
    },
    'lambda-configuration-error': {
      title: 'The Lambda authorizer failed (500)',
      explanation:
        'The answer is a 500 `AuthorizerConfigurationException`: the authorizer function threw something other than `Unauthorized`, timed out, returned a malformed policy, or API Gateway has no permission to invoke it.',
      fix: "Read the function's logs; check its output shape (`principalId`, `policyDocument`) and that API Gateway may invoke it (`lambda:InvokeFunction`).",
      headline: 'The Lambda authorizer failed (crash, timeout, malformed policy or no invoke permission).',
    },
    'configuration-error': {
      title: 'The authorizer could not be run (500)',
      explanation:
        'The answer is a 500 `AuthorizerConfigurationException`, which a custom (Lambda) authorizer answers when its function crashes, times out, returns a malformed policy or cannot be invoked.',
      fix: "Find the method's authorizer, then read its function's logs and check that API Gateway may invoke it.",
      headline: "The API's authorizer failed to run (500 `AuthorizerConfigurationException`).",
    },
    'authorizer-failure': {
      title: 'The authorizer failed (500)',
      explanation:
        'The answer is a 500 `AuthorizerFailureException`: the authorizer failed to authenticate the caller for a reason of its own.',
      fix: "Read the authorizer function's logs and test it with the same identity source.",
      headline: 'The authorizer failed (500 `AuthorizerFailureException`).',
    },
    unknown: {
      title: 'Skipped: which authorizer is not known',
      explanation:
        "A Lambda authorizer's 401 looks exactly like a Cognito authorizer's on the wire. Import the API's configuration to tell them apart.",
    },
  },
  cors: {
    'same-origin': {
      title: 'Same-origin call: no CORS involved',
      explanation: 'The page at {origin:code} called its own origin, so the app saw the 401 itself.',
    },
    'allow-origin-present': {
      title: 'The 401 carries Access-Control-Allow-Origin',
      explanation:
        'The page at {origin:code} called {apiOrigin:code}, and the 401 carries `Access-Control-Allow-Origin: {allowOrigin}`, so the app can read the 401.',
    },
    'missing-allow-origin': {
      title: 'The app sees a CORS error instead of this 401',
      explanation:
        'The page at {origin:code} called {apiOrigin:code}, and the 401 has no `Access-Control-Allow-Origin` header. The browser therefore reports a CORS error and hides the 401 from the app, which makes an expired or wrong token look like a CORS problem.',
      fix: "[[!httpApi|Add `Access-Control-Allow-Origin` to the `UNAUTHORIZED` and `DEFAULT_4XX` gateway responses, then redeploy the stage.]][[?httpApi|Check the API's CORS configuration: it must allow {origin:code}.]]",
      headline: 'The 401 has no CORS headers, so the app sees a CORS error instead of the 401.',
    },
    'no-initiator': {
      title: 'Origin of the call unknown',
      explanation:
        'Chrome did not report which page made this call, so whether CORS hid the 401 cannot be told.',
    },
  },
  'header.present': {
    'lambda-sources-present': {
      title: 'Every identity source was sent',
      explanation: 'The Lambda authorizer reads {sources:code}, and the request carries each of them.',
    },
    'lambda-sources-optional': {
      title: 'Some identity sources were not sent',
      explanation:
        'The Lambda authorizer reads {sources:code}; the request lacks {missing:code}. With result caching off, API Gateway calls the function anyway, so this is not the cause by itself.',
    },
    'lambda-source-missing': {
      title: 'The request lacks {missing}',
      explanation:
        'The Lambda `REQUEST` authorizer reads {sources:code}; the request lacks {missing:code} (or sent it empty), so API Gateway answers 401 without calling the function.',
      fix: "Send {missing:code}, or change the authorizer's identity sources.",
      headline: 'The request lacks {missing:code}, which the Lambda authorizer requires.',
    },
    present: {
      title: 'The {headerName} header was sent',
      explanation: 'The request carries the {headerName:code} header that the authorizer reads.',
    },
    missing: {
      title: 'No {headerName} header was sent',
      explanation:
        'The request has no {headerName:code} header, which is where the authorizer looks for the token, so it rejects the call without looking further.',
      fix: 'Send the token in the {headerName:code} header (the raw ID or access token, or `Bearer ` and the token).',
      headline: 'The request carries no {headerName} header.',
    },
    'missing-token-elsewhere': {
      title: 'The token went in {otherHeaders}, not in {headerName}',
      explanation:
        'The request has no {headerName:code} header, which is where the authorizer looks for the token. A JWT-shaped value was sent in {otherHeaders:code} instead, which the authorizer does not read.',
      fix: 'Send the token in {headerName:code}, or change the identity source of the authorizer to the header you use.',
      headline: 'The token was sent in {otherHeaders:code}, but the authorizer reads {headerName:code}.',
    },
    empty: {
      title: 'The {headerName} header is empty',
      explanation: 'The request carries {headerName:code}, but its value is empty or only whitespace.',
      fix: 'Make sure the app has a token before it calls the API (a sign-in or a token refresh may not have finished).',
      headline: 'The {headerName} header was sent empty.',
    },
    preflight: {
      title: 'A preflight carries no token',
      explanation:
        'A CORS preflight never carries an `Authorization` header, so there is nothing to check here.',
    },
    'headers-not-captured': {
      title: 'Request headers not available',
      explanation:
        'Chrome did not report the request headers of this call, so whether a token was sent cannot be told.',
    },
  },
  'header.format': {
    raw: {
      title: 'The header holds a bare token',
      explanation: 'The value is a single word without whitespace or quotes, as the authorizer expects.',
    },
    bearer: {
      title: 'The header holds `Bearer` and a token',
      explanation:
        'The value is {scheme:code}, one space and a token without whitespace or quotes. API Gateway accepts this form as well as the bare token.',
    },
    sigv4: {
      title: 'The header holds an AWS SigV4 signature, not a JWT',
      explanation:
        'The value starts with `AWS4-HMAC-SHA256`: the client signs requests with IAM credentials (the default of the Amplify REST client, for example), while this method expects a Cognito token.',
      fix: 'Send the Cognito ID or access token in the header instead of signing the request, or protect the method with `AWS_IAM` if IAM is what you want.',
      headline: 'The client signed the request with AWS SigV4 (IAM), but the method expects a Cognito token.',
    },
    basic: {
      title: 'The header holds Basic credentials, not a JWT',
      explanation:
        'The value starts with `Basic`: a user name and password, which a Cognito authorizer never accepts.',
      fix: 'Send the Cognito ID or access token instead.',
      headline: 'The header holds Basic credentials instead of a Cognito token.',
    },
    placeholder: {
      title: 'The header holds {placeholder:code} instead of a token',
      explanation:
        'The value[[ after {scheme:code}]] is the text {placeholder:code} (at character {position}): the app put a variable that was not set (or an object) into the header.',
      fix: 'Read the token from the sign-in result or the session before calling, and wait for it (it is often a promise).',
      headline: 'The app sent {placeholder:code} instead of a token.',
    },
    'bearer-only': {
      title: 'The header holds `Bearer` with no token',
      explanation:
        'The value is only the word `Bearer`: the token after it was empty when the app built the header (a browser drops the trailing space).',
      fix: 'Make sure the app has a token before it calls the API.',
      headline: 'The app sent `Bearer` with no token after it.',
    },
    'bearer-bearer': {
      title: 'The header says `Bearer` twice',
      explanation:
        'The value has a second `Bearer` at character {position}: the app added the prefix to a value that already had it.',
      fix: 'Add the `Bearer ` prefix once.',
      headline: 'The header says `Bearer Bearer`: the prefix was added twice.',
    },
    quotes: {
      title: 'The token is wrapped in quotes',
      explanation:
        'The value has a quote at character {position}: the token was stored or serialized as a JSON string and sent with its quotes.',
      fix: 'Send the token without quotes (for example, do not `JSON.stringify` it).',
      headline: 'The token was sent with quotes around it.',
    },
    newline: {
      title: 'The header contains a line break',
      explanation: 'The value has a line break ({character}) at character {position}.',
      fix: 'Trim the token before sending it.',
      headline: 'The header value contains a line break.',
    },
    tab: {
      title: 'The header contains a tab',
      explanation: 'The value has a tab ({character}) at character {position}.',
      fix: 'Use exactly one space after `Bearer` and no whitespace in the token.',
      headline: 'The header value contains a tab.',
    },
    'control-character': {
      title: 'The header contains a control character',
      explanation: 'The value has the control character {character} at character {position}.',
      fix: 'Send the token exactly as Cognito issued it.',
      headline: 'The header value contains a control character.',
    },
    'doubled-whitespace': {
      title: 'More than one space after the scheme',
      explanation:
        'The value has extra whitespace ({character}) at character {position}: after {scheme:code} there must be exactly one space.',
      fix: 'Use exactly one space after `Bearer`.',
      headline: 'The header has more than one space after `Bearer`.',
    },
    'leading-whitespace': {
      title: 'The header starts with whitespace',
      explanation: 'The value starts with whitespace ({character}).',
      fix: 'Trim the value before sending it.',
      headline: 'The header value starts with whitespace.',
    },
    'trailing-whitespace': {
      title: 'The header ends with whitespace',
      explanation: 'The value has trailing whitespace ({character}) from character {position}.',
      fix: 'Trim the value before sending it.',
      headline: 'The header value ends with whitespace.',
    },
    'space-in-token': {
      title: 'The token contains whitespace',
      explanation:
        'There is whitespace ({character}) inside the token at character {position}; a JWT never contains any. The token was probably wrapped or joined while being copied.',
      fix: 'Send the token exactly as Cognito issued it, in one piece.',
      headline: 'The token contains whitespace at character {position}.',
    },
    'other-scheme': {
      title: 'The header uses the scheme {scheme:code}',
      explanation:
        'The value starts with {scheme:code} and a space. API Gateway accepts the bare token or `Bearer` and the token, nothing else.',
      fix: 'Send the bare token, or `Bearer ` and the token.',
      headline: 'The header uses the scheme {scheme:code}, which API Gateway does not accept.',
    },
    'no-header': {
      title: 'No header value to check',
      explanation: 'There is no token header, so its format cannot be checked.',
    },
  },
  'token.decode': {
    decoded: {
      title: 'The token decodes',
      explanation:
        'The value has three base64url segments, and the first two are JSON objects.[[ Signature algorithm: {alg:code}.]]',
    },
    'decoded-cleaned': {
      title: 'The token decodes once cleaned',
      explanation:
        'With the blemish found in the header format removed, the value has three base64url segments and the first two are JSON objects, so the checks below look at that token. The header as sent is still wrong.',
    },
    'segment-count': {
      title: 'Wrong number of segments: {segments} instead of three',
      explanation:
        'A JWT is three base64url segments separated by dots (header, payload, signature); this value has {segments}. API Gateway rejects it (an HTTP API says "token contains an invalid number of segments").',
      fix: 'Send the whole ID or access token as Cognito issued it; a value with five segments is an encrypted token, and one with one segment is no JWT at all.',
      headline: 'The value is not a JWT: it has {segments} dot-separated segments where a JWT has three.',
    },
    'bad-base64': {
      title: 'The {segment:term} segment is not base64url',
      explanation:
        'The {segment:term} segment has a character outside the base64url alphabet[[ ({character})]] at character {position} of the token.',
      fix: 'Send the token exactly as Cognito issued it; it may have been URL-encoded, escaped or edited.',
      headline: 'The token is damaged: its {segment:term} is not base64url.',
    },
    'bad-json': {
      title: 'The {segment:term} segment is not JSON',
      explanation: 'The {segment:term} segment decodes, but not to JSON ({reason:term}).',
      fix: 'Send the token exactly as Cognito issued it.',
      headline: 'The token is damaged: its {segment:term} is not JSON.',
    },
    'not-object': {
      title: 'The {segment:term} is JSON but not an object',
      explanation:
        'The {segment:term} segment decodes to a JSON {jsonKind:term}; a JWT needs a JSON object there.',
      fix: 'Send the token exactly as Cognito issued it.',
      headline: 'The token is not a JWT: its {segment:term} is a JSON {jsonKind:term}, not an object.',
    },
    truncated: {
      title: 'The token looks cut off',
      explanation:
        'The {segment:term} segment ends too early ({reason:term}): the token was probably truncated, for example when copied from the network panel.',
      fix: 'Send the whole token; copy it from the app or the sign-in response, not from a shortened display.',
      headline: 'The token looks cut off in its {segment:term}.',
    },
    'no-header': {
      title: 'No token to decode',
      explanation: 'No token header was sent, so there is nothing to decode.',
    },
    'no-token': {
      title: 'There is a header, but no token in it',
      explanation:
        'The header was sent, but its value holds no JWT to decode (see the header format check for what it holds instead).[[ API Gateway said: {gatewayDescription:code}.]]',
      fix: 'Send the ID or access token itself, raw or after `Bearer `.',
      headline: 'The header holds no token.',
    },
    'gateway-says-malformed': {
      title: 'API Gateway found no valid JWT in the header',
      explanation:
        'The captured value decodes here, but API Gateway answered {gatewayDescription:code}: the value it read was not a JWT. Something between the browser and the gateway (a proxy, a service worker) may have changed the header.',
      fix: 'Send the token exactly as Cognito issued it, and check what rewrites the header on the way.',
      headline: 'API Gateway says the header holds no valid JWT.',
    },
    'captured-value-truncated': {
      title: 'The stored header value was cut',
      explanation:
        'The header value was longer than the extension stores, so it was cut before decoding; the decoding failure may come from that cut.',
    },
  },
  'token.alg': {
    allowed: {
      title: 'Signed with {alg:code}, an allowed algorithm',
      explanation: 'The REST JWT authorizer allows {allowed:code}, and the token says `alg: {alg}`.',
    },
    'not-allowed': {
      title: 'Signed with {alg:code}, which the authorizer does not allow',
      explanation: 'The REST JWT authorizer allows {allowed:code}; the token says `alg: {alg}`.',
      fix: "Add {alg:code} to the authorizer's algorithms, or have the identity provider sign with one of {allowed:code}.",
      headline: 'The token is signed with {alg:code}, which the JWT authorizer does not allow.',
    },
    rs256: {
      title: 'Signed with RS256',
      explanation: 'The token header says `alg: RS256`, the algorithm Cognito user pools sign with.',
    },
    none: {
      title: 'The token is not signed (`alg: none`)',
      explanation:
        'The token header says `alg: {alg}`: the token has no signature, so no authorizer accepts it.',
      fix: 'Use a token issued by the Cognito user pool; do not build tokens yourself.',
      headline: 'The token is unsigned (`alg: none`), so no authorizer accepts it.',
    },
    other: {
      title: 'Signed with {alg:code}, not RS256',
      explanation:
        'The token header says `alg: {alg}`. Cognito user pools sign with RS256, so this token does not come from a user pool (an HTTP API says "signing method … is invalid" for non-RSA algorithms).',
      fix: 'Use a token issued by the Cognito user pool.',
      headline: 'The token is signed with {alg:code}, not RS256: it does not come from a Cognito user pool.',
    },
    missing: {
      title: 'The token header has no algorithm',
      explanation: 'The token header has no `alg`, so it cannot be verified.',
      fix: 'Use a token issued by the Cognito user pool.',
      headline: 'The token header has no algorithm.',
    },
    'gateway-says-invalid': {
      title: 'API Gateway rejects the signing method {alg:code}',
      explanation:
        'API Gateway answered {gatewayDescription:code}: the JWT authorizer does not accept how this token is signed (header `alg: {alg}`).',
      fix: 'Use a token issued by the identity provider the authorizer names (Cognito signs with RS256).',
      headline: "API Gateway rejects the token's signing method.",
    },
    'not-decoded': { title: 'Skipped: token not decoded', explanation: 'The token did not decode.' },
  },
  'token.issuer': {
    'not-cognito-other-authorizer': {
      title: 'The token comes from {iss:code}',
      explanation: "The token's issuer is not a Cognito user pool, which a {kind} authorizer may accept.",
    },
    cognito: {
      title: 'Issued by user pool {poolId:code}',
      explanation:
        'The token was issued by the Cognito user pool {poolId:code} in {region:code} (`iss` {iss:code}).',
      fix: 'Check that the authorizer uses this pool: its provider ARNs must name {poolId:code}.',
    },
    'pool-configured': {
      title: 'Issued by {poolId:code}, a pool the authorizer accepts',
      explanation:
        'The token was issued by {poolId:code} in {region:code}, which is among the configured pools {configuredPoolIds:code}.',
    },
    'issuer-configured': {
      title: 'Issued by the configured issuer',
      explanation: "The token's `iss` {iss:code} equals the issuer configured on the JWT authorizer.",
    },
    missing: {
      title: 'The token has no issuer',
      explanation:
        'The payload has no string `iss` claim[[ (it holds {iss:code})]], so no authorizer can match it to a pool.',
      fix: 'Use a token issued by the Cognito user pool.',
      headline: 'The token has no issuer (`iss`).',
    },
    'not-cognito': {
      title: 'Not a Cognito user-pool token',
      explanation:
        "The token's `iss` is {iss:code}, not `https://cognito-idp.<region>.amazonaws.com/<pool id>`: a Cognito user-pool authorizer accepts only tokens of its user pools.",
      fix: 'Sign in through the user pool the authorizer names and send that token.',
      headline: 'The token was not issued by a Cognito user pool (`iss` is {iss:code}).',
    },
    'region-mismatch': {
      title: "The issuer's regions disagree",
      explanation:
        'The `iss` {iss:code} names the host region {hostRegion:code} but a pool of region {poolRegion:code}. Cognito never issues such a token: it was edited or built by hand.',
      fix: 'Use a token issued by the Cognito user pool.',
      headline: "The token's issuer mixes regions {hostRegion:code} and {poolRegion:code}.",
    },
    'pool-not-configured': {
      title: 'Issued by {poolId:code}, a pool the authorizer does not accept',
      explanation:
        'The token was issued by {poolId:code} in {region:code}, but the authorizer accepts only {configuredPoolIds:code}. This happens with a token from another environment (dev against prod), or after the pool was recreated.',
      fix: "Sign in through the pool the authorizer names, or add {poolId:code} to the authorizer's provider ARNs and redeploy.",
      headline: 'The token comes from user pool {poolId:code}, which this authorizer does not accept.',
    },
    'issuer-mismatch': {
      title: 'The issuer differs from the configured one',
      explanation:
        "The token's `iss` is {iss:code}, but the JWT authorizer expects exactly {configuredIssuer:code}.[[?trailingSlash| They differ only by a trailing slash, which is enough to reject the token.]]",
      fix: "Set the authorizer's issuer to exactly the token's `iss`, or sign in through the configured issuer.",
      headline: "The token's issuer {iss:code} is not the authorizer's {configuredIssuer:code}.",
    },
    'not-cognito-http-api': {
      title: 'Issued by {iss:code}',
      explanation:
        "The token's `iss` is {iss:code}, not a Cognito user pool. An HTTP API JWT authorizer accepts any issuer it is configured with, so this is not wrong in itself.",
    },
    'not-cognito-unknown-authorizer': {
      title: 'Issued by {iss:code}, not a Cognito user pool',
      explanation:
        "The token's `iss` is {iss:code}, not a Cognito user pool. A Cognito user-pool authorizer would reject it; whether one protects this API is not known.",
    },
    'not-decoded': { title: 'Skipped: token not decoded', explanation: 'The token did not decode.' },
  },
  'token.expiry': {
    valid: {
      title: 'Not expired: {secondsLeft:duration} left',
      explanation:
        'The token expires at {exp:time} ({expFromRequest:relative}).[[ Issued at {iat:time} ({iatFromRequest:relative}).]][[ Signed in at {authTime:time} ({authTimeFromRequest:relative}).]]',
    },
    'about-to-expire': {
      title: 'Expires {secondsLeft:duration} after the request',
      explanation:
        'The token expires at {exp:time} ({expFromRequest:relative}): valid when sent, but a small clock difference or a slow request makes it expired on arrival.[[ Issued at {iat:time} ({iatFromRequest:relative}).]][[ Signed in at {authTime:time} ({authTimeFromRequest:relative}).]]',
      fix: 'Refresh tokens a few minutes before they expire, not at the last second.',
      headline: 'The token was about to expire: only {secondsLeft:duration} left when the request was sent.',
    },
    'gateway-says-expired': {
      title:
        "API Gateway says the token expired; this computer's clock says it had {secondsLeft:duration} left",
      explanation:
        "API Gateway answered {gatewayDescription:code}, but by this computer's clock the token expires at {exp:time} ({expFromRequest:relative}). The request time comes from this computer, so its clock is probably behind.[[ Issued at {iat:time} ({iatFromRequest:relative}).]]",
      fix: "Correct the computer's clock, and refresh the token.",
      headline:
        "API Gateway says the token has expired although this computer's clock disagrees: check the clock and refresh the token.",
    },
    expired: {
      title: 'Expired {secondsBefore:duration} before the request',
      explanation:
        'The token expired at {exp:time} ({expFromRequest:relative}).[[ It was issued at {iat:time} ({iatFromRequest:relative}).]][[ The user signed in at {authTime:time} ({authTimeFromRequest:relative}).]][[ API Gateway said: {gatewayDescription:code}.]] Cognito tokens are self-contained: the app must refresh them before `exp`.',
      fix: "Refresh the token before calling (Amplify's `fetchAuthSession()`, or the refresh-token flow), and refresh it again when a call answers 401.",
      headline: 'The token expired {secondsBefore:duration} before this request.',
    },
    'no-exp': {
      title: 'The token has no expiry',
      explanation:
        'The payload has no numeric `exp` claim. Cognito always sets one, so this token is not a Cognito token.',
      fix: 'Use a token issued by the Cognito user pool.',
      headline: 'The token has no expiry (`exp`).',
    },
    'not-decoded': { title: 'Skipped: token not decoded', explanation: 'The token did not decode.' },
  },
  'token.issued_at': {
    ok: {
      title: 'Issue time is plausible',
      explanation:
        'The token was not issued after the request[[ (issued at {iat:time})]], so the clocks agree well enough.',
    },
    'iat-in-future': {
      title: 'Issued {secondsAhead:duration} after the request',
      explanation:
        "The token says it was issued at {iat:time}, {secondsAhead:duration} after the request was sent. This computer's clock (which timed the request) is probably behind.",
      fix: "Correct the computer's clock.",
      headline: 'The token was issued {secondsAhead:duration} after the request: a clock is wrong.',
    },
    'nbf-in-future': {
      title: 'Not valid until {secondsAhead:duration} after the request',
      explanation:
        'The token says it is not valid before {nbf:time}, {secondsAhead:duration} after the request was sent. One of the clocks is wrong.',
      fix: "Correct the computer's clock.",
      headline: 'The token was not yet valid when sent (`nbf` is {secondsAhead:duration} later).',
    },
    'not-decoded': { title: 'Skipped: token not decoded', explanation: 'The token did not decode.' },
  },
  'token.use': {
    'rest-jwt': {
      title: 'Token type not checked by the JWT authorizer',
      explanation:
        'A REST JWT authorizer reads `token_use` only when an additional claim rule names it, and none does here (the token says {tokenUse:code}).',
    },
    'rest-jwt-rule-match': {
      title: 'Token type {tokenUse:code} is allowed',
      explanation:
        "The authorizer's claim rule wants `token_use` among {expected:code}, and the token says {tokenUse:code}.",
    },
    'rest-jwt-rule-mismatch': {
      title: 'The authorizer wants token type {expected}',
      explanation:
        "The authorizer's claim rule wants `token_use` among {expected:code}; the token says {tokenUse:code}.",
      fix: 'Send the {expected} token instead.',
      headline: 'The JWT authorizer wants a token of type {expected:code}, and this one is {tokenUse:code}.',
    },
    lambda: {
      title: 'Token type decided by the Lambda authorizer',
      explanation:
        "A Lambda authorizer's function decides which tokens it takes; the token says {tokenUse:code}.",
    },
    'id-no-scopes': {
      title: 'ID token for a method without scopes',
      explanation: 'The method has no OAuth scopes, so the authorizer expects an ID token, and this is one.',
    },
    'access-with-scopes': {
      title: 'Access token for a method with scopes',
      explanation:
        'The method has OAuth scopes ({methodScopes:code}), so the authorizer expects an access token, and this is one.',
    },
    'access-no-scopes': {
      title: 'Access token sent to a method that takes only ID tokens',
      explanation:
        'The token is an access token (`token_use: access`), but the method has no OAuth scopes. A Cognito authorizer then treats the token as an ID token, and an access token fails that (it has no `aud`). This is the most common cause of these 401s.',
      fix: 'Send the ID token to this method, or add OAuth scopes to the method (and send an access token that carries one of them), then redeploy.',
      headline: 'This is an access token; a method without OAuth scopes accepts only ID tokens.',
    },
    'id-with-scopes': {
      title: 'ID token sent to a method that requires scopes',
      explanation:
        'The token is an ID token, but the method requires the OAuth scopes {methodScopes:code}. The authorizer then expects an access token carrying one of them, and an ID token has no `scope` claim.',
      fix: 'Send an access token obtained with one of those scopes (through the hosted UI / OAuth flow), or remove the scopes from the method and redeploy.',
      headline:
        'This is an ID token; this method requires scope {methodScopes:code}, so it needs an access token.',
    },
    missing: {
      title: 'The token has no `token_use`',
      explanation:
        'The payload has no `token_use` claim. Cognito sets `id` or `access` on every token, so this is not a Cognito user-pool token.',
      fix: 'Send the ID or access token from the Cognito user pool.',
      headline: 'The token has no `token_use`, so it is not a Cognito ID or access token.',
    },
    'unknown-value': {
      title: '`token_use` is {tokenUse:code}',
      explanation: 'The token says `token_use: {tokenUse}`; Cognito issues only `id` and `access` tokens.',
      fix: 'Send the ID or access token from the Cognito user pool.',
      headline: 'The token says `token_use: {tokenUse}`, which is neither `id` nor `access`.',
    },
    'http-api': {
      title: 'HTTP API: `token_use` is not checked',
      explanation:
        "HTTP API JWT authorizers do not look at `token_use` ({tokenUse:code} here); they check the audience and the route's scopes.[[?routeHasScopes| The route requires scopes ({methodScopes:code}), which only access tokens carry.]]",
    },
    'id-scopes-unknown': {
      title: 'ID token: right unless the method has OAuth scopes',
      explanation:
        'This is an ID token, which is what a method without OAuth scopes expects. Whether this method has scopes is not known; if it has, it needs an access token instead.',
      fix: "Import the API's configuration, or list its methods' scopes with the command below.",
    },
    'access-scopes-unknown': {
      title: 'Access token: works only on a method with OAuth scopes',
      explanation:
        'This is an access token. A Cognito authorizer accepts one only on methods with OAuth scopes; without scopes it expects the ID token, which is what most such 401s need. Whether this method has scopes is not known.',
      fix: 'Send the ID token, unless the method has OAuth scopes (check with the commands below, where `authorizationScopes` lists them).',
      headline: 'This is an access token; unless the method has OAuth scopes, it accepts only ID tokens.',
    },
    'method-not-token-auth': {
      title: 'The method is not protected by a token authorizer',
      explanation:
        'The configuration says this method uses authorization {authorizationType:code}, so no Cognito token rules apply. If a Cognito authorizer answered anyway, the deployed stage differs from the configuration.',
      fix: 'Compare the deployed stage with the configuration; redeploy if they differ.',
    },
    'not-decoded': { title: 'Skipped: token not decoded', explanation: 'The token did not decode.' },
  },
  'token.scope': {
    'http-api-403-scopes-unknown': {
      title: "The token may lack the route's scopes",
      explanation:
        "An HTTP API answers 403 when the token has none of the route's scopes (reported, not confirmed by AWS). The route's scopes are not known; the token carries {tokenScopes:code}.",
      fix: "Compare the route's authorization scopes with the token's `scope` claim.",
      headline: "The HTTP API answered 403: the token probably lacks the route's scopes.",
    },
    'has-scope': {
      title: 'The token carries {matched:code}',
      explanation:
        'The method requires any one of {required:code}; the token carries {tokenScopes:code}, including {matched:code}.',
    },
    'missing-scope': {
      title: 'The token carries none of the required scopes',
      explanation:
        "The method requires any one of {required:code}, and the access token carries [[?tokenScopes|only {tokenScopes:code}]][[!tokenScopes|no scopes]].[[?signinOnly| Tokens from InitiateAuth or SRP sign-in (Amplify's default) carry only `aws.cognito.signin.user.admin`; custom scopes come only from the OAuth endpoints.]]",
      fix: "Obtain the token through the hosted UI / OAuth flow with one of the required scopes (the app client must allow them), or change the method's scopes and redeploy.",
      headline:
        'This method requires scope {required:code}; the access token carries [[?tokenScopes|only {tokenScopes:code}]][[!tokenScopes|no scopes]].',
    },
    'not-access-token': {
      title: 'Skipped: not an access token',
      explanation: 'Only access tokens carry scopes.',
    },
    'scopes-unknown': {
      title: "Skipped: the method's scopes are not known",
      explanation: "Import the API's configuration to compare the token's scopes with the method's.",
    },
    'no-method-scopes': {
      title: 'Skipped: the method has no scopes',
      explanation: 'The method requires no OAuth scope.',
    },
    'not-decoded': { title: 'Skipped: token not decoded', explanation: 'The token did not decode.' },
  },
  'token.client': {
    'client-id-only': {
      title: 'No `aud`; `client_id` is among the audiences',
      explanation:
        "The token has no `aud` (a Cognito access token) and its `client_id` {clientId:code} is among the audiences {configuredAudiences:code}. Whether a REST JWT authorizer falls back to `client_id` as HTTP APIs do is not documented.[[ The token's app client is {clientName:code}, as imported.]]",
    },
    'audience-match': {
      title: 'The audience is accepted',
      explanation:
        "The token's `{claim}` is among the authorizer's audiences {configuredAudiences:code}.[[ The token's app client is {clientName:code}, as imported.]]",
    },
    'regex-match': {
      title: 'The audience matches the token-validation regex',
      explanation:
        "The token's `aud` {aud:code} matches the authorizer's token-validation regex {regex:code}.[[ The token's app client is {clientName:code}, as imported.]]",
    },
    'audience-mismatch': {
      title: "The app client is not among the authorizer's audiences",
      explanation:
        "The authorizer accepts the audiences {configuredAudiences:code}. It compares `aud`, or `client_id` when there is no `aud`: here `{claim}` is [[?aud|{aud:code}]][[!aud|{clientId:code}]].[[ The token's app client is {clientName:code}, as imported.]]",
      fix: "Add this app client id to the authorizer's audience, or sign in with an app client it lists.",
      headline: "The token was issued to an app client that is not among the authorizer's audiences.",
    },
    'regex-mismatch': {
      title: 'The audience fails the token-validation regex',
      explanation:
        "The token's `aud` {aud:code} does not match the authorizer's token-validation regex {regex:code}.[[ The token's app client is {clientName:code}, as imported.]]",
      fix: 'Adjust the regex, or sign in with an app client it matches.',
      headline: "The token's audience does not match the authorizer's token-validation regex.",
    },
    'regex-no-aud': {
      title: 'The token has no `aud` for the token-validation regex',
      explanation:
        'The authorizer has a token-validation regex ({regex:code}), which is matched against `aud`. This token has no `aud`[[ (`token_use: {tokenUse}`)]], so it always fails: access tokens never carry `aud`.',
      fix: 'Send the ID token, or remove the token-validation regex from the authorizer and redeploy.',
      headline:
        "The authorizer's token-validation regex needs `aud`, which this token (an access token?) lacks.",
    },
    'gateway-says-audience': {
      title: 'API Gateway says the audience is not valid',
      explanation:
        "API Gateway answered {gatewayDescription:code}: the JWT authorizer compares `aud`, or `client_id` when there is no `aud`, with its audiences; here `{claim}` is [[?aud|{aud:code}]][[!aud|{clientId:code}]].[[ The configured audiences are {configuredAudiences:code}.]][[ The token's app client is {clientName:code}, as imported.]]",
      fix: "Add this app client id to the authorizer's audience, or sign in with an app client it lists.",
      headline:
        "API Gateway says the token's audience is not valid: its app client is not among the authorizer's audiences.",
    },
    'unknown-audience': {
      title: 'Skipped: accepted app clients not known',
      explanation:
        'A REST Cognito authorizer accepts every app client of its pools unless it has a token-validation regex; an HTTP API checks its configured audience. Neither is known here.',
    },
    'invalid-regex': {
      title: 'Skipped: the token-validation regex cannot be read',
      explanation: 'The configured regex {regex:code} is not a valid regular expression here.',
    },
    'regex-not-run': {
      title: 'Skipped: the token-validation regex was not run',
      explanation:
        'The configured regex {regex:code}, or the `aud`[[ {aud:code}]] it would be matched against, is too long or has a shape that can take minutes to match (a repeated group that repeats, like `(a+)+` or `(a|aa)+`); it was not run, so that this page stays responsive. Compare the two by hand.',
    },
    'client-pool-mismatch': {
      title: 'The imported app client belongs to another pool than the token',
      explanation:
        'The token names app client [[?clientName|{clientName:code} (]]{client:code}[[?clientName|)]] and pool {tokenPool:code}, but that client was imported as a client of {clientPool:code}. Cognito issues a token only for a client of its own pool, so the token or the import is not what you think: a token from another environment, or an import from another account or pool.',
      fix: "Compare the app's user pool and client settings with the pool that issued the token, and import the client again from that pool.",
      headline:
        "The token's app client was imported as a client of another user pool than the one that issued the token.",
    },
    'client-of-other-pool': {
      title: 'The app client belongs to a pool the authorizer does not accept',
      explanation:
        'The token was issued to app client [[?clientName|{clientName:code} (]]{client:code}[[?clientName|)]] of pool {clientPool:code}; the authorizer accepts tokens of {authorizerPools:code} only.',
      fix: 'Make the app sign in with an app client of the pool the authorizer names, or add {clientPool:code} to the authorizer and redeploy.',
      headline:
        'The token comes from app client [[?clientName|{clientName:code}]][[!clientName|{client:code}]] of a user pool this authorizer does not accept.',
    },
    'client-lacks-scopes': {
      title: 'The app client may not request the scopes the method requires',
      explanation:
        'The method requires one of {required:code}; the token has none, and app client [[?clientName|{clientName:code} (]]{client:code}[[?clientName|)]] allows only {allowedScopes:code}. Cognito refuses a scope the client does not allow, so no sign-in through this client gets one of them, unless a pre-token generation trigger adds it.',
      fix: "Allow one of the method's scopes on the app client (Allowed OAuth scopes, `update-user-pool-client --allowed-o-auth-scopes`, which resets every setting you leave out), then request it at sign-in.",
      headline:
        'The app client may not request any scope this method requires, so its tokens cannot carry one.',
    },
    'client-of-authorizer-pool': {
      title:
        "App client [[?clientName|{clientName:code}]][[!clientName|{client:code}]] of the authorizer's pool",
      explanation:
        'The token was issued to app client [[?clientName|{clientName:code} (]]{client:code}[[?clientName|)]] of pool {clientPool:code}, which the authorizer accepts. A Cognito authorizer without a token-validation regex accepts every app client of its pools.',
    },
    'known-client': {
      title:
        'App client [[?clientName|{clientName:code}]][[!clientName|{client:code}]] of pool {clientPool:code}',
      explanation:
        "The token was issued to app client [[?clientName|{clientName:code} (]]{client:code}[[?clientName|)]] of pool {clientPool:code}, as imported. [[?clientChecked|A JWT authorizer compares it with its audience, which is not known here: import this API's authorizer to check it.]][[!clientChecked|A REST Cognito authorizer accepts every app client of its pools unless a token-validation regex is set.]]",
    },
    'client-not-imported': {
      title: "The token's app client is not among the imported clients of its pool",
      explanation:
        'The token was issued to app client {client:code} of pool {tokenPool:code}; the clients imported for that pool are {importedClients:code}. [[?clientChecked|A JWT authorizer accepts only the app clients of its audience: if it lists the clients you imported, this token is refused.]][[!clientChecked|A REST Cognito authorizer accepts every app client of its pools, so this alone does not refuse the call; it may mean the app signs in with another client than you think.]]',
      fix: "Check the app client id in the app's settings, or import this client (`describe-user-pool-client`) if it is one you use.",
      headline:
        'The token was issued to an app client you did not import for its pool: is the app using the client you think?',
    },
    'not-decoded': { title: 'Skipped: token not decoded', explanation: 'The token did not decode.' },
  },
  'token.claims': {
    'claims-match': {
      title: 'The token carries the required claims',
      explanation: "The REST JWT authorizer's additional claim rules ({claims:code}) are all met.",
    },
    'claim-missing': {
      title: 'The token lacks the claim {claim:code}',
      explanation:
        'The REST JWT authorizer requires the claim {claim:code}[[?expected| with one of {expected:code}]], and the token does not carry it.',
      fix: "Issue tokens with {claim:code}, or change the authorizer's additional claim rules.",
      headline: 'The token lacks the claim {claim:code}, which the JWT authorizer requires.',
    },
    'claim-value': {
      title: 'The claim {claim:code} has an unexpected value',
      explanation:
        'The REST JWT authorizer expects {claim:code} to be one of {expected:code}; the token has {value:code}.',
      fix: 'Use a token whose {claim:code} is one of {expected:code}, or change the rule.',
      headline: "The token's {claim:code} is {value:code}, not one of {expected:code}.",
    },
    'no-rules': {
      title: 'Skipped: no additional claim rules',
      explanation: 'This issuer has no additional claim rules.',
    },
    'issuer-not-configured': {
      title: 'Skipped: the issuer is not configured',
      explanation:
        "The token's issuer is not among the authorizer's issuers (see `token.issuer`), so its rules do not apply.",
    },
    'not-rest-jwt': {
      title: 'Skipped: not a REST JWT authorizer',
      explanation:
        'Additional claim rules exist only on REST API JWT authorizers with a known configuration.',
    },
    'not-decoded': { title: 'Skipped: token not decoded', explanation: 'The token did not decode.' },
  },
  'token.signature': {
    verified: {
      title: 'Signature verified',
      explanation: "The signature matches key {kid:code} of the pool's published keys ({jwksUrl:code}).",
    },
    'bad-signature': {
      title: 'The signature does not match',
      explanation:
        "The pool's key {kid:code} does not verify this token: it was altered after signing, or cut.[[?shortSignature| The signature is {signatureBytes} bytes, the key needs {expectedBytes}: the token looks truncated.]]",
      fix: 'Send the token exactly as Cognito issued it.',
      headline: "The token's signature is invalid: it was altered or cut.",
    },
    'unknown-kid': {
      title: "The signing key {kid:code} is not among the pool's keys",
      explanation:
        "The token names key {kid:code}, but the pool's published keys ({jwksUrl:code}) are {knownKids:code}[[?refetched|, even after fetching them again]]. The token comes from another pool with the same id shape, from a pool that was deleted and recreated, or it was forged.",
      fix: 'Sign in again so the app gets a token from the current pool.',
      headline:
        'The token was signed with a key its user pool does not publish: the pool was recreated, or the token is forged.',
    },
    'jwks-unreachable': {
      title: "Skipped: the pool's keys could not be fetched",
      explanation:
        'Fetching {jwksUrl:code} failed ({reason:term}[[ {httpStatus}]]), so the signature was not verified.',
    },
    'not-cognito': {
      title: 'Skipped: not a Cognito issuer',
      explanation:
        'The extension fetches keys only from Cognito user pools: the `iss` claim is text anyone can write, and it is never fetched otherwise.',
    },
    'unsupported-alg': {
      title: 'Skipped: not an RS256 token',
      explanation: "Only RS256 tokens can be verified against a user pool's keys; this one says {alg:code}.",
    },
    'not-checked': {
      title: 'Signature not verified yet',
      explanation: "The signature has not been checked against the pool's keys for this token.",
    },
    'not-decoded': { title: 'Skipped: token not decoded', explanation: 'The token did not decode.' },
  },
  'manual.deployed': {
    rest: {
      title: 'Check that the stage was redeployed',
      explanation:
        'Changes to authorizers, methods or gateway responses reach callers only after the stage[[ {stage:code}]] is deployed again. An old deployment keeps the old authorizer.',
      fix: "Compare the stage's deployment date with your last change, and deploy again if it is older.",
    },
    'http-api': {
      title: 'Check that the stage was redeployed',
      explanation:
        'Changes to routes and authorizers reach callers only after the stage[[ {stage:code}]] is deployed, unless it deploys automatically.',
      fix: "Check the stage's deployment (or auto-deploy) and deploy again if needed.",
    },
    'config-says-unprotected': {
      title: 'The configuration says this method is unprotected, yet it answered 401',
      explanation:
        'The known configuration gives this method authorization {authorizationType:code}, but the call was rejected. The deployed stage[[ {stage:code}]] probably still runs an older configuration.',
      fix: 'Redeploy the stage.',
    },
  },
  'manual.test_authorizer': {
    lambda: {
      title: 'Test the Lambda authorizer',
      explanation:
        'Call the authorizer in test mode with the identity sources it reads[[ ({identitySources:code})]], filled with the values the app sent[[!authorizerKnown|; the authorizer id comes from `get-authorizers`]].',
    },
    rest: {
      title: 'Test the authorizer with this token',
      explanation:
        'API Gateway can run the authorizer on a token of your choice and say why it rejects it. The test mode works with ID tokens only.[[!authorizerKnown| Find the authorizer id with the first command.]]',
      fix: 'Run the command with your ID token in place of `<ID token>` (never paste a token into a shared terminal log).',
    },
    'rest-access-token': {
      title: 'Test the authorizer with an ID token',
      explanation:
        'API Gateway can run the authorizer on a token of your choice, but its test mode works with ID tokens only, and this is an access token.[[!authorizerKnown| Find the authorizer id with the first command.]]',
      fix: 'Run the command with an ID token of the same user in place of `<ID token>`.',
    },
    'http-api': {
      title: "Review the JWT authorizer's settings",
      explanation:
        "HTTP API JWT authorizers have no test mode. Compare their issuer and audience with the token's `iss` and `aud` / `client_id`.",
    },
  },
  'manual.resource_policy': {
    rest: {
      title: 'A resource policy is not the cause',
      explanation:
        'A resource-policy denial answers 403 `AccessDeniedException`, never 401. If other calls answer 403, check the policy.',
    },
    'http-api': {
      title: 'A resource policy is not the cause',
      explanation: 'HTTP APIs have no resource policies, and a denial would be a 403, not a 401.',
    },
  },
};

export const en: Catalog = {
  locale: 'en',
  checks,
  internalError: {
    title: 'This check could not run',
    explanation: 'The check stopped on unexpected data; the other checks are unaffected.',
  },
  status: { pass: 'pass', fail: 'fail', warn: 'warning', info: 'info', skip: 'skipped' },
  undecided: {
    'no-configuration': {
      headline:
        "Not decided: without this API's configuration, its scopes and audiences cannot be checked[[ (API Gateway said {gatewayDescription:code})]].[[?lambdaAuthorizer| A Lambda authorizer decides, and its reasons are in its logs.]]",
      fix: "Import this API's configuration to check scopes and audiences: use “Configure this API”.",
    },
    configured: {
      headline:
        'Not decided: every check that could run passed[[ (API Gateway said {gatewayDescription:code})]].[[?lambdaAuthorizer| A Lambda authorizer decides, and its reasons are in its logs.]]',
      fix: 'Test the authorizer with this token, and check that the API was redeployed after its last change (the manual checks below).',
    },
  },
  causes: {
    source: 'backend answered',
    preflight: 'authorizer on OPTIONS',
    cors: 'CORS header missing',
    'header.present': 'no token sent',
    'header.format': 'malformed header',
    'token.decode': 'not a token',
    'token.alg': 'wrong algorithm',
    'token.issuer': 'wrong issuer',
    'token.expiry': 'expired token',
    'token.issued_at': 'clock skew',
    'token.use': 'wrong token type',
    'token.scope': 'missing scope',
    'token.client': 'wrong app client',
    'token.signature': 'bad signature',
    'manual.deployed': 'redeploy?',
    'manual.test_authorizer': 'test the authorizer',
    'manual.resource_policy': 'resource policy',
    route: 'no such route',
    policy: 'denied by a policy',
    api_key: 'API key problem',
    authorizer: 'authorizer problem',
    'token.claims': 'claim rule not met',
  },
  causesByCode: {
    'token.client:client-not-imported': 'app client not imported',
    'token.client:client-lacks-scopes': 'client may not request the scope',
    'token.client:client-pool-mismatch': 'client of another pool',
    'token.client:client-of-other-pool': 'client of another pool',
    'token.expiry:about-to-expire': 'token about to expire',
    'token.expiry:gateway-says-expired': 'expired (clock behind)',
    'header.present:missing-token-elsewhere': 'token in another header',
    'source:rest-gateway-error': 'gateway error',
  },
  causeUndecided: 'cause not decided',
  ago,
  lambdaDecides: 'A Lambda authorizer decides for itself, so this is a hint, not the verdict.',
  claims: {
    token_use:
      'Token type: `id` (identity, for methods without scopes) or `access` (for methods with scopes).',
    exp: 'Expiry time: the token is rejected from this moment on.',
    iat: 'When the token was issued (also after each refresh).',
    auth_time: 'When the user signed in; unchanged by token refreshes.',
    nbf: 'The token is not valid before this time.',
    iss: 'Issuer: the user pool URL; it must match the pool the authorizer uses.',
    scope: "Space-separated OAuth scopes; compared with the method's scopes.",
    client_id: 'App client the access token was issued to.',
    aud: 'Audience: the app client the ID token was issued to.',
    'cognito:groups': 'User-pool groups the user belongs to.',
    'cognito:username': 'The user name in the user pool.',
    'cognito:roles': "IAM roles of the user's groups.",
    'cognito:preferred_role': "The IAM role of the user's highest-priority group.",
    username: 'The user name in the user pool.',
    sub: "The user's unique, unchanging id in the pool.",
    jti: 'Unique id of this token; present when token revocation is enabled.',
    origin_jti: 'Id of the sign-in that produced this token; revocation works through it.',
    event_id: 'Id of the sign-in event.',
    version: 'Access-token format version.',
    device_key: 'The remembered device that signed in.',
    nonce: 'Value the app passed to the authorize endpoint, to tie the token to its request.',
    at_hash: 'Hash of the access token issued with this ID token.',
    email: "The user's e-mail address.",
    email_verified: 'Whether the e-mail address was verified.',
    phone_number: "The user's phone number.",
    phone_number_verified: 'Whether the phone number was verified.',
    identities: 'The external identity providers the user signed in with.',
  },
  headerFields: {
    alg: 'Signature algorithm; Cognito uses RS256.',
    kid: "Id of the pool's key that signed the token.",
    typ: 'Token type.',
  },
  customClaim: 'A custom user-pool attribute (always a string).',
  commands: {
    'get-authorizer': 'Show the authorizer',
    'get-usage-plans': 'List the usage plans of this stage',
    'get-authorizers': 'List the authorizers (identity source, user pools, audience)',
    'get-stages': 'Show when each stage was last deployed',
    'create-deployment': 'Deploy the stage again',
    'test-invoke-authorizer': 'Run the authorizer on an ID token',
    'describe-user-pool': 'Show the user pool',
    'describe-user-pool-client': 'Show the app client (its allowed OAuth scopes and flows)',
    'get-resources': 'List every method with its authorization and scopes',
    'get-method': "Show one method's authorization and scopes",
    'get-routes': 'List the routes with their authorization',
    'get-gateway-responses': 'List the gateway responses and their headers',
    'put-gateway-response': 'Add the CORS header to a gateway response',
    'get-cors-configuration': "Show the API's CORS configuration",
    'get-resource-policy': 'Show the resource policy',
  },
  docs: {
    'rest-jwt-authorizer': 'JWT authorizers for REST APIs',
    'lambda-authorizer': 'Use API Gateway Lambda authorizers',
    'kc-lambda-401': 'Knowledge Center: 401 errors with a Lambda authorizer',
    'api-keys': 'Usage plans and API keys',
    'resource-policies': 'API Gateway resource policies',
    'cognito-authorizer': 'Control access to REST APIs using Amazon Cognito user pools as an authorizer',
    'invoke-with-cognito': 'Call a REST API integrated with a user pool',
    'kc-cognito-401': 'Why do I get 401 Unauthorized from a Cognito user pool authorizer?',
    'authorizer-api': 'API Gateway API reference: Authorizer',
    'http-api-jwt-authorizer': 'Control access to HTTP APIs with JWT authorizers',
    'http-api-troubleshooting-jwt': 'Troubleshooting HTTP API JWT authorizers',
    'gateway-response-types': 'Gateway response types',
    'rest-cors': 'CORS for REST APIs',
    'rest-cors-console': 'Enable CORS on a resource using the API Gateway console',
    'http-api-cors': 'Configuring CORS for HTTP APIs',
    'id-token': 'Understanding the identity (ID) token',
    'access-token': 'Understanding the access token',
    'verifying-jwt': 'Verifying a JSON Web Token',
    'resource-servers': 'Scopes, M2M, and APIs with resource servers',
    'known-issues': 'Amazon API Gateway important notes (remapped headers)',
    'kc-403': 'How do I troubleshoot 403 errors from API Gateway?',
  },
  terms: {
    header: 'header',
    payload: 'payload',
    signature: 'signature',
    'not-utf8': 'not UTF-8 text',
    syntax: 'invalid JSON syntax',
    'base64-length': 'its length is impossible for base64',
    'json-cut': 'the JSON object is not closed',
    array: 'array',
    string: 'string',
    number: 'number',
    boolean: 'boolean',
    null: 'null',
    timeout: 'no answer in time',
    'http-status': 'HTTP status',
    'not-json': 'the answer is not JSON',
    'no-keys': 'the answer lists no keys',
    'invalid-key': 'the key is not a usable RSA key',
    network: 'network error',
    configuration: 'configuration',
    response: 'response',
  },
  words: { none: 'none', unknown: 'unknown', yes: 'yes', no: 'no', listSeparator: ', ' },
  duration,
  relative,
  report: {
    title: 'API Gateway 401 diagnosis',
    request: 'Request',
    status: 'Status',
    requestHeaders: 'Request headers',
    responseHeaders: 'Response headers',
    headersNotCaptured: 'Chrome did not report the request headers.',
    summary: 'Most likely cause',
    claims: 'Token claims',
    tokenHeader: 'Token header',
    header: 'Header',
    claim: 'Claim',
    value: 'Value',
    meaning: 'Meaning',
    checks: 'Checks',
    check: 'Check',
    result: 'Result',
    commands: 'Commands',
    docs: 'AWS documentation',
    signatureRemoved: '<signature removed>',
    removed: (length) => `<removed, ${length} characters>`,
    noToken: 'No token could be decoded.',
    requestTime: 'Sent',
    initiator: 'From',
    authorizer: 'Authorizer',
    authorizerKinds: {
      'rest-jwt': 'REST API, JWT authorizer',
      lambda: 'Lambda authorizer',
      cognito: 'REST API, Cognito user-pool authorizer',
      jwt: 'HTTP API, JWT authorizer',
      unknown: 'unknown',
    },
    footer:
      "Generated by Cognito 401 Doctor. The token's signature was removed; the payload is readable by anyone holding the token.",
    shortFooter:
      'Generated by Cognito 401 Doctor. Short report: only the claims that decide a 401; personal claims (email, phone, names, addresses, custom attributes) are masked; no header values and no signature.',
    fix: 'Fix',
    failingChecks: 'Failing and warning checks',
    noFailingChecks: 'No check failed or warned.',
    claimsThatMatter: 'Claims that matter',
    claimsLeftOut: (count) => `${count} other ${count === 1 ? 'claim' : 'claims'} left out.`,
    personalMasked: '<personal data masked>',
  },
};
