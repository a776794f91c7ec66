/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative base: the built editor works from any folder or file server, offline.
  base: './',
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: { sourcemap: false, chunkSizeWarningLimit: 900 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'templates/**/*.test.ts'],
    environment: 'node',
  },
});
