// Sums the "Tests  N passed | M failed (T)" lines vitest prints for each project run into one
// closing line, "tests: N passed, M failed", so CI can read the whole run's count at a glance.
import { readFileSync } from 'node:fs';

const log = readFileSync(process.argv[2] ?? 0, 'utf8').replace(
  new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'),
  '',
);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const line of log.split('\n')) {
  const match = /^\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line);
  if (!match?.[1]) continue;
  for (const part of match[1].split('|')) {
    const [, count, kind] = /(\d+)\s+(passed|failed|skipped|todo)/.exec(part) ?? [];
    if (kind === 'passed') passed += Number(count);
    if (kind === 'failed') failed += Number(count);
    if (kind === 'skipped' || kind === 'todo') skipped += Number(count);
  }
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
