/**
 * Finds English left in Japanese text. The text is cut into runs of printable ASCII; a run made only
 * of letters (after trimming sentence punctuation) is a word, and every word must be a name both
 * editions write the same. Runs holding anything else (`eu-west-1`, `$default`, `.execute-api.`,
 * `401`) are identifiers or values, which stay as AWS writes them. AWS commands, field names and
 * values from the import are shown in `<code>`, which the callers leave out before asking.
 */

/** Product names and abbreviations the Japanese edition writes in Latin letters, as AWS does. */
export const LATIN_NAMES: ReadonlySet<string> = new Set([
  'AWS',
  'API',
  'Gateway',
  'Cognito',
  'Doctor',
  'CLI',
  'JWT',
  'HTTP',
  'REST',
  'OAuth',
  'JSON',
  'HAR',
  'cURL',
  'YAML',
  'HTML',
  'XML',
  'OpenAPI',
  'Swagger',
  'ARN',
  'IAM',
  'SigV4',
  'Lambda',
  'ID',
  'URL',
  'URI',
  'PKCE',
  'Postman',
  'UI',
  'OpenID',
  'OIDC',
  'React',
  'HTTPS',
  'Authorization',
  'UTC',
  'MB',
]);

/** The English words of `text` that are not names, in order. */
export function englishWords(text: string): string[] {
  const runs = text.match(/[\x21-\x7e]+/g) ?? [];
  return runs
    .map((run) => run.replace(/^[([「"',.;:!?]+|[)\]」"',.;:!?]+$/g, ''))
    .filter((run) => /^[A-Za-z]+$/.test(run) && !LATIN_NAMES.has(run));
}
