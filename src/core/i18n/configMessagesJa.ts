import { MAX_PATTERN_LENGTH } from '../boundedRegex';
import type { AuthorizerRef, EntryRef, MethodLine } from '../config/messages';
import type { ConfigWords } from './configMessages';
import type { Segment } from './render';
import { code, codeList, words } from './segments';

const list = (values: readonly string[]) => codeList(values, '、');

/** ポップアップがトークン検証の正規表現を実行しない理由（判定は boundedRegex.ts）。 */
const REGEX_RISK_JA = words`${MAX_PATTERN_LENGTH} 文字より長いか、繰り返すグループや選択肢のグループをさらに繰り返していて（${code('(a+)+')} や ${code('(a|aa)+')} など）、照合に数分かかりうる`;

const KIND_NAMES = {
  cognito: 'Cognito ユーザープールオーソライザー',
  jwt: 'JWT オーソライザー',
  'rest-jwt': 'REST API の JWT オーソライザー',
  lambda: 'Lambda オーソライザー',
} as const;

const EXPECTED = words`読み込めるのは、${code('aws apigateway get-authorizers')}、${code('get-method')}、${code('get-resources --embed methods')}、${code('get-stages')}、${code('get-base-path-mappings')}、${code('get-export')}（${code('oas30')} または ${code('swagger')}、${code('--parameters extensions=apigateway')}）、${code('aws apigatewayv2 get-authorizers')}、${code('get-routes')}、${code('get-stages')}、${code('get-api-mappings')}、${code('export-api')} が出力する JSON または YAML か、Cognito 401 Doctor の設定ファイルです。`;

/** 「オーソライザー `orders`」または「名前のないオーソライザー」。 */
function authorizer(ref: AuthorizerRef): Segment[] {
  return ref.authorizer === undefined
    ? words`名前のないオーソライザー`
    : words`オーソライザー ${code(ref.authorizer)}`;
}

function entry(ref: EntryRef): Segment[] {
  if (ref.apiId === undefined) return words`${ref.position ?? '?'} 番目の設定`;
  return ref.stage === undefined
    ? words`API ${code(ref.apiId)}`
    : words`API ${code(ref.apiId)}（ステージ ${code(ref.stage)}）`;
}

function method(line: MethodLine): Segment[] {
  const route = code(line.route);
  const by = line.authorizerId === undefined ? '' : words`（オーソライザー ${code(line.authorizerId)}）`;
  const scopes = list(line.scopes);
  switch (line.authorizationType) {
    case 'NONE':
      return words`${route}：認可なし`;
    case 'COGNITO_USER_POOLS':
      // The token type the authorizer expects follows from the scopes (aws-facts.md §1).
      return line.scopes.length === 0
        ? words`${route}：Cognito ユーザープールオーソライザー${by}、OAuth スコープなし（ID トークンを期待）`
        : words`${route}：Cognito ユーザープールオーソライザー${by}、スコープ ${scopes}（そのいずれかを持つアクセストークンを期待）`;
    case 'JWT':
      return line.scopes.length === 0
        ? words`${route}：JWT オーソライザー${by}、スコープなし`
        : words`${route}：JWT オーソライザー${by}、スコープ ${scopes}（トークンにそのいずれかが必要）`;
    case 'AWS_IAM':
      return words`${route}：IAM（トークンではなく SigV4 署名付きリクエスト）`;
    case 'CUSTOM':
      return words`${route}：Lambda オーソライザー${by}`;
    default:
      return words`${route}：認可の種類 ${code(line.authorizationType)}${by}`;
  }
}

export const CONFIG_WORDS_JA: ConfigWords = {
  entry,
  messages: {
    'import.unreadable': () => words`テキストを読み取れませんでした。${EXPECTED}`,
    'import.notText': () => words`インポートするものがありません。${EXPECTED}`,
    'import.empty': () => words`インポートするものがありません。テキストが空です。${EXPECTED}`,
    'import.tooLarge': ({ megabytes, limitMegabytes }) =>
      words`テキストは ${megabytes.toFixed(1)} MB あります。コマンド 1 つの出力はずっと小さいものです（上限は ${limitMegabytes} MB）。${EXPECTED}`,
    'import.looksLikeToken': () => words`これは設定ではなくトークンのようです。保存していません。${EXPECTED}`,
    'import.looksLikeHtml': () =>
      words`これは AWS CLI の出力ではなく、HTML または XML のページのようです。${EXPECTED}`,
    'import.invalidJson': ({ line, column }) =>
      line === undefined
        ? words`テキストは JSON のように始まりますが、正しい JSON ではありません。コマンドの出力全体をそのまま貼り付けてください。`
        : words`テキストは JSON のように始まりますが、正しい JSON ではありません（${line} 行 ${column ?? '?'} 列）。コマンドの出力全体をそのまま貼り付けてください。`,
    'import.invalidYaml': ({ line, column }) =>
      words`テキストは JSON でも正しい YAML でもありません（${line} 行 ${column} 列）。${EXPECTED}`,
    'import.yamlAliases': () =>
      words`この YAML はアンカー（${code('&name')} / ${code('*name')}）を AWS の出力よりはるかに多く繰り返しているため、展開しませんでした。${EXPECTED}`,
    'import.yamlDuplicateKey': ({ line, column }) =>
      words`この YAML は 1 つのマップでキーを繰り返しています（${line} 行 ${column} 列）。AWS の出力にはありません。${EXPECTED}`,
    'import.yamlKeyShape': () =>
      words`この YAML はリストやマップをキーにしています。AWS の出力にはありません。${EXPECTED}`,
    'import.yamlAliasAnchor': () =>
      words`この YAML には、前にアンカー（${code('&name')}）のないエイリアス（${code('*name')}）、またはアンカーの内側のエイリアスがあります。${EXPECTED}`,
    'import.tooMany': ({ what, limit }) =>
      what === 'depth'
        ? words`リストやマップの入れ子が ${limit.toLocaleString('ja-JP')} 段を超えています。AWS の出力にはありません。${EXPECTED}`
        : what === 'yamlPieces'
          ? words`この YAML は行とリスト項目が ${limit.toLocaleString('ja-JP')} を超えています。コマンド 1 回の出力ははるかに少ないはずです（JSON で出力すればこの上限はありません）。${EXPECTED}`
          : words`${what === 'entries' ? 'マップのエントリ' : '値'}が ${limit.toLocaleString('ja-JP')} を超えています。コマンド 1 回の出力ははるかに少ないはずです。${EXPECTED}`,
    'import.notAnObject': () => words`これは JSON または YAML のオブジェクトではありません。${EXPECTED}`,
    'import.openApiVersion': ({ version }) =>
      words`OpenAPI のバージョン ${code(version)} は、API Gateway がエクスポートするもの（3.0 または Swagger 2.0）ではありません。`,
    'import.exportPointer': () =>
      words`これは ${code('aws apigateway get-export')} が画面に表示する内容です。エクスポート本体は、コマンドの最後に指定したファイル（例：${code('export.json')}）にあります。そのファイルをインポートしてください。`,
    'import.emptyList': () =>
      words`出力には何も含まれていません（${code('items')} が空）。インポートするものはありません。${code('get-authorizers')} の出力なら、その API にはオーソライザーがありません。`,
    'import.restApiList': ({ apis, more }) =>
      words`これは ${code('aws apigateway get-rest-apis')} の出力です。API の一覧（${list(apis)}${more ? '、…' : ''}）であり、保護の設定ではありません。代わりに ${code('aws apigateway get-authorizers --rest-api-id <id>')}、${code('get-resources --rest-api-id <id> --embed methods')}、または ${code('get-export')} の出力をインポートしてください。`,
    'import.httpApiList': ({ apis, more }) =>
      words`これは ${code('aws apigatewayv2 get-apis')} の出力です。API の一覧（${list(apis)}${more ? '、…' : ''}）であり、保護の設定ではありません。代わりに ${code('aws apigatewayv2 get-authorizers --api-id <id>')} と ${code('get-routes --api-id <id>')} の出力をインポートしてください。`,
    'import.unknownItems': () =>
      words`一覧の項目は、オーソライザーでもリソースでもルートでもありません。${EXPECTED}`,
    'import.apiDescription': () =>
      words`これは API そのものの説明で、メソッドの保護の設定ではありません。${EXPECTED}`,
    'import.unknownDocument': () =>
      words`この JSON または YAML は、このインポートが知っている API Gateway の出力ではありません。${EXPECTED}`,
    'import.notConfigFile': ({ format }) =>
      words`これは ${code(format)} の出力で、Cognito 401 Doctor の設定ファイルではありません。AWS の出力としてインポートしてください。`,
    'import.exportEmpty': () =>
      words`この OpenAPI ドキュメントには、パスもセキュリティスキームもありません。${code('aws apigateway get-export --parameters extensions=apigateway')} で API をエクスポートしてください。`,
    'import.noHttpAuthorizer': () =>
      words`オーソライザーを読み取れませんでした。各項目には ${code('JWT')} などの ${code('AuthorizerType')} が必要です。`,
    'import.noRoute': () =>
      words`ルートを読み取れませんでした。${code('get-routes')} の各項目には ${code('GET /orders')} のような ${code('RouteKey')} が必要です。`,
    'import.noRestAuthorizer': () =>
      words`オーソライザーを読み取れませんでした。各項目には ${code('COGNITO_USER_POOLS')} などの ${code('type')} が必要です。`,
    'import.noHttpMethod': () =>
      words`この ${code('get-method')} の出力には ${code('httpMethod')} がありません。メソッドを選んでから、もう一度インポートしてください。`,
    'import.noAuthorizationType': () =>
      words`この ${code('get-method')} の出力には ${code('authorizationType')} がないため、認可について何もわかりません。`,
    'import.noResource': () =>
      words`リソースを読み取れませんでした。${code('get-resources')} の各項目には ${code('/orders')} のような ${code('path')} が必要です。`,
    'import.noStage': ({ field }) =>
      words`ステージを読み取れませんでした。各項目に ${code(field)} が必要です。`,
    'import.noMapping': () =>
      words`ベースパスマッピングを読み取れませんでした。各項目に API ID とステージが必要です。`,
    'configFile.noVersion': () => words`この設定ファイルには正しい ${code('version')} がありません。`,
    'configFile.newerVersion': ({ version }) =>
      words`この設定ファイルは、より新しいバージョンの拡張機能で書かれています（形式のバージョン ${version}）。インポートするには拡張機能を更新してください。`,
    'configFile.noConfigs': () => words`この設定ファイルには ${code('configs')} の一覧がありません。`,
    'configFile.empty': () => words`この設定ファイルには、使える API の設定がありません。`,

    'summary.export': ({ variant, apiType, authorizers, methods }) =>
      words`${apiType === 'http' ? 'HTTP API' : 'REST API'} の ${variant === 'openapi3' ? 'OpenAPI 3' : 'Swagger 2'} エクスポートを読み取りました：オーソライザー ${authorizers} 個、メソッド ${methods} 個。`,
    'summary.restAuthorizers': ({ count }) =>
      words`${code('aws apigateway get-authorizers')} からオーソライザーを ${count} 個読み取りました。`,
    'summary.httpAuthorizers': ({ count }) =>
      words`${code('aws apigatewayv2 get-authorizers')} からオーソライザーを ${count} 個読み取りました。`,
    'summary.routes': ({ count }) =>
      words`${code('aws apigatewayv2 get-routes')} からルートを ${count} 個読み取りました。`,
    'summary.getMethod': () =>
      words`${code('aws apigateway get-method')} からメソッドを 1 個読み取りました。`,
    'summary.resources': ({ resources, methods }) =>
      words`${code('aws apigateway get-resources')} からリソースを ${resources} 個、メソッドを ${methods} 個読み取りました。`,
    'summary.configFile': ({ count }) =>
      words`Cognito 401 Doctor の設定ファイルから API の設定を ${count} 個読み取りました。`,
    'summary.configEntry': (params) =>
      words`${entry(params)}：${KIND_NAMES[params.kind]}、ユーザープール ${params.pools} 個、クライアント ID ${params.clients} 個、メソッド ${params.methods} 個`,
    'summary.stages': ({ stages, http }) =>
      words`${code(http ? 'aws apigatewayv2 get-stages' : 'aws apigateway get-stages')} からステージを ${stages.length} 個読み取りました：${list(stages)}。`,
    'summary.mappings': ({ count, domainName }) =>
      words`${domainName === undefined ? '' : words`${code(domainName)} の`}ベースパスマッピングを ${count} 個読み取りました。`,
    'summary.mapping': ({ basePath, apiId, stage }) =>
      words`${code(`/${basePath}`)} → API ${code(apiId)}、ステージ ${code(stage)}`,
    'summary.location': ({ apiId, stage, region }) =>
      words`${apiId === undefined ? 'API：テキストにないため選んでください' : words`API ${code(apiId)}`}、${stage === undefined ? 'すべてのステージ' : words`ステージ ${code(stage)}`}${region === undefined ? '' : words`、リージョン ${code(region)}`}`,
    'summary.method': method,
    'summary.authorizer': (line) => {
      const ids = [...(line.id === undefined ? [] : [words`ID ${code(line.id)}`]), [code(line.type)]];
      const title = words`オーソライザー ${line.name === undefined ? '（名前なし）' : code(line.name)}（${ids.flatMap((part, index) => (index === 0 ? part : [...words`、`, ...part]))}）`;
      const details: Segment[][] = [];
      if (line.lambda !== undefined) {
        // aws-facts-2.md §4: what API Gateway checks before it calls the function.
        details.push(
          line.lambda.identitySources.length === 0
            ? words`Lambda オーソライザー、ID ソースなし`
            : words`Lambda オーソライザー、読むもの ${list(line.lambda.identitySources)}`,
        );
        if (line.lambda.validationExpression !== undefined)
          details.push(words`検証式 ${code(line.lambda.validationExpression)}`);
      } else if (line.restJwt !== undefined) {
        details.push(
          words`JWT オーソライザー、アルゴリズム ${line.restJwt.algorithms.length === 0 ? 'なし' : list(line.restJwt.algorithms)}`,
        );
        for (const issuer of line.restJwt.issuers) {
          details.push(
            words`発行者 ${code(issuer.issuer)}（オーディエンス ${issuer.audiences.length === 0 ? 'なし' : list(issuer.audiences)}${issuer.claims.length === 0 ? '' : words`、クレーム ${list(issuer.claims)}`}）`,
          );
        }
      } else if (line.kind === undefined) {
        details.push(words`このインポートでは読み取りません`);
      } else if (line.kind === 'cognito') {
        details.push(
          line.userPoolIds.length === 0
            ? words`ユーザープール不明`
            : words`ユーザープール ${list(line.userPoolIds)}`,
        );
      } else {
        details.push(line.issuer === undefined ? words`発行者なし` : words`発行者 ${code(line.issuer)}`);
        details.push(
          line.clientIds.length === 0
            ? words`オーディエンスなし`
            : words`オーディエンス ${list(line.clientIds)}`,
        );
      }
      if (line.identityHeader !== undefined)
        details.push(words`トークンのヘッダー ${code(line.identityHeader)}`);
      if (line.kind !== undefined && line.tokenValidationRegex !== undefined) {
        // aws-facts.md §1, "Token validation regex": it is matched against `aud`, which access tokens lack.
        details.push(
          words`トークン検証の正規表現 ${code(line.tokenValidationRegex)}（${code('aud')} と照合）`,
        );
      }
      if (line.resultTtlSeconds !== undefined)
        details.push(words`結果のキャッシュ ${line.resultTtlSeconds} 秒`);
      return words`${title}：${details.flatMap((part, index) => (index === 0 ? part : [...words`。`, ...part]))}`;
    },

    'warn.tokenAuthorizerNoHeader': (ref) =>
      words`${authorizer(ref)}は ${code('TOKEN')} オーソライザーですが、ID ソースがヘッダーではありません。${code('Authorization')} とみなします。`,
    'warn.jwtNoConfiguration': (ref) =>
      words`${authorizer(ref)}は JWT オーソライザーですが、${code('jwtConfiguration')} を読み取れません。発行者を手で入力してください。`,
    'warn.restJwtNoIssuer': (ref) =>
      words`${authorizer(ref)}は発行者を一つも信頼していないため、どのトークンも受け付けません。`,
    'warn.unknownAlgorithms': (params) =>
      words`${authorizer(params)}には API Gateway にないアルゴリズムがあります：${list(params.algorithms)}。`,
    'warn.mappingsSkipped': ({ count }) => words`API ID かステージのない項目を ${count} 個スキップしました。`,
    'warn.pathNoSlash': ({ path }) =>
      words`パス ${code(path)} が ${code('/')} で始まっていないため、スキップしました。`,
    'warn.noAuthorizerExtension': () =>
      words`エクスポートに ${code('x-amazon-apigateway-authorizer')} がないため、ユーザープールがわかりません。${code('--parameters extensions=apigateway')} を付けてエクスポートし直してください。`,
    'warn.undefinedScheme': ({ route, scheme }) =>
      words`${code(route)} は、エクスポートに定義されていないセキュリティスキーム ${code(scheme)} を使っているため、スキップしました。`,
    'warn.severalAuthorizers': ({ route }) =>
      words`${code(route)} には複数のオーソライザーが指定されています。API Gateway が使うのは 1 つなので、最初のものを採りました。`,
    'warn.noServer': () =>
      words`エクスポートにサーバーの記載がないため、API ID、リージョン、ステージがわかりません。`,
    'warn.serverNotExecuteApi': ({ url }) =>
      words`サーバー ${code(url)} は execute-api の URL ではないため（カスタムドメイン？）、API ID とステージはわかりません。`,
    'warn.notHttpAuthorizer': ({ position }) =>
      words`${position} 番目の項目はオーソライザーではない（${code('AuthorizerType')} がない）ため、スキップしました。`,
    'warn.jwtNoHeader': (ref) =>
      words`${authorizer(ref)} はトークンをヘッダーから読み取りません。拡張機能は ${code('Authorization')} とみなします。`,
    'warn.jwtNoAudience': (ref) =>
      words`${authorizer(ref)} にはオーディエンスがないため、API Gateway はどのトークンも受け付けません。`,
    'warn.jwtNoIssuer': (ref) => words`${authorizer(ref)} には発行者がありません。`,
    'warn.issuerTrailingSlash': (ref) =>
      words`${authorizer(ref)} の発行者は ${code('/')} で終わっていますが、Cognito のトークンの ${code('iss')} は終わっていません。API Gateway は完全一致で比べるため、すべてのトークンを拒否します。`,
    'warn.routeWithoutKey': () => words`${code('RouteKey')} のない項目をスキップしました。`,
    'warn.badRouteKey': ({ routeKey }) =>
      words`ルートキー ${code(routeKey)} は ${code('METHOD /path')} の形でも ${code('$default')} でもないため、スキップしました。`,
    'warn.notRestAuthorizer': ({ position }) =>
      words`${position} 番目の項目はオーソライザーではない（${code('type')} がない）ため、スキップしました。`,
    'warn.identitySourceNotHeader': (params) =>
      words`${authorizer(params)} はトークンをヘッダーではなく ${code(params.identitySource)} から読み取ります。${code('Authorization')} とみなします。`,
    'warn.unreadAuthorizerType': (params) =>
      words`${authorizer(params)} の種類 ${code(params.type)} は、このインポートでは読み取りません。JWT を確認するものなら、発行者とオーディエンスを手で入力してください。`,
    'warn.methodMismatch': ({ fromText, fromHint }) =>
      words`出力はメソッド ${code(fromHint)} ではなく ${code(fromText)} のものです。${code(fromText)} を使います。`,
    'warn.pathNeeded': () =>
      words`${code('get-method')} はリソースパスを出力しません。このメソッドを保存するには、パス（例：${code('/orders/{id}')}）を入力してください。`,
    'warn.hintPathNoSlash': ({ path }) =>
      words`リソースパスは ${code('/')} で始まります（例：${code('/orders/{id}')}）。入力は ${code(path)} でした。`,
    'warn.resourceWithoutPath': () => words`リソースの ${code('path')} がない項目をスキップしました。`,
    'warn.notHttpMethod': ({ path, verb }) =>
      words`${code(path)}：${code(verb)} は HTTP メソッドではないため、スキップしました。`,
    'warn.methodsWithoutAuthorization': ({ count, listed, more }) =>
      words`メソッド ${count} 個に認可の情報がありません（${list(listed)}${more ? '、…' : ''}）。含めるには ${code('get-resources')} を ${code('--embed methods')} 付きで実行してください。`,
    'warn.noAuthorizer': () => words`オーソライザーが見つかりません。`,
    'warn.noCheckableAuthorizer': () =>
      words`Cognito ユーザープール、JWT、Lambda のいずれのオーソライザーも見つかりません。拡張機能が読み取るのは、この 3 種類だけです。`,
    'warn.authorizersCombined': ({ count }) =>
      words`トークンを確認するオーソライザーが ${count} 個あります。ユーザープールとオーディエンスをまとめたため、どれかのトークンであれば期待どおりとみなします。`,
    'warn.differentRegexes': ({ kept }) =>
      words`オーソライザーごとにトークン検証の正規表現が違います。${code(kept)} を採りました。`,
    'warn.regexNotRun': ({ regex }) =>
      words`トークン検証の正規表現 ${code(regex)} は${REGEX_RISK_JA}ため、ポップアップでは実行しません。${code('aud')} と手作業で比べてください。`,
    'warn.mixedKinds': ({ kind }) =>
      words`複数の種類のオーソライザーがあります。設定には${KIND_NAMES[kind]}を採りました。`,
    'warn.differentHeaders': ({ headers, kept }) =>
      words`オーソライザーごとにトークンを読むヘッダーが違います（${list(headers)}）。${code(kept)} を採りました。`,
    'warn.differentIssuers': ({ issuers, kept }) =>
      words`オーソライザーごとに信頼する発行者が違います（${list(issuers)}）。${code(kept)} を採りました。`,
    'warn.poolRegionMismatch': (params) =>
      words`${authorizer(params)}：ユーザープール ${code(params.poolId)} は、その ARN のリージョン ${code(params.region)} のものではありません。`,
    'warn.poolFromStageVariable': (params) =>
      words`${authorizer(params)} はユーザープールをステージ変数 ${code(params.variable)} から取るため、プールはステージによって変わります。そのステージのユーザープール ID を手で追加してください。`,
    'warn.notPoolArn': (params) =>
      words`${authorizer(params)}：${code(params.arn)} は Cognito ユーザープールの ARN ではないため、無視しました。`,
    'warn.noProviderArns': (ref) =>
      words`${authorizer(ref)} にはユーザープールがありません（${code('providerARNs')} が空）。`,
    'warn.hintMismatch': ({ what, fromText, hint }) =>
      words`テキストは${what === 'apiId' ? ' API ID' : 'ステージ'} ${code(hint)} ではなく ${code(fromText)} のものです。${code(fromText)} を使います。`,
    'warn.entryNotObject': (params) =>
      words`${entry(params.entry)}：オブジェクトではないため、スキップしました。`,
    'warn.entryNoApiId': (params) =>
      words`${entry(params.entry)}：${code('apiId')} がないため、スキップしました。`,
    'warn.entryBadKind': (params) =>
      words`${entry(params.entry)}：${code('authorizerKind')} が ${code('cognito')}、${code('jwt')}、${code('rest-jwt')}、${code('lambda')} のいずれでもないため、${code('cognito')} とみなします。`,
    'warn.entryBadMethod': (params) =>
      words`${entry(params.entry)}：${params.method} 番目のメソッドには、メソッド、パス、${code('authorizationType')} のいずれかがないため、スキップしました。`,
    'warn.entryInvalid': (params, help) =>
      words`${entry(params.entry)}：${code(params.field)}：${help.nested(params.problem)}`,
    'warn.entryTwice': (params) => words`${entry(params.entry)} が 2 回あります。後のものを残します。`,

    'invalid.apiId': () =>
      words`API ID は、URL の ${code('.execute-api.')} より前にある小文字の英字と数字です。例：${code('a1b2c3d4e5')}`,
    'invalid.stage': () =>
      words`ステージ名は英字、数字、ハイフン、アンダースコアでできています（例：${code('prod')}）。HTTP API では ${code('$default')} も使えます。`,
    'invalid.region': () => words`リージョンは ${code('eu-west-1')} のような形です。`,
    'invalid.authorizerKind': () =>
      words`オーソライザーの種類は ${code('cognito')}（REST API の Cognito ユーザープールオーソライザー）、${code('jwt')}（HTTP API の JWT オーソライザー）、${code('rest-jwt')}（REST API の JWT オーソライザー）、${code('lambda')}（Lambda オーソライザー）のいずれかです。`,
    'invalid.headerName': () =>
      words`ヘッダー名は、英字、数字と ${code('-')} などの一部の記号でできた 1 語で、スペースやコロンを含みません。例：${code('Authorization')}`,
    'invalid.userPoolId': () =>
      words`ユーザープール ID は、リージョン、アンダースコア、英数字を続けたものです。例：${code('eu-west-1_AbC123xyz')}`,
    'invalid.clientId': () =>
      words`アプリクライアント ID は、1〜128 文字の英字、数字、アンダースコア、プラス記号です。例：${code('4kq2n7b1c8d9e0f3g5h6j7k8lm')}`,
    'invalid.audience': () =>
      words`オーディエンスは空でなく、スペースを含みません。1 つずつ分けて入力してください。`,
    'invalid.issuerNotHttps': () =>
      words`発行者は ${code('https://')} の URL です。例：${code('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz')}`,
    'invalid.issuerTrailingSlash': () =>
      words`末尾の ${code('/')} を取ってください。Cognito のトークンの発行者には付いておらず、API Gateway は完全一致で比べます。`,
    'invalid.cognitoIssuer': () =>
      words`Cognito の発行者は、${code('https://cognito-idp.')}、リージョン、${code('.amazonaws.com/')}、ユーザープール ID を続けたものです。例：${code('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz')}`,
    'invalid.regexRisk': () =>
      words`トークン検証の正規表現は${REGEX_RISK_JA}ため、ポップアップでは実行しません。`,
    'invalid.regex': ({ detail }) =>
      words`トークン検証の正規表現が正しくありません（ブラウザのメッセージ：${code(detail)}）。`,
    'invalid.method': ({ methods }) => words`メソッドは ${list(methods)} のいずれかです。`,
    'invalid.pathNoLeadingSlash': () =>
      words`パスは ${code('/')} で始まります（例：${code('/orders/{id}')}）。HTTP API のキャッチオールルートでは ${code('$default')} です。`,
    'invalid.pathTrailingSlash': () => words`パスは ${code('/')} で終わりません。`,
    'invalid.pathEmptySegment': () => words`パスに空のセグメント（${code('//')}）は入りません。`,
    'invalid.pathPartialVariable': () =>
      words`パス変数は、${code('{id}')} や ${code('{proxy+}')} のように 1 つのセグメント全体です。`,
    'invalid.pathGreedyNotLast': () =>
      words`${code('{proxy+}')} のような貪欲なパス変数は、最後のセグメントでなければなりません。`,
    'invalid.authorizationType': () =>
      words`認可の種類は ${list(['NONE', 'COGNITO_USER_POOLS', 'JWT', 'AWS_IAM', 'CUSTOM'])} のいずれかです。`,
    'invalid.scope': () =>
      words`スコープは空でなく、スペースを含みません。1 つずつ分けて入力してください。例：${code('https://api.example.com/orders.read')}`,
    'invalid.duplicateMethod': ({ route }) =>
      words`${code(route)} が 2 回あります。メソッドとパスの組み合わせごとに 1 つだけにしてください。`,
    'invalid.token': () =>
      words`トークン（JWT）のように見えます。設定はディスクに保存されるため、トークンを含めることはできません。代わりに、トークンが示す ID を入力してください。`,
    'invalid.targetTaken': ({ key }) =>
      words`${code(key)} の設定はすでに保存されています。そちらを編集するか、別の API ID またはステージを選んでください。`,

    'confirm.needsApiId': () =>
      words`API ID を入力してください。テキストには、どの API のものかが書かれていません。`,
    'confirm.needsPath': () =>
      words`リソースパス（例：${code('/orders/{id}')}）を入力してください。${code('get-method')} の出力には含まれません。`,
    'confirm.needsDomainName': () =>
      words`カスタムドメイン名（例：${code('api.example.com')}）を入力してください。ベースパスマッピングの出力には含まれません。`,
    'confirm.holdsToken': () =>
      words`このインポートには、トークン（JWT）のように見える値が含まれています。設定にトークンを含めることはできないため、保存しませんでした。`,
  },
};
