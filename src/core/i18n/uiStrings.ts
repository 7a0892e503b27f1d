import type { ConfigSourceKind } from '../config/model';
import { code, words } from './segments';
/**
 * Words of the popup and options page around the checks (the checks' own words are in the
 * check catalog). Keyed by id so a Japanese edition (`UI_JA` in `uiStringsJa.ts`) is one more
 * object of the same type.
 *
 * No `as const`: the type is the shape (every key, a `string` or a function's signature), not
 * these English literals, so another edition must have every key and nothing else.
 */
export const UI_EN = {
  appTitle: 'Cognito 401 Doctor',
  callsOnTab: 'Failed calls on this tab',
  callsOfAllTabs: 'No failed call on this tab. Newest failed calls of all tabs:',
  /** Shown when the tab had more 401s than the extension keeps. */
  showingNewest: (shown: number, total: number) =>
    `Showing the newest ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} failed calls.`,
  noCalls:
    'No API Gateway call has answered 401 yet. Use your app; failed calls to *.execute-api.*.amazonaws.com appear here.',
  otherGroup: 'no tab',
  tabLabel: (tabId: number) => `tab ${tabId}`,
  clear: 'Clear',
  clearTitle: "Forget this tab's failed calls and reset its badge",
  requestHeaders: 'Request headers',
  responseHeaders: 'Response headers',
  requestHeadersMissing: 'Chrome did not report the request headers of this call.',
  showToken: 'Show',
  hideToken: 'Hide',
  maskedToken: (length: number) => `masked, ${length} characters`,
  truncatedValue: 'cut: the value was longer than the extension stores',
  /** A cookie header: its value is never kept, only its size. */
  omittedValue: (bytes: number) =>
    `not kept (${bytes.toLocaleString('en-US')} bytes): no check reads cookies`,
  requestedAt: 'Sent',
  initiator: 'From',
  stage: 'stage',
  /** After a stage read from an HTTP API's response: the URL alone cannot tell it from a path. */
  stageAssumed: '(assumed: HTTP API)',
  region: 'region',
  api: 'API',
  /** The HAR hand-offs and the pages that read HAR (issue 13): the popup, the HAR page, the DevTools panel. */
  handoff: {
    responseBody: 'Response body',
    responseBodyCut: 'only the start of the body was kept',
    copyCurl: 'Copy as cURL',
    copyCurlTitle:
      'A curl command that repeats this call, with the token written as "$TOKEN": set TOKEN=… in the shell first',
    copyCurlReal: 'Copy as cURL with the real token',
    copyCurlRealTitle:
      'The same command with the token as it was sent: it is a credential, do not paste it into a ticket',
    exportHar: 'Export HAR',
    exportHarTitle:
      'Download the listed calls as a HAR file, with every token signature, secret and cookie removed',
    openHarPage: 'Diagnose a HAR file',
    signatureRemoved:
      'The signature check cannot run: this token comes from an exported HAR whose signatures were removed. The other checks read the token as it was sent.',
  },
  har: {
    title: 'Diagnose a HAR file',
    intro:
      'Choose a HAR file saved from a browser. It is read in this page only: nothing is uploaded or kept, and closing the page forgets it.',
    howToExport:
      'From Chrome: open DevTools on the failing page, Network tab, reproduce the call, then use the download arrow, "Export HAR (with sensitive data)…". That entry appears once "Allow to generate HAR with sensitive data" is on in DevTools Settings, Preferences, Network; the default "Export HAR (sanitized)" leaves out the Authorization header most checks read.',
    fileLabel: 'HAR file',
    reading: (percent: number | undefined, entries: number) =>
      `Reading${percent === undefined ? '' : ` ${percent} %`}, ${entries} entr${entries === 1 ? 'y' : 'ies'} so far…`,
    stop: 'Stop',
    summary: (calls: number, entries: number, steps = 0) =>
      `${calls} call${calls === 1 ? '' : 's'}${steps === 0 ? '' : ` and ${steps} failing sign-in step${steps === 1 ? '' : 's'}`} to diagnose among ${entries} entr${entries === 1 ? 'y' : 'ies'}.`,
    /** How reading ended, when it did not end well (`HarScanStatus` but `complete`). */
    status: {
      truncated:
        'The file ends too early (cut while saving or copying?): the calls before the cut are listed.',
      empty: 'The file is empty.',
      'not-json': 'This is not a HAR file: it is not JSON.',
      'not-har': 'This JSON file is not a HAR: it has no list of entries (log.entries).',
      'invalid-json': 'The file breaks JSON syntax part way through: the calls before that point are listed.',
      aborted: 'Reading stopped: the calls read so far are listed.',
      unreadable:
        'The file could not be read to the end (was it moved or changed?): the calls read so far are listed.',
    },
    dropped: (count: number) =>
      `${count} more call${count === 1 ? '' : 's'} after the first 2,000 are not listed.`,
    signaturesRemoved:
      'This HAR was exported by Cognito 401 Doctor: the signature of every token was removed, so the signature check cannot run. Every other check reads the tokens as they were sent.',
    noAuthorization:
      'No listed call carries an Authorization header. Chrome\'s default export ("Export HAR (sanitized)") removes it, so the token checks have nothing to read: export again with "Export HAR (with sensitive data)".',
    noCalls:
      'No call in this file is one the extension diagnoses (a 401 from API Gateway, or one of its 403 and 500 answers), and no sign-in step failed.',
  },
  panel: {
    intro:
      'Failed API Gateway calls and failing sign-in steps of the inspected page, on any host, with their response bodies: those DevTools recorded before this panel opened, then each new one.',
    waiting:
      'No failed API Gateway call or sign-in step recorded yet. Keep this panel open and use the page.',
    dropped: (count: number) =>
      `${count} older call${count === 1 ? '' : 's'} dropped to keep the panel light.`,
  },
  siteNotWatched: (site: string) =>
    `Calls from ${site} are not watched yet. Chrome only shows the extension a site's requests once you allow that site.`,
  watchSite: 'Watch this site',
  siteUnknown:
    "This page's address is hidden from the extension, so its calls may not be watched. Open the popup from the page's toolbar icon to allow it.",
  watchedSites: 'Watched sites',
  noWatchedSites: 'No site added. API Gateway hosts and localhost are always watched.',
  revokeSite: 'Stop watching',
  permissionDenied: 'Chrome did not grant access to this site.',
  clearFailed: 'Could not clear the calls.',
  headlineLabel: 'Most likely cause',
  gatewaySaid: 'API Gateway said:',
  checksTitle: 'Checks',
  fixLabel: 'Fix:',
  commandsLabel: 'AWS CLI',
  docsLabel: 'AWS documentation:',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  copyReport: 'Copy report',
  copyToken: 'Copy token (credential)',
  copyTokenTitle:
    'Copies the whole token, signature included: anyone holding it can call the API as this user',
  signaturePending: "Verifying the signature against the user pool's published keys…",
  signatureUnavailable: 'The service worker could not verify the signature; reopen the popup to try again.',
  /** Around the host names, which are shown as code. */
  allowKeyHosts: { before: 'Allow checking signatures from ', after: '' },
  allowKeyHostsRefused: 'Chrome did not grant the access, so the signature stays unverified.',
  tokenTitle: 'Decoded token',
  tokenHeader: 'Header',
  tokenPayload: 'Payload',
  userPool: 'User pool',
  tokenCleaned: 'Decoded after removing the quotes or whitespace around the token.',
  tokenUndecodable: 'The value could not be decoded as a token.',
  rawValue: 'Value as sent',
  noToken: 'This call carries no token to decode.',
  utc: 'UTC',
  localTime: 'local',
  showAll: (length: number) => `show all (${length} characters)`,
  showLess: 'show less',
  configSourceLabel: 'Configuration:',
  configureApi: 'Configure this API',
  configureApiTitle: "Open the extension's options to import or edit this API's authorizer configuration",
  requestDetails: 'Request',
  undecidedLabel: 'Cause not decided',
  answerCommand: 'Run this',
  foldedSummary: (passed: number, notApplicable: number, informational: number) =>
    [
      `${passed} ${passed === 1 ? 'check' : 'checks'} passed`,
      `${notApplicable} did not apply`,
      ...(informational > 0 ? [`${informational} for reference`] : []),
    ].join(', '),
  surfacedTitle: 'What failed',
  copyFullReport: 'Copy full report',
  copyFullReportTitle:
    "Every header (less the browser's own), claim and check, in Markdown; personal claims included, the token's signature removed",
  copyReportShortTitle:
    'A short Markdown report for a public issue: the cause, the failing checks and the claims that decide a 401; no personal claim, no signature',
  filterCalls: 'Filter calls',
  filterPlaceholder: 'Filter: path, method, cause…',
  noCallMatches: 'No call matches the filter.',
  callListLabel: 'Failed calls',
  options: {
    pageTitle: 'Configure APIs',
    intro:
      "What the extension knows about each API's authorizer: the user pools, app clients or audiences it accepts and each method's OAuth scopes. The checks use it to decide, not guess. Stored in this browser's extension storage; it never holds a token.",
    apisHeading: 'APIs',
    noApis: 'No API configured yet. Import what the AWS CLI prints, or add an API by hand.',
    addApi: 'Add an API by hand',
    exportConfig: 'Export configuration',
    exportTitle: 'Download every API configuration as one JSON file (it holds no token)',
    exportEmpty: 'Nothing to export yet.',
    allStages: 'all stages',
    stageName: (stage: string) => `stage ${stage}`,
    methodCount: (count: number) => (count === 1 ? '1 method' : `${count} methods`),
    apiLabel: (apiId: string, stage: string | undefined) =>
      stage === undefined ? `API ${apiId}, all stages` : `API ${apiId}, stage ${stage}`,
    notSaved: 'new, not saved',
    edit: 'Edit',
    close: 'Close',
    delete: 'Delete',
    confirmDelete: (label: string) => `Delete the configuration of ${label}?`,
    confirmDeleteYes: 'Delete',
    cancel: 'Cancel',
    save: 'Save',
    discard: 'Discard changes',
    saved: (label: string) => `Saved ${label}.`,
    deleted: (label: string) => `Deleted ${label}.`,
    saveFailed: 'Could not write the configuration to extension storage.',
    loadFailed: 'Could not read the saved configuration.',
    fixToSave: 'Fix the fields marked below to save.',
    unchanged: 'No unsaved change.',
    unsavedChanges: 'Unsaved changes.',
    /** Put before the problem of one entry of a list field. */
    entryProblem: (position: number) => `Entry ${position}: `,
    sections: {
      api: 'API',
      authorizer: 'Authorizer',
      methods: 'Methods and OAuth scopes',
    },
    fields: {
      apiId: 'API id',
      stage: 'Stage',
      region: 'Region',
      authorizerKind: 'Authorizer kind',
      authorizerId: 'Authorizer id',
      identityHeader: 'Identity-source header',
      userPoolIds: 'User pool ids',
      clientIdsCognito: 'App client ids',
      clientIdsJwt: 'Audiences',
      issuer: 'Issuer',
      tokenValidationRegex: 'Token validation regex',
      defaultScopes: 'Any other method',
    },
    /** Help lines are segments: identifiers and commands in them are shown as code. */
    help: {
      apiId: words`The letters and digits before ${code('.execute-api.')} in the URL.`,
      stage: words`Blank: every stage. ${code('$default')} for an HTTP API served without a stage in the URL.`,
      region: words`e.g. ${code('eu-west-1')}.`,
      authorizerId: words`Needed for the ${code('test-invoke-authorizer')} command.`,
      identityHeader: words`The request header the authorizer reads the token from. Blank: ${code('Authorization')}.`,
      userPoolIds: words`Separate several with spaces or commas, e.g. ${code('eu-west-1_AbC123xyz')}.`,
      clientIdsCognito: words`REST Cognito authorizers accept any app client of their pools; list ids only to check the token against them.`,
      clientIdsJwt: words`The audiences the JWT authorizer accepts (for Cognito, the app client ids).`,
      issuer: words`JWT authorizers: matched exactly against ${code('iss')}, trailing slash included.`,
      tokenValidationRegex: words`REST Cognito authorizers: matched against ${code('aud')}, which access tokens lack.`,
      scopes: words`Separate scopes with spaces. No scope: the method expects an ID token (REST).`,
      concretePath: words`The path comes from the call: replace ids with path variables such as ${code('{id}')} where the API has them.`,
    },
    kinds: {
      cognito: 'Cognito user pool authorizer (REST API)',
      jwt: 'JWT authorizer (HTTP API)',
      'rest-jwt': 'JWT authorizer (REST API)',
      lambda: 'Lambda authorizer',
    },
    defaultScopesModes: {
      unknown: 'unknown',
      none: 'no scopes',
      listed: 'these scopes:',
    },
    methodColumns: {
      method: 'Method',
      path: 'Resource path',
      authorizationType: 'Authorization',
      scopes: 'OAuth scopes',
      authorizerId: 'Authorizer id',
    },
    noMethods: 'No method listed: the checks use the line below for every method.',
    addMethod: 'Add a method',
    removeMethod: 'Remove',
    removeMethodTitle: (label: string) => `Remove ${label}`,
    importHeading: 'Import from AWS',
    importIntro: words`Paste or choose what one of these prints: ${code('aws apigateway get-authorizers')}, ${code('get-method')}, ${code('get-resources --embed methods')}, ${code('get-export')} (${code('oas30')} or ${code('swagger')}, ${code('--parameters extensions=apigateway')}); ${code('aws apigatewayv2 get-authorizers')}, ${code('get-routes')}, ${code('export-api')}; or a configuration file exported here. Nothing is saved before you confirm.`,
    importFile: 'Choose a file',
    importPaste: 'or paste it here',
    importSubmit: 'Read',
    importReading: (name: string) => `Read from ${name}.`,
    importFileFailed: 'The file could not be read.',
    previewHeading: 'What the import says',
    previewWarnings: 'Warnings',
    previewNeeds: 'Still needed',
    previewDestination: 'Saves into',
    destinationNew: 'a new configuration',
    destinationMerge: 'merged into the saved configuration',
    importConfirm: 'Save this import',
    importCancel: 'Cancel',
    importDone: (labels: string) => `Imported into ${labels}.`,
    hints: {
      apiId: 'API id',
      stage: 'Stage (blank: every stage)',
      path: 'Resource path',
      method: 'Method',
    },
  },
  /** How the popup and the options page say where an API's configuration came from. */
  configSource: {
    notConfigured: 'not configured',
    configured: 'configured',
    labels: {
      manual: 'entered by hand',
      'get-authorizers': 'imported from get-authorizers',
      'get-method': 'imported from get-method',
      'get-resources': 'imported from get-resources',
      'get-export': 'imported from get-export',
      'apigatewayv2-get-authorizers': 'imported from apigatewayv2 get-authorizers',
      'apigatewayv2-get-routes': 'imported from apigatewayv2 get-routes',
      'get-stages': 'imported from get-stages',
      'apigatewayv2-get-stages': 'imported from apigatewayv2 get-stages',
      'get-base-path-mappings': 'imported from get-base-path-mappings',
      'apigatewayv2-get-api-mappings': 'imported from apigatewayv2 get-api-mappings',
      'config-file': 'imported from a configuration file',
    } as Record<ConfigSourceKind, string>,
    withAge: (label: string, age: string) => `${label}, ${age}`,
    justNow: 'just now',
    minutesAgo: (minutes: number) => `${minutes} min ago`,
    hoursAgo: (hours: number) => `${hours} h ago`,
    daysAgo: (days: number) => `${days} day${days === 1 ? '' : 's'} ago`,
    onDate: (isoDate: string) => `on ${isoDate}`,
  },
  /** Watched hosts: API custom domain names and custom sign-in domains (popup offer, options section). */
  hosts: {
    offerHeading: 'Other hosts this page called',
    offerIntro:
      'The extension cannot see these hosts yet. If one is your API behind a custom domain name, watch it so that its failed calls are listed here.',
    watch: 'Watch',
    watched: 'Watched. Add its base path mappings so that its calls name their API and stage:',
    configureDomain: 'Add base path mappings',
    denied: 'Chrome did not grant access to this host.',
    customDomainCall:
      'API Gateway answered on this custom domain name, but no saved base path mapping says which API and stage it goes to: the checks that need the API id cannot decide.',
    heading: 'Watched hosts',
    intro:
      "Your APIs' custom domain names and your custom sign-in domains. Chrome shows the extension a host's requests only once you allow that host; nothing is asked for until you add one here or from the popup.",
    none: 'No host added.',
    hostLabel: 'Host name',
    kindLabel: 'Kind',
    kinds: {
      api: 'API custom domain name',
      signin: 'Custom sign-in domain',
      site: 'Watched site',
    },
    add: 'Watch this host',
    invalidHost: words`Enter a host name, such as ${code('api.example.com')}.`,
    granted: 'allowed',
    notGranted: 'not allowed: its requests are not seen',
    allow: 'Allow',
    remove: 'Remove',
    saveFailed: 'Could not write to extension storage.',
    mappingsHeading: 'Base path mappings',
    noMappings:
      'No mapping yet: calls on this host are listed with their host until a mapping names their API and stage.',
    basePath: 'Base path',
    apiId: 'API id',
    stage: 'Stage',
    rootPath: '(root)',
    basePathHelp: words`Blank for the domain's root (${code('(none)')} in the CLI's output).`,
    addMapping: 'Add this mapping',
    removeMapping: 'Remove',
    mappingProblems: {
      basePath: words`A base path is made of letters, digits and ${code('.')} ${code('_')} ${code('-')}, with ${code('/')} between levels, such as ${code('v1/orders')}.`,
      apiId: words`An API id is lower-case letters and digits, such as ${code('a1b2c3d4e5')}.`,
      stage: words`A stage name is letters, digits, ${code('_')} and ${code('-')}, or ${code('$default')}.`,
    },
    importLabel: words`Or paste what ${code('aws apigateway get-base-path-mappings --domain-name …')} or ${code('aws apigatewayv2 get-api-mappings --domain-name …')} prints:`,
    importRead: 'Read',
    importNotMappings:
      'This is not the output of get-base-path-mappings or get-api-mappings. Import API configurations in the box above.',
    importPreview: (count: number) =>
      count === 1 ? 'Understood 1 mapping:' : `Understood ${count} mappings:`,
    importReplaces: "Saving replaces this host's mappings with these.",
    importConfirm: 'Save these mappings',
    importCancel: 'Cancel',
    importDone: (count: number) => (count === 1 ? 'Saved 1 mapping.' : `Saved ${count} mappings.`),
  },
};

export type UiStrings = typeof UI_EN;
