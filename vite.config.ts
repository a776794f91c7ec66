/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  // Relative base: the built editor works from any folder or file server, offline.
  base: './',
  server: { port: 5173, strictPort: false },
  // Pre-bundled up front so that the first lazy import in the dev server does not reload the page.
  optimizeDeps: { include: ['jspdf', 'svg2pdf.js', 'html-to-image', 'docx'] },
  preview: { port: 4173, strictPort: true },
  // The DejaVu font chunks (about 1 MB each) load only for a PDF whose text needs them.
  build: { sourcemap: false, chunkSizeWarningLimit: 1100 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'templates/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
