import type { SigninWords } from './signinWords';

const ENDPOINTS = {
  authorize: '/oauth2/authorize',
  login: 'the login page (/login)',
  logout: '/logout',
  error: "Cognito's error page (/error)",
  token: 'the token endpoint (/oauth2/token)',
  revoke: '/oauth2/revoke',
  userInfo: '/oauth2/userInfo',
  idpresponse: "the identity provider's return (/oauth2/idpresponse)",
  'openid-configuration': '/.well-known/openid-configuration',
  jwks: '/.well-known/jwks.json',
} as const;

export const SIGNIN_WORDS_EN: SigninWords = {
  stepLabel: 'Sign-in',
  noHeadline: 'No check found the cause; work through the manual checks below.',
  checks: {
    'signin.step': {
      'error-page': {
        title: "Cognito's error page: {error:code}",
        explanation:
          '{redirectedFrom} sent the browser to {path:code} on {domain:code}, which answered {status} with `An error was encountered with the requested page.` Cognito says {error:code}[[?clientId| for client {clientId:code}]]. {meaning}',
      },
      'error-redirect': {
        title: 'Sign-in sent the app {error:code}[[?errorDescription|: {errorDescription:code}]]',
        explanation:
          '{endpoint} on {domain:code} redirected to the app with `error={error}`[[?errorDescription| and `error_description={errorDescription}`]] in the {errorIn}. Cognito puts the real reason in `error_description`. {meaning}',
      },
      'token-error': {
        title: 'The token endpoint answered {status}',
        explanation:
          '{method} {path:code} on {domain:code} answered {status}[[?clientId| for client {clientId:code}]].[[?errorVisible| Cognito said {error:code}. {meaning}]][[!errorVisible| The browser does not show extensions the answer body, so its `{"error": …}` is not visible here: the checks below decide from the status, the form fields and the rest of the flow.]]',
      },
      'revoke-error': {
        title: '/oauth2/revoke answered {status}',
        explanation:
          '{method} {path:code} on {domain:code} answered {status}.[[?errorVisible| Cognito said {error:code}. {meaning}]][[!errorVisible| The answer body is not visible here.]]',
      },
      'userinfo-error': {
        title: '/oauth2/userInfo answered {status}',
        explanation:
          '{path:code} on {domain:code} answered {status}: the access token it was sent is expired, revoked, or lacks the `openid` scope.',
      },
      'page-error': {
        title: '{endpoint} answered {status}',
        explanation:
          '{method} {path:code} on {domain:code} answered {status}. A 401 from `/login` says `Login option is not available`: the pool or the client has no sign-in option enabled.',
      },
      discovery: {
        title: 'The app asked the sign-in domain for {path:code}',
        explanation:
          'A request for {path:code} went to {domain:code}, the sign-in domain, not to the issuer.',
      },
    },
    'signin.redirect_uri': {
      'not-registered': {
        title: 'Redirect URI {sent:code} is not registered on the app client',
        explanation:
          "Cognito accepts a `redirect_uri` only when it equals one of the client's callback URLs exactly: scheme, host (`localhost` is not `127.0.0.1`), port, path and trailing slash all count.[[ The closest registered URL is {nearest:code}; they differ by: {differences}.]][[!clientKnown| The client's callback URLs are not known here: import `describe-user-pool-client` to see the closest one.]]",
        fix: "Send exactly a registered URL[[ ({nearest:code})]], or add {sent:code} to the client's callback URLs. `update-user-pool-client` resets every setting it is not given to its default: repeat the client's other settings (the command below repeats the OAuth ones it knows).",
        headline:
          'Redirect URI {sent:code} is not registered on the app client[[: closest is {nearest:code}]].',
      },
      'differs-from-authorize': {
        title: 'The token request sent another redirect URI than /oauth2/authorize',
        explanation:
          '/oauth2/authorize got {atAuthorize:code}, the token request {sent:code} (they differ by: {differences}). Cognito answers that with `unauthorized_client`, which points the wrong way.',
        fix: 'Send the token endpoint the same `redirect_uri`, character for character, as the authorize request.',
        headline:
          "The token request's redirect_uri {sent:code} differs from the authorize request's {atAuthorize:code}.",
      },
      'no-callback-urls': {
        title: 'The app client has no callback URL',
        explanation:
          'Cognito answered `Required parameters missing` and the imported client lists no callback URL: without one the hosted UI cannot send anyone back.',
        fix: "Add the app's callback URL[[ ({sent:code})]] to the client's allowed callback URLs.",
      },
      'logout-not-registered': {
        title: 'Sign-out URL {sent:code} is not registered on the app client',
        explanation:
          "/logout needs `logout_uri` to equal one of the client's sign-out URLs.[[ The closest is {nearest:code}; they differ by: {differences}.]]",
        fix: "Send a registered sign-out URL, or add {sent:code} to the client's sign-out URLs.",
      },
      registered: {
        title: 'Redirect URI {sent:code} is registered',
        explanation: "{sent:code} is one of the app client's callback URLs.",
      },
      sent: {
        title: 'Redirect URI {sent:code}',
        explanation:
          'Cognito did not complain about it. Whether it is registered is not known here: import `describe-user-pool-client` to check.',
      },
      none: { title: 'No redirect URI in this step', explanation: 'This step carries no `redirect_uri`.' },
    },
    'signin.client': {
      'unknown-client': {
        title: "Client {clientId:code} is not one of the pool's app clients",
        explanation:
          'Cognito answered `invalid_request` on its error page, and {clientId:code} is not among the clients imported for this pool ({knownClientIds:code}).',
        fix: "Use the id of an app client of this pool (a placeholder such as `YOUR_CLIENT_ID` left in the app's settings gives exactly this).",
        headline: 'Client id {clientId:code} is not an app client of this user pool.',
      },
      'idp-not-enabled': {
        title: 'Identity provider {provider:code} is not enabled on the client',
        explanation:
          'The request asked for {provider:code}; the client allows {supported:code}. Cognito answers that with `invalid_request`.',
        fix: "Add {provider:code} to the client's identity providers, or drop `identity_provider` from the request.",
      },
      'invalid-request': {
        title: 'Cognito rejected the request for client {clientId:code}',
        explanation:
          "Cognito's error page says `invalid_request`: usually a wrong client id, or an identity provider the client does not list[[ ({provider:code} was asked for)]].",
        fix: "Compare the client id with the pool's app clients, and its identity providers with the request.",
      },
      'secret-missing': {
        title: 'This app client has a secret, and the token request sent none',
        explanation:
          'Client {clientId:code} has a client secret, so the token endpoint wants it (`invalid_client` otherwise); this request carried neither `Authorization: Basic` nor `client_secret`. A browser app should not hold a secret at all.',
        fix: 'Use an app client without a secret for the browser (create one with "Generate client secret" off), or send `Authorization: Basic base64(client_id:client_secret)` from a backend.',
        headline:
          'The app client has a secret and the token request sent none: use a client without a secret in the browser.',
      },
      'invalid-client': {
        title: 'Client authentication failed',
        explanation:
          'The token endpoint rejected the client (`invalid_client`): the client id or secret is wrong, or the client has a secret and the request sent none (credentials sent: {credentials}).',
        fix: 'Check the client id, and whether the client has a secret (`describe-user-pool-client`).',
      },
      'secret-sent-to-public-client': {
        title: 'A secret was sent for a client that has none',
        explanation:
          'Client {clientId:code} has no secret, and the request sent one ({credentials}). What Cognito answers to that is not confirmed.',
        fix: 'Send no client secret for this client.',
      },
      ok: { title: 'Nothing points at the app client', explanation: 'Client {clientId:code}.' },
      'no-client': { title: 'No client id in this step', explanation: 'This step names no app client.' },
    },
    'signin.scope': {
      'invalid-scope': {
        title: 'A requested scope is not allowed: {requested:code}',
        explanation:
          'Cognito answered `invalid_scope` without saying which scope.[[ Not allowed on this client: {notAllowed:code}.]][[?offlineAccess| `offline_access` is not supported by Cognito at all (a refresh token comes with the authorization code grant anyway).]]',
        fix: 'Request only scopes the client allows[[ (it allows {allowed:code})]][[?offlineAccess|, without `offline_access`]], or allow them on the client.',
        headline:
          'Cognito refused the requested scopes ({requested:code})[[: {notAllowed:code} not allowed]].',
      },
      'offline-access': {
        title: '`offline_access` is not a Cognito scope',
        explanation:
          'The flow requested {requested:code}. Cognito does not support `offline_access` and answers `invalid_scope`; the refresh token comes with the authorization code grant without it.',
        fix: 'Remove `offline_access` from the requested scopes (OIDC libraries often add it by default).',
      },
      'not-allowed': {
        title: 'Scopes not allowed on the client: {notAllowed:code}',
        explanation: 'The flow requested {requested:code}; the client allows {allowed:code}.',
        fix: 'Allow {notAllowed:code} on the client, or stop requesting them.',
      },
      'needs-openid': {
        title: '{dependent:code} requested without `openid`',
        explanation: 'Cognito grants `phone`, `email` and `profile` only together with `openid`.',
        fix: 'Add `openid` to the requested scopes.',
      },
      'no-openid-for-id-token': {
        title: 'No `openid` scope, but the flow needs an ID token',
        explanation:
          'The flow requested {requested:code}. [[?reason|{reason}]] Cognito returns an ID token only when `openid` is requested.',
        fix: 'Add `openid` to the requested scopes.',
      },
      allowed: {
        title: 'Requested scopes: {requested:code}',
        explanation: 'Nothing wrong with the scopes was seen.',
      },
      'no-scope': { title: 'No scope requested', explanation: 'The flow sent no `scope`.' },
    },
    'signin.grant': {
      'unauthorized-client': {
        title: 'The grant is not enabled on the app client',
        explanation:
          'Cognito answered `unauthorized_client`: the client does not allow[[ the `{needed}` flow]][[ (it allows {allowedFlows:code})]].',
        fix: 'Enable the flow on the client (allowed OAuth flows), or use one it allows.',
        headline: 'The app client does not allow this grant[[ ({needed:code})]].',
      },
      'see-redirect-uri': {
        title: '`unauthorized_client` here comes from the redirect URI',
        explanation:
          "Cognito answers a token request whose `redirect_uri` differs from the authorize request's with `unauthorized_client`: see the redirect URI check.",
      },
      'password-grant': {
        title: 'The token endpoint has no password grant',
        explanation:
          "The request sent `grant_type=password` (Postman's `Password Credentials`). Cognito's token endpoint supports `authorization_code`, `refresh_token` and `client_credentials` only.",
        fix: 'Use the authorization code flow (in Postman: `Authorization Code (With PKCE)`).',
        headline: "Cognito's token endpoint has no password grant: use the authorization code flow.",
      },
      'unsupported-grant-type': {
        title: 'Unsupported grant type {grantType:code}',
        explanation:
          "Cognito's token endpoint supports `authorization_code`, `refresh_token` and `client_credentials`.",
        fix: 'Send one of those grant types.',
      },
      'oauth-disabled': {
        title: 'OAuth flows are switched off on the app client',
        explanation:
          'The imported client has `AllowedOAuthFlowsUserPoolClient` false: no OAuth flow works with it, `{needed}` included.',
        fix: 'Switch the OAuth flows on and allow `{needed}`.',
      },
      'flow-not-allowed': {
        title: 'The `{needed}` flow is not allowed on the client',
        explanation: 'The client allows {allowedFlows:code}.',
        fix: 'Allow `{needed}` on the client, or use a flow it allows.',
        headline: 'The app client does not allow the {needed:code} flow.',
      },
      'code-reused': {
        title: 'The same authorization code was exchanged twice',
        explanation:
          'This tab sent the same code to the token endpoint {msBetween} ms earlier[[ (answered {firstStatus})]]. Codes are single-use, so the second exchange fails with `invalid_grant`. React StrictMode runs effects twice in development, which does exactly this.',
        fix: 'Exchange each code once: guard the callback handler (a ref or module flag), or move the exchange out of an effect.',
        headline:
          'The app exchanged the same authorization code twice (React StrictMode runs effects twice in development).',
      },
      'code-expired': {
        title: 'The code was exchanged {codeAgeSeconds:duration} after it was issued',
        explanation: 'Authorization codes expire after about five minutes; this one had expired.',
        fix: 'Exchange the code as soon as the callback page loads.',
      },
      'invalid-grant': {
        title: 'Cognito answered `invalid_grant`',
        explanation:
          'The code was used already or is unknown, the refresh token was revoked or expired, or the PKCE verifier does not match the challenge.',
      },
      ok: {
        title: 'Nothing points at the grant',
        explanation: '[[Grant type {grantType:code}.]][[ Response type {responseType:code}.]]',
      },
    },
    'signin.request_format': {
      'status-405': {
        title: 'The token endpoint answered 405',
        explanation:
          'Cognito answers 405 with an empty body when the token request is not a form: content type {contentType:code} ({contentTypeProblem}), body: {body}. The exact rule is not documented.',
        fix: 'POST the fields as `application/x-www-form-urlencoded`, unquoted. In Postman: body type `x-www-form-urlencoded`, or the OAuth 2.0 helper with `Send client credentials in body` or `as Basic Auth header`.',
        headline:
          'The token endpoint answered 405: send the token request as a form (application/x-www-form-urlencoded).',
      },
      'not-post': {
        title: 'The token request was a {method}',
        explanation: 'The token endpoint takes POST only.',
        fix: 'POST the form to the token endpoint.',
      },
      'not-form': {
        title: 'The token request was not a form',
        explanation:
          'Content type {contentType:code} ({contentTypeProblem}), body: {body}. The token endpoint takes `application/x-www-form-urlencoded` only, and answers anything else with 405 or 400.',
        fix: 'Send `Content-Type: application/x-www-form-urlencoded` (no quotes) and a form-encoded body (`URLSearchParams` in fetch).',
        headline: 'The token request was not a form (application/x-www-form-urlencoded).',
      },
      'no-body': {
        title: 'The token request had no body',
        explanation: 'The token endpoint reads `grant_type` and the rest from a form body.',
        fix: 'Send the fields as a form body.',
      },
      form: { title: 'Form POST', explanation: 'The request was a form POST, as the token endpoint wants.' },
      'body-not-seen': {
        title: 'The request body was not seen',
        explanation: 'Neither the body nor the content type was reported, so the format cannot be judged.',
      },
      'not-token-request': {
        title: 'Not a token request',
        explanation: 'Only the token endpoint takes a form.',
      },
    },
    'signin.pkce': {
      'method-not-s256': {
        title: 'PKCE challenge method {method:code} is not S256',
        explanation:
          'The authorize request sent a `code_challenge`[[ with method {method:code}]][[!method| without `code_challenge_method`]]. Cognito supports only `S256` and answers `invalid_request`.',
        fix: 'Send `code_challenge_method=S256` with a SHA-256 challenge.',
      },
      'method-without-challenge': {
        title: '`code_challenge_method` without `code_challenge`',
        explanation: 'The authorize request named a PKCE method but sent no challenge.',
        fix: 'Send the challenge too, or neither.',
      },
      'verifier-missing': {
        title: 'The token request sent no `code_verifier`',
        explanation:
          'The authorize request of this flow sent a PKCE challenge, so the code can only be exchanged with its verifier.',
        fix: 'Send the `code_verifier` that produced the challenge (keep it in session storage across the redirect).',
        headline: 'The token request lacks the PKCE code_verifier of this flow.',
      },
      consistent: { title: 'PKCE is consistent', explanation: 'Challenge method {method:code}.' },
      'no-pkce': {
        title: 'No PKCE in this flow',
        explanation: 'Neither a challenge nor a verifier was sent.',
      },
    },
    'signin.issuer': {
      'signin-domain-as-issuer': {
        title: 'The app uses the sign-in domain as the OpenID issuer',
        explanation:
          'It asked {domain:code} for {requested:code}. The issuer of Cognito tokens, with its discovery document and keys, is[[ {expectedIssuer:code}]][[!expectedIssuer| `https://cognito-idp.{region}.amazonaws.com/<user-pool-id>`]], not the sign-in domain.',
        fix: "Set the OpenID library's issuer (authority) to the pool's issuer URL, and keep the sign-in domain for the authorize and token endpoints.",
        headline: 'The app uses the sign-in domain as its OpenID issuer[[: use {expectedIssuer:code}]].',
      },
      'not-discovery': {
        title: 'Not a discovery request',
        explanation: 'The issuer is not involved in this step.',
      },
    },
  },
  internalError: {
    title: 'This check could not run',
    explanation: 'Something in this step could not be read. The other checks still apply.',
  },
  terms: {
    endpoint: ENDPOINTS,
    redirectedFrom: ENDPOINTS,
    meaning: {
      redirect_mismatch: "The redirect URI is not one of the app client's callback URLs.",
      invalid_request:
        'A parameter is missing or wrong: often an unknown client id, or an identity provider the client does not list.',
      invalid_client: 'Client authentication failed: wrong client id or secret, or a secret missing.',
      invalid_grant: 'The code was used already, expired or is unknown, or the refresh token was revoked.',
      invalid_scope: 'A requested scope is not allowed on the app client, or does not exist.',
      unauthorized_client:
        'The client may not use this grant or response type (or the token request changed the redirect URI).',
      unsupported_grant_type: 'The token endpoint does not support this grant type.',
      server_error: 'Cognito failed on its side, often in a Lambda trigger.',
      access_denied: 'The user, or a Lambda trigger, refused the sign-in.',
      invalid_token: 'The access token is expired or revoked.',
      'Required parameters missing':
        'A required parameter is missing: often the client has no callback URL, or `/logout` lacks `logout_uri`.',
      'Invalid state': 'The hosted UI rejected the `state` parameter.',
    },
    errorIn: { query: 'query', fragment: 'fragment (implicit flow)' },
    domainKind: { prefix: 'prefix domain', custom: 'custom domain' },
    differences: {
      scheme: 'scheme (http / https)',
      'loopback-host': 'localhost vs 127.0.0.1',
      host: 'host',
      port: 'port',
      'trailing-slash': 'trailing slash',
      'path-case': 'upper / lower case in the path',
      path: 'path',
      query: 'query string',
      fragment: 'fragment',
      spelling: 'spelling (same URL, different text)',
      'not-a-url': 'not a URL',
    },
    credentials: {
      basic: 'Authorization: Basic',
      form: 'client_secret in the form',
      none: 'none',
      unknown: 'not seen',
    },
    contentTypeProblem: {
      missing: 'missing',
      quoted: 'in quotes',
      json: 'JSON',
      other: 'not a form',
    },
    body: { form: 'form fields', raw: 'not form-encoded', none: 'none', unknown: 'not seen' },
    reason: {
      userinfo: '/oauth2/userInfo needs an access token with the `openid` scope.',
      'id-token': 'The request asked for an `id_token`.',
    },
  },
  commands: {
    'describe-user-pool-client':
      "See the app client's callback URLs, flows, scopes and whether it has a secret",
    'update-user-pool-client': 'Change the app client (every setting left out goes back to its default)',
    'list-user-pool-clients': "List the pool's app clients",
    'describe-user-pool': "Find the pool's sign-in domain",
    'describe-user-pool-domain': 'See which pool a sign-in domain belongs to',
  },
  docs: {
    'authorization-endpoint': 'Authorize endpoint',
    'login-endpoint': 'Login endpoint',
    'logout-endpoint': 'Logout endpoint',
    'token-endpoint': 'Token endpoint',
    'userinfo-endpoint': 'userInfo endpoint',
    'revoke-endpoint': 'Revoke endpoint',
    'app-client-settings': 'App client settings',
    'managed-login-endpoints': 'Managed login endpoints',
    'verifying-jwt': 'Verifying a JSON web token',
    'kc-cognito-401': 'Troubleshoot 401 errors from API Gateway with Cognito',
  },
  postman: {
    title: 'Call this API from Postman',
    intro: "In Postman's Authorization tab, choose OAuth 2.0 and enter:",
    fields: {
      grant_type: 'Grant type',
      callback_url: 'Callback URL',
      auth_url: 'Auth URL',
      access_token_url: 'Access Token URL',
      client_id: 'Client ID',
      client_secret: 'Client Secret',
      scope: 'Scope',
      client_authentication: 'Client Authentication',
      token_to_use: 'Use token type',
    },
    notes: {
      pkce: 'The client allows the authorization code grant.',
      'implicit-only': 'The client allows only the implicit grant (less secure, no refresh token).',
      'client-credentials-only':
        'The client allows only client credentials (machine to machine, needs its secret).',
      'flows-unknown': "The client's allowed flows are not known; the code grant with PKCE is the usual one.",
      'postman-callback-registered': "Postman's browser callback is registered on the client.",
      'postman-callback-not-registered':
        "The client has no callback URL. Postman's browser callback works only once it is registered on the client.",
      'registered-callback':
        "A callback URL registered on the client. Postman's browser callback (https://oauth.pstmn.io/v1/callback) works only if it is registered too.",
      'callback-unverified': 'The redirect URI the app used; whether it is registered is not known here.',
      'must-be-registered':
        "Postman's browser callback; it works only if registered on the client, whose callback URLs are not known here.",
      'domain-unknown': "The pool's sign-in domain is not known yet: find it with this command.",
      'client-id-unknown': 'The app client id is not known yet.',
      'no-secret': 'Leave it empty: this client has no secret.',
      'has-secret': 'This client has a secret: copy it from the console. It is never shown here.',
      'secret-unknown': 'Leave it empty unless the client has a secret (this command tells).',
      'openid-not-allowed': '`openid` is not allowed on the client; without it there is no ID token.',
      'method-scopes-unknown': 'Add the scopes the method requires, if any.',
      'basic-auth': 'Cognito takes the client credentials as a Basic header.',
      'token-use-decided': 'As the token check decides for this method.',
      'token-use-unknown':
        'An ID token when the method requires no OAuth scope, an access token when it does.',
    },
    notKnown: 'not known',
    export: 'Download a Postman collection',
  },
  imports: {
    ui: {
      heading: 'Sign-in: user pools and app clients',
      intro:
        'Paste what `aws cognito-idp describe-user-pool-client`, `describe-user-pool` or `describe-user-pool-domain` prints (JSON). The sign-in checks then know the registered callback URLs, the allowed flows and scopes, and whether the client has a secret. A client secret in the text is dropped while reading: it is never stored or shown.',
      paste: 'AWS CLI output',
      read: 'Read',
      confirm: 'Save this import',
      cancel: 'Cancel',
      done: 'Saved.',
      saveFailed: 'Could not save.',
      savedHeading: 'Imported',
      fields: {
        clientId: 'App client',
        poolId: 'User pool',
        callbackUrls: 'Callback URLs',
        flows: 'OAuth flows',
        scopes: 'Scopes',
        secret: 'Has a client secret',
        domain: 'Sign-in domain',
      },
    },
    kinds: {
      'user-pool-client': 'App client (`describe-user-pool-client`)',
      'user-pool': 'User pool (`describe-user-pool`)',
      'user-pool-domain': 'Sign-in domain (`describe-user-pool-domain`)',
    },
    errors: {
      empty: 'Nothing to import: the text is empty.',
      'too-large': 'The text is far larger than any `describe-*` output.',
      'not-json':
        "The text is not JSON: paste the command's output as printed (the default `--output json`).",
      'not-signin-output':
        'This is not what `describe-user-pool-client`, `describe-user-pool` or `describe-user-pool-domain` prints. API Gateway outputs go in the import above.',
      'domain-not-found': 'The domain description is empty: no user pool has this domain.',
      'missing-pool-id': 'The output has no user pool id.',
      'invalid-pool-id': 'The user pool id is not of the form `eu-west-1_AbC123xyz`.',
      'missing-client-id': 'The output has no client id.',
      'invalid-client-id': 'The client id holds characters an app client id cannot have.',
      'invalid-domain': 'The domain is neither a prefix (`my-app`) nor a host name (`auth.example.com`).',
    },
    warnings: {
      'no-callback-urls': 'The client has no callback URL: the hosted UI cannot send anyone back.',
      'oauth-disabled': 'OAuth flows are switched off on this client.',
      'unknown-flows': 'Unknown OAuth flows left out: {values:code}.',
      'lists-cut': 'Lists longer than {limit} entries were cut.',
      'domain-not-active': 'The domain is {status:code}, not `ACTIVE` yet.',
      'no-domain': 'The pool has no sign-in domain.',
    },
  },
};
