// Prints what a service-worker wake-up loads: every JavaScript file reachable through static
// imports from the worker's loader in dist/, raw and gzip bytes. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
const IMPORT = /(?:import|from)\s*["']([^"']+\.js)["']/g;

const seen = new Set();
function visit(file) {
  if (seen.has(file)) return;
  seen.add(file);
  for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    visit(join(dirname(file), match[1]));
  }
}
visit(join(dist, manifest.background.service_worker));

let raw = 0;
let gzip = 0;
for (const file of [...seen].sort()) {
  const bytes = readFileSync(file);
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += zipped;
  console.log(
    `${relative(dist, file).padEnd(48)} ${String(bytes.length).padStart(8)} ${String(zipped).padStart(8)}`,
  );
}
console.log(
  `${'service worker total'.padEnd(48)} ${String(raw).padStart(8)} ${String(gzip).padStart(8)}  (raw, gzip bytes)`,
);
