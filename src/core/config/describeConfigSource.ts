import type { ConfigSource, ConfigSourceKind } from './model';

/** Where a configuration came from, as the popup and options page word it. */
const SOURCE_LABELS: Record<ConfigSourceKind, string> = {
  manual: 'entered by hand',
  'get-authorizers': 'imported from get-authorizers',
  'get-method': 'imported from get-method',
  'get-resources': 'imported from get-resources',
  'get-export': 'imported from get-export',
  'apigatewayv2-get-authorizers': 'imported from apigatewayv2 get-authorizers',
  'apigatewayv2-get-routes': 'imported from apigatewayv2 get-routes',
  'config-file': 'imported from a configuration file',
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "imported from get-export, 2 min ago", "entered by hand, just now"; "not configured" without a source. */
export function describeConfigSource(source: ConfigSource | undefined, now: number): string {
  if (source === undefined) return 'not configured';
  return `${SOURCE_LABELS[source.kind] ?? 'configured'}, ${describeAge(now - source.updatedAt, source.updatedAt)}`;
}

function describeAge(elapsed: number, updatedAt: number): string {
  // A clock moved backwards since the edit reads as "just now" rather than as a future time.
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  const days = Math.floor(elapsed / DAY);
  if (days < 30) return `${days} day${days === 1 ? '' : 's'} ago`;
  return `on ${new Date(updatedAt).toISOString().slice(0, 10)}`;
}
