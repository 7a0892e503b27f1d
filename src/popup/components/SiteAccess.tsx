import { useEffect, useState } from 'preact/hooks';
import { siteLabel, sitePatternFor, watchedSites } from '../../core/siteAccess';
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
export function SiteBanner({ tabUrl, tabKnown }: { tabUrl: string | undefined; tabKnown: boolean }) {
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
    </section>
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
