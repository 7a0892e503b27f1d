import { DEFAULT_STAGE } from '../awsIdentifiers';
import { sanitizeApiConfig } from './configFile';
import type { ApiConfig } from './model';

/**
 * The list of API configurations as `storage.local` holds it: the one place that finds an entry
 * (for a call, for the options page's link, for an import) and replaces one (an edit, an import).
 * Pure: the platform's configStore reads and writes the list, this decides what goes in.
 */

/** What a configuration applies to: one API, and one stage of it or (stage undefined) every stage. */
export interface ConfigTarget {
  apiId: string;
  stage?: string;
}

/**
 * `a1b2c3d4e5/prod`, or `a1b2c3d4e5` for every stage. Unambiguous: API ids are letters and digits
 * and stage names never contain `/` (API Gateway CreateStage).
 */
export function configKey(target: ConfigTarget): string {
  return target.stage === undefined ? target.apiId : `${target.apiId}/${target.stage}`;
}

export function sameTarget(a: ConfigTarget, b: ConfigTarget): boolean {
  return a.apiId === b.apiId && a.stage === b.stage;
}

/**
 * Rebuilds the list from whatever storage gave back. Storage is written by this extension only,
 * but by any of its versions, and a profile can be synced or edited in DevTools: every entry goes
 * through the core's sanitiser, which copies known fields only (so no token that ever slipped in
 * comes out), and of two entries for one API and stage the later wins, at the earlier's place.
 */
export function reviveApiConfigs(value: unknown): ApiConfig[] {
  if (!Array.isArray(value)) return [];
  const byKey = new Map<string, ApiConfig>();
  for (const raw of value) {
    const config = sanitizeApiConfig(raw, []);
    if (config !== undefined) byKey.set(configKey(config), config);
  }
  return [...byKey.values()];
}

/** The entry saved for exactly this API and stage. */
export function exactConfig(configs: readonly ApiConfig[], target: ConfigTarget): ApiConfig | undefined {
  return configs.find((config) => sameTarget(config, target));
}

/**
 * The entry a call to this API and stage uses: the stage's own, then one for an HTTP API `$default`
 * stage, which API Gateway uses when no stage name matches the first path segment
 * (http-api-develop-routes.html, "Routing API requests"), then one without a stage, which applies
 * to every stage.
 */
export function configForTarget(configs: readonly ApiConfig[], target: ConfigTarget): ApiConfig | undefined {
  const forApi = configs.filter((config) => config.apiId === target.apiId);
  return (
    (target.stage === undefined ? undefined : forApi.find((config) => config.stage === target.stage)) ??
    forApi.find((config) => config.stage === DEFAULT_STAGE) ??
    forApi.find((config) => config.stage === undefined)
  );
}

export type ReplaceResult = { ok: true; configs: ApiConfig[] } | { ok: false; conflict: ApiConfig };

/**
 * Saves an edited entry in place of `original` (or appends it when `original` is undefined: a new
 * entry). Refused when the edit moved it onto the API and stage of another saved entry, which it
 * would otherwise silently overwrite.
 */
export function replaceConfig(
  configs: readonly ApiConfig[],
  original: ConfigTarget | undefined,
  edited: ApiConfig,
): ReplaceResult {
  const conflict = configs.find(
    (config) => sameTarget(config, edited) && (original === undefined || !sameTarget(config, original)),
  );
  if (conflict !== undefined) return { ok: false, conflict };
  const index = original === undefined ? -1 : configs.findIndex((config) => sameTarget(config, original));
  if (index === -1) return { ok: true, configs: [...configs, edited] };
  return { ok: true, configs: configs.map((config, position) => (position === index ? edited : config)) };
}

/** The list with `config` in place of the entry for its API and stage, or appended when there is none. */
export function putConfig(configs: readonly ApiConfig[], config: ApiConfig): ApiConfig[] {
  const index = configs.findIndex((saved) => sameTarget(saved, config));
  if (index === -1) return [...configs, config];
  return configs.map((saved, position) => (position === index ? config : saved));
}

export function removeConfig(configs: readonly ApiConfig[], target: ConfigTarget): ApiConfig[] {
  return configs.filter((config) => !sameTarget(config, target));
}
