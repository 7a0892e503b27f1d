import { ANY_METHOD, HTTP_METHODS } from '../awsIdentifiers';
import { describeMethod, finishImport, sortForPreview } from './importPatch';
import type { AwsImportResult, ImportHints, ImportNeed, ImportPatch } from './importTypes';
import { type ConfigMessage, configMessage } from './messages';
import type { MethodAuthorization } from './model';
import { clip, isRecord, optionalString, stringList } from './untrustedData';

/**
 * Reads one `aws apigateway get-method …` output: `{ httpMethod, authorizationType, authorizerId?,
 * authorizationScopes?, apiKeyRequired, methodIntegration, … }`. The output does not say which
 * resource it belongs to, so the path comes from the hints or the preview asks for it.
 */
export function parseRestMethod(item: Record<string, unknown>, hints: ImportHints): AwsImportResult {
  const warnings: ConfigMessage[] = [];
  const fromText = optionalString(item.httpMethod)?.toUpperCase();
  const fromHint = optionalString(hints.method)?.toUpperCase();
  if (fromText !== undefined && fromHint !== undefined && fromText !== fromHint) {
    warnings.push(
      configMessage('warn.methodMismatch', { fromText: clip(fromText, 20), fromHint: clip(fromHint, 20) }),
    );
  }
  const verb = fromText ?? fromHint;
  if (verb === undefined) {
    return { ok: false, error: configMessage('import.noHttpMethod') };
  }
  const hintPath = optionalString(hints.path);
  const path = hintPath?.startsWith('/') ? hintPath : undefined;
  const needs: ImportNeed[] = [];
  if (path === undefined) {
    needs.push('path');
    warnings.push(
      hintPath === undefined
        ? configMessage('warn.pathNeeded')
        : configMessage('warn.hintPathNoSlash', { path: clip(hintPath) }),
    );
  }
  const method = readRestMethod(item, verb, path ?? '(path needed)');
  if (method === undefined) {
    return { ok: false, error: configMessage('import.noAuthorizationType') };
  }
  const patch: ImportPatch = { methods: path === undefined ? [] : [method] };
  if (method.authorizationType === 'COGNITO_USER_POOLS') patch.authorizerKind = 'cognito';
  return finishImport(
    {
      format: 'get-method',
      apiType: 'rest',
      patch,
      summary: [configMessage('summary.getMethod'), describeMethod(method)],
      warnings,
      needs,
    },
    hints,
  );
}

/**
 * Reads `aws apigateway get-resources --rest-api-id … --embed methods` (its `items`), or one
 * `get-resource`. Without `--embed methods` every `resourceMethods` value is `{}`: the methods are
 * named but their authorization is missing.
 */
export function parseRestResources(items: unknown[], hints: ImportHints): AwsImportResult {
  const warnings: ConfigMessage[] = [];
  const methods: MethodAuthorization[] = [];
  const withoutDetails: string[] = [];
  let resources = 0;
  for (const item of items) {
    const path = isRecord(item) ? optionalString(item.path) : undefined;
    if (!isRecord(item) || path === undefined || !path.startsWith('/')) {
      warnings.push(configMessage('warn.resourceWithoutPath'));
      continue;
    }
    resources += 1;
    const resourceMethods = isRecord(item.resourceMethods) ? item.resourceMethods : {};
    for (const [verb, raw] of Object.entries(resourceMethods)) {
      const name = verb.toUpperCase();
      if (!HTTP_METHODS.includes(name) && name !== ANY_METHOD) {
        warnings.push(configMessage('warn.notHttpMethod', { path: clip(path), verb: clip(verb, 20) }));
        continue;
      }
      const method = isRecord(raw) ? readRestMethod(raw, name, path) : undefined;
      if (method === undefined) withoutDetails.push(`${name} ${path}`);
      else methods.push(method);
    }
  }
  if (resources === 0) {
    return { ok: false, error: configMessage('import.noResource') };
  }
  if (withoutDetails.length > 0) {
    warnings.push(
      configMessage('warn.methodsWithoutAuthorization', {
        count: withoutDetails.length,
        listed: withoutDetails.slice(0, 5).map((route) => clip(route)),
        more: withoutDetails.length > 5,
      }),
    );
  }
  const patch: ImportPatch = { methods };
  if (methods.some((method) => method.authorizationType === 'COGNITO_USER_POOLS'))
    patch.authorizerKind = 'cognito';
  const sorted = sortForPreview(methods);
  return finishImport(
    {
      format: 'get-resources',
      apiType: 'rest',
      patch,
      summary: [
        configMessage('summary.resources', { resources, methods: methods.length }),
        ...sorted.map(describeMethod),
      ],
      warnings,
    },
    hints,
  );
}

/** A REST `Method`; undefined when it lacks `authorizationType` (get-resources without --embed). */
function readRestMethod(
  raw: Record<string, unknown>,
  verb: string,
  path: string,
): MethodAuthorization | undefined {
  const authorizationType = optionalString(raw.authorizationType)?.toUpperCase();
  if (authorizationType === undefined) return undefined;
  const method: MethodAuthorization = {
    method: verb,
    path,
    authorizationType,
    scopes: stringList(raw.authorizationScopes),
  };
  const authorizerId = optionalString(raw.authorizerId);
  if (authorizerId !== undefined) method.authorizerId = authorizerId;
  // A method with `apiKeyRequired` answers 403 `ForbiddenException` without a valid key (aws-facts.md §2).
  if (typeof raw.apiKeyRequired === 'boolean') method.apiKeyRequired = raw.apiKeyRequired;
  return method;
}
