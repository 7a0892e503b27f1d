import { MAX_PATTERN_LENGTH } from '../boundedRegex';
import type { AuthorizerRef, EntryRef, MethodLine } from '../config/messages';
import type { ConfigWords } from './configMessages';
import type { Segment } from './render';
import { code, codeList, words } from './segments';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const list = (values: readonly string[]) => codeList(values, ', ');

/** Why the popup will not run a token-validation regex (boundedRegex.ts decides). */
const REGEX_RISK_EN = words`is over ${MAX_PATTERN_LENGTH} characters long, or repeats a group that repeats or has alternatives (like ${code('(a+)+')} or ${code('(a|aa)+')}), which can take minutes to match`;

const KIND_NAMES = {
  cognito: 'Cognito user pool authorizer',
  jwt: 'JWT authorizer',
  'rest-jwt': 'REST API JWT authorizer',
  lambda: 'Lambda authorizer',
} as const;

const EXPECTED = words`Expected the JSON or YAML printed by ${code('aws apigateway get-authorizers')}, ${code('get-method')}, ${code('get-resources --embed methods')}, ${code('get-stages')}, ${code('get-base-path-mappings')} or ${code('get-export')} (${code('oas30')} or ${code('swagger')}, ${code('--parameters extensions=apigateway')}); by ${code('aws apigatewayv2 get-authorizers')}, ${code('get-routes')}, ${code('get-stages')}, ${code('get-api-mappings')} or ${code('export-api')}; or a Cognito 401 Doctor configuration file.`;

/** "Authorizer `orders`" or "An authorizer" (`lower` inside a sentence). */
function authorizer(ref: AuthorizerRef, lower = false): Segment[] {
  if (ref.authorizer === undefined) return words`${lower ? 'an' : 'An'} authorizer`;
  return words`${lower ? 'authorizer' : 'Authorizer'} ${code(ref.authorizer)}`;
}

function entry(ref: EntryRef): Segment[] {
  if (ref.apiId === undefined) return words`Configuration ${ref.position ?? '?'}`;
  return ref.stage === undefined
    ? words`API ${code(ref.apiId)}`
    : words`API ${code(ref.apiId)} (stage ${code(ref.stage)})`;
}

function method(line: MethodLine): Segment[] {
  const route = code(line.route);
  const by = line.authorizerId === undefined ? '' : words` (authorizer ${code(line.authorizerId)})`;
  const scopes = list(line.scopes);
  switch (line.authorizationType) {
    case 'NONE':
      return words`${route}: no authorization`;
    case 'COGNITO_USER_POOLS':
      // The token type the authorizer expects follows from the scopes (aws-facts.md §1).
      return line.scopes.length === 0
        ? words`${route}: Cognito user pool authorizer${by}, no OAuth scopes (expects an ID token)`
        : words`${route}: Cognito user pool authorizer${by}, scopes ${scopes} (expects an access token with one of them)`;
    case 'JWT':
      return line.scopes.length === 0
        ? words`${route}: JWT authorizer${by}, no scopes`
        : words`${route}: JWT authorizer${by}, scopes ${scopes} (the token needs one of them)`;
    case 'AWS_IAM':
      return words`${route}: IAM (SigV4-signed requests, not tokens)`;
    case 'CUSTOM':
      return words`${route}: Lambda authorizer${by}`;
    default:
      return words`${route}: authorization ${code(line.authorizationType)}${by}`;
  }
}

export const CONFIG_WORDS_EN: ConfigWords = {
  entry,
  messages: {
    'import.unreadable': () => words`The text could not be read. ${EXPECTED}`,
    'import.notText': () => words`Nothing to import. ${EXPECTED}`,
    'import.empty': () => words`Nothing to import: the text is empty. ${EXPECTED}`,
    'import.tooLarge': ({ megabytes, limitMegabytes }) =>
      words`The text is ${megabytes.toFixed(1)} MB; one command's output is far smaller (the limit is ${limitMegabytes} MB). ${EXPECTED}`,
    'import.looksLikeToken': () =>
      words`This looks like a token, not configuration; it was not stored. ${EXPECTED}`,
    'import.looksLikeHtml': () =>
      words`This looks like an HTML or XML page, not an AWS CLI output. ${EXPECTED}`,
    'import.invalidJson': ({ line, column }) =>
      line === undefined
        ? words`The text starts like JSON but is not valid JSON: paste the command's whole output, unchanged.`
        : words`The text starts like JSON but is not valid JSON (line ${line}, column ${column ?? '?'}): paste the command's whole output, unchanged.`,
    'import.invalidYaml': ({ line, column }) =>
      words`The text is neither JSON nor valid YAML (line ${line}, column ${column}). ${EXPECTED}`,
    'import.yamlAliases': () =>
      words`The YAML repeats anchors (${code('&name')} / ${code('*name')}) far more than an AWS output does, so it was not expanded. ${EXPECTED}`,
    'import.yamlDuplicateKey': ({ line, column }) =>
      words`The YAML repeats a key in one map (line ${line}, column ${column}); an AWS output never does. ${EXPECTED}`,
    'import.yamlKeyShape': () =>
      words`The YAML uses a list or a map as a key; an AWS output never does. ${EXPECTED}`,
    'import.yamlAliasAnchor': () =>
      words`The YAML has an alias (${code('*name')}) without its anchor (${code('&name')}) before it, or inside it. ${EXPECTED}`,
    'import.tooMany': ({ what, limit }) =>
      what === 'depth'
        ? words`The text nests lists or maps over ${limit.toLocaleString('en-US')} levels deep; no AWS output does. ${EXPECTED}`
        : what === 'yamlPieces'
          ? words`The YAML has over ${limit.toLocaleString('en-US')} lines and list items; one command's output has far fewer (or print it as JSON, which has no such limit). ${EXPECTED}`
          : words`The text holds over ${limit.toLocaleString('en-US')} ${what === 'entries' ? 'map entries' : 'values'}; one command's output holds far fewer. ${EXPECTED}`,
    'import.notAnObject': () => words`This is not a JSON or YAML object. ${EXPECTED}`,
    'import.openApiVersion': ({ version }) =>
      words`OpenAPI version ${code(version)} is not one API Gateway exports (3.0 or Swagger 2.0).`,
    'import.exportPointer': () =>
      words`This is what ${code('aws apigateway get-export')} prints on screen; the export itself is in the file named at the end of the command (e.g. ${code('export.json')}): import that file.`,
    'import.emptyList': () =>
      words`The output lists nothing (an empty ${code('items')} list): there is nothing to import. If it came from ${code('get-authorizers')}, the API has no authorizer.`,
    'import.restApiList': ({ apis, more }) =>
      words`This is ${code('aws apigateway get-rest-apis')} output: it lists APIs (${list(apis)}${more ? ', …' : ''}), not how they are protected. Import ${code('aws apigateway get-authorizers --rest-api-id <id>')}, ${code('get-resources --rest-api-id <id> --embed methods')}, or ${code('get-export')} instead.`,
    'import.httpApiList': ({ apis, more }) =>
      words`This is ${code('aws apigatewayv2 get-apis')} output: it lists APIs (${list(apis)}${more ? ', …' : ''}), not how they are protected. Import ${code('aws apigatewayv2 get-authorizers --api-id <id>')} and ${code('get-routes --api-id <id>')} instead.`,
    'import.unknownItems': () =>
      words`The listed items are not authorizers, resources or routes. ${EXPECTED}`,
    'import.apiDescription': () =>
      words`This describes an API, not how its methods are protected. ${EXPECTED}`,
    'import.unknownDocument': () =>
      words`This JSON or YAML is not an API Gateway output this import knows. ${EXPECTED}`,
    'import.notConfigFile': ({ format }) =>
      words`This is ${code(format)} output, not a Cognito 401 Doctor configuration file: import it as AWS output instead.`,
    'import.exportEmpty': () =>
      words`This OpenAPI document has no paths and no security schemes: export the API with ${code('aws apigateway get-export --parameters extensions=apigateway')}.`,
    'import.noHttpAuthorizer': () =>
      words`No authorizer could be read: each item needs an ${code('AuthorizerType')} such as ${code('JWT')}.`,
    'import.noRoute': () =>
      words`No route could be read: each ${code('get-routes')} item needs a ${code('RouteKey')} such as ${code('GET /orders')}.`,
    'import.noRestAuthorizer': () =>
      words`No authorizer could be read: each item needs a ${code('type')} such as ${code('COGNITO_USER_POOLS')}.`,
    'import.noHttpMethod': () =>
      words`This ${code('get-method')} output has no ${code('httpMethod')}: choose the method, then import again.`,
    'import.noAuthorizationType': () =>
      words`This ${code('get-method')} output has no ${code('authorizationType')}, so it says nothing about authorization.`,
    'import.noResource': () =>
      words`No resource could be read: each ${code('get-resources')} item needs a ${code('path')} such as ${code('/orders')}.`,
    'import.noStage': ({ field }) => words`No stage could be read: each item needs a ${code(field)}.`,
    'import.noMapping': () => words`No base path mapping could be read: each needs an API id and a stage.`,
    'configFile.noVersion': () => words`This configuration file has no valid ${code('version')}.`,
    'configFile.newerVersion': ({ version }) =>
      words`This configuration file was written by a newer version of the extension (format version ${version}); update the extension to import it.`,
    'configFile.noConfigs': () => words`This configuration file has no ${code('configs')} list.`,
    'configFile.empty': () => words`This configuration file holds no usable API configuration.`,

    'summary.export': ({ variant, apiType, authorizers, methods }) =>
      words`Read ${variant === 'openapi3' ? 'an OpenAPI 3' : 'a Swagger 2'} export of ${apiType === 'http' ? 'an HTTP API' : 'a REST API'}: ${plural(authorizers, 'authorizer')}, ${plural(methods, 'method')}.`,
    'summary.restAuthorizers': ({ count }) =>
      words`Read ${plural(count, 'authorizer')} from ${code('aws apigateway get-authorizers')}.`,
    'summary.httpAuthorizers': ({ count }) =>
      words`Read ${plural(count, 'authorizer')} from ${code('aws apigatewayv2 get-authorizers')}.`,
    'summary.routes': ({ count }) =>
      words`Read ${plural(count, 'route')} from ${code('aws apigatewayv2 get-routes')}.`,
    'summary.getMethod': () => words`Read 1 method from ${code('aws apigateway get-method')}.`,
    'summary.resources': ({ resources, methods }) =>
      words`Read ${plural(resources, 'resource')} and ${plural(methods, 'method')} from ${code('aws apigateway get-resources')}.`,
    'summary.configFile': ({ count }) =>
      words`Read ${plural(count, 'API configuration')} from a Cognito 401 Doctor configuration file.`,
    'summary.configEntry': (params) =>
      words`${entry(params)}: ${KIND_NAMES[params.kind]}, ${plural(params.pools, 'user pool')}, ${plural(params.clients, 'client id')}, ${plural(params.methods, 'method')}`,
    'summary.location': ({ apiId, stage, region }) =>
      words`${apiId === undefined ? 'API: not in the text, choose it' : words`API ${code(apiId)}`}; ${stage === undefined ? 'all stages' : words`stage ${code(stage)}`}${region === undefined ? '' : words`; region ${code(region)}`}`,
    'summary.stages': ({ stages, http }) =>
      words`Read ${plural(stages.length, 'stage')} from ${code(http ? 'aws apigatewayv2 get-stages' : 'aws apigateway get-stages')}: ${list(stages)}.`,
    'summary.mappings': ({ count, domainName }) =>
      words`Read ${plural(count, 'base path mapping')}${domainName === undefined ? '' : words` of ${code(domainName)}`}.`,
    'summary.mapping': ({ basePath, apiId, stage }) =>
      words`${code(`/${basePath}`)} → API ${code(apiId)}, stage ${code(stage)}`,
    'summary.method': method,
    'summary.authorizer': (line) => {
      const ids = [...(line.id === undefined ? [] : [words`id ${code(line.id)}`]), [code(line.type)]];
      const title = words`Authorizer ${line.name === undefined ? '(unnamed)' : code(line.name)} (${ids.flatMap((part, index) => (index === 0 ? part : [...words`, `, ...part]))})`;
      const details: Segment[][] = [];
      if (line.lambda !== undefined) {
        // aws-facts-2.md §4: what API Gateway checks before it calls the function.
        details.push(
          line.lambda.identitySources.length === 0
            ? words`Lambda authorizer, no identity source`
            : words`Lambda authorizer reading ${list(line.lambda.identitySources)}`,
        );
        if (line.lambda.validationExpression !== undefined)
          details.push(words`validation expression ${code(line.lambda.validationExpression)}`);
      } else if (line.restJwt !== undefined) {
        details.push(
          words`JWT authorizer, algorithms ${line.restJwt.algorithms.length === 0 ? 'none' : list(line.restJwt.algorithms)}`,
        );
        for (const issuer of line.restJwt.issuers) {
          details.push(
            words`issuer ${code(issuer.issuer)} (audience ${issuer.audiences.length === 0 ? 'none' : list(issuer.audiences)}${issuer.claims.length === 0 ? '' : words`; claims ${list(issuer.claims)}`})`,
          );
        }
      } else if (line.kind === undefined) {
        details.push(words`not read by this import`);
      } else if (line.kind === 'cognito') {
        details.push(
          line.userPoolIds.length === 0
            ? words`no user pool known`
            : words`${line.userPoolIds.length === 1 ? 'user pool' : 'user pools'} ${list(line.userPoolIds)}`,
        );
      } else {
        details.push(line.issuer === undefined ? words`no issuer` : words`issuer ${code(line.issuer)}`);
        details.push(
          line.clientIds.length === 0 ? words`no audience` : words`audience ${list(line.clientIds)}`,
        );
      }
      if (line.identityHeader !== undefined)
        details.push(words`token in header ${code(line.identityHeader)}`);
      if (line.kind !== undefined && line.tokenValidationRegex !== undefined) {
        // aws-facts.md §1, "Token validation regex": it is matched against `aud`, which access tokens lack.
        details.push(
          words`token validation regex ${code(line.tokenValidationRegex)} (checked against ${code('aud')})`,
        );
      }
      if (line.resultTtlSeconds !== undefined) details.push(words`results cached ${line.resultTtlSeconds} s`);
      return words`${title}: ${details.flatMap((part, index) => (index === 0 ? part : [...words`; `, ...part]))}`;
    },

    'warn.pathNoSlash': ({ path }) => words`Path ${code(path)} does not start with ${code('/')}; skipped.`,
    'warn.noAuthorizerExtension': () =>
      words`The export has no ${code('x-amazon-apigateway-authorizer')}, so the user pools are missing: export again with ${code('--parameters extensions=apigateway')}.`,
    'warn.undefinedScheme': ({ route, scheme }) =>
      words`${code(route)} uses security scheme ${code(scheme)}, which the export does not define; skipped.`,
    'warn.severalAuthorizers': ({ route }) =>
      words`${code(route)} lists several authorizers; API Gateway uses one, taken here as the first.`,
    'warn.noServer': () =>
      words`The export names no server, so it does not tell the API id, region or stage.`,
    'warn.serverNotExecuteApi': ({ url }) =>
      words`The server ${code(url)} is not an execute-api URL (a custom domain?), so the API id and stage are not known from it.`,
    'warn.notHttpAuthorizer': ({ position }) =>
      words`Item ${position} is not an authorizer (no ${code('AuthorizerType')}); skipped.`,
    'warn.jwtNoHeader': (ref) =>
      words`${authorizer(ref)} does not read the token from a header; the extension assumes ${code('Authorization')}.`,
    'warn.jwtNoAudience': (ref) =>
      words`${authorizer(ref)} lists no audience, so API Gateway accepts no token.`,
    'warn.jwtNoIssuer': (ref) => words`${authorizer(ref)} has no issuer.`,
    'warn.issuerTrailingSlash': (ref) =>
      words`The issuer of ${authorizer(ref, true)} ends in ${code('/')}, but the ${code('iss')} of Cognito tokens does not: API Gateway compares them exactly, so it rejects every token.`,
    'warn.routeWithoutKey': () => words`An item without a ${code('RouteKey')} was skipped.`,
    'warn.badRouteKey': ({ routeKey }) =>
      words`Route key ${code(routeKey)} is not ${code('METHOD /path')} or ${code('$default')}; skipped.`,
    'warn.notRestAuthorizer': ({ position }) =>
      words`Item ${position} is not an authorizer (no ${code('type')}); skipped.`,
    'warn.identitySourceNotHeader': (params) =>
      words`${authorizer(params)} reads the token from ${code(params.identitySource)}, not a header; assuming ${code('Authorization')}.`,
    'warn.unreadAuthorizerType': (params) =>
      words`${authorizer(params)} has type ${code(params.type)}, which this import does not read: enter its issuer and audience by hand if it checks JWTs.`,
    'warn.tokenAuthorizerNoHeader': (ref) =>
      words`${authorizer(ref)} is a ${code('TOKEN')} authorizer without a header identity source; assuming ${code('Authorization')}.`,
    'warn.jwtNoConfiguration': (ref) =>
      words`${authorizer(ref)} is a JWT authorizer without a readable ${code('jwtConfiguration')}: enter its issuers by hand.`,
    'warn.restJwtNoIssuer': (ref) => words`${authorizer(ref)} trusts no issuer, so it accepts no token.`,
    'warn.unknownAlgorithms': (params) =>
      words`${authorizer(params)} lists algorithms API Gateway does not offer: ${list(params.algorithms)}.`,
    'warn.mappingsSkipped': ({ count }) =>
      words`${plural(count, 'item')} without an API id or stage skipped.`,
    'warn.methodMismatch': ({ fromText, fromHint }) =>
      words`The output is for method ${code(fromText)}, not ${code(fromHint)}: using ${code(fromText)}.`,
    'warn.pathNeeded': () =>
      words`${code('get-method')} does not print the resource path: enter it (e.g. ${code('/orders/{id}')}) to save this method.`,
    'warn.hintPathNoSlash': ({ path }) =>
      words`The resource path must start with ${code('/')} (e.g. ${code('/orders/{id}')}); got ${code(path)}.`,
    'warn.resourceWithoutPath': () => words`An item without a resource ${code('path')} was skipped.`,
    'warn.notHttpMethod': ({ path, verb }) =>
      words`${code(path)}: ${code(verb)} is not an HTTP method; skipped.`,
    'warn.methodsWithoutAuthorization': ({ count, listed, more }) =>
      words`${plural(count, 'method')} came without their authorization (${list(listed)}${more ? ', …' : ''}): run ${code('get-resources')} with ${code('--embed methods')} to include it.`,
    'warn.noAuthorizer': () => words`No authorizer found.`,
    'warn.noCheckableAuthorizer': () =>
      words`No Cognito user pool, JWT or Lambda authorizer found: the extension reads only those.`,
    'warn.authorizersCombined': ({ count }) =>
      words`${count} authorizers check tokens; their pools and audiences are combined, so a token from any of them counts as expected.`,
    'warn.differentRegexes': ({ kept }) =>
      words`The authorizers use different token validation regexes; keeping ${code(kept)}.`,
    'warn.regexNotRun': ({ regex }) =>
      words`The token validation regex ${code(regex)} ${REGEX_RISK_EN}, so the popup does not run it: compare ${code('aud')} with it by hand.`,
    'warn.mixedKinds': ({ kind }) =>
      words`Authorizers of several kinds found; the configuration takes the ${KIND_NAMES[kind]}.`,
    'warn.differentHeaders': ({ headers, kept }) =>
      words`The authorizers read the token from different headers (${list(headers)}); keeping ${code(kept)}.`,
    'warn.differentIssuers': ({ issuers, kept }) =>
      words`The authorizers trust different issuers (${list(issuers)}); keeping ${code(kept)}.`,
    'warn.poolRegionMismatch': (params) =>
      words`${authorizer(params)}: pool ${code(params.poolId)} does not belong to region ${code(params.region)} of its ARN.`,
    'warn.poolFromStageVariable': (params) =>
      words`${authorizer(params)} takes its user pool from stage variable ${code(params.variable)}, so the pool depends on the stage: add that stage's pool id by hand.`,
    'warn.notPoolArn': (params) =>
      words`${authorizer(params)}: ${code(params.arn)} is not a Cognito user pool ARN; ignored.`,
    'warn.noProviderArns': (ref) =>
      words`${authorizer(ref)} lists no user pool (${code('providerARNs')} is empty).`,
    'warn.hintMismatch': ({ what, fromText, hint }) =>
      words`The text is for ${what === 'apiId' ? 'API id' : 'stage'} ${code(fromText)}, not ${code(hint)}: using ${code(fromText)}.`,
    'warn.entryNotObject': (params) => words`${entry(params.entry)}: not an object; skipped.`,
    'warn.entryNoApiId': (params) => words`${entry(params.entry)}: has no ${code('apiId')}; skipped.`,
    'warn.entryBadKind': (params) =>
      words`${entry(params.entry)}: ${code('authorizerKind')} is not ${code('cognito')}, ${code('jwt')}, ${code('rest-jwt')} or ${code('lambda')}; assuming ${code('cognito')}.`,
    'warn.entryBadMethod': (params) =>
      words`${entry(params.entry)}: method ${params.method} lacks a method, path or ${code('authorizationType')}; skipped.`,
    'warn.entryInvalid': (params, help) =>
      words`${entry(params.entry)}: ${code(params.field)}: ${help.nested(params.problem)}`,
    'warn.entryTwice': (params) => words`${entry(params.entry)} appears twice; the later entry is kept.`,

    'invalid.apiId': () =>
      words`An API id is the lowercase letters and digits before ${code('.execute-api.')} in the URL, e.g. ${code('a1b2c3d4e5')}.`,
    'invalid.stage': () =>
      words`A stage name is letters, digits, hyphens or underscores (e.g. ${code('prod')}), or ${code('$default')} for an HTTP API.`,
    'invalid.region': () => words`A region looks like ${code('eu-west-1')}.`,
    'invalid.authorizerKind': () =>
      words`The authorizer kind is ${code('cognito')} (REST Cognito user pool authorizer), ${code('jwt')} (HTTP API JWT authorizer), ${code('rest-jwt')} (REST API JWT authorizer) or ${code('lambda')} (Lambda authorizer).`,
    'invalid.headerName': () =>
      words`A header name is one word of letters, digits and a few symbols such as ${code('-')}, without spaces or a colon, e.g. ${code('Authorization')}.`,
    'invalid.userPoolId': () =>
      words`A user pool id is its region, an underscore and letters or digits, e.g. ${code('eu-west-1_AbC123xyz')}.`,
    'invalid.clientId': () =>
      words`An app client id is 1 to 128 letters, digits, underscores or plus signs, e.g. ${code('4kq2n7b1c8d9e0f3g5h6j7k8lm')}.`,
    'invalid.audience': () => words`An audience is not empty and has no spaces; list each one separately.`,
    'invalid.issuerNotHttps': () =>
      words`An issuer is an ${code('https://')} URL, e.g. ${code('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz')}.`,
    'invalid.issuerTrailingSlash': () =>
      words`Remove the trailing ${code('/')}: Cognito tokens carry the issuer without it, and API Gateway compares exactly.`,
    'invalid.cognitoIssuer': () =>
      words`A Cognito issuer is ${code('https://cognito-idp.')}, the region, ${code('.amazonaws.com/')} and the user pool id, e.g. ${code('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz')}.`,
    'invalid.regexRisk': () =>
      words`The token validation regex ${REGEX_RISK_EN}, so the popup does not run it.`,
    'invalid.regex': ({ detail }) =>
      words`The token validation regex is not a valid regular expression (the browser says ${code(detail)}).`,
    'invalid.method': ({ methods }) => words`The method is one of ${list(methods)}.`,
    'invalid.pathNoLeadingSlash': () =>
      words`A path starts with ${code('/')} (e.g. ${code('/orders/{id}')}), or is ${code('$default')} for the HTTP API catch-all route.`,
    'invalid.pathTrailingSlash': () => words`A path does not end with ${code('/')}.`,
    'invalid.pathEmptySegment': () => words`A path has no empty segment (${code('//')}).`,
    'invalid.pathPartialVariable': () =>
      words`A path variable is a whole segment, like ${code('{id}')} or ${code('{proxy+}')}.`,
    'invalid.pathGreedyNotLast': () =>
      words`A greedy variable like ${code('{proxy+}')} must be the last segment.`,
    'invalid.authorizationType': () =>
      words`The authorization type is ${list(['NONE', 'COGNITO_USER_POOLS', 'JWT', 'AWS_IAM', 'CUSTOM'])}.`,
    'invalid.scope': () =>
      words`A scope is not empty and has no spaces: list each scope separately, e.g. ${code('https://api.example.com/orders.read')}.`,
    'invalid.duplicateMethod': ({ route }) =>
      words`${code(route)} is listed twice; keep one entry per method and path.`,
    'invalid.token': () =>
      words`This looks like a token (a JWT). The configuration is stored on disk and never holds one: enter the id it names instead.`,
    'invalid.targetTaken': ({ key }) =>
      words`A configuration for ${code(key)} is already saved: edit that one, or choose another API id or stage.`,

    'confirm.needsApiId': () => words`Enter the API id: the text does not say which API it describes.`,
    'confirm.needsPath': () =>
      words`Enter the resource path (e.g. ${code('/orders/{id}')}): ${code('get-method')} does not print it.`,
    'confirm.needsDomainName': () =>
      words`Enter the custom domain name (e.g. ${code('api.example.com')}): base path mapping outputs do not print it.`,
    'confirm.holdsToken': () =>
      words`A value in this import looks like a token (a JWT). The configuration never holds one, so it was not saved.`,
  },
};
