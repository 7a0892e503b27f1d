/**
 * What the extension knows about one API's authorizer configuration. It is filled in by hand or
 * imported from AWS's own exports (get-authorizers, get-resources, get-export, apigatewayv2 …) and
 * kept in `storage.local`: it is not secret, and it never holds a token.
 */

/**
 * Which kind of authorizer protects the API: `cognito` a REST Cognito user-pool authorizer
 * (aws-facts.md §1), `jwt` an HTTP API JWT authorizer (§4), `rest-jwt` a REST JWT authorizer
 * (aws-facts-2.md §2.1), `lambda` a Lambda authorizer, REST `TOKEN`/`REQUEST` or HTTP API (§4).
 */
export const AUTHORIZER_KINDS = ['cognito', 'jwt', 'rest-jwt', 'lambda'] as const;
export type AuthorizerKind = (typeof AUTHORIZER_KINDS)[number];

/**
 * A Lambda authorizer as `get-authorizer(s)` describes it (aws-facts-2.md §4): API Gateway answers
 * 401 without calling the function when its identity source is missing or fails the validation
 * expression.
 */
export interface LambdaAuthorizer {
  /** `TOKEN` reads one header; `REQUEST` (every HTTP API Lambda authorizer) any headers and query strings. */
  type: 'TOKEN' | 'REQUEST';
  /** Identity sources as AWS writes them: `method.request.header.Authorization`, `$request.querystring.token`. */
  identitySources: string[];
  /** `TOKEN` only: the regex the header value must match before the function is called. */
  validationExpression?: string;
  /** `authorizerResultTtlInSeconds`; 0 disables caching, and then a `REQUEST` source may be absent. */
  resultTtlSeconds?: number;
  /** An HTTP API (`apigatewayv2`) authorizer rather than a REST one. */
  httpApi: boolean;
}

/** `JwtAdditionalClaim` of a REST JWT authorizer (aws-facts-2.md §2.1). */
export interface JwtClaimRule {
  claimName: string;
  expectedValues?: string[];
  required?: boolean;
}

/** `JwtIssuer` of a REST JWT authorizer: `iss` must equal `issuer` exactly, trailing slash included. */
export interface JwtIssuerRule {
  issuer: string;
  /** The token's `aud` must contain at least one of these. */
  audiences: string[];
  additionalClaims: JwtClaimRule[];
  /** Read-only in AWS's answer, resolved from the issuer's discovery document. */
  jwksUri?: string;
}

/** `JwtConfiguration` of a REST JWT authorizer. */
export interface RestJwtAuthorizer {
  /** RS256/384/512, ES256/384/512. */
  defaultAlgorithms: string[];
  issuers: JwtIssuerRule[];
}

/** How one method (or route) is protected. */
export interface MethodAuthorization {
  /** HTTP method, upper case, or `ANY`. */
  method: string;
  /**
   * Resource path template as API Gateway writes it: `/orders/{id}`, `/{proxy+}`, `/`; or
   * `$default` (with method `ANY`) for the HTTP API catch-all route.
   */
  path: string;
  /** `COGNITO_USER_POOLS`, `JWT`, `NONE`, `AWS_IAM`, `CUSTOM`: as AWS reports it. */
  authorizationType: string;
  /** OAuth scopes required on the method; empty when the method has none. */
  scopes: string[];
  /** Authorizer id, when known (REST `authorizerId`, HTTP API `AuthorizerId`). */
  authorizerId?: string;
  /** REST `apiKeyRequired`: the method answers 403 `ForbiddenException` without a valid `x-api-key`. */
  apiKeyRequired?: boolean;
}

export interface ApiConfig {
  /** API Gateway API id, e.g. `a1b2c3d4e5`. */
  apiId: string;
  /** Stage the configuration applies to; undefined means every stage. */
  stage?: string;
  /** Region, when known (from a provider ARN, an issuer or the user). */
  region?: string;
  authorizerKind: AuthorizerKind;
  /** Authorizer id, when known: needed by `aws apigateway test-invoke-authorizer`. */
  authorizerId?: string;
  /** Name of the request header that carries the token (REST identity source). Default `Authorization`. */
  identityHeader: string;
  /** Cognito user pool ids the authorizer accepts (`{region}_{id}`). */
  userPoolIds: string[];
  /** App client ids (REST) or audiences (JWT authorizer) the authorizer accepts. */
  clientIds: string[];
  /** JWT authorizer issuer URL, matched exactly by API Gateway (aws-facts.md §4). */
  issuer?: string;
  /** REST `identityValidationExpression`: matched against the `aud` claim (aws-facts.md §1). */
  tokenValidationRegex?: string;
  /**
   * Per-method protection. The entry for a request is chosen as API Gateway routes it, not by
   * order: most specific path, then exact method over `ANY` (see `resolveMethod` in matchRoute.ts).
   */
  methods: MethodAuthorization[];
  /** Scopes for methods not listed in `methods`; undefined when unknown. */
  defaultScopes?: string[];
  /** The API's Lambda authorizer, when it has one (get-authorizers): methods with `CUSTOM` use it. */
  lambda?: LambdaAuthorizer;
  /** The REST JWT authorizer's settings, when `authorizerKind` is `rest-jwt`. */
  restJwt?: RestJwtAuthorizer;
  /** The API's stages (get-stages), so that `route` can name them. */
  stages?: string[];
  /** Where this configuration came from, shown in the popup as `data-config-source`. */
  source: ConfigSource;
}

export type ConfigSourceKind =
  | 'manual'
  | 'get-authorizers'
  | 'get-method'
  | 'get-resources'
  | 'get-export'
  | 'apigatewayv2-get-authorizers'
  | 'apigatewayv2-get-routes'
  | 'get-stages'
  | 'apigatewayv2-get-stages'
  | 'get-base-path-mappings'
  | 'apigatewayv2-get-api-mappings'
  | 'config-file';

export interface ConfigSource {
  kind: ConfigSourceKind;
  /** ms since epoch of the last import or edit. */
  updatedAt: number;
}

/**
 * The configuration that applies to one captured call, as the checks consume it. Every field is
 * optional: undefined means "not known", which is different from an empty list ("known: none").
 */
export interface CallConfiguration {
  authorizerKind?: AuthorizerKind;
  identityHeader?: string;
  userPoolIds?: string[];
  clientIds?: string[];
  issuer?: string;
  tokenValidationRegex?: string;
  /** The method matched for this call, when known. */
  method?: MethodAuthorization;
  /** Scopes required on this call's method: `[]` known none, undefined unknown. */
  methodScopes?: string[];
  authorizerId?: string;
  /** The Lambda authorizer, when `authorizerKind` is `lambda` and its settings are known. */
  lambda?: LambdaAuthorizer;
  /** The REST JWT authorizer, when `authorizerKind` is `rest-jwt` and its settings are known. */
  restJwt?: RestJwtAuthorizer;
  /** Every configured route of the API (`route` names the nearest); undefined when none is known. */
  routes?: Array<Pick<MethodAuthorization, 'method' | 'path' | 'authorizationType'>>;
  /** The API's deployed stages, when known (`get-stages`). */
  stages?: string[];
  source?: ConfigSource;
}
