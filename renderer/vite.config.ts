import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  // Relative URLs: the same build is served from http://127.0.0.1 and from serambi://app/.
  base: './',
  plugins: [react()],
  build: {
    outDir: here('../dist/renderer'),
    emptyOutDir: true,
    // Pictograms stay files: the CSP's img-src is 'self' (data: only as a fallback).
    assetsInlineLimit: 0,
    // Chromium in Electron and in browser mode supports modulepreload; no inline polyfill.
    modulePreload: { polyfill: false },
  },
});
