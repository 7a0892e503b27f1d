/**
 * Words of the popup and options page around the checks (the checks' own words are in the
 * check catalog). Keyed by id so a Japanese edition is one more object of the same type.
 */
export const UI_EN = {
  appTitle: 'Cognito 401 Doctor',
  callsOnTab: 'Failed calls on this tab',
  callsOfAllTabs: 'No failed call on this tab. Newest failed calls of all tabs:',
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
  diagnosisPending: 'The checklist for this call appears here.',
  requestedAt: 'Sent',
  initiator: 'From',
  stage: 'stage',
  region: 'region',
  api: 'API',
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
} as const;

export type UiStrings = typeof UI_EN;
