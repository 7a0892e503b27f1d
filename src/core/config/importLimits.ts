/**
 * Bounds on what one import may hold, checked while the text becomes values and before any AWS
 * parser walks them: pasted text can be anything, and the options page must answer in well under
 * a second. AWS outputs are far inside these (an export of an API with hundreds of methods has a
 * few thousand map entries); README.md "Known limits" documents the figures.
 */
export interface DocumentLimits {
  /** Key/value pairs of every map, counted once per place they appear (aliases expanded). */
  maxEntries: number;
  /** Values (scalars, lists, maps) once YAML aliases are expanded. */
  maxValues: number;
  /**
   * Nesting of lists and maps in YAML, whose parser and conversion recurse. JSON is parsed
   * without recursion by the browser and walked here with a stack: it has no depth limit.
   */
  maxDepth: number;
  /**
   * Lines plus flow separators (`,` `[` `{`) of a YAML text, counted before it is parsed: the yaml
   * package spends several microseconds on each node (100,000 take about a second), so a text
   * with more is refused before it starts. JSON is parsed ten times faster and is not counted.
   */
  maxYamlPieces: number;
}

export const IMPORT_LIMITS: DocumentLimits = {
  maxEntries: 100_000,
  maxValues: 500_000,
  maxDepth: 1_000,
  maxYamlPieces: 100_000,
};

/** Why text could not become values; parseAwsImport words the message. */
export type DocumentFailureReason =
  | 'syntax'
  | 'depth'
  | 'yaml-pieces'
  | 'values'
  /** Too many values once YAML aliases are expanded: an alias bomb. */
  | 'expanded'
  | 'entries'
  | 'alias'
  | 'duplicate-key'
  | 'complex-key';

export type ImportDocument =
  | { ok: true; value: unknown }
  | { ok: false; reason: DocumentFailureReason; offset?: number; limit?: number };

export function limitFailure(
  reason: 'depth' | 'yaml-pieces' | 'values' | 'expanded' | 'entries',
  limits: DocumentLimits,
): Extract<ImportDocument, { ok: false }> {
  const limit = {
    depth: limits.maxDepth,
    'yaml-pieces': limits.maxYamlPieces,
    values: limits.maxValues,
    expanded: limits.maxValues,
    entries: limits.maxEntries,
  }[reason];
  return { ok: false, reason, limit };
}

/**
 * The same bounds for parsed JSON, which has no aliases: one pass over the values, with a stack
 * instead of recursion.
 */
export function checkValueLimits(root: unknown, limits: DocumentLimits): ImportDocument {
  let values = 0;
  let entries = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    values++;
    if (values > limits.maxValues) return limitFailure('values', limits);
    if (typeof value !== 'object' || value === null) continue;
    const children = Array.isArray(value) ? value : Object.values(value);
    if (!Array.isArray(value)) {
      entries += children.length;
      if (entries > limits.maxEntries) return limitFailure('entries', limits);
    }
    for (const child of children) stack.push(child);
  }
  return { ok: true, value: root };
}
