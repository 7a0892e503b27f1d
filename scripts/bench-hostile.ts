// `npm run bench:hostile`: what hostile input costs (CPU ms), before and after the parsers were
// made linear and bounded. "Before" runs the code as it was (the old expression, the yaml package's own checks
// and conversion, an unbounded RegExp) on inputs small enough to finish; "after" runs ours on the
// same inputs and on the large ones. Figures, not pass/fail: compare runs on the same machine.
import { parseDocument } from 'yaml';
import { matchWhole } from '../src/core/boundedRegex';
import { readImportText } from '../src/core/config/parseAwsImport';
import { parseWwwAuthenticate } from '../src/core/diagnosis/responseFacts';

/** The www-authenticate parser as it was: a global expression retried at every offset. */
function wwwAuthenticateBefore(value: string): number {
  const trimmed = value.trim();
  const scheme = /^[A-Za-z][A-Za-z0-9_-]*/.exec(trimmed)?.[0] ?? '';
  const pattern = /([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]*))/g;
  const rest = trimmed.slice(scheme.length);
  let count = 0;
  for (let match = pattern.exec(rest); match !== null; match = pattern.exec(rest)) count++;
  return count;
}

/** The YAML import as it was: the package's duplicate-key check and its own conversion. */
function yamlBefore(text: string): unknown {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) return 'refused';
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch {
    return 'refused';
  }
}

/** CPU time of this process in ms: on a shared machine, wall time mostly measures the queue. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Lowest CPU time of `rounds` runs, in ms: what one idle core would spend, i.e. how long the page freezes. */
async function ms(run: () => unknown, rounds = 3): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    const start = cpuMs();
    await run();
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

const rows: string[][] = [['case', 'input', 'before', 'after']];
const fmt = (value: number | undefined) =>
  value === undefined
    ? 'not run (too slow)'
    : value < 10
      ? `${value.toFixed(2)} ms`
      : `${value.toFixed(0)} ms`;
const add = (name: string, input: string, before: number | undefined, after: number, note = '') =>
  rows.push([name, input, fmt(before), `${fmt(after)}${note}`]);

// 1. www-authenticate: `Bearer aaaa…` with no `=`.
for (const kb of [4, 16, 32, 64]) {
  const value = `Bearer ${'a'.repeat(kb * 1024)}`;
  const before = kb <= 32 ? await ms(() => wwwAuthenticateBefore(value)) : undefined;
  add('www-authenticate, no =', `${kb} KB`, before, await ms(() => parseWwwAuthenticate(value)));
}

// 2. YAML with many distinct keys: the duplicate-key check (over 100,000 lines are refused unread).
const keys = (count: number) => Array.from({ length: count }, (_, i) => `key${i}: ${i}`).join('\n');
for (const count of [5_000, 10_000, 40_000, 80_000, 120_000]) {
  const text = keys(count);
  const size = `${count.toLocaleString('en-US')} keys, ${Math.round(text.length / 1000)} kB`;
  const before = count <= 10_000 ? await ms(() => yamlBefore(text), 1) : undefined;
  add('YAML import, many keys', size, before, await ms(() => readImportText(text), 1));
}

// 3. YAML aliases: few aliases of a long list (maxAliasCount counts aliases, not their size).
for (const items of [60_000, 600_000]) {
  const text = `base: &x [${Array.from({ length: items }, () => '1').join(',')}]\n${Array.from(
    { length: 99 },
    (_, i) => `a${i}: *x`,
  ).join('\n')}`;
  const size = `99 aliases of ${items.toLocaleString('en-US')} items, ${(text.length / 1e6).toFixed(1)} MB`;
  const before = items <= 60_000 ? await ms(() => yamlBefore(text), 1) : undefined;
  add('YAML import, alias expansion', size, before, await ms(() => readImportText(text), 1), ' (refused)');
}

// 4. YAML nesting: a deep flow sequence.
{
  const text = `x: ${'['.repeat(100_000)}`;
  add(
    'YAML import, 100,000-deep [',
    '100 kB',
    await ms(() => yamlBefore(text), 1),
    await ms(() => readImportText(text), 1),
  );
}

// 5. A configured token-validation regex, (a|aa)+, against an `aud` of n characters that fails.
for (const length of [24, 28, 32, 41]) {
  const aud = `${'a'.repeat(length - 1)}b`;
  const before = length <= 32 ? await ms(() => /^(?:(a|aa)+)$/.test(aud)) : undefined;
  add(
    'token-validation regex (a|aa)+',
    `aud of ${length} chars`,
    before,
    await ms(() => matchWhole('(a|aa)+', aud)),
    ' (not run)',
  );
}

const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
for (const [index, row] of rows.entries()) {
  console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
  if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
}
