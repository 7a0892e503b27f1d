import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Source maps would ship the sources inside the extension for no user benefit.
    sourcemap: false,
    rollupOptions: {
      // Pages the manifest does not name: the HAR page (opened from the popup and the options page)
      // and the DevTools panel (named at run time by the devtools page).
      input: {
        har: 'src/har/index.html',
        panel: 'src/devtools/panel.html',
      },
    },
  },
});
