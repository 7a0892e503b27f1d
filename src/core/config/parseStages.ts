import { finishImport } from './importPatch';
import type { AwsImportResult, ImportHints } from './importTypes';
import { configMessage } from './messages';
import { clip, isRecord, optionalString, uniqueStrings } from './untrustedData';

/**
 * Reads `aws apigateway get-stages --rest-api-id …` (`{ item: [{ stageName, deploymentId, … }] }`,
 * API Gateway `Stages`) or `aws apigatewayv2 get-stages --api-id …` (`{ Items: [{ StageName, … }] }`):
 * the stages that exist, so that `route` can name them when a call's stage is not one.
 */
export function parseStages(items: unknown[], http: boolean, hints: ImportHints): AwsImportResult {
  const field = http ? 'StageName' : 'stageName';
  const stages = uniqueStrings(
    items.flatMap((item) => (isRecord(item) ? (optionalString(item[field]) ?? []) : [])),
  );
  if (stages.length === 0) {
    return { ok: false, error: configMessage('import.noStage', { field }) };
  }
  return finishImport(
    {
      format: http ? 'apigatewayv2-get-stages' : 'get-stages',
      apiType: http ? 'http' : 'rest',
      patch: { stages },
      summary: [configMessage('summary.stages', { stages: stages.map((stage) => clip(stage, 128)), http })],
      // The stage list is the API's, whatever stage the import is saved for.
      warnings: [],
    },
    { ...hints, stage: undefined },
  );
}
