import { useEffect, useState } from 'preact/hooks';
import { UI_EN as ui } from '../../core/i18n/uiStrings';
import { siteLabel, sitePatternFor, watchedSites } from '../../core/siteAccess';
import {
  grantedHostPatterns,
  isSiteWatched,
  onSitePermissionsChanged,
  requiredHostPatterns,
  stopWatchingSite,
  watchSite,
} from '../../platform/sitePermissions';

type Access =
  | { kind: 'loading' }
  | { kind: 'watched' }
  | { kind: 'not-watched'; pattern: string }
  | { kind: 'not-a-site' }
  | { kind: 'unknown' };

/**
 * Chrome hides a site's requests from the extension until that site is granted (TOOLING.md,
 * behaviour 1), so a site that is not granted gets a plain explanation and a button that asks
 * Chrome for it at run time; the list below it lets the user take such grants back.
 */
export function SiteAccess({ tabUrl, tabKnown }: { tabUrl: string | undefined; tabKnown: boolean }) {
  const [access, setAccess] = useState<Access>({ kind: 'loading' });
  const [watched, setWatched] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [revision, setRevision] = useState(0);

  useEffect(() => onSitePermissionsChanged(() => setRevision((value) => value + 1)), []);

  useEffect(() => {
    let live = true;
    void (async () => {
      const pattern = sitePatternFor(tabUrl);
      let next: Access;
      if (!tabKnown) next = { kind: 'not-a-site' };
      else if (tabUrl === undefined) next = { kind: 'unknown' };
      else if (pattern === undefined) next = { kind: 'not-a-site' };
      else next = (await isSiteWatched(pattern)) ? { kind: 'watched' } : { kind: 'not-watched', pattern };
      const sites = watchedSites(await grantedHostPatterns(), requiredHostPatterns());
      if (live) {
        setAccess(next);
        setWatched(sites);
      }
    })().catch(() => undefined);
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
    setRevision((value) => value + 1);
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
                  onClick={() =>
                    void stopWatchingSite(pattern).finally(() => setRevision((value) => value + 1))
                  }
                >
                  {ui.revokeSite}
                </button>
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
