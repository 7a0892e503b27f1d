import type { AuthorizerKind } from './model';

/**
 * What the configuration core tells the options page: import errors, summary lines, warnings and
 * validation problems, each a code with its parameters. The words are in `src/core/i18n`
 * (`configMessages` of each edition), looked up where a message is shown.
 *
 * Parameters are values from pasted AWS output or from the user's entries, never sentences. Values
 * from pasted text are cut (`clip`) before they go in, so a pasted blob never ends up whole in the UI.
 */

/** Names an authorizer in a message: by its name when the output gives one. */
export interface AuthorizerRef {
  authorizer?: string;
}

/** Names an entry of a configuration file: by API and stage once read, by position before. */
export interface EntryRef {
  position?: number;
  apiId?: string;
  stage?: string;
}

/** A method as the preview lists it. */
export interface MethodLine {
  /** `GET /orders/{id}` or `$default`. */
  route: string;
  /** As AWS spells it: `NONE`, `COGNITO_USER_POOLS`, `JWT`, `AWS_IAM`, `CUSTOM`, … */
  authorizationType: string;
  authorizerId?: string;
  scopes: string[];
}

/** An authorizer as the preview lists it. */
export interface AuthorizerLine {
  name?: string;
  id?: string;
  /** As AWS reports it: `COGNITO_USER_POOLS`, `TOKEN`, `REQUEST`, `JWT`. */
  type: string;
  /** Undefined when the extension cannot check tokens for it (Lambda, or a type it does not read). */
  kind?: AuthorizerKind;
  userPoolIds: string[];
  issuer?: string;
  clientIds: string[];
  identityHeader?: string;
  tokenValidationRegex?: string;
  resultTtlSeconds?: number;
  /** A Lambda authorizer: what API Gateway checks before it calls the function (aws-facts-2.md §4). */
  lambda?: { identitySources: string[]; validationExpression?: string };
  /** A REST JWT authorizer (aws-facts-2.md §2.1). */
  restJwt?: {
    algorithms: string[];
    issuers: Array<{ issuer: string; audiences: string[]; claims: string[] }>;
  };
}

type None = Record<string, never>;

/** Every message code and its parameters. */
export interface ConfigMessageParams {
  // Import: the text as a whole could not be read.
  'import.unreadable': None;
  'import.notText': None;
  'import.empty': None;
  'import.tooLarge': { megabytes: number; limitMegabytes: number };
  'import.looksLikeToken': None;
  'import.looksLikeHtml': None;
  'import.invalidJson': { line?: number; column?: number };
  'import.invalidYaml': { line: number; column: number };
  'import.yamlAliases': None;
  'import.yamlDuplicateKey': { line: number; column: number };
  'import.yamlKeyShape': None;
  'import.yamlAliasAnchor': None;
  /** Past one of IMPORT_LIMITS (importLimits.ts). */
  'import.tooMany': { what: 'entries' | 'values' | 'yamlPieces' | 'depth'; limit: number };
  'import.notAnObject': None;
  'import.openApiVersion': { version: string };
  'import.exportPointer': None;
  'import.emptyList': None;
  'import.restApiList': { apis: string[]; more: boolean };
  'import.httpApiList': { apis: string[]; more: boolean };
  'import.unknownItems': None;
  'import.apiDescription': None;
  'import.unknownDocument': None;
  'import.notConfigFile': { format: string };
  'import.exportEmpty': None;
  'import.noHttpAuthorizer': None;
  'import.noRoute': None;
  'import.noRestAuthorizer': None;
  'import.noHttpMethod': None;
  'import.noAuthorizationType': None;
  'import.noResource': None;
  'import.noStage': { field: string };
  'import.noMapping': None;
  'configFile.noVersion': None;
  'configFile.newerVersion': { version: number };
  'configFile.noConfigs': None;
  'configFile.empty': None;

  // Summary: what the import understood.
  'summary.export': {
    variant: 'openapi3' | 'swagger2';
    apiType: 'rest' | 'http';
    authorizers: number;
    methods: number;
  };
  'summary.restAuthorizers': { count: number };
  'summary.httpAuthorizers': { count: number };
  'summary.routes': { count: number };
  'summary.getMethod': None;
  'summary.resources': { resources: number; methods: number };
  'summary.configFile': { count: number };
  'summary.configEntry': {
    apiId: string;
    stage?: string;
    kind: AuthorizerKind;
    pools: number;
    clients: number;
    methods: number;
  };
  'summary.location': { apiId?: string; stage?: string; region?: string };
  'summary.stages': { stages: string[]; http: boolean };
  'summary.mappings': { count: number; domainName?: string };
  'summary.mapping': { basePath: string; apiId: string; stage: string };
  'summary.method': MethodLine;
  'summary.authorizer': AuthorizerLine;

  // Warnings: read, with something the user should know.
  'warn.pathNoSlash': { path: string };
  'warn.noAuthorizerExtension': None;
  'warn.undefinedScheme': { route: string; scheme: string };
  'warn.severalAuthorizers': { route: string };
  'warn.noServer': None;
  'warn.serverNotExecuteApi': { url: string };
  'warn.notHttpAuthorizer': { position: number };
  'warn.jwtNoHeader': AuthorizerRef;
  'warn.jwtNoAudience': AuthorizerRef;
  'warn.jwtNoIssuer': AuthorizerRef;
  'warn.issuerTrailingSlash': AuthorizerRef;
  'warn.routeWithoutKey': None;
  'warn.badRouteKey': { routeKey: string };
  'warn.notRestAuthorizer': { position: number };
  'warn.identitySourceNotHeader': AuthorizerRef & { identitySource: string };
  'warn.unreadAuthorizerType': AuthorizerRef & { type: string };
  'warn.tokenAuthorizerNoHeader': AuthorizerRef;
  'warn.jwtNoConfiguration': AuthorizerRef;
  'warn.restJwtNoIssuer': AuthorizerRef;
  'warn.unknownAlgorithms': AuthorizerRef & { algorithms: string[] };
  'warn.mappingsSkipped': { count: number };
  'warn.methodMismatch': { fromText: string; fromHint: string };
  'warn.pathNeeded': None;
  'warn.hintPathNoSlash': { path: string };
  'warn.resourceWithoutPath': None;
  'warn.notHttpMethod': { path: string; verb: string };
  'warn.methodsWithoutAuthorization': { count: number; listed: string[]; more: boolean };
  'warn.noAuthorizer': None;
  'warn.noCheckableAuthorizer': None;
  'warn.authorizersCombined': { count: number };
  'warn.differentRegexes': { kept: string };
  /** The popup will not run this token-validation regex (boundedRegex.ts). */
  'warn.regexNotRun': { regex: string };
  'warn.mixedKinds': { kind: AuthorizerKind };
  'warn.differentHeaders': { headers: string[]; kept: string };
  'warn.differentIssuers': { issuers: string[]; kept: string };
  'warn.poolRegionMismatch': AuthorizerRef & { poolId: string; region: string };
  'warn.poolFromStageVariable': AuthorizerRef & { variable: string };
  'warn.notPoolArn': AuthorizerRef & { arn: string };
  'warn.noProviderArns': AuthorizerRef;
  'warn.hintMismatch': { what: 'apiId' | 'stage'; fromText: string; hint: string };
  'warn.entryNotObject': { entry: EntryRef };
  'warn.entryNoApiId': { entry: EntryRef };
  'warn.entryBadKind': { entry: EntryRef };
  'warn.entryBadMethod': { entry: EntryRef; method: number };
  'warn.entryInvalid': { entry: EntryRef; field: string; problem: ConfigMessage };
  'warn.entryTwice': { entry: EntryRef };

  // Validation problems of one configuration (the field is beside them).
  'invalid.apiId': None;
  'invalid.stage': None;
  'invalid.region': None;
  'invalid.authorizerKind': None;
  'invalid.headerName': None;
  'invalid.userPoolId': None;
  'invalid.clientId': None;
  'invalid.audience': None;
  'invalid.issuerNotHttps': None;
  'invalid.issuerTrailingSlash': None;
  'invalid.cognitoIssuer': None;
  /** `detail` is the JavaScript engine's own message, shown quoted. */
  'invalid.regex': { detail: string };
  'invalid.regexRisk': None;
  'invalid.method': { methods: readonly string[] };
  'invalid.pathNoLeadingSlash': None;
  'invalid.pathTrailingSlash': None;
  'invalid.pathEmptySegment': None;
  'invalid.pathPartialVariable': None;
  'invalid.pathGreedyNotLast': None;
  'invalid.authorizationType': None;
  'invalid.scope': None;
  'invalid.duplicateMethod': { route: string };
  'invalid.token': None;
  'invalid.targetTaken': { key: string };

  // Why a read import cannot be saved yet.
  'confirm.needsApiId': None;
  'confirm.needsPath': None;
  'confirm.needsDomainName': None;
  'confirm.holdsToken': None;
}

export type ConfigMessageCode = keyof ConfigMessageParams;

export type ConfigMessage = {
  [Code in ConfigMessageCode]: { code: Code; params: ConfigMessageParams[Code] };
}[ConfigMessageCode];

/** Builds a message, checking its parameters against its code. */
export function configMessage<Code extends ConfigMessageCode>(
  code: Code,
  ...params: ConfigMessageParams[Code] extends None ? [] : [ConfigMessageParams[Code]]
): ConfigMessage {
  return { code, params: params[0] ?? {} } as ConfigMessage;
}

/** Two messages say the same when code and parameters are equal (a list shows each once). */
export function uniqueMessages(messages: readonly ConfigMessage[]): ConfigMessage[] {
  const seen = new Set<string>();
  return messages.filter((message) => {
    const key = JSON.stringify(message);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `{ authorizer: name }`, or nothing for an unnamed one. */
export function authorizerRef(name: string | undefined): AuthorizerRef {
  return name === undefined ? {} : { authorizer: name };
}
