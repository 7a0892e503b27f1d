import { fileURLToPath } from 'node:url';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { preloadDynamicEntry } from './scripts/preloadDynamicEntry';
import { inGraph, staticImports } from './scripts/staticImports';

const root = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
// What the service worker loads, what the popup's entry loads (it starts the first reads), and
// what the popup's first screen adds (`mount.tsx`, loaded while those reads run).
const worker = staticImports(root, 'src/background/worker.ts');
const popupEntry = staticImports(root, 'src/popup/main.tsx');
const popupScreen = staticImports(root, 'src/popup/mount.tsx');
/** Entry modules stay in their own chunks: a group holding one would run it wherever it is loaded. */
const ENTRIES = /src\/(background\/worker\.ts|popup\/main\.tsx|popup\/mount\.tsx)$/;
const grouped = (test: (id: string) => boolean) => (id: string) => !ENTRIES.test(id) && test(id);

export default defineConfig({
  // The popup's first screen (`mount.tsx`, imported by its entry once the first reads are asked for)
  // is fetched from the start: `preloadDynamicEntry`.
  plugins: [preact(), crx({ manifest }), preloadDynamicEntry('src/popup/index.html', 'src/popup/mount.tsx')],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Source maps would ship the sources inside the extension for no user benefit.
    sourcemap: false,
    // Chrome has <link rel="modulepreload">: the polyfill would be one more file before each
    // page's code runs.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // Pages the manifest does not name: the HAR page (opened from the popup and the options page)
      // and the DevTools panel (named at run time by the devtools page).
      input: {
        har: 'src/har/index.html',
        panel: 'src/devtools/panel.html',
      },
      output: {
        // Few files rather than many small ones: each file an extension page or the worker loads is
        // a request to the browser process, and on a loaded machine their count, more than their
        // bytes, decides when the popup's code starts (docs/performance.md, "Popup first render").
        // What the worker shares with the popup makes one chunk, the popup's entry one, its first
        // screen one; left to itself the bundler made a chunk per set of importers, 16 files
        // before the popup's first line ran.
        codeSplitting: {
          groups: [
            {
              // What the worker and the popup both load (storage, the polyfill): one chunk for both.
              name: 'shared',
              priority: 3,
              test: grouped(
                (id) =>
                  inGraph(root, worker, id) &&
                  (inGraph(root, popupEntry, id) || inGraph(root, popupScreen, id)),
              ),
            },
            { name: 'popup-start', priority: 2, test: grouped((id) => inGraph(root, popupEntry, id)) },
            { name: 'popup', priority: 1, test: grouped((id) => inGraph(root, popupScreen, id)) },
          ],
        },
      },
    },
  },
});
