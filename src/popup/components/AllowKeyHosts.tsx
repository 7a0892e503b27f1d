import { useState } from 'preact/hooks';
import { allowKeyHosts } from '../../platform/sitePermissions';
import { ui } from '../words';

/**
 * The signature check's way to run for an issuer whose keys are on a host the extension may not
 * fetch from yet: the user asks Chrome for those hosts (never asked automatically). Once granted,
 * the signature source hears the permission change and verifies again.
 */
export function AllowKeyHostsButton({ origins }: { origins: readonly string[] }) {
  const [refused, setRefused] = useState(false);
  const hosts = origins.map((origin) => origin.replace(/^https:\/\//, ''));
  return (
    <>
      <button
        type="button"
        data-action="allow-key-hosts"
        data-key-hosts={hosts.join(' ')}
        onClick={() => {
          void allowKeyHosts(origins).then((granted) => setRefused(!granted));
        }}
      >
        {ui.allowKeyHosts.before}
        {hosts.map((host, index) => (
          <span key={host}>
            {index > 0 && ', '}
            <code>{host}</code>
          </span>
        ))}
        {ui.allowKeyHosts.after}
      </button>
      {refused && <span data-key-hosts-refused> {ui.allowKeyHostsRefused}</span>}
    </>
  );
}
