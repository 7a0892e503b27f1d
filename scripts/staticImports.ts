import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What a module loads through static imports: project files and npm packages. */
export interface StaticGraph {
  /** Project files, relative to the root (`src/…`). */
  files: Set<string>;
  /** npm packages imported by name (`preact`, `webextension-polyfill`). */
  packages: Set<string>;
}

// `import … from '…'` and `export … from '…'`, but not `import type` (erased); `import()` is not
// matched, so a dynamically imported module and what it imports are left out.
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm;

/**
 * Every file `entry` loads through static imports, followed from the sources (the build's chunks
 * and the worker's import test are both drawn from this). `root` is the project's directory.
 */
export function staticImports(root: string, entry: string): StaticGraph {
  const graph: StaticGraph = { files: new Set(), packages: new Set() };
  const visit = (file: string) => {
    if (graph.files.has(file)) return;
    graph.files.add(file);
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(STATIC_IMPORT)) {
      const specifier = match[1] ?? '';
      if (!specifier.startsWith('.')) {
        // `preact/hooks` is the `preact` package; `@scope/name/x` is `@scope/name`.
        const parts = specifier.split('/');
        graph.packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? ''));
        continue;
      }
      const target = join(dirname(file), specifier);
      const found = [`${target}.ts`, `${target}.tsx`, join(target, 'index.ts'), target].find((candidate) =>
        existsSync(join(root, candidate)),
      );
      if (found === undefined) throw new Error(`${file}: cannot resolve ${specifier}`);
      visit(found);
    }
  };
  visit(entry);
  return graph;
}

/** Whether the bundler's module `id` (an absolute path) is in `graph`. */
export function inGraph(root: string, graph: StaticGraph, id: string): boolean {
  const path = id.split('?')[0] ?? id;
  if (path.startsWith(`${root}/`) && graph.files.has(path.slice(root.length + 1))) return true;
  const inPackage = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  return inPackage?.[1] !== undefined && graph.packages.has(inPackage[1]);
}
