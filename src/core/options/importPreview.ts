import { applyImport } from '../config/applyImport';
import type { AwsImportResult, AwsImportSuccess, ImportNeed } from '../config/importTypes';
import {
  type ConfigMessage,
  type ConfigMessageCode,
  configMessage,
  uniqueMessages,
} from '../config/messages';
import type { ApiConfig } from '../config/model';
import { type ConfigTarget, exactConfig, sameTarget } from '../config/storedConfigs';
import { problemMessage, validateApiConfig } from '../config/validateApiConfig';
import { tokenProblems } from './configDraft';

const NEED_MESSAGES = {
  apiId: 'confirm.needsApiId',
  path: 'confirm.needsPath',
  domainName: 'confirm.needsDomainName',
} as const satisfies Record<ImportNeed, ConfigMessageCode>;

/**
 * The options page's import, between reading the text and saving it: which values the preview
 * must let the user give (what the text does not say), where the import will be saved, and the
 * saved list it would produce. Nothing here writes; the page saves `ImportOutcome.configs`.
 */

/** An input the preview shows because the text itself does not carry the value. */
export type ImportAsk = 'apiId' | 'stage' | 'path' | 'method';

/**
 * What to ask, judged from the text read without hints (`bare`) and with them (`hinted`): hints
 * fill gaps, so only the bare reading tells what the text lacks. A configuration file names its
 * own APIs and asks for nothing.
 */
export function importAsks(bare: AwsImportResult, hinted: AwsImportResult): ImportAsk[] {
  if (!hinted.ok || hinted.format === 'config-file') return [];
  if (!bare.ok) {
    // Only the hints made the text readable (a get-method output without httpMethod).
    return hinted.format === 'get-method' ? ['apiId', 'stage', 'path', 'method'] : ['apiId', 'stage'];
  }
  const asks: ImportAsk[] = [];
  if (bare.apiId === undefined) asks.push('apiId');
  if (bare.stage === undefined) asks.push('stage');
  if (bare.needs.includes('path')) asks.push('path');
  return asks;
}

export interface ImportDestination {
  target: ConfigTarget;
  /** True when a configuration is saved for exactly this API and stage: the import merges into it. */
  exists: boolean;
}

/** Where the import goes; empty while the API id is still to be chosen. */
export function importDestinations(
  configs: readonly ApiConfig[],
  result: AwsImportSuccess,
): ImportDestination[] {
  const targets: ConfigTarget[] =
    result.configs !== undefined
      ? result.configs.map(targetOf)
      : result.apiId === undefined
        ? []
        : [targetOf({ apiId: result.apiId, stage: result.stage })];
  return targets.map((target) => ({ target, exists: exactConfig(configs, target) !== undefined }));
}

function targetOf(config: { apiId: string; stage?: string | undefined }): ConfigTarget {
  return config.stage === undefined ? { apiId: config.apiId } : { apiId: config.apiId, stage: config.stage };
}

export type ImportOutcome =
  | { ok: true; configs: ApiConfig[]; targets: ConfigTarget[] }
  /** Why it cannot be saved yet, one message per problem. */
  | { ok: false; problems: ConfigMessage[] };

export interface ConfirmImportOptions {
  now: number;
  /**
   * The API and region the page's link named: the region is recorded for that API when neither
   * the import (get-method, get-resources) nor the saved configuration says it.
   */
  linkRegion?: { apiId: string; region: string } | undefined;
}

/**
 * The saved list once the import is merged (applyImport), or why it cannot be merged: a value the
 * preview still needs, an API id or stage that is not one, or a token among the values.
 * Other validation problems of the merged configuration do not block: they are AWS's own data,
 * and the editor shows them next to their fields.
 */
export function confirmImport(
  configs: readonly ApiConfig[],
  result: AwsImportSuccess,
  options: ConfirmImportOptions,
): ImportOutcome {
  const destinations = importDestinations(configs, result);
  const needs = result.needs.map((need) => configMessage(NEED_MESSAGES[need]));
  if (needs.length > 0 || destinations.length === 0) {
    return { ok: false, problems: needs.length > 0 ? needs : [configMessage('confirm.needsApiId')] };
  }
  const targets = destinations.map((destination) => destination.target);
  const [first] = targets;
  let merged = applyImport(configs, result, {
    apiId: first?.apiId ?? '',
    stage: first?.stage,
    now: options.now,
  });
  const { linkRegion } = options;
  if (result.configs === undefined && first !== undefined && linkRegion?.apiId === first.apiId) {
    merged = merged.map((config) =>
      sameTarget(config, first) && config.region === undefined
        ? { ...config, region: linkRegion.region }
        : config,
    );
  }
  const problems: ConfigMessage[] = [];
  for (const target of targets) {
    const config = exactConfig(merged, target);
    if (config === undefined) continue;
    for (const problem of validateApiConfig(config)) {
      if (problem.field === 'apiId' || problem.field === 'stage') problems.push(problemMessage(problem));
    }
    if (tokenProblems(config).length > 0) problems.push(configMessage('confirm.holdsToken'));
  }
  if (problems.length > 0) return { ok: false, problems: uniqueMessages(problems) };
  return { ok: true, configs: merged, targets };
}
