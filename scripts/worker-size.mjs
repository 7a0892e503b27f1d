// Prints what a service-worker wake-up loads: every JavaScript file reachable through static
// imports from the worker's loader in dist/, raw and gzip bytes; then the same for the popup's
// entry, what loads before any of the popup's code runs (its first reads start once it has).
// Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
const IMPORT = /(?:import|from)\s*["']([^"']+\.js)["']/g;

/** Every file reachable from `entry` through static imports (`import()` is not followed). */
function staticGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      visit(join(dirname(file), match[1]));
    }
  };
  visit(entry);
  return seen;
}

/** Prints each file of `files` and their total, raw and gzip. */
function printSizes(files, total) {
  let raw = 0;
  let gzip = 0;
  for (const file of [...files].sort()) {
    const bytes = readFileSync(file);
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += zipped;
    console.log(
      `${relative(dist, file).padEnd(48)} ${String(bytes.length).padStart(8)} ${String(zipped).padStart(8)}`,
    );
  }
  console.log(
    `${total.padEnd(48)} ${String(raw).padStart(8)} ${String(gzip).padStart(8)}  (raw, gzip bytes, ${files.size} files)`,
  );
}

printSizes(staticGraph(join(dist, manifest.background.service_worker)), 'service worker total');

// The popup's entry: its page's module script and what that imports statically. The rest of the
// popup (its components, its words) is loaded with `import()` while the first reads run;
// `npm run bench:browser` prints everything loaded before the first check.
const popupHtml = readFileSync(join(dist, manifest.action.default_popup), 'utf8');
const entry = popupHtml.match(/<script type="module"[^>]*src="([^"]+)"/)?.[1];
if (entry !== undefined) {
  console.log('');
  printSizes(staticGraph(join(dist, entry.replace(/^\//, ''))), 'popup entry total');
}
