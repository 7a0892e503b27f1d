import type { Catalog, CheckMessages, MessageEntry } from './catalog';
import { durationParts } from './durationParts';

/*
 * The Japanese edition of the catalog. Style: the terms of AWS's Japanese documentation
 * (オーソライザー, ユーザープール, アクセストークン, ID トークン, ステージ, デプロイ…), a half-width
 * space between Japanese and Latin words or code, full-width punctuation. AWS CLI commands, claim
 * and header names, error types and codes stay as they are, in code spans.
 */

const UNIT = { day: '日', hour: '時間', minute: '分', second: '秒' } as const;

/** "12 分", "1 時間 30 分", "2 日 3 時間". */
function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  return durationParts(seconds)
    .map(([count, unit]) => `${count} ${UNIT[unit]}`)
    .join(' ');
}

/** "リクエストの 12 分前", "リクエストの 3 時間後". */
function relative(secondsFromRequest: number): string {
  if (!Number.isFinite(secondsFromRequest)) return String(secondsFromRequest);
  if (Math.abs(secondsFromRequest) < 1) return 'リクエストと同時刻';
  const span = duration(secondsFromRequest);
  return secondsFromRequest < 0 ? `リクエストの ${span}前` : `リクエストの ${span}後`;
}

const NOT_DECODED: MessageEntry = {
  title: 'スキップ：トークンをデコードできません',
  explanation: 'トークンをデコードできませんでした。',
};

const USE_POOL_TOKEN = 'Cognito ユーザープールが発行したトークンを使ってください。';
const SEND_AS_ISSUED = 'Cognito が発行したとおりのトークンを送ってください。';

const PREFLIGHT_FIX_HTTP =
  '[[?httpApi|認可なしの `OPTIONS /{proxy+}` ルートを追加するか、API で CORS を設定して、プリフライトには API Gateway 自身が応答するようにしてください。]]';

function ago(seconds: number): string {
  if (!Number.isFinite(seconds)) return '';
  if (seconds < 10) return 'たった今';
  if (seconds < 60) return `${Math.floor(seconds)} 秒前`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} 分前`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} 時間前`;
  return `${Math.floor(seconds / 86_400)} 日前`;
}

const checks: CheckMessages = {
  source: {
    'missing-authentication-token': {
      title: 'API Gateway が "Missing Authentication Token" と応答しました',
      explanation:
        'レスポンスに `x-amzn-ErrorType: {errorType}` が含まれています。そのステージ、パス、メソッドが見つからなかった（または `AWS_IAM` のメソッドに署名がなかった）ため、オーソライザーより前に API Gateway 自身が応答しました。[[レスポンスの本文：{bodyMessage:code}。]][[本文の `error`：{bodyError:code}。]]',
    },
    'access-denied': {
      title: 'API Gateway がアクセスを拒否しました（`AccessDeniedException`）',
      explanation:
        'レスポンスに `x-amzn-ErrorType: {errorType}` が含まれています。リソースポリシーか Lambda オーソライザーのポリシーが呼び出しを拒否しました。[[レスポンスの本文：{bodyMessage:code}。]][[本文の `error`：{bodyError:code}。]]',
    },
    forbidden: {
      title: 'API Gateway が Forbidden と応答しました（`ForbiddenException`）',
      explanation:
        'レスポンスに `x-amzn-ErrorType: {errorType}` が含まれています。API キーがないか無効か、WAF のルールかプライベート API のエンドポイントが呼び出しを拒否しました。[[レスポンスの本文：{bodyMessage:code}。]][[本文の `error`：{bodyError:code}。]]',
    },
    'authorizer-configuration': {
      title: 'オーソライザーを実行できませんでした（`AuthorizerConfigurationException`）',
      explanation:
        'レスポンスに `x-amzn-ErrorType: {errorType}` が含まれています。API Gateway はオーソライザーを実行できないか、その応答を使えませんでした。[[レスポンスの本文：{bodyMessage:code}。]][[本文の `error`：{bodyError:code}。]]',
    },
    'authorizer-failure': {
      title: 'オーソライザーが失敗しました（`AuthorizerFailureException`）',
      explanation:
        'レスポンスに `x-amzn-ErrorType: {errorType}` が含まれています。オーソライザーが呼び出し元を認証できませんでした。[[レスポンスの本文：{bodyMessage:code}。]][[本文の `error`：{bodyError:code}。]]',
    },
    'http-api-403': {
      title: 'HTTP API が 403 と応答しました',
      explanation:
        'レスポンスには `apigw-requestid` があり、エラータイプはありません。HTTP API の JWT オーソライザーは、ルールが求めるスコープがトークンに一つもないときに 403 を返すと報告されています。バックエンドが 403 を返すこともあります。[[レスポンスの本文：{bodyMessage:code}。]][[本文の `error`：{bodyError:code}。]]',
    },
    'rest-authorizer': {
      title: 'REST API のオーソライザーが呼び出しを拒否しました',
      explanation:
        'レスポンスに `x-amzn-ErrorType: {errorType}` が含まれています。これは API Gateway が自身のエラーレスポンスに付けるヘッダーです。呼び出しが統合に届く前に、Cognito ユーザープールオーソライザーがトークンを拒否しました。[[レスポンスの本文：{bodyMessage:code}。]][[本文の `error`：{bodyError:code}。]]',
    },
    'rest-gateway-error': {
      title: 'API Gateway がエラータイプ {errorType:code} で応答しました',
      explanation:
        'レスポンスに `x-amzn-ErrorType: {errorType}` が含まれています。この応答は統合ではなく API Gateway 自身が返したもの（ゲートウェイレスポンス）です。ゲートウェイレスポンスをカスタマイズしてステータスや本文を変えても、このヘッダーは残ります。[[レスポンスの本文：{bodyMessage:code}。]][[本文の `error`：{bodyError:code}。]]',
      fix: 'ゲートウェイレスポンスのタイプの一覧で {errorType:code} を探し、どの条件で返されるかを確認してください。',
    },
    'http-api-authorizer': {
      title:
        'HTTP API の JWT オーソライザーがトークンを拒否しました[[?errorDescription|：{errorDescription}]]',
      explanation:
        'レスポンスに `www-authenticate` が含まれています。HTTP API の JWT オーソライザーは、トークンを拒否するときにこのヘッダーを返します。[[?errorDescription|AWS の文言そのまま：{errorDescription:code}。]][[?error|エラー：{error:code}。]][[?scope|このルートには {scope:code} のいずれかのスコープが必要です。]][[レスポンスの本文：{bodyMessage:code}。]][[本文の `error`：{bodyError:code}。]]',
    },
    'http-api-missing-token': {
      title: 'HTTP API の JWT オーソライザーがトークンを見つけられませんでした',
      explanation:
        'レスポンスはエラーの詳細がない `www-authenticate: Bearer` だけです。HTTP API の JWT オーソライザーは、ID ソースにトークンを見つけられませんでした。[[レスポンスの本文：{bodyMessage:code}。]][[本文の `error`：{bodyError:code}。]]',
      fix: 'オーソライザーが読むヘッダー（デフォルトは `Authorization`）でトークンを送ってください。',
    },
    backend: {
      title: '401 を返したのはオーソライザーではなくバックエンドです',
      explanation:
        'レスポンスには、API Gateway のオーソライザーが 401 に付ける `x-amzn-ErrorType` も `www-authenticate` もありません。[[?traceId|統合のレスポンスに見られる `X-Amzn-Trace-Id` が含まれています。]][[?remapped|{remapped:code} が含まれています。バックエンドが送ったヘッダーの名前を API Gateway が変えたものです。]]401 を返したのは統合（Lambda 関数や HTTP バックエンド）なので、以下のトークンのチェックでは説明できない可能性があります。[[レスポンスの本文：{bodyMessage:code}。]][[本文の `error`：{bodyError:code}。]]',
      fix: '統合のログと、統合がトークンをどのように読み取って検証しているかを確認してください。',
      headline: '401 を返したのはオーソライザーではなくバックエンドです。統合を確認してください。',
    },
  },
  preflight: {
    'not-preflight': {
      title: 'CORS プリフライトではありません',
      explanation: '拒否されたリクエストは `OPTIONS` のプリフライトではありません。',
    },
    rejected: {
      title: 'オーソライザーが CORS プリフライトを拒否しました',
      explanation:
        'この `OPTIONS` リクエスト[[（{requestedMethod:code} の呼び出し用）]]は、クロスオリジンの呼び出しの前にブラウザが送るプリフライトです。プリフライトは認証情報を含まないため、`OPTIONS` にオーソライザーがあると必ず拒否され、ブラウザは本来の呼び出しをブロックします。デフォルトのオーソライザーや、`ANY` のメソッドまたはルートが原因であることがよくあります。',
      fix: `${PREFLIGHT_FIX_HTTP}[[!httpApi|このリソースの \`OPTIONS\` メソッドの認可を \`NONE\` にして（またはデフォルトのオーソライザーの対象から \`OPTIONS\` を外して）、ステージを再デプロイしてください。]]`,
      headline: 'ブラウザが送った CORS プリフライトを、オーソライザーが拒否しました。',
    },
    'rejected-configured': {
      title: '{configuredMethod} {configuredPath} のオーソライザーが CORS プリフライトを拒否しました',
      explanation:
        'この `OPTIONS` リクエストは、クロスオリジンの呼び出しの前にブラウザが送るプリフライトです。設定では `{configuredMethod} {configuredPath}` が {authorizationType:code} で保護されており、これは `OPTIONS` にも適用されます。プリフライトは認証情報を含まないため、オーソライザーは必ず拒否し、ブラウザは本来の呼び出しをブロックします。',
      fix: `${PREFLIGHT_FIX_HTTP}[[!httpApi|\`OPTIONS {configuredPath}\` に（\`ANY\` ではなく）専用のメソッドを作って認可を \`NONE\` にし、ステージを再デプロイしてください。]]`,
      headline:
        'ブラウザが送った CORS プリフライトを、{configuredMethod} {configuredPath} のオーソライザーが拒否しました。',
    },
  },
  route: {
    exists: {
      title: 'ステージ、リソース、メソッドは存在します',
      explanation:
        'API Gateway はこの呼び出しにアクセスのルールを適用しました。これはステージ、リソース、メソッドが見つかった後にだけ行われます。',
    },
    'missing-authentication-token': {
      title: 'API Gateway にそのステージ、パス、メソッドがありません',
      explanation:
        '応答は 403 `MissingAuthenticationTokenException`（"Missing Authentication Token"）です。名前に反して、API Gateway は存在しないステージ、リソースパス、メソッド（ここでは `{method} {path}`）と、署名なしで呼ばれた `AWS_IAM` のメソッドにこう応答します。トークンを変えても結果は変わりません。',
      fix: 'URL をデプロイ済みのステージとリソースと比べてください。ステージ名、パス（大文字小文字を含む）、メソッドがデプロイ済みのステージに存在する必要があります。メソッドが `AWS_IAM` なら、リクエストに署名してください。',
      headline:
        'API Gateway には `{method} {path}` に当たるステージ、パス、メソッドがありません（"Missing Authentication Token"）。',
    },
    'unknown-stage': {
      title: 'ステージ {stage:code} は存在しません',
      explanation:
        '応答は 403 `MissingAuthenticationTokenException` で、API Gateway は存在しないステージ、パス、メソッドにこう応答します。URL はステージ {stage:code} を指していますが、この API のステージは {stages:code} です。',
      fix: 'ステージ {stages:code} のいずれかを呼び出すか、API を {stage:code} にデプロイしてください。',
      headline: 'URL のステージ {stage:code} はこの API にありません（ステージ：{stages}）。',
    },
    'stage-missing': {
      title: 'URL にステージがありません',
      explanation:
        '応答は 403 `MissingAuthenticationTokenException` です。パス `{path}` 自体が設定済みのルートの一つなので、URL の先頭にステージがありません。API Gateway は {stage:code} をステージ名と解釈しました。[[この API のステージは {stages:code} です。]]',
      fix: 'パスの先頭にステージ名を付けてください：`/<stage>{path}`。',
      headline:
        'URL の `{path}` の前にステージがありません。API Gateway は {stage:code} をステージ名と解釈しました。',
    },
    'unknown-route': {
      title: '{method} {resourcePath} に一致するルートが設定にありません',
      explanation:
        '応答は 403 `MissingAuthenticationTokenException` で、API Gateway は存在しないリソースパスやメソッドにこう応答します。`{method} {resourcePath}` に一致するメソッドは設定にありません。[[?nearest|最も近い設定済みのルートは {nearest:code} です。]]',
      fix: '呼び出しのパスかメソッドを直す（パスは大文字小文字を区別します）か、API にメソッドを追加してステージを再デプロイしてください。',
      headline:
        '`{method} {resourcePath}` に一致するルートがありません[[?nearest|（近いもの：{nearest}）]]。',
    },
    'iam-unsigned': {
      title: 'メソッドは AWS_IAM ですが、リクエストに署名がありません',
      explanation:
        '応答は 403 `MissingAuthenticationTokenException` です。設定では `{configuredMethod} {configuredPath}` は `AWS_IAM` で保護されており、SigV4 で署名したリクエストが必要です。このリクエストには `AWS4-HMAC-SHA256` の署名がなく、API Gateway はそのようなメソッドへの署名なしの呼び出しにこう応答します。',
      fix: 'リクエストに SigV4 で署名する（Amplify や AWS SDK など）か、メソッドの認可をアプリが使うオーソライザーに変えてステージを再デプロイしてください。',
      headline: 'メソッドは `AWS_IAM` ですが、リクエストに署名がありません。',
    },
    'configured-route': {
      title: 'ルートは設定にありますが、ステージが提供していません',
      explanation:
        '応答は 403 `MissingAuthenticationTokenException` で、API Gateway は存在しないルートにこう応答します。設定には `{configuredMethod} {configuredPath}` があるので、デプロイ済みのステージ {stage:code} はそれを含まない古いデプロイを実行している可能性があります。',
      fix: 'API をステージ {stage:code} に再デプロイしてから、もう一度呼び出してください。',
      headline:
        'ステージ {stage:code} は `{configuredMethod} {configuredPath}` を提供していません。API を再デプロイしてください。',
    },
    'not-gateway': {
      title: 'スキップ：アクセスについてのゲートウェイの応答ではありません',
      explanation:
        'この応答は API Gateway のアクセスのルールによるものではないため、ルートが存在するかは判断できません。',
    },
  },
  policy: {
    'lambda-deny': {
      title: 'Lambda オーソライザーが Deny ポリシーを返しました',
      explanation:
        '応答は 403 `AccessDeniedException` で、メッセージは {message:code} です。Lambda オーソライザーが実行され、この呼び出しを拒否するポリシーを返しました。',
      fix: 'オーソライザー関数のログで拒否の理由を確認し、このメソッドの ARN に対して返すポリシーを確認してください。',
      headline: 'Lambda オーソライザーが明示的な Deny で呼び出しを拒否しました。',
    },
    'lambda-no-match': {
      title: 'Lambda オーソライザーのポリシーがこのメソッドを含みません',
      explanation:
        '応答は 403 `AccessDeniedException` で、メッセージは {message:code} です。オーソライザーのポリシーは他のリソースを許可していますが、このリソースは許可していません。別のメソッド用にキャッシュされたポリシーでも同じ応答になります[[（結果のキャッシュは {cachedTtl:duration}）]]。',
      fix: '返すポリシーでこのメソッドの ARN（または `arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/*` のようなワイルドカード）を許可するか、結果キャッシュの TTL を短くしてください。',
      headline: 'Lambda オーソライザーのポリシーがこのメソッドを許可していません。',
    },
    'policy-deny': {
      title: 'IAM ポリシーかリソースポリシーが呼び出し元を明示的に拒否しています',
      explanation:
        '応答は 403 `AccessDeniedException` で、メッセージは {message:code} です。API のリソースポリシー（または呼び出し元の IAM ポリシー）にある `Effect: Deny` のステートメントがこの呼び出しに一致しました。',
      fix: 'リソースポリシーを読み、この呼び出し元（送信元 IP、VPC エンドポイント、アカウント、パス）に一致する Deny ステートメントを探してください。',
      headline: 'リソースポリシーか IAM ポリシーがこの呼び出しを明示的に拒否しています。',
    },
    anonymous: {
      title: 'リソースポリシーがこの呼び出し元を許可していません',
      explanation:
        '応答は 403 `AccessDeniedException` で、メッセージは {message:code} です。API にリソースポリシーがあり、この署名なしの呼び出し元（送信元 IP、VPC エンドポイント、アカウント）を許可するステートメントがありません。',
      fix: 'リソースポリシーにこの呼び出し元を許可するステートメントを追加する（または除外している条件を外す）し、ステージを再デプロイしてください。',
      headline: 'API のリソースポリシーがこの呼び出し元を許可していません（"anonymous is not authorized"）。',
    },
    'explicit-deny': {
      title: 'ポリシーが呼び出しを明示的に拒否しています',
      explanation:
        '応答は 403 `AccessDeniedException` で、メッセージは {message:code} です。明示的な拒否は API のリソースポリシーか Lambda オーソライザーの Deny ポリシーによるもので、このメソッドの設定がないと区別できません。',
      fix: 'リソースポリシーの Deny ステートメントを確認し、メソッドに Lambda オーソライザーがあればそのログも確認してください。',
      headline: 'リソースポリシーか Lambda オーソライザーがこの呼び出しを明示的に拒否しています。',
    },
    'other-message': {
      title: 'アクセスが拒否されました：{message}',
      explanation:
        '応答は 403 `AccessDeniedException` で、メッセージは {message:code} です（たとえば IAM のキーが無効なときは "The security token included in the request is invalid" となります）。',
      fix: 'リクエストの署名に使った認証情報と、API のリソースポリシーを確認してください。',
      headline: 'API Gateway がアクセスを拒否しました：{message}',
    },
    'access-denied': {
      title: 'ポリシーが呼び出しを拒否しました',
      explanation:
        '応答は 403 `AccessDeniedException` です。ここでは読めないそのメッセージで原因が分かります。"… with an explicit deny" はリソースポリシー（または Lambda オーソライザーの Deny）、"User: anonymous is not authorized …" はこの呼び出し元（送信元 IP、VPC エンドポイント、アカウント）を許可していないリソースポリシーです。メッセージはブラウザーの Network パネルで確認できます。',
      fix: 'Network パネルでメッセージを読み、API のリソースポリシーを確認してください。',
      headline: 'ポリシーが呼び出しを拒否しました（403 `AccessDeniedException`）。',
    },
    'access-denied-lambda': {
      title: 'Lambda オーソライザーが呼び出しを拒否しました',
      explanation:
        '応答は 403 `AccessDeniedException` で、メソッドには Lambda オーソライザーがあります。関数が Deny ポリシーか、このメソッドを含まないポリシー（キャッシュされたものを含む）を返しました。リソースポリシーでも同じ応答になるため、Network パネルのメッセージで区別してください。',
      fix: 'オーソライザー関数のログと、このメソッドの ARN に対して返すポリシーを確認してください。',
      headline: 'Lambda オーソライザー（またはリソースポリシー）が呼び出しを拒否しました。',
    },
    'not-access-denied': {
      title: 'スキップ：ポリシーによる拒否ではありません',
      explanation: 'ポリシーによる拒否は 403 `AccessDeniedException` ですが、この応答は違います。',
    },
  },
  api_key: {
    'no-key': {
      title: 'API キーが送られていません',
      explanation:
        '応答は 403 `ForbiddenException` で、リクエストに {header:code} ヘッダーがありません。[[?apiKeyRequired|設定では、このメソッドは API キーを必要とします。]]「API キーが必要」のメソッドはキーなしの呼び出しにこう応答します。',
      fix: 'API キーを {header:code} ヘッダーで送るか、メソッドの「API キーが必要」を外して再デプロイしてください。',
      headline: 'メソッドは API キーを必要としますが、リクエストにはありません（{header:code}）。',
    },
    'key-rejected': {
      title: 'API キーが受け付けられませんでした',
      explanation:
        'リクエストには {header:code} がありますが、応答は 403 `ForbiddenException` です。キーが存在しないか無効になっているか、その使用量プランがこの API とステージ {stage:code} に関連付けられていません。WAF のルールやプライベート API のエンドポイントポリシーも同じ応答を返します。',
      fix: 'キーが有効で、この API とステージを含む使用量プランに属していることを確認してください。',
      headline:
        '送られた API キーはこのステージで受け付けられませんでした（または WAF かプライベート API のルールが応答しました）。',
    },
    'not-required': {
      title: 'メソッドは API キーを必要としませんが Forbidden です',
      explanation:
        '応答は 403 `ForbiddenException` ですが、設定では `{configuredMethod} {configuredPath}` は API キーを必要としません。WAF のルール、誤ったホストやエンドポイントで呼ばれたプライベート API、古いデプロイを実行しているステージも同じ応答を返します。',
      fix: 'ステージの WAF ウェブ ACL とプライベート API の VPC エンドポイントを確認し、ステージを再デプロイしてください。',
      headline:
        'API キー不要のメソッドに API Gateway が Forbidden と応答しました。WAF かプライベートエンドポイントを確認してください。',
    },
    'not-forbidden': {
      title: 'スキップ：API キーの問題ではありません',
      explanation:
        'API キーがない、または無効なときは REST の 403 `ForbiddenException` ですが、この応答は違います。',
    },
  },
  authorizer: {
    cognito: {
      title: 'Cognito ユーザープールオーソライザー',
      explanation:
        '[[?basis|設定では、メソッドは Cognito ユーザープールオーソライザーで保護されています。]]以下のトークンのチェックはそのまま当てはまります。',
    },
    'rest-jwt': {
      title: 'REST API の JWT オーソライザー',
      explanation:
        'メソッドは REST API の JWT オーソライザーで保護されています[[?issuers|（信頼する発行者：{issuers:code}）]]。トークンの発行者、オーディエンス、アルゴリズム、追加クレームを、その設定と照らして以下で確認します。',
    },
    'http-jwt': {
      title: 'HTTP API の JWT オーソライザー',
      explanation:
        'HTTP API の JWT オーソライザーがルートを保護しています。発行者、オーディエンス、有効期限、スコープを確認し、`token_use` は見ません。',
    },
    iam: {
      title: 'IAM 認可（AWS_IAM）',
      explanation:
        '設定では、メソッドは `AWS_IAM` を使います。ユーザープールのトークンではなく SigV4 で署名したリクエストが必要なので、以下のトークンのチェックでは判断できません。',
    },
    none: {
      title: 'メソッドに認可がありません',
      explanation:
        '設定では、メソッドの認可は `NONE` です。それでもオーソライザーが応答したのなら、ステージは設定とは別のデプロイを実行しています。',
    },
    lambda: {
      title: 'Lambda オーソライザー[[（{type}）]]',
      explanation:
        'Lambda オーソライザーがメソッドを保護しています[[（読むもの：{identitySources:code}）]]。判断するのは関数なので、以下のトークンのチェックは参考情報で、それだけでは原因と断定できません。',
    },
    'lambda-source-missing': {
      title: 'Lambda オーソライザーの ID ソースがありませんでした',
      explanation:
        'Lambda オーソライザーは {identitySources:code} を読みますが、リクエストに {missing:code} がありません（または空でした）。このとき API Gateway は関数を呼ばずに 401 を返します。',
      fix: '{missing:code} をリクエストで送るか、オーソライザーの ID ソースを変更してください。',
      headline:
        'リクエストに {missing:code} がないため、Lambda オーソライザーの実行前に API Gateway が拒否しました。',
    },
    'lambda-validation-failed': {
      title: '{header} の値が検証式に一致しません',
      explanation:
        '`TOKEN` オーソライザーは {header:code} を読み、その値が {expression:code} に一致するときだけ関数を呼びます。この値は一致しないため、API Gateway は関数を呼ばずに 401 を返しました。',
      fix: '式が期待する形（多くは `Bearer <token>`）で値を送るか、式を直してください。',
      headline: '{header:code} の値がオーソライザーの検証式に一致しないため、関数は実行されませんでした。',
    },
    'lambda-unauthorized': {
      title: 'Lambda オーソライザーの関数が呼び出しを拒否しました',
      explanation:
        '[[?settingsKnown|ID ソースはあったので、関数が実行され、]][[!settingsKnown|オーソライザーの設定がないため ID ソースは確認できません。おそらく関数が実行され、]]`Unauthorized` と応答しました（ちょうどその文字列のエラーを投げるかコールバックに渡すと、この 401 になります）。',
      fix: 'CloudWatch で関数のログを読み、トークンを拒否した理由を確認するか、同じ ID ソースでテストモードで呼び出してください。',
      headline: 'Lambda オーソライザーの関数が呼び出しを拒否しました。そのログを確認してください。',
    },
    'lambda-configuration-error': {
      title: 'Lambda オーソライザーが失敗しました（500）',
      explanation:
        '応答は 500 `AuthorizerConfigurationException` です。オーソライザー関数が `Unauthorized` 以外のエラーを投げたか、タイムアウトしたか、不正な形のポリシーを返したか、API Gateway に呼び出す権限がありません。',
      fix: '関数のログを読み、出力の形（`principalId`、`policyDocument`）と、API Gateway が呼び出せること（`lambda:InvokeFunction`）を確認してください。',
      headline:
        'Lambda オーソライザーが失敗しました（クラッシュ、タイムアウト、不正なポリシー、または呼び出し権限がない）。',
    },
    'configuration-error': {
      title: 'オーソライザーを実行できませんでした（500）',
      explanation:
        '応答は 500 `AuthorizerConfigurationException` です。カスタム（Lambda）オーソライザーは、関数がクラッシュ、タイムアウトしたとき、不正なポリシーを返したとき、呼び出せないときにこう応答します。',
      fix: 'メソッドのオーソライザーを調べ、その関数のログと、API Gateway が呼び出せるかを確認してください。',
      headline: 'API のオーソライザーを実行できませんでした（500 `AuthorizerConfigurationException`）。',
    },
    'authorizer-failure': {
      title: 'オーソライザーが失敗しました（500）',
      explanation:
        '応答は 500 `AuthorizerFailureException` です。オーソライザーが独自の理由で呼び出し元を認証できませんでした。',
      fix: 'オーソライザー関数のログを読み、同じ ID ソースでテストしてください。',
      headline: 'オーソライザーが失敗しました（500 `AuthorizerFailureException`）。',
    },
    unknown: {
      title: 'スキップ：オーソライザーの種類が分かりません',
      explanation:
        'Lambda オーソライザーの 401 は、通信上は Cognito オーソライザーのものとまったく同じです。区別するには API の設定をインポートしてください。',
    },
  },
  cors: {
    'same-origin': {
      title: '同一オリジンの呼び出しのため、CORS は関係しません',
      explanation:
        '{origin:code} のページが自身のオリジンを呼び出したため、アプリは 401 をそのまま受け取りました。',
    },
    'allow-origin-present': {
      title: '401 に Access-Control-Allow-Origin が付いています',
      explanation:
        '{origin:code} のページが {apiOrigin:code} を呼び出し、401 には `Access-Control-Allow-Origin: {allowOrigin}` が付いているため、アプリは 401 を読み取れます。',
    },
    'missing-allow-origin': {
      title: 'アプリにはこの 401 ではなく CORS エラーが見えています',
      explanation:
        '{origin:code} のページが {apiOrigin:code} を呼び出しましたが、401 に `Access-Control-Allow-Origin` ヘッダーがありません。そのためブラウザは CORS エラーを報告し、401 をアプリから隠します。期限切れや誤ったトークンが CORS の問題に見えるのはこのためです。',
      fix: '[[!httpApi|ゲートウェイレスポンス `UNAUTHORIZED` と `DEFAULT_4XX` に `Access-Control-Allow-Origin` を追加し、ステージを再デプロイしてください。]][[?httpApi|API の CORS 設定を確認してください。{origin:code} を許可している必要があります。]]',
      headline: '401 に CORS ヘッダーがないため、アプリには 401 ではなく CORS エラーが見えています。',
    },
    'no-initiator': {
      title: '呼び出し元のページがわかりません',
      explanation:
        'この呼び出しを行ったページを Chrome が報告しなかったため、CORS が 401 を隠したかどうかは判断できません。',
    },
  },
  'header.present': {
    'lambda-sources-present': {
      title: 'すべての ID ソースが送られました',
      explanation: 'Lambda オーソライザーは {sources:code} を読み、リクエストにはそのすべてがあります。',
    },
    'lambda-sources-optional': {
      title: '送られていない ID ソースがあります',
      explanation:
        'Lambda オーソライザーは {sources:code} を読みますが、リクエストに {missing:code} がありません。結果のキャッシュが無効なので API Gateway はそれでも関数を呼ぶため、これだけでは原因になりません。',
    },
    'lambda-source-missing': {
      title: 'リクエストに {missing} がありません',
      explanation:
        'Lambda `REQUEST` オーソライザーは {sources:code} を読みますが、リクエストに {missing:code} がない（または空）ため、API Gateway は関数を呼ばずに 401 を返します。',
      fix: '{missing:code} を送るか、オーソライザーの ID ソースを変えてください。',
      headline: 'Lambda オーソライザーが必要とする {missing:code} がリクエストにありません。',
    },
    present: {
      title: '{headerName} ヘッダーが送られています',
      explanation: 'リクエストには、オーソライザーが読む {headerName:code} ヘッダーが含まれています。',
    },
    missing: {
      title: '{headerName} ヘッダーが送られていません',
      explanation:
        'リクエストに {headerName:code} ヘッダーがありません。オーソライザーはこのヘッダーからトークンを探すため、それ以上調べずに呼び出しを拒否します。',
      fix: '{headerName:code} ヘッダーでトークンを送ってください（ID トークンまたはアクセストークンをそのまま、または `Bearer ` に続けて）。',
      headline: 'リクエストに {headerName} ヘッダーがありません。',
    },
    'missing-token-elsewhere': {
      title: 'トークンが {headerName} ではなく {otherHeaders} で送られています',
      explanation:
        'リクエストに {headerName:code} ヘッダーがありません。オーソライザーはこのヘッダーからトークンを探します。代わりに JWT の形をした値が {otherHeaders:code} で送られていますが、オーソライザーはそれを読みません。',
      fix: 'トークンを {headerName:code} で送るか、オーソライザーの ID ソースを実際に使っているヘッダーに変更してください。',
      headline:
        'トークンは {otherHeaders:code} で送られていますが、オーソライザーが読むのは {headerName:code} です。',
    },
    empty: {
      title: '{headerName} ヘッダーが空です',
      explanation: 'リクエストに {headerName:code} はありますが、値が空か空白だけです。',
      fix: 'API を呼び出す前に、アプリがトークンを取得済みであることを確認してください（サインインやトークンの更新が終わっていない可能性があります）。',
      headline: '{headerName} ヘッダーが空のまま送られました。',
    },
    preflight: {
      title: 'プリフライトはトークンを含みません',
      explanation:
        'CORS プリフライトが `Authorization` ヘッダーを含むことはないため、ここで調べることはありません。',
    },
    'headers-not-captured': {
      title: 'リクエストヘッダーを取得できません',
      explanation:
        'この呼び出しのリクエストヘッダーを Chrome が報告しなかったため、トークンが送られたかどうかは判断できません。',
    },
  },
  'header.format': {
    raw: {
      title: 'ヘッダーの値はトークンだけです',
      explanation: '値は空白や引用符を含まない 1 語で、オーソライザーが期待する形式です。',
    },
    bearer: {
      title: 'ヘッダーの値は `Bearer` とトークンです',
      explanation:
        '値は {scheme:code}、半角スペース 1 つ、空白や引用符を含まないトークンの順です。API Gateway は、トークンだけの形式と同様にこの形式も受け付けます。',
    },
    sigv4: {
      title: 'ヘッダーの値は JWT ではなく AWS SigV4 署名です',
      explanation:
        '値が `AWS4-HMAC-SHA256` で始まっています。クライアントは IAM 認証情報でリクエストに署名していますが（たとえば Amplify の REST クライアントのデフォルト）、このメソッドは Cognito のトークンを期待しています。',
      fix: 'リクエストに署名する代わりに、Cognito の ID トークンまたはアクセストークンをヘッダーで送ってください。IAM を使いたい場合は、メソッドを `AWS_IAM` で保護してください。',
      headline:
        'クライアントはリクエストに AWS SigV4（IAM）で署名しましたが、メソッドは Cognito のトークンを期待しています。',
    },
    basic: {
      title: 'ヘッダーの値は JWT ではなく Basic 認証情報です',
      explanation:
        '値が `Basic` で始まっています。これはユーザー名とパスワードで、Cognito オーソライザーが受け付けることはありません。',
      fix: '代わりに Cognito の ID トークンまたはアクセストークンを送ってください。',
      headline: 'ヘッダーの値が Cognito のトークンではなく Basic 認証情報です。',
    },
    placeholder: {
      title: 'ヘッダーの値がトークンではなく {placeholder:code} です',
      explanation:
        '値[[（{scheme:code} の後ろ）]]が {placeholder:code} という文字列です（{position} 文字目）。アプリが、値の設定されていない変数（またはオブジェクト）をヘッダーに入れています。',
      fix: '呼び出す前にサインインの結果やセッションからトークンを読み取り、その完了を待ってください（多くの場合 Promise です）。',
      headline: 'アプリがトークンの代わりに {placeholder:code} を送りました。',
    },
    'bearer-only': {
      title: 'ヘッダーの値が `Bearer` だけで、トークンがありません',
      explanation:
        '値は `Bearer` という語だけです。アプリがヘッダーを組み立てたとき、その後ろに続くトークンが空でした（末尾のスペースはブラウザが削除します）。',
      fix: 'API を呼び出す前に、アプリがトークンを取得済みであることを確認してください。',
      headline: 'アプリは後ろにトークンのない `Bearer` を送りました。',
    },
    'bearer-bearer': {
      title: 'ヘッダーに `Bearer` が 2 回あります',
      explanation:
        '値の {position} 文字目に 2 つ目の `Bearer` があります。アプリが、すでにプレフィックスの付いた値にもう一度付けています。',
      fix: '`Bearer ` プレフィックスは 1 回だけ付けてください。',
      headline: 'ヘッダーが `Bearer Bearer` になっています。プレフィックスが 2 回付いています。',
    },
    quotes: {
      title: 'トークンが引用符で囲まれています',
      explanation:
        '値の {position} 文字目に引用符があります。トークンが JSON 文字列として保存またはシリアライズされ、引用符ごと送られています。',
      fix: 'トークンを引用符なしで送ってください（たとえば `JSON.stringify` しないでください）。',
      headline: 'トークンが引用符で囲まれたまま送られました。',
    },
    newline: {
      title: 'ヘッダーに改行が含まれています',
      explanation: '値の {position} 文字目に改行（{character}）があります。',
      fix: '送る前に、トークンの前後の空白を取り除いてください。',
      headline: 'ヘッダーの値に改行が含まれています。',
    },
    tab: {
      title: 'ヘッダーにタブが含まれています',
      explanation: '値の {position} 文字目にタブ（{character}）があります。',
      fix: '`Bearer` の後ろは半角スペース 1 つにし、トークンには空白を入れないでください。',
      headline: 'ヘッダーの値にタブが含まれています。',
    },
    'control-character': {
      title: 'ヘッダーに制御文字が含まれています',
      explanation: '値の {position} 文字目に制御文字 {character} があります。',
      fix: SEND_AS_ISSUED,
      headline: 'ヘッダーの値に制御文字が含まれています。',
    },
    'doubled-whitespace': {
      title: 'スキームの後ろに空白が複数あります',
      explanation:
        '値の {position} 文字目に余分な空白（{character}）があります。{scheme:code} の後ろは、ちょうど半角スペース 1 つでなければなりません。',
      fix: '`Bearer` の後ろは半角スペース 1 つにしてください。',
      headline: 'ヘッダーの `Bearer` の後ろに空白が複数あります。',
    },
    'leading-whitespace': {
      title: 'ヘッダーの値が空白で始まっています',
      explanation: '値が空白（{character}）で始まっています。',
      fix: '送る前に、値の前後の空白を取り除いてください。',
      headline: 'ヘッダーの値が空白で始まっています。',
    },
    'trailing-whitespace': {
      title: 'ヘッダーの値が空白で終わっています',
      explanation: '値の {position} 文字目から末尾まで空白（{character}）があります。',
      fix: '送る前に、値の前後の空白を取り除いてください。',
      headline: 'ヘッダーの値が空白で終わっています。',
    },
    'space-in-token': {
      title: 'トークンに空白が含まれています',
      explanation:
        'トークンの中の {position} 文字目に空白（{character}）があります。JWT が空白を含むことはありません。コピーの途中でトークンが折り返されたか、つなぎ合わされた可能性があります。',
      fix: 'Cognito が発行したとおりのトークンを、分割せずに送ってください。',
      headline: 'トークンの {position} 文字目に空白が含まれています。',
    },
    'other-scheme': {
      title: 'ヘッダーがスキーム {scheme:code} を使っています',
      explanation:
        '値が {scheme:code} とスペースで始まっています。API Gateway が受け付けるのは、トークンだけ、または `Bearer` とトークンの形式だけです。',
      fix: 'トークンだけ、または `Bearer ` とトークンを送ってください。',
      headline: 'ヘッダーは、API Gateway が受け付けないスキーム {scheme:code} を使っています。',
    },
    'no-header': {
      title: '調べるヘッダーの値がありません',
      explanation: 'トークンのヘッダーがないため、その形式を調べられません。',
    },
  },
  'token.decode': {
    decoded: {
      title: 'トークンをデコードできます',
      explanation:
        '値は 3 つの base64url セグメントから成り、最初の 2 つは JSON オブジェクトです。[[署名アルゴリズム：{alg:code}。]]',
    },
    'decoded-cleaned': {
      title: '余分な文字を除くとトークンをデコードできます',
      explanation:
        'ヘッダーの形式のチェックで見つかった余分な文字を除くと、値は 3 つの base64url セグメントから成り、最初の 2 つは JSON オブジェクトになります。以下のチェックはそのトークンを調べます。送られたヘッダーが誤っていることに変わりはありません。',
    },
    'segment-count': {
      title: 'セグメントの数が 3 個ではなく {segments} 個です',
      explanation:
        'JWT はドットで区切られた 3 つの base64url セグメント（ヘッダー、ペイロード、署名）から成りますが、この値は {segments} 個です。API Gateway はこれを拒否します（HTTP API は "token contains an invalid number of segments" と返します）。',
      fix: 'Cognito が発行したとおりの ID トークンまたはアクセストークンを、全体のまま送ってください。セグメントが 5 個の値は暗号化されたトークンで、1 個の値はそもそも JWT ではありません。',
      headline:
        '値は JWT ではありません。JWT のセグメントは 3 個ですが、この値はドット区切りで {segments} 個です。',
    },
    'bad-base64': {
      title: '{segment:term}部が base64url ではありません',
      explanation:
        '{segment:term}部に base64url で使えない文字[[（{character}）]]があります（トークンの {position} 文字目）。',
      fix: 'Cognito が発行したとおりのトークンを送ってください。URL エンコード、エスケープ、編集のいずれかがされた可能性があります。',
      headline: 'トークンが壊れています。{segment:term}部が base64url ではありません。',
    },
    'bad-json': {
      title: '{segment:term}部が JSON ではありません',
      explanation: '{segment:term}部はデコードできますが、JSON ではありません（{reason:term}）。',
      fix: SEND_AS_ISSUED,
      headline: 'トークンが壊れています。{segment:term}部が JSON ではありません。',
    },
    'not-object': {
      title: '{segment:term}部は JSON ですが、オブジェクトではありません',
      explanation:
        '{segment:term}部をデコードすると JSON の{jsonKind:term}になります。JWT では、ここが JSON オブジェクトでなければなりません。',
      fix: SEND_AS_ISSUED,
      headline:
        'トークンは JWT ではありません。{segment:term}部がオブジェクトではなく JSON の{jsonKind:term}です。',
    },
    truncated: {
      title: 'トークンが途中で切れているようです',
      explanation:
        '{segment:term}部が途中で終わっています（{reason:term}）。たとえばネットワークパネルからコピーしたときに、トークンが切り詰められた可能性があります。',
      fix: 'トークン全体を送ってください。省略された表示からではなく、アプリやサインインのレスポンスからコピーしてください。',
      headline: 'トークンが{segment:term}部の途中で切れているようです。',
    },
    'no-header': {
      title: 'デコードするトークンがありません',
      explanation: 'トークンのヘッダーが送られていないため、デコードするものがありません。',
    },
    'no-token': {
      title: 'ヘッダーはありますが、トークンが入っていません',
      explanation:
        'ヘッダーは送られていますが、その値にはデコードできる JWT がありません（代わりに何が入っているかはヘッダーの形式のチェックを参照してください）。[[API Gateway の応答: {gatewayDescription:code}。]]',
      fix: 'ID トークンまたはアクセストークンそのものを、そのまま、または `Bearer ` に続けて送ってください。',
      headline: 'ヘッダーにトークンが入っていません。',
    },
    'gateway-says-malformed': {
      title: 'API Gateway はヘッダーに有効な JWT を見つけませんでした',
      explanation:
        'ここで記録した値はデコードできますが、API Gateway は {gatewayDescription:code} と応答しました。API Gateway が読んだ値は JWT ではありませんでした。ブラウザーと API Gateway の間（プロキシ、Service Worker）でヘッダーが書き換えられた可能性があります。',
      fix: 'Cognito が発行したとおりにトークンを送り、途中でヘッダーを書き換えているものを確認してください。',
      headline: 'API Gateway は、ヘッダーに有効な JWT がないと応答しました。',
    },
    'captured-value-truncated': {
      title: '保存されたヘッダーの値は切り詰められています',
      explanation:
        'ヘッダーの値が拡張機能の保存できる長さを超えていたため、デコードの前に切り詰められました。デコードの失敗はそれが原因である可能性があります。',
    },
  },
  'token.alg': {
    allowed: {
      title: '許可されたアルゴリズム {alg:code} で署名されています',
      explanation: 'REST の JWT オーソライザーは {allowed:code} を許可し、トークンは `alg: {alg}` です。',
    },
    'not-allowed': {
      title: 'オーソライザーが許可しない {alg:code} で署名されています',
      explanation:
        'REST の JWT オーソライザーが許可するのは {allowed:code} ですが、トークンは `alg: {alg}` です。',
      fix: 'オーソライザーのアルゴリズムに {alg:code} を加えるか、ID プロバイダーに {allowed:code} のいずれかで署名させてください。',
      headline: 'トークンは JWT オーソライザーが許可しない {alg:code} で署名されています。',
    },
    rs256: {
      title: 'RS256 で署名されています',
      explanation:
        'トークンのヘッダーは `alg: RS256` です。Cognito ユーザープールが署名に使うアルゴリズムです。',
    },
    none: {
      title: 'トークンが署名されていません（`alg: none`）',
      explanation:
        'トークンのヘッダーは `alg: {alg}` です。トークンに署名がないため、どのオーソライザーも受け付けません。',
      fix: 'Cognito ユーザープールが発行したトークンを使ってください。トークンを自分で作らないでください。',
      headline: 'トークンが署名されていない（`alg: none`）ため、どのオーソライザーも受け付けません。',
    },
    other: {
      title: 'RS256 ではなく {alg:code} で署名されています',
      explanation:
        'トークンのヘッダーは `alg: {alg}` です。Cognito ユーザープールは RS256 で署名するため、このトークンはユーザープールが発行したものではありません（RSA 以外のアルゴリズムに対して、HTTP API は "signing method … is invalid" と返します）。',
      fix: USE_POOL_TOKEN,
      headline:
        'トークンは RS256 ではなく {alg:code} で署名されています。Cognito ユーザープールが発行したものではありません。',
    },
    missing: {
      title: 'トークンのヘッダーにアルゴリズムがありません',
      explanation: 'トークンのヘッダーに `alg` がないため、検証できません。',
      fix: USE_POOL_TOKEN,
      headline: 'トークンのヘッダーにアルゴリズムがありません。',
    },
    'gateway-says-invalid': {
      title: 'API Gateway は署名方式 {alg:code} を受け付けません',
      explanation:
        'API Gateway は {gatewayDescription:code} と応答しました。JWT オーソライザーはこのトークンの署名方式（ヘッダーの `alg: {alg}`）を受け付けません。',
      fix: 'オーソライザーが指定する ID プロバイダーが発行したトークンを使ってください（Cognito は RS256 で署名します）。',
      headline: 'API Gateway はトークンの署名方式を受け付けません。',
    },
    'not-decoded': NOT_DECODED,
  },
  'token.issuer': {
    'not-cognito-other-authorizer': {
      title: 'トークンの発行者は {iss:code} です',
      explanation:
        'トークンの発行者は Cognito ユーザープールではありません。{kind} のオーソライザーはそれを受け付けることがあります。',
    },
    cognito: {
      title: 'ユーザープール {poolId:code} が発行しました',
      explanation:
        'このトークンは、{region:code} の Cognito ユーザープール {poolId:code} が発行しました（`iss` {iss:code}）。',
      fix: 'オーソライザーがこのユーザープールを使っているか確認してください。プロバイダー ARN に {poolId:code} が含まれている必要があります。',
    },
    'pool-configured': {
      title: 'オーソライザーが受け付けるユーザープール {poolId:code} が発行しました',
      explanation:
        'このトークンは {region:code} の {poolId:code} が発行しました。設定されたユーザープール {configuredPoolIds:code} に含まれています。',
    },
    'issuer-configured': {
      title: '設定された発行者が発行しました',
      explanation: 'トークンの `iss` {iss:code} は、JWT オーソライザーに設定された発行者と一致します。',
    },
    missing: {
      title: 'トークンに発行者がありません',
      explanation:
        'ペイロードに文字列の `iss` クレームがありません[[（値は {iss:code}）]]。そのため、どのオーソライザーもトークンをユーザープールと照合できません。',
      fix: USE_POOL_TOKEN,
      headline: 'トークンに発行者（`iss`）がありません。',
    },
    'not-cognito': {
      title: 'Cognito ユーザープールのトークンではありません',
      explanation:
        'トークンの `iss` は {iss:code} で、`https://cognito-idp.<region>.amazonaws.com/<pool id>` ではありません。Cognito ユーザープールオーソライザーは、自身のユーザープールのトークンしか受け付けません。',
      fix: 'オーソライザーが指定するユーザープールでサインインし、そのトークンを送ってください。',
      headline: 'トークンは Cognito ユーザープールが発行したものではありません（`iss` は {iss:code}）。',
    },
    'region-mismatch': {
      title: '発行者のリージョンが一致しません',
      explanation:
        '`iss` {iss:code} のホストのリージョンは {hostRegion:code} ですが、ユーザープールのリージョンは {poolRegion:code} です。Cognito がこのようなトークンを発行することはありません。編集されたか、手で作られたトークンです。',
      fix: USE_POOL_TOKEN,
      headline: 'トークンの発行者で、リージョン {hostRegion:code} と {poolRegion:code} が混在しています。',
    },
    'pool-not-configured': {
      title: 'オーソライザーが受け付けないユーザープール {poolId:code} が発行しました',
      explanation:
        'このトークンは {region:code} の {poolId:code} が発行しましたが、オーソライザーが受け付けるのは {configuredPoolIds:code} だけです。別の環境のトークン（本番環境に対する開発環境のトークンなど）を使ったときや、ユーザープールを作り直した後によく起こります。',
      fix: 'オーソライザーが指定するユーザープールでサインインするか、オーソライザーのプロバイダー ARN に {poolId:code} を追加して再デプロイしてください。',
      headline: 'トークンは、このオーソライザーが受け付けないユーザープール {poolId:code} のものです。',
    },
    'issuer-mismatch': {
      title: '発行者が設定と異なります',
      explanation:
        'トークンの `iss` は {iss:code} ですが、JWT オーソライザーは {configuredIssuer:code} との完全一致を求めます。[[?trailingSlash|違いは末尾のスラッシュだけですが、それだけでトークンは拒否されます。]]',
      fix: 'オーソライザーの発行者をトークンの `iss` とまったく同じ値にするか、設定された発行者でサインインしてください。',
      headline:
        'トークンの発行者 {iss:code} は、オーソライザーの発行者 {configuredIssuer:code} と異なります。',
    },
    'not-cognito-http-api': {
      title: '{iss:code} が発行しました',
      explanation:
        'トークンの `iss` は {iss:code} で、Cognito ユーザープールではありません。HTTP API の JWT オーソライザーは設定された発行者であれば受け付けるため、これ自体は誤りではありません。',
    },
    'not-cognito-unknown-authorizer': {
      title: 'Cognito ユーザープールではなく {iss:code} が発行しました',
      explanation:
        'トークンの `iss` は {iss:code} で、Cognito ユーザープールではありません。Cognito ユーザープールオーソライザーならこのトークンを拒否しますが、この API がそれで保護されているかどうかはわかりません。',
    },
    'not-decoded': NOT_DECODED,
  },
  'token.expiry': {
    valid: {
      title: '有効期限内です（残り {secondsLeft:duration}）',
      explanation:
        'トークンの有効期限は {exp:time}（{expFromRequest:relative}）です。[[発行は {iat:time}（{iatFromRequest:relative}）です。]][[サインインは {authTime:time}（{authTimeFromRequest:relative}）です。]]',
    },
    'about-to-expire': {
      title: 'リクエストの {secondsLeft:duration}後に有効期限が切れます',
      explanation:
        'トークンの有効期限は {exp:time}（{expFromRequest:relative}）です。送信時には有効でしたが、わずかな時計のずれやリクエストの遅れで、届いた時点では期限切れになります。[[発行は {iat:time}（{iatFromRequest:relative}）です。]][[サインインは {authTime:time}（{authTimeFromRequest:relative}）です。]]',
      fix: '有効期限の直前ではなく、数分前にトークンを更新してください。',
      headline:
        'トークンの有効期限が迫っていました。リクエストの送信時点で、残りは {secondsLeft:duration}でした。',
    },
    'gateway-says-expired': {
      title:
        'API Gateway は期限切れと応答しましたが、このコンピューターの時計では残り {secondsLeft:duration}ありました',
      explanation:
        'API Gateway は {gatewayDescription:code} と応答しましたが、このコンピューターの時計では、トークンの有効期限は {exp:time}（{expFromRequest:relative}）です。リクエストの時刻はこのコンピューターの時計によるものなので、この時計が遅れている可能性があります。[[発行は {iat:time}（{iatFromRequest:relative}）です。]]',
      fix: 'コンピューターの時計を合わせ、トークンを更新してください。',
      headline:
        'このコンピューターの時計とは食い違いますが、API Gateway はトークンの有効期限が切れていると応答しました。時計を確認し、トークンを更新してください。',
    },
    expired: {
      title: 'リクエストの {secondsBefore:duration}前に有効期限が切れています',
      explanation:
        'トークンの有効期限は {exp:time}（{expFromRequest:relative}）に切れました。[[発行は {iat:time}（{iatFromRequest:relative}）です。]][[ユーザーのサインインは {authTime:time}（{authTimeFromRequest:relative}）です。]][[API Gateway の応答：{gatewayDescription:code}。]]Cognito のトークンは自己完結型なので、アプリが `exp` より前に更新する必要があります。',
      fix: '呼び出す前にトークンを更新し（Amplify の `fetchAuthSession()`、またはリフレッシュトークンのフロー）、呼び出しが 401 を返したときにも更新してください。',
      headline: 'トークンは、このリクエストの {secondsBefore:duration}前に有効期限が切れています。',
    },
    'no-exp': {
      title: 'トークンに有効期限がありません',
      explanation:
        'ペイロードに数値の `exp` クレームがありません。Cognito は必ず設定するため、これは Cognito のトークンではありません。',
      fix: USE_POOL_TOKEN,
      headline: 'トークンに有効期限（`exp`）がありません。',
    },
    'not-decoded': NOT_DECODED,
  },
  'token.issued_at': {
    ok: {
      title: '発行時刻は妥当です',
      explanation:
        'トークンの発行[[（{iat:time}）]]はリクエストより後ではないため、時計のずれは問題になりません。',
    },
    'iat-in-future': {
      title: 'リクエストの {secondsAhead:duration}後に発行されています',
      explanation:
        'トークンの発行時刻は {iat:time} で、リクエストを送った {secondsAhead:duration}後です。リクエストの時刻を計ったこのコンピューターの時計が遅れている可能性があります。',
      fix: 'コンピューターの時計を合わせてください。',
      headline:
        'トークンはリクエストの {secondsAhead:duration}後に発行されています。どちらかの時計がずれています。',
    },
    'nbf-in-future': {
      title: 'リクエストの {secondsAhead:duration}後まで有効になりません',
      explanation:
        'トークンは {nbf:time} より前は有効ではなく、これはリクエストを送った {secondsAhead:duration}後です。どちらかの時計がずれています。',
      fix: 'コンピューターの時計を合わせてください。',
      headline: 'トークンは送信時点でまだ有効ではありませんでした（`nbf` は {secondsAhead:duration}後）。',
    },
    'not-decoded': NOT_DECODED,
  },
  'token.use': {
    'rest-jwt': {
      title: 'JWT オーソライザーはトークンの種類を確認しません',
      explanation:
        'REST の JWT オーソライザーが `token_use` を読むのは、追加クレームのルールがそれを指定したときだけで、ここにはありません（トークンは {tokenUse:code}）。',
    },
    'rest-jwt-rule-match': {
      title: 'トークンの種類 {tokenUse:code} は許可されています',
      explanation:
        'オーソライザーのクレームのルールは `token_use` が {expected:code} のいずれかであることを求め、トークンは {tokenUse:code} です。',
    },
    'rest-jwt-rule-mismatch': {
      title: 'オーソライザーはトークンの種類 {expected} を求めています',
      explanation:
        'オーソライザーのクレームのルールは `token_use` が {expected:code} のいずれかであることを求めますが、トークンは {tokenUse:code} です。',
      fix: '代わりに {expected} のトークンを送ってください。',
      headline:
        'JWT オーソライザーは種類 {expected:code} のトークンを求めていますが、このトークンは {tokenUse:code} です。',
    },
    lambda: {
      title: 'トークンの種類は Lambda オーソライザーが判断します',
      explanation:
        'どのトークンを受け付けるかは Lambda オーソライザーの関数が決めます。トークンは {tokenUse:code} です。',
    },
    'id-no-scopes': {
      title: 'スコープのないメソッドに ID トークン',
      explanation:
        'メソッドに OAuth スコープがないため、オーソライザーは ID トークンを期待します。このトークンは ID トークンです。',
    },
    'access-with-scopes': {
      title: 'スコープのあるメソッドにアクセストークン',
      explanation:
        'メソッドに OAuth スコープ（{methodScopes:code}）があるため、オーソライザーはアクセストークンを期待します。このトークンはアクセストークンです。',
    },
    'access-no-scopes': {
      title: 'ID トークンしか受け付けないメソッドにアクセストークンが送られています',
      explanation:
        'トークンはアクセストークン（`token_use: access`）ですが、メソッドに OAuth スコープがありません。この場合 Cognito オーソライザーはトークンを ID トークンとして扱い、アクセストークンは（`aud` がないため）その検証に失敗します。この種の 401 で最もよくある原因です。',
      fix: 'このメソッドには ID トークンを送るか、メソッドに OAuth スコープを追加し（そのいずれかを含むアクセストークンを送り）、再デプロイしてください。',
      headline: 'これはアクセストークンです。OAuth スコープのないメソッドは ID トークンしか受け付けません。',
    },
    'id-with-scopes': {
      title: 'スコープが必要なメソッドに ID トークンが送られています',
      explanation:
        'トークンは ID トークンですが、メソッドには OAuth スコープ {methodScopes:code} が必要です。この場合オーソライザーはそのいずれかを含むアクセストークンを期待しますが、ID トークンには `scope` クレームがありません。',
      fix: 'それらのスコープのいずれかを指定して（ホストされた UI / OAuth フローで）取得したアクセストークンを送るか、メソッドからスコープを削除して再デプロイしてください。',
      headline:
        'これは ID トークンです。このメソッドにはスコープ {methodScopes:code} が必要なため、アクセストークンを送る必要があります。',
    },
    missing: {
      title: 'トークンに `token_use` がありません',
      explanation:
        'ペイロードに `token_use` クレームがありません。Cognito はすべてのトークンに `id` または `access` を設定するため、これは Cognito ユーザープールのトークンではありません。',
      fix: 'Cognito ユーザープールの ID トークンまたはアクセストークンを送ってください。',
      headline:
        'トークンに `token_use` がないため、Cognito の ID トークンでもアクセストークンでもありません。',
    },
    'unknown-value': {
      title: '`token_use` が {tokenUse:code} です',
      explanation:
        'トークンは `token_use: {tokenUse}` です。Cognito が発行するのは `id` と `access` のトークンだけです。',
      fix: 'Cognito ユーザープールの ID トークンまたはアクセストークンを送ってください。',
      headline: 'トークンは `token_use: {tokenUse}` で、`id` でも `access` でもありません。',
    },
    'http-api': {
      title: 'HTTP API：`token_use` はチェックされません',
      explanation:
        'HTTP API の JWT オーソライザーは `token_use`（ここでは {tokenUse:code}）を見ません。チェックするのはオーディエンスとルートのスコープです。[[?routeHasScopes|このルートにはスコープ（{methodScopes:code}）が必要で、スコープを含むのはアクセストークンだけです。]]',
    },
    'id-scopes-unknown': {
      title: 'ID トークン：メソッドに OAuth スコープがなければ正しい種類です',
      explanation:
        'これは ID トークンで、OAuth スコープのないメソッドが期待する種類です。このメソッドにスコープがあるかどうかはわかりません。スコープがある場合は、代わりにアクセストークンが必要です。',
      fix: 'API の設定をインポートするか、以下のコマンドでメソッドのスコープを一覧表示してください。',
    },
    'access-scopes-unknown': {
      title: 'アクセストークン：OAuth スコープのあるメソッドでのみ使えます',
      explanation:
        'これはアクセストークンです。Cognito オーソライザーがアクセストークンを受け付けるのは OAuth スコープのあるメソッドだけで、スコープがなければ ID トークンを期待します。この種の 401 の多くは ID トークンを送れば解決します。このメソッドにスコープがあるかどうかはわかりません。',
      fix: 'メソッドに OAuth スコープがない限り、ID トークンを送ってください（以下のコマンドで確認できます。スコープは `authorizationScopes` に表示されます）。',
      headline:
        'これはアクセストークンです。メソッドに OAuth スコープがない限り、受け付けられるのは ID トークンだけです。',
    },
    'method-not-token-auth': {
      title: 'メソッドはトークンを使うオーソライザーで保護されていません',
      explanation:
        '設定ではこのメソッドの認可は {authorizationType:code} のため、Cognito のトークンのルールは適用されません。それでも Cognito オーソライザーが応答したのなら、デプロイされたステージが設定と異なります。',
      fix: 'デプロイされたステージと設定を比べ、異なる場合は再デプロイしてください。',
    },
    'not-decoded': NOT_DECODED,
  },
  'token.scope': {
    'http-api-403-scopes-unknown': {
      title: 'トークンにルートのスコープがない可能性があります',
      explanation:
        'HTTP API は、ルートのスコープがトークンに一つもないときに 403 を返すと報告されています（AWS による確認はありません）。ルートのスコープは分かっておらず、トークンには {tokenScopes:code} があります。',
      fix: 'ルートの認可スコープとトークンの `scope` クレームを比べてください。',
      headline: 'HTTP API が 403 と応答しました。トークンにルートのスコープがないと考えられます。',
    },
    'has-scope': {
      title: 'トークンに {matched:code} が含まれています',
      explanation:
        'メソッドには {required:code} のいずれかが必要です。トークンのスコープは {tokenScopes:code} で、{matched:code} が含まれています。',
    },
    'missing-scope': {
      title: 'トークンに必要なスコープが 1 つもありません',
      explanation:
        'メソッドには {required:code} のいずれかが必要ですが、アクセストークンに含まれるスコープは[[?tokenScopes| {tokenScopes:code} だけです]][[!tokenScopes|ありません]]。[[?signinOnly|InitiateAuth や SRP によるサインイン（Amplify のデフォルト）で得たトークンには `aws.cognito.signin.user.admin` しか含まれません。カスタムスコープは OAuth エンドポイントからしか得られません。]]',
      fix: '必要なスコープのいずれかを指定して、ホストされた UI / OAuth フローでトークンを取得するか（アプリクライアントでそのスコープが許可されている必要があります）、メソッドのスコープを変更して再デプロイしてください。',
      headline:
        'このメソッドにはスコープ {required:code} が必要ですが、アクセストークンに含まれるスコープは[[?tokenScopes| {tokenScopes:code} だけです]][[!tokenScopes|ありません]]。',
    },
    'not-access-token': {
      title: 'スキップ：アクセストークンではありません',
      explanation: 'スコープを含むのはアクセストークンだけです。',
    },
    'scopes-unknown': {
      title: 'スキップ：メソッドのスコープがわかりません',
      explanation: 'トークンのスコープとメソッドのスコープを比べるには、API の設定をインポートしてください。',
    },
    'no-method-scopes': {
      title: 'スキップ：メソッドにスコープがありません',
      explanation: 'このメソッドは OAuth スコープを必要としません。',
    },
    'not-decoded': NOT_DECODED,
  },
  'token.client': {
    'client-id-only': {
      title: '`aud` はなく、`client_id` がオーディエンスにあります',
      explanation:
        'トークンに `aud` はなく（Cognito のアクセストークン）、その `client_id` {clientId:code} はオーディエンス {configuredAudiences:code} にあります。REST の JWT オーソライザーが HTTP API と同じく `client_id` で代用するかは文書化されていません。[[ トークンのアプリクライアントは、インポートした {clientName:code} です。]]',
    },
    'audience-match': {
      title: 'オーディエンスは受け付けられます',
      explanation:
        'トークンの `{claim}` は、オーソライザーのオーディエンス {configuredAudiences:code} に含まれています。[[ トークンのアプリクライアントは、インポートした {clientName:code} です。]]',
    },
    'regex-match': {
      title: 'オーディエンスがトークン検証の正規表現に一致します',
      explanation:
        'トークンの `aud` {aud:code} は、オーソライザーのトークン検証の正規表現 {regex:code} に一致します。[[ トークンのアプリクライアントは、インポートした {clientName:code} です。]]',
    },
    'audience-mismatch': {
      title: 'アプリクライアントがオーソライザーのオーディエンスに含まれていません',
      explanation:
        'オーソライザーが受け付けるオーディエンスは {configuredAudiences:code} です。オーソライザーは `aud` を、`aud` がなければ `client_id` を比較します。ここでは `{claim}` は[[?aud| {aud:code}]][[!aud| {clientId:code}]] です。[[ トークンのアプリクライアントは、インポートした {clientName:code} です。]]',
      fix: 'このアプリクライアント ID をオーソライザーのオーディエンスに追加するか、オーソライザーに登録されたアプリクライアントでサインインしてください。',
      headline:
        'トークンは、オーソライザーのオーディエンスに含まれないアプリクライアントに発行されています。',
    },
    'regex-mismatch': {
      title: 'オーディエンスがトークン検証の正規表現に一致しません',
      explanation:
        'トークンの `aud` {aud:code} は、オーソライザーのトークン検証の正規表現 {regex:code} に一致しません。[[ トークンのアプリクライアントは、インポートした {clientName:code} です。]]',
      fix: '正規表現を修正するか、正規表現に一致するアプリクライアントでサインインしてください。',
      headline: 'トークンのオーディエンスが、オーソライザーのトークン検証の正規表現に一致しません。',
    },
    'regex-no-aud': {
      title: 'トークン検証の正規表現と照合する `aud` がトークンにありません',
      explanation:
        'オーソライザーにはトークン検証の正規表現（{regex:code}）があり、`aud` と照合されます。このトークン[[（`token_use: {tokenUse}`）]]には `aud` がないため、必ず失敗します。アクセストークンに `aud` が含まれることはありません。',
      fix: 'ID トークンを送るか、オーソライザーからトークン検証の正規表現を削除して再デプロイしてください。',
      headline:
        'オーソライザーのトークン検証の正規表現には `aud` が必要ですが、このトークン（アクセストークン？）にはありません。',
    },
    'gateway-says-audience': {
      title: 'API Gateway は オーディエンス が無効だと応答しました',
      explanation:
        'API Gateway は {gatewayDescription:code} と応答しました。JWT オーソライザーは `aud`（`aud` がなければ `client_id`）を自身の オーディエンス と比べます。このトークンの `{claim}` は [[?aud|{aud:code}]][[!aud|{clientId:code}]] です。[[設定されている オーディエンス は {configuredAudiences:code} です。]][[ トークンのアプリクライアントは、インポートした {clientName:code} です。]]',
      fix: 'このアプリクライアント ID をオーソライザーの オーディエンス に加えるか、オーソライザーが挙げるアプリクライアントでサインインしてください。',
      headline:
        'API Gateway は、トークンの オーディエンス が無効（アプリクライアントがオーソライザーの オーディエンス にない）と応答しました。',
    },
    'unknown-audience': {
      title: 'スキップ：受け付けるアプリクライアントがわかりません',
      explanation:
        'REST API の Cognito オーソライザーは、トークン検証の正規表現がない限り、そのユーザープールのすべてのアプリクライアントを受け付けます。HTTP API は設定されたオーディエンスをチェックします。ここではどちらもわかりません。',
    },
    'invalid-regex': {
      title: 'スキップ：トークン検証の正規表現を読み取れません',
      explanation: '設定された正規表現 {regex:code} は、ここでは有効な正規表現ではありません。',
    },
    'regex-not-run': {
      title: 'スキップ：トークン検証の正規表現を実行しませんでした',
      explanation:
        '設定された正規表現 {regex:code}、または照合する `aud`[[ {aud:code}]] が長すぎるか、照合に数分かかりうる形（`(a+)+` や `(a|aa)+` のように、繰り返すグループをさらに繰り返す形）です。この画面が固まらないよう実行していません。手作業で比べてください。',
    },
    'client-pool-mismatch': {
      title: 'インポートしたアプリクライアントは、トークンとは別のユーザープールのものです',
      explanation:
        'トークンはアプリクライアント [[?clientName|{clientName:code}（]]{client:code}[[?clientName|）]] とユーザープール {tokenPool:code} を示していますが、このクライアントは {clientPool:code} のクライアントとしてインポートされています。Cognito は自分のユーザープールのクライアントにしかトークンを発行しないため、トークンかインポートのどちらかが想定と違います（別の環境のトークン、または別のアカウントやユーザープールからのインポート）。',
      fix: 'アプリのユーザープールとクライアントの設定を、トークンを発行したユーザープールと比べ、そのユーザープールからクライアントをインポートし直してください。',
      headline:
        'トークンのアプリクライアントは、トークンを発行したユーザープールとは別のユーザープールのクライアントとしてインポートされています。',
    },
    'client-of-other-pool': {
      title: 'アプリクライアントは、オーソライザーが受け付けないユーザープールのものです',
      explanation:
        'トークンはユーザープール {clientPool:code} のアプリクライアント [[?clientName|{clientName:code}（]]{client:code}[[?clientName|）]] に発行されていますが、オーソライザーが受け付けるのは {authorizerPools:code} のトークンだけです。',
      fix: 'オーソライザーが指定するユーザープールのアプリクライアントでサインインするか、オーソライザーに {clientPool:code} を追加して再デプロイしてください。',
      headline:
        'トークンは、このオーソライザーが受け付けないユーザープールのアプリクライアント [[?clientName|{clientName:code}]][[!clientName|{client:code}]] のものです。',
    },
    'client-lacks-scopes': {
      title: 'アプリクライアントは、メソッドが必要とするスコープを要求できません',
      explanation:
        'メソッドには {required:code} のいずれかが必要です。トークンにはどれもなく、アプリクライアント [[?clientName|{clientName:code}（]]{client:code}[[?clientName|）]] が許可するのは {allowedScopes:code} だけです。Cognito はクライアントが許可しないスコープを拒否するため、トークン生成前の Lambda トリガーが追加しない限り、このクライアントでサインインしても得られません。',
      fix: 'メソッドのスコープのいずれかをアプリクライアントで許可し（許可されている OAuth スコープ。`update-user-pool-client --allowed-o-auth-scopes` は、指定しなかった設定をすべて初期値に戻します）、サインイン時に要求してください。',
      headline:
        'アプリクライアントはこのメソッドが必要とするスコープを要求できないため、そのトークンには含まれません。',
    },
    'client-of-authorizer-pool': {
      title:
        'オーソライザーのユーザープールのアプリクライアント [[?clientName|{clientName:code}]][[!clientName|{client:code}]]',
      explanation:
        'トークンは、オーソライザーが受け付けるユーザープール {clientPool:code} のアプリクライアント [[?clientName|{clientName:code}（]]{client:code}[[?clientName|）]] に発行されています。トークン検証の正規表現がない Cognito オーソライザーは、そのユーザープールのすべてのアプリクライアントを受け付けます。',
    },
    'known-client': {
      title:
        'ユーザープール {clientPool:code} のアプリクライアント [[?clientName|{clientName:code}]][[!clientName|{client:code}]]',
      explanation:
        'トークンは、インポートしたユーザープール {clientPool:code} のアプリクライアント [[?clientName|{clientName:code}（]]{client:code}[[?clientName|）]] に発行されています。[[?clientChecked|JWT オーソライザーはこれをオーディエンスと比べますが、オーディエンスはここではわかりません。確かめるには、この API のオーソライザーをインポートしてください。]][[!clientChecked|REST API の Cognito オーソライザーは、トークン検証の正規表現がない限り、そのユーザープールのすべてのアプリクライアントを受け付けます。]]',
    },
    'client-not-imported': {
      title: 'トークンのアプリクライアントは、そのユーザープールでインポートしたクライアントにありません',
      explanation:
        'トークンはユーザープール {tokenPool:code} のアプリクライアント {client:code} に発行されています。このユーザープールでインポートしたクライアントは {importedClients:code} です。[[?clientChecked|JWT オーソライザーはオーディエンスにあるアプリクライアントしか受け付けません。インポートしたクライアントがオーディエンスなら、このトークンは拒否されます。]][[!clientChecked|REST API の Cognito オーソライザーはそのユーザープールのすべてのアプリクライアントを受け付けるため、これだけでは拒否されません。アプリが想定と別のクライアントでサインインしている可能性があります。]]',
      fix: 'アプリの設定のアプリクライアント ID を確かめるか、使っているクライアントなら（`describe-user-pool-client` で）インポートしてください。',
      headline:
        'トークンは、そのユーザープールでインポートしていないアプリクライアントに発行されています。アプリは想定どおりのクライアントを使っていますか？',
    },
    'not-decoded': NOT_DECODED,
  },
  'token.claims': {
    'claims-match': {
      title: 'トークンは必要なクレームを持っています',
      explanation:
        'REST の JWT オーソライザーの追加クレームのルール（{claims:code}）をすべて満たしています。',
    },
    'claim-missing': {
      title: 'トークンにクレーム {claim:code} がありません',
      explanation:
        'REST の JWT オーソライザーはクレーム {claim:code}[[?expected|（値は {expected:code} のいずれか）]]を必要としますが、トークンにはありません。',
      fix: '{claim:code} を含むトークンを発行するか、オーソライザーの追加クレームのルールを変えてください。',
      headline: 'JWT オーソライザーが必要とするクレーム {claim:code} がトークンにありません。',
    },
    'claim-value': {
      title: 'クレーム {claim:code} の値が想定外です',
      explanation:
        'REST の JWT オーソライザーは {claim:code} が {expected:code} のいずれかであることを求めますが、トークンの値は {value:code} です。',
      fix: '{claim:code} が {expected:code} のいずれかであるトークンを使うか、ルールを変えてください。',
      headline: 'トークンの {claim:code} は {value:code} で、{expected:code} のいずれでもありません。',
    },
    'no-rules': {
      title: 'スキップ：追加クレームのルールがありません',
      explanation: 'この発行者には追加クレームのルールがありません。',
    },
    'issuer-not-configured': {
      title: 'スキップ：発行者が設定にありません',
      explanation:
        'トークンの発行者はオーソライザーの発行者にないため（`token.issuer` を参照）、そのルールは当てはまりません。',
    },
    'not-rest-jwt': {
      title: 'スキップ：REST の JWT オーソライザーではありません',
      explanation:
        '追加クレームのルールは、設定が分かっている REST API の JWT オーソライザーにだけあります。',
    },
    'not-decoded': {
      title: 'スキップ：トークンをデコードできません',
      explanation: 'トークンをデコードできませんでした。',
    },
  },
  'token.signature': {
    verified: {
      title: '署名を検証しました',
      explanation:
        '署名は、ユーザープールが公開している鍵（{jwksUrl:code}）のうち、鍵 {kid:code} と一致します。',
    },
    'bad-signature': {
      title: '署名が一致しません',
      explanation:
        'ユーザープールの鍵 {kid:code} では、このトークンを検証できません。署名の後で改変されたか、途中で切れています。[[?shortSignature|署名は {signatureBytes} バイトですが、鍵には {expectedBytes} バイト必要です。トークンが切り詰められているようです。]]',
      fix: SEND_AS_ISSUED,
      headline: 'トークンの署名が無効です。改変されたか、途中で切れています。',
    },
    'unknown-kid': {
      title: '署名鍵 {kid:code} がユーザープールの鍵にありません',
      explanation:
        'トークンは鍵 {kid:code} を指定していますが、ユーザープールが公開している鍵（{jwksUrl:code}）は {knownKids:code} です[[?refetched|（取得し直しても同じでした）]]。同じ形式の ID を持つ別のユーザープールのトークンか、削除して作り直されたユーザープールのトークンか、偽造されたトークンです。',
      fix: 'アプリが現在のユーザープールからトークンを取得するように、もう一度サインインしてください。',
      headline:
        'トークンは、ユーザープールが公開していない鍵で署名されています。ユーザープールが作り直されたか、トークンが偽造されています。',
    },
    'jwks-unreachable': {
      title: 'スキップ：ユーザープールの鍵を取得できませんでした',
      explanation:
        '{jwksUrl:code} の取得に失敗した（{reason:term}[[ {httpStatus}]]）ため、署名は検証されていません。',
    },
    'not-cognito': {
      title: 'スキップ：Cognito の発行者ではありません',
      explanation:
        'この拡張機能が鍵を取得するのは Cognito ユーザープールからだけです。`iss` クレームは誰でも書ける文字列のため、それ以外の場所から取得することはありません。',
    },
    'unsupported-alg': {
      title: 'スキップ：RS256 のトークンではありません',
      explanation:
        'ユーザープールの鍵で検証できるのは RS256 のトークンだけです。このトークンは {alg:code} です。',
    },
    'not-checked': {
      title: '署名はまだ検証されていません',
      explanation: 'このトークンの署名は、まだユーザープールの鍵で確認されていません。',
    },
    'not-decoded': NOT_DECODED,
  },
  'manual.deployed': {
    rest: {
      title: 'ステージが再デプロイされたか確認する',
      explanation:
        'オーソライザー、メソッド、ゲートウェイレスポンスの変更は、ステージ[[ {stage:code} ]]をもう一度デプロイするまで呼び出し元には反映されません。古いデプロイは古いオーソライザーのままです。',
      fix: 'ステージのデプロイ日時を最後の変更と比べ、それより古ければもう一度デプロイしてください。',
    },
    'http-api': {
      title: 'ステージが再デプロイされたか確認する',
      explanation:
        'ルートとオーソライザーの変更は、自動デプロイが有効でない限り、ステージ[[ {stage:code} ]]をデプロイするまで呼び出し元には反映されません。',
      fix: 'ステージのデプロイ（または自動デプロイ）を確認し、必要ならもう一度デプロイしてください。',
    },
    'config-says-unprotected': {
      title: '設定ではこのメソッドは保護されていないのに、401 が返されました',
      explanation:
        '既知の設定ではこのメソッドの認可は {authorizationType:code} ですが、呼び出しは拒否されました。デプロイされたステージ[[ {stage:code} ]]では、まだ古い設定が動いている可能性があります。',
      fix: 'ステージを再デプロイしてください。',
    },
  },
  'manual.test_authorizer': {
    lambda: {
      title: 'Lambda オーソライザーをテストする',
      explanation:
        'オーソライザーが読む ID ソース[[（{identitySources:code}）]]に、アプリが送った値を入れて、テストモードで呼び出してください[[!authorizerKnown|（オーソライザー ID は `get-authorizers` で分かります）]]。',
    },
    rest: {
      title: 'このトークンでオーソライザーをテストする',
      explanation:
        'API Gateway では、任意のトークンでオーソライザーを実行し、拒否する理由を確認できます。このテストは ID トークンでのみ使えます。[[!authorizerKnown|オーソライザー ID は最初のコマンドで確認できます。]]',
      fix: 'コマンドの `<ID token>` を自分の ID トークンに置き換えて実行してください（共有されるターミナルのログにトークンを貼り付けないでください）。',
    },
    'rest-access-token': {
      title: 'ID トークンでオーソライザーをテストする',
      explanation:
        'API Gateway では任意のトークンでオーソライザーを実行できますが、このテストは ID トークンでのみ使え、このトークンはアクセストークンです。[[!authorizerKnown|オーソライザー ID は最初のコマンドで確認できます。]]',
      fix: 'コマンドの `<ID token>` を同じユーザーの ID トークンに置き換えて実行してください。',
    },
    'http-api': {
      title: 'JWT オーソライザーの設定を見直す',
      explanation:
        'HTTP API の JWT オーソライザーにはテスト機能がありません。発行者とオーディエンスを、トークンの `iss` および `aud` / `client_id` と比べてください。',
    },
  },
  'manual.resource_policy': {
    rest: {
      title: 'リソースポリシーは原因ではありません',
      explanation:
        'リソースポリシーによる拒否では 403 `AccessDeniedException` が返され、401 にはなりません。ほかの呼び出しが 403 を返す場合は、ポリシーを確認してください。',
    },
    'http-api': {
      title: 'リソースポリシーは原因ではありません',
      explanation: 'HTTP API にはリソースポリシーがなく、拒否であれば 401 ではなく 403 になります。',
    },
  },
};

export const ja: Catalog = {
  locale: 'ja',
  checks,
  internalError: {
    title: 'このチェックを実行できませんでした',
    explanation: '予期しないデータでチェックが停止しました。ほかのチェックには影響しません。',
  },
  status: { pass: '正常', fail: '失敗', warn: '警告', info: '情報', skip: 'スキップ' },
  undecided: {
    'no-configuration': {
      headline:
        '原因は確定していません。この API の設定がないため、スコープと audience を確認できません[[（API Gateway の応答: {gatewayDescription:code}）]]。[[?lambdaAuthorizer|判断するのは Lambda オーソライザーで、理由はそのログにあります。]]',
      fix: 'スコープと audience を確認するには、この API の設定をインポートしてください（「この API を設定」）。',
    },
    configured: {
      headline:
        '原因は確定していません。実行できたチェックはすべて正常でした[[（API Gateway の応答: {gatewayDescription:code}）]]。[[?lambdaAuthorizer|判断するのは Lambda オーソライザーで、理由はそのログにあります。]]',
      fix: 'このトークンでオーソライザーをテストし、最後の変更の後に API が再デプロイされたか確認してください（以下の手動のチェック）。',
    },
  },
  causes: {
    source: 'バックエンドの応答',
    preflight: 'OPTIONS にオーソライザー',
    cors: 'CORS ヘッダーなし',
    'header.present': 'トークン未送信',
    'header.format': 'ヘッダーの形式',
    'token.decode': 'トークンではない',
    'token.alg': '署名アルゴリズム',
    'token.issuer': '発行者の誤り',
    'token.expiry': '期限切れのトークン',
    'token.issued_at': '時計のずれ',
    'token.use': 'トークンの種類',
    'token.scope': 'スコープ不足',
    'token.client': 'アプリクライアント',
    'token.signature': '署名が無効',
    'manual.deployed': '再デプロイ？',
    'manual.test_authorizer': 'オーソライザーをテスト',
    'manual.resource_policy': 'リソースポリシー',
    route: 'ルートがない',
    policy: 'ポリシーで拒否',
    api_key: 'API キーの問題',
    authorizer: 'オーソライザーの問題',
    'token.claims': 'クレームの条件に不一致',
  },
  causesByCode: {
    'token.client:client-not-imported': 'インポートしていないアプリクライアント',
    'token.client:client-lacks-scopes': 'クライアントがスコープを要求できない',
    'token.client:client-pool-mismatch': '別のユーザープールのクライアント',
    'token.client:client-of-other-pool': '別のユーザープールのクライアント',
    'token.expiry:about-to-expire': '期限切れ間近のトークン',
    'token.expiry:gateway-says-expired': '期限切れ（時計の遅れ）',
    'header.present:missing-token-elsewhere': '別のヘッダーにトークン',
    'source:rest-gateway-error': 'ゲートウェイのエラー',
  },
  causeUndecided: '原因は未確定',
  ago,
  lambdaDecides: 'Lambda オーソライザーは自分で判断するため、これは手がかりで、結論ではありません。',
  claims: {
    token_use:
      'トークンの種類：`id`（ID。スコープのないメソッド用）または `access`（スコープのあるメソッド用）。',
    exp: '有効期限：この時刻以降、トークンは拒否されます。',
    iat: 'トークンが発行された時刻（更新のたびに新しくなります）。',
    auth_time: 'ユーザーがサインインした時刻。トークンを更新しても変わりません。',
    nbf: 'この時刻より前は、トークンは有効ではありません。',
    iss: '発行者：ユーザープールの URL。オーソライザーが使うユーザープールと一致する必要があります。',
    scope: 'スペース区切りの OAuth スコープ。メソッドのスコープと比較されます。',
    client_id: 'アクセストークンの発行先のアプリクライアント。',
    aud: 'オーディエンス：ID トークンの発行先のアプリクライアント。',
    'cognito:groups': 'ユーザーが属するユーザープールのグループ。',
    'cognito:username': 'ユーザープール内のユーザー名。',
    'cognito:roles': 'ユーザーが属するグループの IAM ロール。',
    'cognito:preferred_role': 'ユーザーが属するグループのうち、優先度が最も高いグループの IAM ロール。',
    username: 'ユーザープール内のユーザー名。',
    sub: 'ユーザープール内で一意の、変わることのないユーザー ID。',
    jti: 'このトークンの一意の ID。トークンの取り消しが有効なときに含まれます。',
    origin_jti: 'このトークンを生んだサインインの ID。トークンの取り消しはこの ID 単位で行われます。',
    event_id: 'サインインイベントの ID。',
    version: 'アクセストークンの形式のバージョン。',
    device_key: 'サインインに使われた記憶済みデバイス。',
    nonce: 'トークンをリクエストに結び付けるために、アプリが認可エンドポイントに渡した値。',
    at_hash: 'この ID トークンと一緒に発行されたアクセストークンのハッシュ。',
    email: 'ユーザーのメールアドレス。',
    email_verified: 'メールアドレスが検証済みかどうか。',
    phone_number: 'ユーザーの電話番号。',
    phone_number_verified: '電話番号が検証済みかどうか。',
    identities: 'ユーザーがサインインに使った外部 ID プロバイダー。',
  },
  headerFields: {
    alg: '署名アルゴリズム。Cognito は RS256 を使います。',
    kid: 'トークンに署名した、ユーザープールの鍵の ID。',
    typ: 'トークンの種類。',
  },
  customClaim: 'ユーザープールのカスタム属性（常に文字列）。',
  commands: {
    'get-authorizer': 'オーソライザーを表示する',
    'get-usage-plans': 'このステージの使用量プランを一覧する',
    'get-authorizers': 'オーソライザーを一覧表示する（ID ソース、ユーザープール、オーディエンス）',
    'get-stages': '各ステージの最終デプロイ日時を表示する',
    'create-deployment': 'ステージをもう一度デプロイする',
    'test-invoke-authorizer': 'ID トークンでオーソライザーを実行する',
    'describe-user-pool': 'ユーザープールを表示する',
    'describe-user-pool-client': 'アプリクライアントを表示する（許可された OAuth スコープとフロー）',
    'get-resources': 'すべてのメソッドを認可とスコープ付きで一覧表示する',
    'get-method': '1 つのメソッドの認可とスコープを表示する',
    'get-routes': 'ルートを認可付きで一覧表示する',
    'get-gateway-responses': 'ゲートウェイレスポンスとそのヘッダーを一覧表示する',
    'put-gateway-response': 'ゲートウェイレスポンスに CORS ヘッダーを追加する',
    'get-cors-configuration': 'API の CORS 設定を表示する',
    'get-resource-policy': 'リソースポリシーを表示する',
  },
  docs: {
    'rest-jwt-authorizer': 'REST API の JWT オーソライザー',
    'lambda-authorizer': 'API Gateway Lambda オーソライザーを使用する',
    'kc-lambda-401': 'ナレッジセンター：Lambda オーソライザーでの 401 エラー',
    'api-keys': '使用量プランと API キー',
    'resource-policies': 'API Gateway リソースポリシー',
    'cognito-authorizer':
      'Amazon Cognito ユーザープールをオーソライザーとして使い、REST API へのアクセスを制御する',
    'invoke-with-cognito': 'ユーザープールと統合された REST API を呼び出す',
    'kc-cognito-401': 'Cognito ユーザープールオーソライザーから 401 Unauthorized が返されるのはなぜですか?',
    'authorizer-api': 'API Gateway API リファレンス：Authorizer',
    'http-api-jwt-authorizer': 'JWT オーソライザーで HTTP API へのアクセスを制御する',
    'http-api-troubleshooting-jwt': 'HTTP API の JWT オーソライザーのトラブルシューティング',
    'gateway-response-types': 'ゲートウェイレスポンスのタイプ',
    'rest-cors': 'REST API の CORS',
    'rest-cors-console': 'API Gateway コンソールでリソースの CORS を有効にする',
    'http-api-cors': 'HTTP API の CORS の設定',
    'id-token': 'ID トークンについて',
    'access-token': 'アクセストークンについて',
    'verifying-jwt': 'JSON Web Token の検証',
    'resource-servers': 'スコープ、M2M、リソースサーバーを使った API',
    'known-issues': 'Amazon API Gateway の重要な注意事項（再マッピングされるヘッダー）',
    'kc-403': 'API Gateway の 403 エラーをトラブルシューティングするにはどうすればよいですか?',
  },
  terms: {
    header: 'ヘッダー',
    payload: 'ペイロード',
    signature: '署名',
    'not-utf8': 'UTF-8 のテキストではない',
    syntax: 'JSON の構文が正しくない',
    'base64-length': 'base64 としてありえない長さ',
    'json-cut': 'JSON オブジェクトが閉じていない',
    array: '配列',
    string: '文字列',
    number: '数値',
    boolean: '真偽値',
    null: 'null',
    timeout: '時間内に応答がない',
    'http-status': 'HTTP ステータス',
    'not-json': '応答が JSON ではない',
    'no-keys': '応答に鍵が 1 つもない',
    'invalid-key': '鍵が使用できる RSA 鍵ではない',
    network: 'ネットワークエラー',
    configuration: '設定',
    response: 'レスポンス',
  },
  words: { none: 'なし', unknown: '不明', yes: 'はい', no: 'いいえ', listSeparator: '、' },
  duration,
  relative,
  report: {
    title: 'API Gateway 401 の診断',
    request: 'リクエスト',
    status: 'ステータス',
    requestHeaders: 'リクエストヘッダー',
    responseHeaders: 'レスポンスヘッダー',
    headersNotCaptured: 'Chrome はリクエストヘッダーを報告しませんでした。',
    summary: '最も可能性の高い原因',
    claims: 'トークンのクレーム',
    tokenHeader: 'トークンのヘッダー',
    header: 'ヘッダー',
    claim: 'クレーム',
    value: '値',
    meaning: '意味',
    checks: 'チェック',
    check: 'チェック',
    result: '結果',
    commands: 'コマンド',
    docs: 'AWS ドキュメント',
    signatureRemoved: '<署名は削除>',
    removed: (length) => `<削除済み、${length} 文字>`,
    noToken: 'デコードできるトークンはありませんでした。',
    requestTime: '送信日時',
    initiator: '呼び出し元',
    authorizer: 'オーソライザー',
    authorizerKinds: {
      'rest-jwt': 'REST API、JWT オーソライザー',
      lambda: 'Lambda オーソライザー',
      cognito: 'REST API、Cognito ユーザープールオーソライザー',
      jwt: 'HTTP API、JWT オーソライザー',
      unknown: '不明',
    },
    footer:
      'Cognito 401 Doctor が作成しました。トークンの署名は削除しています。ペイロードは、トークンを持つ人なら誰でも読めます。',
    shortFooter:
      'Cognito 401 Doctor が作成しました。短いレポート: 401 を左右するクレームだけを載せ、個人に関するクレーム（メール、電話番号、氏名、住所、カスタム属性）は伏せています。ヘッダーの値と署名は含みません。',
    fix: '対処',
    failingChecks: '失敗・警告のチェック',
    noFailingChecks: '失敗や警告のチェックはありません。',
    claimsThatMatter: '判断に使うクレーム',
    claimsLeftOut: (count) => `ほかの ${count} 個のクレームは省きました。`,
    personalMasked: '<個人情報を伏せました>',
  },
};
