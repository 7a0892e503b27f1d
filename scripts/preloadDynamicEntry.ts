import type { Plugin, Rolldown } from 'vite';

type OutputChunk = Rolldown.OutputChunk;

/**
 * A Vite plugin: the HTML page `page` asks the browser for the chunks of `module` (which the page's
 * entry imports dynamically) and what they import, with `<link rel="modulepreload">` tags, so they
 * are fetched and compiled while the entry loads and runs, not after. The popup's entry starts its
 * storage reads and then imports its first screen (`mount.tsx`); without the tags that import's
 * fetch only began once the entry ran (docs/performance.md, "Popup first render").
 *
 * Only static imports are followed: a chunk the module loads with `import()` (the words of one
 * language, a panel shown on click) is left to that import.
 */
export function preloadDynamicEntry(page: string, module: string): Plugin {
  return {
    name: 'preload-dynamic-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.path.endsWith(page) || context.bundle === undefined) return html;
        const chunks = Object.values(context.bundle).filter(
          (item): item is OutputChunk => item.type === 'chunk',
        );
        const start = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(module));
        if (start === undefined) throw new Error(`preloadDynamicEntry: no chunk for ${module}`);
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const wanted: string[] = [];
        const visit = (chunk: OutputChunk) => {
          if (wanted.includes(chunk.fileName)) return;
          wanted.push(chunk.fileName);
          for (const name of chunk.imports) {
            const imported = byName.get(name);
            if (imported) visit(imported);
          }
        };
        visit(start);
        const present = new Set([...html.matchAll(/(?:src|href)="\/?([^"]+)"/g)].map((match) => match[1]));
        const tags = wanted
          .filter((name) => !present.has(name))
          .map((name) => `<link rel="modulepreload" crossorigin href="/${name}">`);
        return tags.length === 0 ? html : html.replace('</head>', `  ${tags.join('\n    ')}\n  </head>`);
      },
    },
  };
}
