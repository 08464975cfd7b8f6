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

/** A script of its own that starts before the page's: Intl's set-up on the other core (i18n/intl-warm-up.ts). */
const EARLY = 'intl-warm-up';

/**
 * Loads the early entry from index.html as an async module, so that it runs as soon as it
 * arrives instead of after the page's own script, as a second module script in index.html
 * would (Vite merges those into one entry).
 */
function earlyScript(): Plugin {
  return {
    name: 'serambi-early-script',
    apply: 'build',
    transformIndexHtml(_html, context) {
      const early = Object.values(context.bundle ?? {}).find((file) => file.type === 'chunk' && file.name === EARLY);
      if (!early) throw new Error(`the ${EARLY} entry is missing from the build`);
      return [{ tag: 'script', attrs: { type: 'module', async: true, src: `./${early.fileName}` }, injectTo: 'head' }];
    },
  };
}

export default defineConfig({
  root: here('.'),
  // Relative URLs: the same build is served from http://127.0.0.1 and from serambi://app/.
  base: './',
  plugins: [react(), preloadFonts(), pictogramMasks(), earlyScript()],
  resolve: { alias: REACT_ON_PREACT },
  build: {
    outDir: here('../dist/renderer'),
    emptyOutDir: true,
    // Pictograms and fonts stay files: the CSP's img-src and font-src are 'self' (no data:).
    assetsInlineLimit: 0,
    // Chromium in Electron and in browser mode supports modulepreload; no inline polyfill.
    modulePreload: { polyfill: false },
    rollupOptions: { input: { index: here('index.html'), [EARLY]: here('i18n/intl-warm-up.ts') } },
  },
});
