import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { pictogramMasks } from './pictogram-masks.ts';
import { REACT_ON_PREACT } from './react-on-preact.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Preloads the bundled fonts from index.html, so they are fetched while the script is
 * still compiling instead of when the first screen's layout first asks for them.
 */
function preloadFonts(): Plugin {
  return {
    name: 'serambi-preload-fonts',
    apply: 'build',
    transformIndexHtml(_html, context) {
      const fonts = Object.keys(context.bundle ?? {}).filter((file) => file.endsWith('.woff2'));
      return fonts.map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `./${file}` },
        injectTo: 'head',
      }));
    },
  };
}

export default defineConfig({
  root: here('.'),
  // Relative URLs: the same build is served from http://127.0.0.1 and from serambi://app/.
  base: './',
  plugins: [react(), preloadFonts(), pictogramMasks()],
  resolve: { alias: REACT_ON_PREACT },
  build: {
    outDir: here('../dist/renderer'),
    emptyOutDir: true,
    // Pictograms and fonts stay files: the CSP's img-src and font-src are 'self' (no data:).
    assetsInlineLimit: 0,
    // Chromium in Electron and in browser mode supports modulepreload; no inline polyfill.
    modulePreload: { polyfill: false },
  },
});
