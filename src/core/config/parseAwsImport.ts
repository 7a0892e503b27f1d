import { isConfigFileDocument, parseConfigFile } from './configFile';
import { isBasePathMappingItem, normalizeDomainName, readBasePathMappings } from './domainMappings';
import { checkValueLimits, IMPORT_LIMITS, type ImportDocument } from './importLimits';
import type { AwsImportFailure, AwsImportResult, ImportHints } from './importTypes';
import { configMessage } from './messages';
import { parseApiExport } from './parseApiExport';
import { parseHttpApiAuthorizers, parseHttpApiRoutes } from './parseHttpApi';
import { parseRestAuthorizers } from './parseRestAuthorizers';
import { parseRestMethod, parseRestResources } from './parseRestMethods';
import { parseStages } from './parseStages';
import { clip, isRecord, type JsonRecord, optionalString } from './untrustedData';

/**
 * Largest text accepted. An export of a large API is a few hundred kB; anything past this is not
 * one command's output, and parsing it would only stall the options page.
 */
export const MAX_IMPORT_LENGTH = 2_000_000;

/**
 * Pasted or uploaded text read once into values: what `interpretImport` reads, as often as the
 * hints change, without parsing the text again.
 */
export type ReadImport = { ok: true; value: unknown } | AwsImportFailure;

/**
 * Reads pasted or uploaded text, recognises which AWS output (or configuration file) it is, and
 * returns what it says about the API's authorization. Never throws: anything unexpected comes back
 * as `{ ok: false, error }`, and no error message quotes the text, which might hold a token.
 */
export async function parseAwsImport(text: string, hints: ImportHints = {}): Promise<AwsImportResult> {
  return interpretImport(await readImportText(text), hints);
}

/** What a read text says, with `hints` for what it does not say. Cheap: no text is parsed here. */
export function interpretImport(read: ReadImport, hints: ImportHints = {}): AwsImportResult {
  if (!read.ok) return read;
  try {
    return dispatch(read.value, hints);
  } catch {
    return { ok: false, error: configMessage('import.unreadable') };
  }
}

/**
 * Text to values: JSON with the browser's parser; anything else with the yaml package, loaded
 * only then (it is a separate chunk). Both within IMPORT_LIMITS, so that no text stalls the page.
 */
export async function readImportText(text: string): Promise<ReadImport> {
  try {
    const checked = checkText(text);
    if (!checked.ok) return checked;
    const trimmed = checked.value;
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      let value: unknown;
      try {
        value = JSON.parse(trimmed);
      } catch (error) {
        // V8's message quotes the text near the error, so only its position is reported.
        const position = /position (\d+)/.exec((error as Error).message)?.[1];
        const where = position === undefined ? {} : lineAndColumn(trimmed, Number(position));
        return { ok: false, error: configMessage('import.invalidJson', where) };
      }
      return documentResult(checkValueLimits(value, IMPORT_LIMITS), trimmed);
    }
    const { readYaml } = await import('./readYaml');
    return documentResult(readYaml(trimmed, IMPORT_LIMITS), trimmed);
  } catch {
    return { ok: false, error: configMessage('import.unreadable') };
  }
}

function checkText(text: string): { ok: true; value: string } | AwsImportFailure {
  if (typeof text !== 'string') return { ok: false, error: configMessage('import.notText') };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: false, error: configMessage('import.empty') };
  if (trimmed.length > MAX_IMPORT_LENGTH) {
    return {
      ok: false,
      error: configMessage('import.tooLarge', {
        megabytes: Math.round(trimmed.length / 100_000) / 10,
        limitMegabytes: MAX_IMPORT_LENGTH / 1_000_000,
      }),
    };
  }
  if (/^(?:bearer\s+)?eyJ[\w-]*\.[\w-]*\.[\w-]*$/i.test(trimmed)) {
    return { ok: false, error: configMessage('import.looksLikeToken') };
  }
  if (trimmed.startsWith('<')) {
    return { ok: false, error: configMessage('import.looksLikeHtml') };
  }
  return { ok: true, value: trimmed };
}

/** The message for a document that could not become values; never quotes the text. */
function documentResult(document: ImportDocument, text: string): ReadImport {
  if (document.ok) return document;
  const limit = document.limit ?? 0;
  switch (document.reason) {
    case 'syntax':
      return {
        ok: false,
        error: configMessage('import.invalidYaml', lineAndColumn(text, document.offset ?? 0)),
      };
    case 'duplicate-key':
      return {
        ok: false,
        error: configMessage('import.yamlDuplicateKey', lineAndColumn(text, document.offset ?? 0)),
      };
    case 'complex-key':
      return { ok: false, error: configMessage('import.yamlKeyShape') };
    case 'alias':
      return { ok: false, error: configMessage('import.yamlAliasAnchor') };
    case 'expanded':
      // Alias expansion past the value limit: a "billion laughs" document.
      return { ok: false, error: configMessage('import.yamlAliases') };
    case 'values':
      return { ok: false, error: configMessage('import.tooMany', { what: 'values', limit }) };
    case 'entries':
      return { ok: false, error: configMessage('import.tooMany', { what: 'entries', limit }) };
    case 'depth':
      return { ok: false, error: configMessage('import.tooMany', { what: 'depth', limit }) };
    case 'yaml-pieces':
      return { ok: false, error: configMessage('import.tooMany', { what: 'yamlPieces', limit }) };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/** What one object of an AWS output is, judged by the fields only that output has. */
type ItemKind =
  | 'rest-authorizer'
  | 'rest-method'
  | 'rest-resource'
  | 'rest-api'
  | 'http-authorizer'
  | 'http-route'
  | 'http-api'
  | 'rest-stage'
  | 'http-stage'
  | 'base-path-mapping'
  | 'unknown';

const REST_AUTHORIZER_TYPES = ['COGNITO_USER_POOLS', 'TOKEN', 'REQUEST', 'JWT'];

function classifyItem(item: unknown): ItemKind {
  if (!isRecord(item)) return 'unknown';
  if (isBasePathMappingItem(item)) return 'base-path-mapping';
  if ('StageName' in item) return 'http-stage';
  if ('stageName' in item && !('httpMethod' in item)) return 'rest-stage';
  if ('AuthorizerType' in item || 'JwtConfiguration' in item) return 'http-authorizer';
  if ('RouteKey' in item) return 'http-route';
  if ('ApiEndpoint' in item || 'ProtocolType' in item) return 'http-api';
  if ('httpMethod' in item && 'authorizationType' in item) return 'rest-method';
  const type = optionalString(item.type)?.toUpperCase();
  if ('providerARNs' in item || (type !== undefined && REST_AUTHORIZER_TYPES.includes(type))) {
    return 'rest-authorizer';
  }
  if (typeof item.path === 'string' && ('resourceMethods' in item || 'pathPart' in item || 'id' in item)) {
    return 'rest-resource';
  }
  if ('id' in item && ('createdDate' in item || 'endpointConfiguration' in item || 'apiKeySource' in item)) {
    return 'rest-api';
  }
  return 'unknown';
}

function dispatch(doc: unknown, hints: ImportHints): AwsImportResult {
  if (Array.isArray(doc)) return dispatchList(doc, hints);
  if (!isRecord(doc)) return { ok: false, error: configMessage('import.notAnObject') };
  if (isConfigFileDocument(doc)) return parseConfigFile(doc);
  if (typeof doc.openapi === 'string' || typeof doc.swagger === 'string') {
    const version = String(doc.openapi ?? doc.swagger);
    if (!version.startsWith('3.') && version !== '2.0') {
      return { ok: false, error: configMessage('import.openApiVersion', { version: clip(version, 20) }) };
    }
    return parseApiExport(doc, hints);
  }
  if (typeof doc.contentDisposition === 'string' && typeof doc.contentType === 'string') {
    // get-export prints only this to the terminal; the export itself goes to the file named last.
    return { ok: false, error: configMessage('import.exportPointer') };
  }
  if (Array.isArray(doc.items)) return dispatchList(doc.items, hints);
  // get-stages (REST) prints its list under `item`.
  if (Array.isArray(doc.item)) return dispatchList(doc.item, hints);
  if (Array.isArray(doc.Items)) return dispatchList(doc.Items, hints);
  return dispatchItem(doc, hints);
}

function dispatchList(items: unknown[], hints: ImportHints): AwsImportResult {
  const [first] = items;
  if (first === undefined) {
    return { ok: false, error: configMessage('import.emptyList') };
  }
  switch (classifyItem(first)) {
    case 'rest-authorizer':
      return parseRestAuthorizers(items, hints);
    case 'rest-resource':
      return parseRestResources(items, hints);
    case 'http-authorizer':
      return parseHttpApiAuthorizers(items, hints);
    case 'http-route':
      return parseHttpApiRoutes(items, hints);
    case 'rest-stage':
    case 'http-stage':
      return parseStages(items, classifyItem(first) === 'http-stage', hints);
    case 'base-path-mapping':
      return parseMappings(items, hints);
    case 'rest-api':
      return { ok: false, error: configMessage('import.restApiList', listApis(items, 'id', 'name')) };
    case 'http-api':
      return { ok: false, error: configMessage('import.httpApiList', listApis(items, 'ApiId', 'Name')) };
    default:
      return { ok: false, error: configMessage('import.unknownItems') };
  }
}

function dispatchItem(item: JsonRecord, hints: ImportHints): AwsImportResult {
  switch (classifyItem(item)) {
    case 'rest-authorizer':
      return parseRestAuthorizers([item], hints);
    case 'rest-method':
      return parseRestMethod(item, hints);
    case 'rest-resource':
      return parseRestResources([item], hints);
    case 'http-authorizer':
      return parseHttpApiAuthorizers([item], hints);
    case 'http-route':
      return parseHttpApiRoutes([item], hints);
    case 'rest-stage':
    case 'http-stage':
      return parseStages([item], classifyItem(item) === 'http-stage', hints);
    case 'base-path-mapping':
      return parseMappings([item], hints);
    case 'rest-api':
    case 'http-api':
      return { ok: false, error: configMessage('import.apiDescription') };
    default:
      return { ok: false, error: configMessage('import.unknownDocument') };
  }
}

/**
 * Base path mappings of a custom domain (CHECKS.md "Custom domain names"): they change no API's
 * configuration, they tell which API and stage a call on the domain goes to.
 */
function parseMappings(items: unknown[], hints: ImportHints): AwsImportResult {
  const { mappings, skipped } = readBasePathMappings(items);
  if (mappings.length === 0) return { ok: false, error: configMessage('import.noMapping') };
  const http = items.some((item) => isRecord(item) && 'ApiId' in item);
  const domainName = hints.domainName === undefined ? undefined : normalizeDomainName(hints.domainName);
  return {
    ok: true,
    format: http ? 'apigatewayv2-get-api-mappings' : 'get-base-path-mappings',
    apiType: http ? 'http' : 'rest',
    patch: {},
    domain: domainName === undefined ? { mappings } : { domainName, mappings },
    summary: [
      configMessage('summary.mappings', {
        count: mappings.length,
        ...(domainName === undefined ? {} : { domainName }),
      }),
      ...mappings.map((mapping) =>
        configMessage('summary.mapping', {
          basePath: clip(mapping.basePath),
          apiId: clip(mapping.apiId, 40),
          stage: clip(mapping.stage, 128),
        }),
      ),
    ],
    warnings: skipped === 0 ? [] : [configMessage('warn.mappingsSkipped', { count: skipped })],
    needs: domainName === undefined ? ['domainName'] : [],
  };
}

/** `a1b2c3d4e5 (orders)`, …: enough for the user to pick the id for the next command. */
function listApis(items: unknown[], idField: string, nameField: string): { apis: string[]; more: boolean } {
  const apis = items.slice(0, 5).flatMap((item) => {
    if (!isRecord(item)) return [];
    const id = optionalString(item[idField]);
    const name = optionalString(item[nameField]);
    if (id === undefined) return [];
    return [name === undefined ? clip(id, 40) : `${clip(id, 40)} (${clip(name, 40)})`];
  });
  return { apis, more: items.length > 5 };
}

/**
 * Reads text that must be the extension's own configuration file (an "import file" button): any
 * other recognised output is refused rather than merged as a partial import.
 */
export async function parseConfigFileText(text: string): Promise<AwsImportResult> {
  const result = await parseAwsImport(text);
  if (!result.ok || result.format === 'config-file') return result;
  return { ok: false, error: configMessage('import.notConfigFile', { format: result.format }) };
}
