import type { SigninWords } from './signinWords';

const ENDPOINTS = {
  authorize: '/oauth2/authorize',
  login: 'ログインページ (/login)',
  logout: '/logout',
  error: 'Cognito のエラーページ (/error)',
  token: 'トークンエンドポイント (/oauth2/token)',
  revoke: '/oauth2/revoke',
  userInfo: '/oauth2/userInfo',
  idpresponse: 'ID プロバイダーからの戻り (/oauth2/idpresponse)',
  'openid-configuration': '/.well-known/openid-configuration',
  jwks: '/.well-known/jwks.json',
} as const;

export const SIGNIN_WORDS_JA: SigninWords = {
  stepLabel: 'サインイン',
  noHeadline: 'どのチェックでも原因は見つかりませんでした。以下の手動のチェックを順に確認してください。',
  checks: {
    'signin.step': {
      'error-page': {
        title: 'Cognito のエラーページ: {error:code}',
        explanation:
          '{redirectedFrom} がブラウザーを {domain:code} の {path:code} に送り、そのページは {status} と `An error was encountered with the requested page.` を返しました。Cognito の値は {error:code}[[?clientId| (クライアント {clientId:code})]] です。{meaning}',
      },
      'error-redirect': {
        title:
          'サインインがアプリに {error:code}[[?errorDescription|: {errorDescription:code}]] を返しました',
        explanation:
          '{domain:code} の {endpoint} が、{errorIn}に `error={error}`[[?errorDescription| と `error_description={errorDescription}`]] を付けてアプリへリダイレクトしました。本当の理由は `error_description` にあります。{meaning}',
      },
      'token-error': {
        title: 'トークンエンドポイントが {status} を返しました',
        explanation:
          '{domain:code} への {method} {path:code} が {status} を返しました[[?clientId| (クライアント {clientId:code})]]。[[?errorVisible|Cognito の値は {error:code} です。{meaning}]][[!errorVisible|ブラウザーは拡張機能に応答本文を見せないため、`{"error": …}` はここでは見えません。以下のチェックはステータス、フォームの項目、フローの前後から判断します。]]',
      },
      'revoke-error': {
        title: '/oauth2/revoke が {status} を返しました',
        explanation:
          '{domain:code} への {method} {path:code} が {status} を返しました。[[?errorVisible|Cognito の値は {error:code} です。{meaning}]][[!errorVisible|応答本文はここでは見えません。]]',
      },
      'userinfo-error': {
        title: '/oauth2/userInfo が {status} を返しました',
        explanation:
          '{domain:code} の {path:code} が {status} を返しました。送られたアクセストークンが期限切れか失効しているか、`openid` スコープを持っていません。',
      },
      'page-error': {
        title: '{endpoint} が {status} を返しました',
        explanation:
          '{domain:code} への {method} {path:code} が {status} を返しました。`/login` の 401 は `Login option is not available` で、ユーザープールかクライアントでサインイン方法が有効になっていません。',
      },
      discovery: {
        title: 'アプリがサインインドメインに {path:code} を要求しました',
        explanation:
          '{path:code} の要求が発行者 (`issuer`) ではなく、サインインドメイン {domain:code} に送られました。',
      },
    },
    'signin.redirect_uri': {
      'not-registered': {
        title: 'リダイレクト URI {sent:code} はアプリクライアントに登録されていません',
        explanation:
          'Cognito は `redirect_uri` がクライアントのコールバック URL のどれかと完全に一致するときだけ受け付けます。スキーム、ホスト (`localhost` と `127.0.0.1` は別)、ポート、パス、末尾のスラッシュがすべて比べられます。[[最も近い登録済み URL は {nearest:code} で、違いは {differences} です。]][[!clientKnown|クライアントのコールバック URL はここでは分かりません。`describe-user-pool-client` を取り込むと最も近いものが分かります。]]',
        fix: '登録済みの URL[[ ({nearest:code})]] をそのまま送るか、{sent:code} をクライアントのコールバック URL に追加してください。`update-user-pool-client` は指定しなかった設定をすべて既定値に戻します。クライアントの他の設定も繰り返してください (下のコマンドは分かっている OAuth 設定を繰り返します)。',
        headline:
          'リダイレクト URI {sent:code} はアプリクライアントに登録されていません[[ (最も近いのは {nearest:code})]]。',
      },
      'differs-from-authorize': {
        title: 'トークン要求のリダイレクト URI が /oauth2/authorize のものと違います',
        explanation:
          '/oauth2/authorize には {atAuthorize:code}、トークン要求には {sent:code} が送られました (違い: {differences})。Cognito はこれに `unauthorized_client` と答えるため、原因を見誤りやすくなります。',
        fix: 'トークンエンドポイントには 認可要求と一字一句同じ `redirect_uri` を送ってください。',
        headline: 'トークン要求の `redirect_uri` {sent:code} が 認可要求の {atAuthorize:code} と違います。',
      },
      'no-callback-urls': {
        title: 'アプリクライアントにコールバック URL がありません',
        explanation:
          'Cognito は `Required parameters missing` と答え、取り込んだクライアントにはコールバック URL が一つもありません。これではホスト型 UI は誰もアプリへ戻せません。',
        fix: 'アプリのコールバック URL[[ ({sent:code})]] をクライアントの許可されたコールバック URL に追加してください。',
      },
      'logout-not-registered': {
        title: 'サインアウト URL {sent:code} はアプリクライアントに登録されていません',
        explanation:
          '/logout の `logout_uri` はクライアントのサインアウト URL のどれかと一致する必要があります。[[最も近いのは {nearest:code} で、違いは {differences} です。]]',
        fix: '登録済みのサインアウト URL を送るか、{sent:code} をクライアントのサインアウト URL に追加してください。',
      },
      registered: {
        title: 'リダイレクト URI {sent:code} は登録済みです',
        explanation: '{sent:code} はアプリクライアントのコールバック URL の一つです。',
      },
      sent: {
        title: 'リダイレクト URI {sent:code}',
        explanation:
          'Cognito はこれを問題にしていません。登録済みかどうかはここでは分かりません。`describe-user-pool-client` を取り込むと確認できます。',
      },
      none: {
        title: 'このステップにリダイレクト URI はありません',
        explanation: 'このステップは `redirect_uri` を持っていません。',
      },
    },
    'signin.client': {
      'unknown-client': {
        title: 'クライアント {clientId:code} はこのユーザープールのアプリクライアントではありません',
        explanation:
          'Cognito はエラーページで `invalid_request` と答え、{clientId:code} はこのプールについて取り込んだクライアント ({knownClientIds:code}) のどれでもありません。',
        fix: 'このプールのアプリクライアントの ID を使ってください (`YOUR_CLIENT_ID` のような仮の値がアプリの設定に残っていると、まさにこうなります)。',
        headline: 'クライアント ID {clientId:code} はこのユーザープールのアプリクライアントではありません。',
      },
      'idp-not-enabled': {
        title: 'ID プロバイダー {provider:code} はクライアントで有効になっていません',
        explanation:
          '要求は {provider:code} を指定しましたが、クライアントが許可しているのは {supported:code} です。Cognito はこれに `invalid_request` と答えます。',
        fix: '{provider:code} をクライアントの ID プロバイダーに追加するか、要求から `identity_provider` を外してください。',
      },
      'invalid-request': {
        title: 'Cognito がクライアント {clientId:code} の要求を拒否しました',
        explanation:
          'Cognito のエラーページは `invalid_request` です。多くはクライアント ID の誤りか、クライアントにない ID プロバイダーの指定です[[ ({provider:code} が指定されました)]]。',
        fix: 'クライアント ID をプールのアプリクライアントと、ID プロバイダーを要求と見比べてください。',
      },
      'secret-missing': {
        title: 'このアプリクライアントにはシークレットがあり、トークン要求はそれを送っていません',
        explanation:
          'クライアント {clientId:code} にはクライアントシークレットがあるため、トークンエンドポイントはそれを求めます (なければ `invalid_client`)。この要求には `Authorization: Basic` も `client_secret` もありませんでした。ブラウザーのアプリはそもそもシークレットを持つべきではありません。',
        fix: 'ブラウザーではシークレットのないアプリクライアントを使うか (「クライアントシークレットを生成」をオフにして作成)、バックエンドから `Authorization: Basic base64(client_id:client_secret)` を送ってください。',
        headline:
          'アプリクライアントにシークレットがあるのにトークン要求が送っていません。ブラウザーではシークレットのないクライアントを使ってください。',
      },
      'invalid-client': {
        title: 'クライアント認証に失敗しました',
        explanation:
          'トークンエンドポイントがクライアントを拒否しました (`invalid_client`)。クライアント ID かシークレットが違うか、シークレットのあるクライアントなのに送っていません (送った資格情報: {credentials})。',
        fix: 'クライアント ID と、クライアントにシークレットがあるかどうか (`describe-user-pool-client`) を確認してください。',
      },
      'secret-sent-to-public-client': {
        title: 'シークレットのないクライアントにシークレットが送られました',
        explanation:
          'クライアント {clientId:code} にシークレットはありませんが、要求は送っています ({credentials})。Cognito がこれにどう答えるかは確認されていません。',
        fix: 'このクライアントにはシークレットを送らないでください。',
      },
      ok: {
        title: 'アプリクライアントに問題は見当たりません',
        explanation: 'クライアント {clientId:code}。',
      },
      'no-client': {
        title: 'このステップにクライアント ID はありません',
        explanation: 'このステップはアプリクライアントを示していません。',
      },
    },
    'signin.scope': {
      'invalid-scope': {
        title: '要求したスコープに許可されていないものがあります: {requested:code}',
        explanation:
          'Cognito はどのスコープかを言わずに `invalid_scope` と答えました。[[このクライアントで許可されていないもの: {notAllowed:code}。]][[?offlineAccess|`offline_access` は Cognito がまったくサポートしていません (リフレッシュトークンは認可コードグラントで自然に付きます)。]]',
        fix: 'クライアントが許可するスコープだけを要求するか[[ (許可されているのは {allowed:code})]][[?offlineAccess|、`offline_access` を外すか]]、クライアントで許可してください。',
        headline:
          'Cognito が要求したスコープ ({requested:code}) を拒否しました[[ ({notAllowed:code} は許可されていません)]]。',
      },
      'offline-access': {
        title: '`offline_access` は Cognito のスコープではありません',
        explanation:
          'フローは {requested:code} を要求しました。Cognito は `offline_access` をサポートせず `invalid_scope` と答えます。リフレッシュトークンはこれがなくても認可コードグラントで返されます。',
        fix: '要求するスコープから `offline_access` を外してください (OIDC ライブラリが既定で付けることがよくあります)。',
      },
      'not-allowed': {
        title: 'クライアントで許可されていないスコープ: {notAllowed:code}',
        explanation:
          'フローは {requested:code} を要求し、クライアントが許可しているのは {allowed:code} です。',
        fix: '{notAllowed:code} をクライアントで許可するか、要求しないでください。',
      },
      'needs-openid': {
        title: '`openid` なしで {dependent:code} を要求しています',
        explanation: 'Cognito は `phone`、`email`、`profile` を `openid` と一緒のときだけ認めます。',
        fix: '要求するスコープに `openid` を加えてください。',
      },
      'no-openid-for-id-token': {
        title: '`openid` スコープがないのに、フローは ID トークンを必要としています',
        explanation:
          'フローは {requested:code} を要求しました。[[?reason|{reason}]]Cognito は `openid` を要求したときだけ ID トークンを返します。',
        fix: '要求するスコープに `openid` を加えてください。',
      },
      allowed: {
        title: '要求したスコープ: {requested:code}',
        explanation: 'スコープに問題は見当たりません。',
      },
      'no-scope': {
        title: 'スコープは要求されていません',
        explanation: 'フローは `scope` を送っていません。',
      },
    },
    'signin.grant': {
      'unauthorized-client': {
        title: 'このグラントはアプリクライアントで有効になっていません',
        explanation:
          'Cognito は `unauthorized_client` と答えました。クライアントは[[ `{needed}` フローを]]許可していません[[ (許可されているのは {allowedFlows:code})]]。',
        fix: 'クライアントでフローを有効にするか (許可された OAuth フロー)、許可されているフローを使ってください。',
        headline: 'アプリクライアントはこのグラントを許可していません[[ ({needed:code})]]。',
      },
      'see-redirect-uri': {
        title: 'ここでの `unauthorized_client` はリダイレクト URI が原因です',
        explanation:
          'Cognito は、認可要求と違う `redirect_uri` を持つトークン要求に `unauthorized_client` と答えます。リダイレクト URI のチェックを見てください。',
      },
      'password-grant': {
        title: 'トークンエンドポイントにパスワードグラントはありません',
        explanation:
          '要求は `grant_type=password` (Postman の `Password Credentials`) を送りました。Cognito のトークンエンドポイントが対応するのは `authorization_code`、`refresh_token`、`client_credentials` だけです。',
        fix: '認可コードフローを使ってください (Postman では `Authorization Code (With PKCE)`)。',
        headline:
          'Cognito のトークンエンドポイントにパスワードグラントはありません。認可コードフローを使ってください。',
      },
      'unsupported-grant-type': {
        title: '対応していないグラントタイプ {grantType:code}',
        explanation:
          'Cognito のトークンエンドポイントが対応するのは `authorization_code`、`refresh_token`、`client_credentials` です。',
        fix: 'これらのどれかを送ってください。',
      },
      'oauth-disabled': {
        title: 'アプリクライアントで OAuth フローがオフになっています',
        explanation:
          '取り込んだクライアントは `AllowedOAuthFlowsUserPoolClient` が `false` で、`{needed}` を含めどの OAuth フローも使えません。',
        fix: 'OAuth フローをオンにして `{needed}` を許可してください。',
      },
      'flow-not-allowed': {
        title: '`{needed}` フローはクライアントで許可されていません',
        explanation: 'クライアントが許可しているのは {allowedFlows:code} です。',
        fix: 'クライアントで `{needed}` を許可するか、許可されているフローを使ってください。',
        headline: 'アプリクライアントは {needed:code} フローを許可していません。',
      },
      'code-reused': {
        title: '同じ認可コードが二度交換されました',
        explanation:
          'このタブは {msBetween} ミリ秒前に同じコードをトークンエンドポイントへ送っています[[ (応答は {firstStatus})]]。コードは一度しか使えないため、二度目は `invalid_grant` で失敗します。React の `StrictMode` は開発時にエフェクトを二度実行するので、まさにこうなります。',
        fix: 'コードの交換は一度だけにしてください。コールバック処理を `useRef` やモジュール変数で守るか、交換をエフェクトの外へ移してください。',
        headline:
          'アプリが同じ認可コードを二度交換しました (React の `StrictMode` は開発時にエフェクトを二度実行します)。',
      },
      'code-expired': {
        title: 'コードは発行から {codeAgeSeconds:duration} 後に交換されました',
        explanation: '認可コードはおよそ 5 分で期限切れになります。このコードは期限切れでした。',
        fix: 'コールバックページが読み込まれたらすぐにコードを交換してください。',
      },
      'invalid-grant': {
        title: 'Cognito は `invalid_grant` と答えました',
        explanation:
          'コードが使用済みか不明、リフレッシュトークンが失効または期限切れ、あるいは PKCE の `code_verifier` がチャレンジと一致しません。',
      },
      ok: {
        title: 'グラントに問題は見当たりません',
        explanation: '[[グラントタイプ {grantType:code}。]][[レスポンスタイプ {responseType:code}。]]',
      },
    },
    'signin.request_format': {
      'status-405': {
        title: 'トークンエンドポイントが 405 を返しました',
        explanation:
          'トークン要求がフォームでないとき、Cognito は空の本文で 405 を返します。Content-Type {contentType:code} ({contentTypeProblem})、本文: {body}。正確な条件は文書化されていません。',
        fix: '項目を `application/x-www-form-urlencoded` (引用符なし) で `POST` してください。Postman では本文の種類を `x-www-form-urlencoded` にするか、OAuth 2.0 ヘルパーで `Send client credentials in body` または `as Basic Auth header` を選んでください。',
        headline:
          'トークンエンドポイントが 405 を返しました。トークン要求をフォーム (application/x-www-form-urlencoded) で送ってください。',
      },
      'not-post': {
        title: 'トークン要求が {method} でした',
        explanation: 'トークンエンドポイントは `POST` だけを受け付けます。',
        fix: 'フォームをトークンエンドポイントへ `POST` してください。',
      },
      'not-form': {
        title: 'トークン要求がフォームではありませんでした',
        explanation:
          'Content-Type {contentType:code} ({contentTypeProblem})、本文: {body}。トークンエンドポイントは `application/x-www-form-urlencoded` だけを受け付け、それ以外には 405 か 400 を返します。',
        fix: '`Content-Type: application/x-www-form-urlencoded` (引用符なし) とフォーム形式の本文を送ってください (`fetch` では `URLSearchParams`)。',
        headline: 'トークン要求がフォーム (application/x-www-form-urlencoded) ではありませんでした。',
      },
      'no-body': {
        title: 'トークン要求に本文がありませんでした',
        explanation: 'トークンエンドポイントは `grant_type` などをフォームの本文から読みます。',
        fix: '項目をフォームの本文として送ってください。',
      },
      form: {
        title: 'フォームの `POST`',
        explanation: 'トークンエンドポイントが求めるとおり、フォームの `POST` でした。',
      },
      'body-not-seen': {
        title: '要求の本文は見えませんでした',
        explanation: '本文も Content-Type も報告されなかったため、形式は判断できません。',
      },
      'not-token-request': {
        title: 'トークン要求ではありません',
        explanation: 'フォームを受け付けるのはトークンエンドポイントだけです。',
      },
    },
    'signin.pkce': {
      'method-not-s256': {
        title: 'PKCE のチャレンジ方式 {method:code} は S256 ではありません',
        explanation:
          '認可要求は `code_challenge` を[[方式 {method:code} で]][[!method|`code_challenge_method` なしで]]送りました。Cognito は `S256` だけに対応し、`invalid_request` と答えます。',
        fix: 'SHA-256 のチャレンジと `code_challenge_method=S256` を送ってください。',
      },
      'method-without-challenge': {
        title: '`code_challenge` なしの `code_challenge_method`',
        explanation: '認可要求は PKCE の方式を指定しましたが、チャレンジを送っていません。',
        fix: 'チャレンジも送るか、どちらも送らないでください。',
      },
      'verifier-missing': {
        title: 'トークン要求は `code_verifier` を送っていません',
        explanation:
          'このフローの 認可要求は PKCE のチャレンジを送ったので、コードはその `code_verifier` と一緒でなければ交換できません。',
        fix: 'チャレンジを作った `code_verifier` を送ってください (リダイレクトをまたいで `sessionStorage` に保持します)。',
        headline: 'トークン要求にこのフローの PKCE code_verifier がありません。',
      },
      consistent: { title: 'PKCE は整合しています', explanation: 'チャレンジ方式 {method:code}。' },
      'no-pkce': {
        title: 'このフローに PKCE はありません',
        explanation: 'チャレンジも `code_verifier` も送られていません。',
      },
    },
    'signin.issuer': {
      'signin-domain-as-issuer': {
        title: 'アプリがサインインドメインを OpenID の発行者として使っています',
        explanation:
          'アプリは {domain:code} に {requested:code} を要求しました。Cognito のトークンの発行者 (ディスカバリー文書と鍵を含む) は[[ {expectedIssuer:code}]][[!expectedIssuer| `https://cognito-idp.{region}.amazonaws.com/<user-pool-id>`]] で、サインインドメインではありません。',
        fix: 'OpenID ライブラリの `issuer` (`authority`) をユーザープールの発行者 URL にし、サインインドメインは認可とトークンのエンドポイントにだけ使ってください。',
        headline:
          'アプリがサインインドメインを OpenID の発行者として使っています[[ ({expectedIssuer:code} を使ってください)]]。',
      },
      'not-discovery': {
        title: 'ディスカバリーの要求ではありません',
        explanation: 'このステップに発行者は関わっていません。',
      },
    },
  },
  internalError: {
    title: 'このチェックは実行できませんでした',
    explanation: 'このステップの一部を読み取れませんでした。他のチェックは有効です。',
  },
  terms: {
    endpoint: ENDPOINTS,
    redirectedFrom: ENDPOINTS,
    meaning: {
      redirect_mismatch: 'リダイレクト URI がアプリクライアントのコールバック URL のどれでもありません。',
      invalid_request:
        'パラメーターが欠けているか誤っています。多くは不明なクライアント ID か、クライアントにない ID プロバイダーの指定です。',
      invalid_client:
        'クライアント認証に失敗しました。クライアント ID かシークレットの誤り、またはシークレットの送り忘れです。',
      invalid_grant: 'コードが使用済み、期限切れ、不明のいずれかか、リフレッシュトークンが失効しています。',
      invalid_scope: '要求したスコープがアプリクライアントで許可されていないか、存在しません。',
      unauthorized_client:
        'クライアントはこのグラントやレスポンスタイプを使えません (またはトークン要求でリダイレクト URI が変わりました)。',
      unsupported_grant_type: 'トークンエンドポイントはこのグラントタイプに対応していません。',
      server_error: 'Cognito 側で失敗しました。Lambda トリガーが原因のことがよくあります。',
      access_denied: 'ユーザーか Lambda トリガーがサインインを拒否しました。',
      invalid_token: 'アクセストークンが期限切れか失効しています。',
      'Required parameters missing':
        '必須のパラメーターがありません。多くはクライアントにコールバック URL がないか、`/logout` に `logout_uri` がありません。',
      'Invalid state': 'ホスト型 UI が `state` パラメーターを拒否しました。',
    },
    errorIn: { query: 'クエリ', fragment: 'フラグメント (暗黙的フロー)' },
    domainKind: { prefix: 'プレフィックスドメイン', custom: 'カスタムドメイン' },
    differences: {
      scheme: 'スキーム (HTTP / HTTPS)',
      'loopback-host': 'ループバックのホスト名 (ローカルホストと 127.0.0.1)',
      host: 'ホスト',
      port: 'ポート',
      'trailing-slash': '末尾のスラッシュ',
      'path-case': 'パスの大文字・小文字',
      path: 'パス',
      query: 'クエリ文字列',
      fragment: 'フラグメント',
      spelling: '表記 (同じ URL で文字列が違う)',
      'not-a-url': 'URL ではない',
    },
    credentials: {
      basic: 'Authorization ヘッダーのベーシック認証',
      form: 'フォームの client_secret',
      none: 'なし',
      unknown: '見えず',
    },
    contentTypeProblem: {
      missing: 'なし',
      quoted: '引用符付き',
      json: 'JSON',
      other: 'フォームではない',
    },
    body: { form: 'フォームの項目', raw: 'フォーム形式ではない', none: 'なし', unknown: '見えず' },
    reason: {
      userinfo: '/oauth2/userInfo には `openid` スコープを持つアクセストークンが必要です。',
      'id-token': '要求は `id_token` を求めました。',
    },
  },
  commands: {
    'describe-user-pool-client':
      'アプリクライアントのコールバック URL、フロー、スコープ、シークレットの有無を見る',
    'update-user-pool-client': 'アプリクライアントを変更する (指定しなかった設定は既定値に戻ります)',
    'list-user-pool-clients': 'ユーザープールのアプリクライアントを一覧する',
    'describe-user-pool': 'ユーザープールのサインインドメインを調べる',
    'describe-user-pool-domain': 'サインインドメインがどのユーザープールのものかを見る',
  },
  docs: {
    'authorization-endpoint': '認可エンドポイント',
    'login-endpoint': 'ログインエンドポイント',
    'logout-endpoint': 'ログアウトエンドポイント',
    'token-endpoint': 'トークンエンドポイント',
    'userinfo-endpoint': 'ユーザー情報エンドポイント',
    'revoke-endpoint': 'トークン取り消しエンドポイント',
    'app-client-settings': 'アプリクライアントの設定',
    'managed-login-endpoints': 'マネージドログインのエンドポイント',
    'verifying-jwt': 'JSON ウェブトークンの検証',
    'kc-cognito-401': 'Cognito を使う API Gateway の 401 エラーのトラブルシューティング',
  },
  postman: {
    title: 'Postman からこの API を呼ぶ',
    intro: 'Postman の `Authorization` タブで `OAuth 2.0` を選び、次のように入力します:',
    fields: {
      grant_type: '`Grant type`（グラントタイプ）',
      callback_url: '`Callback URL`（コールバック URL）',
      auth_url: '`Auth URL`（認可エンドポイント）',
      access_token_url: '`Access Token URL`（トークンエンドポイント）',
      client_id: '`Client ID`（クライアント ID）',
      client_secret: '`Client Secret`（クライアントシークレット）',
      scope: '`Scope`（スコープ）',
      client_authentication: '`Client Authentication`（クライアント認証）',
      token_to_use: '`Use token type`（使うトークン）',
    },
    notes: {
      pkce: 'クライアントは認可コードグラントを許可しています。',
      'implicit-only':
        'クライアントが許可しているのは暗黙的グラントだけです (安全性が低く、リフレッシュトークンはありません)。',
      'client-credentials-only':
        'クライアントが許可しているのはクライアント認証情報だけです (マシン間用で、シークレットが必要です)。',
      'flows-unknown':
        'クライアントが許可するフローは分かりません。通常は PKCE 付きの認可コードグラントです。',
      'postman-callback-registered': 'Postman のブラウザー用コールバックはクライアントに登録済みです。',
      'postman-callback-not-registered':
        'クライアントにコールバック URL がありません。Postman のブラウザー用コールバックはクライアントに登録して初めて使えます。',
      'registered-callback':
        'クライアントに登録済みのコールバック URL です。Postman のブラウザー用コールバック (https://oauth.pstmn.io/v1/callback) は、それも登録したときだけ使えます。',
      'callback-unverified': 'アプリが使ったリダイレクト URI です。登録済みかどうかはここでは分かりません。',
      'must-be-registered':
        'Postman のブラウザー用コールバックです。クライアントに登録したときだけ使えますが、クライアントのコールバック URL はここでは分かりません。',
      'domain-unknown':
        'ユーザープールのサインインドメインはまだ分かりません。このコマンドで調べてください。',
      'client-id-unknown': 'アプリクライアント ID はまだ分かりません。',
      'no-secret': '空のままにします。このクライアントにシークレットはありません。',
      'has-secret':
        'このクライアントにはシークレットがあります。コンソールからコピーしてください。ここには表示しません。',
      'secret-unknown': 'クライアントにシークレットがない限り空のままにします (このコマンドで分かります)。',
      'openid-not-allowed':
        'クライアントで `openid` が許可されていません。これがないと ID トークンは返りません。',
      'method-scopes-unknown': 'メソッドが必要とするスコープがあれば加えてください。',
      'basic-auth': 'Cognito はクライアントの資格情報を `Authorization: Basic` ヘッダーで受け取ります。',
      'token-use-decided': 'このメソッドについてトークンのチェックが判断したとおりです。',
      'token-use-unknown':
        'メソッドが OAuth スコープを求めないなら ID トークン、求めるならアクセストークンです。',
    },
    notKnown: '不明',
    export: 'Postman コレクションをダウンロード',
  },
  imports: {
    ui: {
      heading: 'サインイン: ユーザープールとアプリクライアント',
      intro:
        '`aws cognito-idp describe-user-pool-client`、`describe-user-pool`、`describe-user-pool-domain` の出力 (JSON) を貼り付けてください。サインインのチェックが、登録済みのコールバック URL、許可されたフローとスコープ、クライアントシークレットの有無を使えるようになります。テキスト中のクライアントシークレットは読み込み時に捨てられ、保存も表示もされません。',
      paste: 'AWS CLI の出力',
      read: '読み込む',
      confirm: 'この取り込みを保存',
      cancel: 'キャンセル',
      done: '保存しました。',
      saveFailed: '保存できませんでした。',
      savedHeading: '取り込み済み',
      fields: {
        clientId: 'アプリクライアント',
        poolId: 'ユーザープール',
        callbackUrls: 'コールバック URL',
        flows: 'OAuth フロー',
        scopes: 'スコープ',
        secret: 'クライアントシークレットあり',
        domain: 'サインインドメイン',
      },
    },
    kinds: {
      'user-pool-client': 'アプリクライアント (`describe-user-pool-client`)',
      'user-pool': 'ユーザープール (`describe-user-pool`)',
      'user-pool-domain': 'サインインドメイン (`describe-user-pool-domain`)',
    },
    errors: {
      empty: '取り込むものがありません。テキストが空です。',
      'too-large': 'テキストが `describe-*` コマンドの出力としては大きすぎます。',
      'not-json':
        'テキストが JSON ではありません。コマンドの出力を表示されたまま貼り付けてください (既定の `--output json`)。',
      'not-signin-output':
        '`describe-user-pool-client`、`describe-user-pool`、`describe-user-pool-domain` の出力ではありません。API Gateway の出力は上の取り込みへどうぞ。',
      'domain-not-found': 'ドメインの説明が空です。このドメインを持つユーザープールはありません。',
      'missing-pool-id': '出力にユーザープール ID がありません。',
      'invalid-pool-id': 'ユーザープール ID が `eu-west-1_AbC123xyz` の形ではありません。',
      'missing-client-id': '出力にクライアント ID がありません。',
      'invalid-client-id': 'クライアント ID にアプリクライアント ID に使えない文字があります。',
      'invalid-domain':
        'ドメインがプレフィックス (`my-app`) でもホスト名 (`auth.example.com`) でもありません。',
    },
    warnings: {
      'no-callback-urls':
        'クライアントにコールバック URL がありません。ホスト型 UI は誰もアプリへ戻せません。',
      'oauth-disabled': 'このクライアントでは OAuth フローがオフです。',
      'unknown-flows': '不明な OAuth フローを除きました: {values:code}。',
      'lists-cut': '{limit} 件を超える一覧は切り詰めました。',
      'domain-not-active': 'ドメインは {status:code} で、まだ `ACTIVE` ではありません。',
      'no-domain': 'ユーザープールにサインインドメインがありません。',
    },
  },
};
