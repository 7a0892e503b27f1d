import { isConfigFileDocument, parseConfigFile } from './configFile';
import { checkValueLimits, IMPORT_LIMITS, type ImportDocument } from './importLimits';
import type { AwsImportFailure, AwsImportResult, ImportHints } from './importTypes';
import { parseApiExport } from './parseApiExport';
import { parseHttpApiAuthorizers, parseHttpApiRoutes } from './parseHttpApi';
import { parseRestAuthorizers } from './parseRestAuthorizers';
import { parseRestMethod, parseRestResources } from './parseRestMethods';
import { isRecord, type JsonRecord, optionalString, quote } from './untrustedData';

/**
 * Largest text accepted. An export of a large API is a few hundred kB; anything past this is not
 * one command's output, and parsing it would only stall the options page.
 */
export const MAX_IMPORT_LENGTH = 2_000_000;

const EXPECTED =
  'Expected the JSON or YAML printed by aws apigateway get-authorizers, get-method, get-resources --embed methods or get-export (oas30 or swagger, --parameters extensions=apigateway); by aws apigatewayv2 get-authorizers, get-routes or export-api; or a Cognito 401 Doctor configuration file.';

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
    return { ok: false, error: `The text could not be read. ${EXPECTED}` };
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
        const where = position === undefined ? '' : ` (${lineAndColumn(trimmed, Number(position))})`;
        return {
          ok: false,
          error: `The text starts like JSON but is not valid JSON${where}: paste the command's whole output, unchanged.`,
        };
      }
      return documentResult(checkValueLimits(value, IMPORT_LIMITS), trimmed);
    }
    const { readYaml } = await import('./readYaml');
    return documentResult(readYaml(trimmed, IMPORT_LIMITS), trimmed);
  } catch {
    return { ok: false, error: `The text could not be read. ${EXPECTED}` };
  }
}

function checkText(text: string): { ok: true; value: string } | AwsImportFailure {
  if (typeof text !== 'string') return { ok: false, error: `Nothing to import. ${EXPECTED}` };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: false, error: `Nothing to import: the text is empty. ${EXPECTED}` };
  if (trimmed.length > MAX_IMPORT_LENGTH) {
    const megabytes = (trimmed.length / 1_000_000).toFixed(1);
    return {
      ok: false,
      error: `The text is ${megabytes} MB; one command's output is far smaller (the limit is ${MAX_IMPORT_LENGTH / 1_000_000} MB). ${EXPECTED}`,
    };
  }
  if (/^(?:bearer\s+)?eyJ[\w-]*\.[\w-]*\.[\w-]*$/i.test(trimmed)) {
    return { ok: false, error: `This looks like a token, not configuration; it was not stored. ${EXPECTED}` };
  }
  if (trimmed.startsWith('<')) {
    return { ok: false, error: `This looks like an HTML or XML page, not an AWS CLI output. ${EXPECTED}` };
  }
  return { ok: true, value: trimmed };
}

const count = (value: number | undefined) => (value ?? 0).toLocaleString('en-US');

/** The message for a document that could not become values; never quotes the text. */
function documentResult(document: ImportDocument, text: string): ReadImport {
  if (document.ok) return document;
  switch (document.reason) {
    case 'syntax':
      return {
        ok: false,
        error: `The text is neither JSON nor valid YAML (${lineAndColumn(text, document.offset ?? 0)}). ${EXPECTED}`,
      };
    case 'duplicate-key':
      return {
        ok: false,
        error: `The YAML repeats a key in one map (${lineAndColumn(text, document.offset ?? 0)}); an AWS output never does. ${EXPECTED}`,
      };
    case 'complex-key':
      return {
        ok: false,
        error: `The YAML uses a list or a map as a key; an AWS output never does. ${EXPECTED}`,
      };
    case 'alias':
      return {
        ok: false,
        error: `The YAML has an alias (*name) without its anchor (&name) before it, or inside it. ${EXPECTED}`,
      };
    case 'expanded':
      // The alias limit stops "billion laughs" documents from expanding into gigabytes.
      return {
        ok: false,
        error: `The YAML repeats anchors (&name / *name) far more than an AWS output does (over ${count(document.limit)} values once expanded), so it was not expanded. ${EXPECTED}`,
      };
    case 'yaml-pieces':
      return {
        ok: false,
        error: `The YAML has over ${count(document.limit)} lines and list items; one command's output has far fewer (or print it as JSON, which has no such limit). ${EXPECTED}`,
      };
    case 'values':
      return {
        ok: false,
        error: `The text holds over ${count(document.limit)} values; one command's output holds far fewer. ${EXPECTED}`,
      };
    case 'entries':
      return {
        ok: false,
        error: `The text holds over ${count(document.limit)} map entries; one command's output holds far fewer. ${EXPECTED}`,
      };
    case 'depth':
      return {
        ok: false,
        error: `The text nests lists or maps over ${count(document.limit)} levels deep; no AWS output does. ${EXPECTED}`,
      };
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
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
  | 'unknown';

const REST_AUTHORIZER_TYPES = ['COGNITO_USER_POOLS', 'TOKEN', 'REQUEST', 'JWT'];

function classifyItem(item: unknown): ItemKind {
  if (!isRecord(item)) return 'unknown';
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
  if (!isRecord(doc)) return { ok: false, error: `This is not a JSON or YAML object. ${EXPECTED}` };
  if (isConfigFileDocument(doc)) return parseConfigFile(doc);
  if (typeof doc.openapi === 'string' || typeof doc.swagger === 'string') {
    const version = String(doc.openapi ?? doc.swagger);
    if (!version.startsWith('3.') && version !== '2.0') {
      return {
        ok: false,
        error: `OpenAPI version ${quote(version)} is not one API Gateway exports (3.0 or Swagger 2.0).`,
      };
    }
    return parseApiExport(doc, hints);
  }
  if (typeof doc.contentDisposition === 'string' && typeof doc.contentType === 'string') {
    // get-export prints only this to the terminal; the export itself goes to the file named last.
    return {
      ok: false,
      error:
        'This is what aws apigateway get-export prints on screen; the export itself is in the file named at the end of the command (e.g. export.json): import that file.',
    };
  }
  if (Array.isArray(doc.items)) return dispatchList(doc.items, hints);
  if (Array.isArray(doc.Items)) return dispatchList(doc.Items, hints);
  return dispatchItem(doc, hints);
}

function dispatchList(items: unknown[], hints: ImportHints): AwsImportResult {
  const [first] = items;
  if (first === undefined) {
    return {
      ok: false,
      error:
        'The output lists nothing (an empty items list): there is nothing to import. If it came from get-authorizers, the API has no authorizer.',
    };
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
    case 'rest-api':
      return {
        ok: false,
        error: `This is aws apigateway get-rest-apis output: it lists APIs (${listApis(items, 'id', 'name')}), not how they are protected. Import aws apigateway get-authorizers --rest-api-id <id>, get-resources --rest-api-id <id> --embed methods, or get-export instead.`,
      };
    case 'http-api':
      return {
        ok: false,
        error: `This is aws apigatewayv2 get-apis output: it lists APIs (${listApis(items, 'ApiId', 'Name')}), not how they are protected. Import aws apigatewayv2 get-authorizers --api-id <id> and get-routes --api-id <id> instead.`,
      };
    default:
      return { ok: false, error: `The listed items are not authorizers, resources or routes. ${EXPECTED}` };
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
    case 'rest-api':
    case 'http-api':
      return {
        ok: false,
        error: `This describes an API, not how its methods are protected. ${EXPECTED}`,
      };
    default:
      return {
        ok: false,
        error: `This JSON or YAML is not an API Gateway output this import knows. ${EXPECTED}`,
      };
  }
}

/** `a1b2c3d4e5 "orders", …`: enough for the user to pick the id for the next command. */
function listApis(items: unknown[], idField: string, nameField: string): string {
  const shown = items.slice(0, 5).flatMap((item) => {
    if (!isRecord(item)) return [];
    const id = optionalString(item[idField]);
    const name = optionalString(item[nameField]);
    if (id === undefined) return [];
    return [name === undefined ? id : `${id} ${quote(name, 40)}`];
  });
  return shown.join(', ') + (items.length > 5 ? ', …' : '');
}

/**
 * Reads text that must be the extension's own configuration file (an "import file" button): any
 * other recognised output is refused rather than merged as a partial import.
 */
export async function parseConfigFileText(text: string): Promise<AwsImportResult> {
  const result = await parseAwsImport(text);
  if (!result.ok || result.format === 'config-file') return result;
  return {
    ok: false,
    error: `This is ${result.format} output, not a Cognito 401 Doctor configuration file: import it as AWS output instead.`,
  };
}
