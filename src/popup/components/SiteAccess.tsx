import { useEffect, useState } from 'preact/hooks';
import { putDomain } from '../../core/config/customDomains';
import { domainQuery } from '../../core/options/optionsQuery';
import { siteLabel, sitePatternFor, watchedSites } from '../../core/siteAccess';
import { apiHostOffers, hostPattern } from '../../core/watchedHosts';
import { loadApiDomains, saveApiDomains } from '../../platform/domainStore';
import { openOptionsPage } from '../../platform/optionsPage';
import { calledHosts } from '../../platform/pageHosts';
import {
  grantedHostPatterns,
  isSiteWatched,
  onSitePermissionsChanged,
  requiredHostPatterns,
  stopWatchingSite,
  watchSite,
} from '../../platform/sitePermissions';
import { ui } from '../words';

type Access =
  | { kind: 'loading' }
  | { kind: 'watched' }
  | { kind: 'not-watched'; pattern: string }
  | { kind: 'not-a-site' }
  | { kind: 'unknown' };

/** A number that changes whenever Chrome's host grants change, to re-run effects that read them. */
function usePermissionRevision(): [number, () => void] {
  const [revision, setRevision] = useState(0);
  useEffect(() => onSitePermissionsChanged(() => setRevision((value) => value + 1)), []);
  return [revision, () => setRevision((value) => value + 1)];
}

/**
 * Chrome hides a site's requests from the extension until that site is granted (TOOLING.md,
 * behaviour 1), so a site that is not granted gets a plain explanation and a button that asks
 * Chrome for it at run time (`optional_host_permissions`).
 */
export function SiteBanner({
  tabId,
  tabUrl,
  tabKnown,
}: {
  tabId: number | undefined;
  tabUrl: string | undefined;
  tabKnown: boolean;
}) {
  const [access, setAccess] = useState<Access>({ kind: 'loading' });
  const [error, setError] = useState<string>();
  const [revision, refresh] = usePermissionRevision();

  useEffect(() => {
    let live = true;
    const pattern = sitePatternFor(tabUrl);
    const decide = async (): Promise<Access> => {
      if (!tabKnown) return { kind: 'not-a-site' };
      if (tabUrl === undefined) return { kind: 'unknown' };
      if (pattern === undefined) return { kind: 'not-a-site' };
      return (await isSiteWatched(pattern)) ? { kind: 'watched' } : { kind: 'not-watched', pattern };
    };
    decide().then(
      (next) => live && setAccess(next),
      () => live && setAccess({ kind: 'unknown' }),
    );
    return () => {
      live = false;
    };
  }, [tabUrl, tabKnown, revision]);

  const request = async (pattern: string) => {
    setError(undefined);
    try {
      if (!(await watchSite(pattern))) setError(ui.permissionDenied);
    } catch {
      setError(ui.permissionDenied);
    }
    refresh();
  };

  return (
    <section class="site-access" data-site-access={access.kind}>
      {access.kind === 'not-watched' && (
        <div class="banner">
          <p>{ui.siteNotWatched(siteLabel(access.pattern))}</p>
          <button type="button" data-action="watch-site" onClick={() => void request(access.pattern)}>
            {ui.watchSite}
          </button>
        </div>
      )}
      {access.kind === 'unknown' && <p class="banner">{ui.siteUnknown}</p>}
      {error && <p class="error">{error}</p>}
      {access.kind === 'watched' && tabId !== undefined && (
        <HostOffers tabId={tabId} pageHost={tabUrl === undefined ? undefined : hostOf(tabUrl)} />
      )}
    </section>
  );
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * On a watched page: the other hosts it called with fetch or XHR that the extension cannot see yet
 * (its resource timing entries, read with the page's grant or the toolbar click's `activeTab`),
 * each with a button that asks Chrome for that host from the click. A host granted here is saved
 * as an API custom domain with no mapping yet, and the options page opens on it to add them.
 */
function HostOffers({ tabId, pageHost }: { tabId: number; pageHost: string | undefined }) {
  const [offers, setOffers] = useState<string[]>([]);
  const [watched, setWatched] = useState<string>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    void Promise.all([calledHosts(tabId), grantedHostPatterns().catch(() => [])]).then(([hosts, granted]) => {
      if (live) setOffers(apiHostOffers(hosts, { pageHost, granted }));
    });
    return () => {
      live = false;
    };
  }, [tabId, pageHost]);

  const watch = async (host: string) => {
    setError(undefined);
    try {
      // First, within the click: Chrome asks for a host permission only from a user gesture.
      if (!(await watchSite(hostPattern(host)))) {
        setError(ui.hosts.denied);
        return;
      }
      const domains = await loadApiDomains();
      if (!domains.some((domain) => domain.domainName === host)) {
        await saveApiDomains(
          putDomain(domains, {
            domainName: host,
            mappings: [],
            source: { kind: 'manual', updatedAt: Date.now() },
          }),
        );
      }
      setWatched(host);
      setOffers((current) => current.filter((offer) => offer !== host));
    } catch {
      setError(ui.hosts.denied);
    }
  };

  if (offers.length === 0 && watched === undefined) return null;
  return (
    <div class="host-offers" data-host-offers>
      {offers.length > 0 && (
        <>
          <h2 class="list-title">{ui.hosts.offerHeading}</h2>
          <p class="note">{ui.hosts.offerIntro}</p>
          <ul>
            {offers.map((host) => (
              <li key={host} data-host-offer={host}>
                <button type="button" data-action="watch-host" onClick={() => void watch(host)}>
                  {ui.hosts.watch} <code>{host}</code>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {watched !== undefined && (
        <p class="done" data-host-watched={watched}>
          {ui.hosts.watched} <ConfigureDomainLink host={watched} />
        </p>
      )}
      {error && <p class="error">{error}</p>}
    </div>
  );
}

/** Opens the options page's "Watched hosts" with `host` pre-filled (`?domain=`: a host name only). */
export function ConfigureDomainLink({ host }: { host: string }) {
  return (
    <button
      type="button"
      class="link"
      data-action="configure-domain"
      data-domain={host}
      onClick={() => void openOptionsPage(domainQuery(host)).catch(() => undefined)}
    >
      {ui.hosts.configureDomain}
    </button>
  );
}

/** The sites granted at run time, each with a way to take the grant back. */
export function WatchedSites() {
  const [watched, setWatched] = useState<string[]>([]);
  const [revision, refresh] = usePermissionRevision();

  useEffect(() => {
    let live = true;
    grantedHostPatterns().then(
      (granted) => live && setWatched(watchedSites(granted, requiredHostPatterns())),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [revision]);

  return (
    <details class="watched-sites">
      <summary>
        {ui.watchedSites} ({watched.length})
      </summary>
      {watched.length === 0 ? (
        <p class="note">{ui.noWatchedSites}</p>
      ) : (
        <ul data-watched-sites>
          {watched.map((pattern) => (
            <li key={pattern} data-watched-site={pattern}>
              {siteLabel(pattern)}{' '}
              <button
                type="button"
                class="link"
                data-action="revoke-site"
                onClick={() => void stopWatchingSite(pattern).finally(refresh)}
              >
                {ui.revokeSite}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
