/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import packageJson from './package.json' with { type: 'json' };

/**
 * The built editor may load nothing from anywhere but itself: no fonts, scripts or beacons from
 * the network. (Only on build: the dev server needs its own websocket.)
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React Flow positions nodes with inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // A shared model talks to its team server, which may not be the server this page came from (the
  // editor opened from a file server or a laptop). Only a shared model connects anywhere at all.
  "connect-src 'self' data: blob: https: wss: http://localhost:* ws://localhost:* http://127.0.0.1:* ws://127.0.0.1:*",
  // The service worker that keeps the app offline, and the manifest that makes it installable.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'outcome-chains-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

/**
 * Installable and offline (issue 12): a Workbox service worker precaches every file of the build,
 * the lazily loaded PDF, font and export chunks included, so a second visit works with no network.
 * 'prompt': a new version waits until the user chooses "Reload" (src/app/UpdateNotice.tsx), so the
 * page never reloads under someone's typing. Every path is relative, like `base`.
 */
const offlineApp = VitePWA({
  registerType: 'prompt',
  // Registered by UpdateNotice through the plugin's React hook, not by an injected script.
  injectRegister: false,
  manifest: {
    name: 'Outcome Chains',
    short_name: 'Outcome Chains',
    description: "Draw your partnership's logic model and check it against the evidence.",
    lang: 'en-GB',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4e89',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // The manifest is added by the plugin itself.
    globPatterns: ['**/*.{js,css,html,png,svg,ico}'],
    // The DejaVu font chunks are about 1 MB each; Workbox leaves out files over 2 MB unless told.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // Routes live after '#', so every page of the app is index.html.
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // A tab opened before the first worker was installed is taken over too, so its Reload works.
    clientsClaim: true,
  },
});

/** What the home page shows as the version; a build can be told another (the update test builds two). */
const APP_VERSION = process.env.OUTCOME_CHAINS_VERSION ?? packageJson.version;

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offlineApp],
  define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
  // Relative base: the built editor works from any folder or file server, offline.
  base: './',
  server: { port: 5173, strictPort: false },
  // Pre-bundled up front so that the first lazy import in the dev server does not reload the page.
  optimizeDeps: { include: ['jspdf', 'svg2pdf.js', 'html-to-image', 'docx', 'papaparse', 'fflate', '@e965/xlsx'] },
  preview: { port: 4173, strictPort: true },
  // The DejaVu font chunks (about 1 MB each) load only for a PDF whose text needs them.
  build: { sourcemap: false, chunkSizeWarningLimit: 1100 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'templates/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Speed is the bench's to judge, not a test's: a few tests build whole Word files, which take
    // seconds on two cores that CI shares with the rest of the run.
    testTimeout: 20_000,
    // Vitest keeps one core back for itself, which on 2 cores leaves the files one at a time; its
    // own process mostly waits, so use both (and all but one on a larger machine, as it would).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Each worker keeps its loaded modules from one file to the next instead of loading them all
    // again, and workers are threads of one process rather than processes: 32-37 s instead of 64 s for
    // the 1,158 tests on 2 cores. No file leans on another's leftovers (each opens its own IndexedDB
    // names and its own stores) or on process-wide state; runs in shuffled order pass alike.
    isolate: false,
    pool: 'threads',
  },
});
