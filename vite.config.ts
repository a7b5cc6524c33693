/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  css: {
    transformer: 'lightningcss',
    lightningcss: { drafts: { customMedia: true } },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // A ceiling, not a measure: on a loaded 2-core machine a form-filling test may take
    // several seconds. Lazy modules are preloaded by the tests that need them.
    testTimeout: 20_000,
    benchmark: {
      include: ['bench/**/*.bench.ts'],
    },
  },
});
