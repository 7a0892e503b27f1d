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
  // Names of other products and standards, as AWS's and Chrome's Japanese pages write them.
  'Amazon',
  'Amplify',
  'CloudWatch',
  'WAF',
  'ACL',
  'VPC',
  'IP',
  'TTL',
  'SDK',
  'CORS',
  'RSA',
  'SRP',
  'Chrome',
  'DevTools',
  'Cookie',
  'Markdown',
  'Promise',
  'Basic',
  'curl',
  // AWS and HTTP identifiers that appear in running text: an API operation, a policy effect, a method.
  'InitiateAuth',
  'Deny',
  'OPTIONS',
]);

/**
 * The prose of a catalog template as it reads: code spans (identifiers, commands, AWS's own
 * messages), placeholders (values from the request) and section markers left out, and so are
 * quotations made only of ASCII ("Missing Authentication Token", 「Export HAR (sanitized)」): those
 * are AWS's or Chrome's own words, shown as the reader will meet them.
 */
export function templateProse(template: string): string {
  return template
    .split('`')
    .filter((_part, index) => index % 2 === 0)
    .join(' ')
    .replace(/\{[A-Za-z][A-Za-z0-9]*(?::[a-z]+)?\}/g, ' ')
    .replace(/\[\[(?:[?!][A-Za-z][A-Za-z0-9]*\|)?|\]\]/g, ' ')
    .replace(/"[\x20-\x7e…]*?"|「[\x20-\x7e…]*?」/g, ' ');
}

/** The English words of `text` that are not names, in order. */
export function englishWords(text: string): string[] {
  const runs = text.match(/[\x21-\x7e]+/g) ?? [];
  return runs
    .map((run) => run.replace(/^[([「"',.;:!?]+|[)\]」"',.;:!?]+$/g, ''))
    .filter((run) => /^[A-Za-z]+$/.test(run) && !LATIN_NAMES.has(run));
}
