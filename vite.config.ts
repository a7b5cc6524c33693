/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The page's background in each theme (src/app/tokens.css): the installed app's splash and bars.
const THEME_LIGHT = '#f5f6f8';

/**
 * Writes the first screen of a new visitor (header and welcome) into index.html at build time,
 * rendered by the app itself (src/app/static-shell.tsx), so the browser paints it before the
 * JavaScript has arrived; the app then hydrates it (src/main.tsx).
 */
function prerender(): Plugin {
  return {
    name: 'tradeoff:prerender',
    apply: 'build',
    async transformIndexHtml(html) {
      const server = await createServer({
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        plugins: [react()],
      });
      try {
        const shell = (await server.ssrLoadModule('/src/app/static-shell.tsx')) as {
          renderStaticShell: () => string;
        };
        return html.replace(
          '<div id="root"></div>',
          `<div id="root">${shell.renderStaticShell()}</div>`,
        );
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * recharts finds an axis's scale by name among all of d3-scale (`import * as`), which keeps every
 * scale in the bundle, with d3-time, d3-interpolate, d3-color and d3-format behind them. The
 * charts use three (linear for numbers, band and point for names): recharts' imports of d3-scale
 * get src/lib/chart-scales.ts, which makes just those, as d3 does with its defaults. A chart given
 * another scale would fall back to recharts' point scale; the chart tests would show it.
 *
 * The same for the rest of what recharts imports and no chart here needs in full: each stand-in
 * (src/lib/chart-*.ts) says what recharts asks of it, and its test compares it with the original.
 * A stand-in is a file of ours or another module's name, and applies to recharts' imports only.
 */
function chartScalesOnly(): Plugin {
  const ours = (file: string) => fileURLToPath(new URL(`./src/lib/${file}`, import.meta.url));
  const standIns: Record<string, string> = {
    'victory-vendor/d3-scale': ours('chart-scales.ts'),
    'decimal.js-light': ours('chart-decimal.ts'),
    'victory-vendor/d3-shape': ours('chart-shapes.ts'),
    '../shape/Sector': ours('chart-no-cursors.ts'),
    '../shape/Cross': ours('chart-no-cursors.ts'),
    '../shape/Curve': ours('chart-no-cursors.ts'),
    './JavascriptAnimate': ours('chart-no-animation.ts'),
    '../animation/JavascriptAnimate': ours('chart-no-animation.ts'),
    '../synchronisation/useChartSynchronisation': ours('chart-no-sync.ts'),
    './keyboardEventsMiddleware': ours('chart-no-keyboard.ts'),
    '../state/keyboardEventsMiddleware': ours('chart-no-keyboard.ts'),
    'es-toolkit/compat/uniqBy': ours('chart-uniq.ts'),
    'es-toolkit/compat/isEqual': ours('chart-equal.ts'),
    'es-toolkit/compat/get': ours('chart-get.ts'),
    'es-toolkit/compat/omit': ours('chart-omit.ts'),
    'es-toolkit/compat/sortBy': ours('chart-sort-by.ts'),
    'es-toolkit/compat/range': ours('chart-range.ts'),
    'react-is': ours('chart-react-is.ts'),
    // React 19 has useSyncExternalStore: the selector hook without the shim for React 17.
    'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector.js',
    '../component/Text': ours('chart-text.tsx'),
    './Text': ours('chart-text.tsx'),
  };
  return {
    name: 'tradeoff:chart-scales-only',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.includes('/node_modules/recharts/') || !Object.hasOwn(standIns, source))
        return null;
      return this.resolve(standIns[source]!, importer, { skipSelf: true });
    },
  };
}

/** Where the first-render chunk names the offer form's files (src/features/offers/form-files.ts). */
const FORM_FILES_PLACEHOLDER = '__TRADEOFF_FORM_FILES__';

/** What opening the offer form loads: the form, and the price levels it suggests from. */
const FORM_MODULES = ['/src/features/offers/offer-form.tsx', '/src/store/prices-module.ts'];

/**
 * Names the offer form's files (the chunks of FORM_MODULES, the chunks they import but the
 * first-render one, and their CSS) in the first-render chunk, in place of FORM_FILES_PLACEHOLDER:
 * a new visitor's page asks the browser to fetch and compile them when idle, without running them
 * until the form is opened.
 */
function formFiles(): Plugin {
  return {
    name: 'tradeoff:form-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!entry) return this.error('form-files: no entry chunk');
      const files = new Set<string>();
      const add = (chunk: (typeof chunks)[number]) => {
        if (chunk === entry || files.has(chunk.fileName)) return;
        for (const name of chunk.imports) add(byName.get(name)!);
        files.add(chunk.fileName);
        for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
      };
      for (const module of FORM_MODULES) {
        const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
        if (!chunk) return this.error(`form-files: no chunk for ${module}`);
        add(chunk);
      }
      const placeholder = new RegExp(`(["'\`])${FORM_FILES_PLACEHOLDER}\\1`);
      if (!placeholder.test(entry.code))
        return this.error(`form-files: ${FORM_FILES_PLACEHOLDER} not found in ${entry.fileName}`);
      // Relative to the first-render chunk, which sits beside them.
      const names = [...files].map((file) => file.slice(file.lastIndexOf('/') + 1));
      entry.code = entry.code.replace(placeholder, JSON.stringify(names.join(' ')));
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    prerender(),
    chartScalesOnly(),
    formFiles(),
    // Offline and installable: a web app manifest and a Workbox service worker (sw.js) that
    // precaches the built app and nothing else. It is registered by src/app/offline.ts after the
    // first render; a new version waits until the person chooses Reload.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Tradeoff — compare job offers',
        short_name: 'Tradeoff',
        description:
          'Compare job offers on pay, growth, culture and work-life balance. Private: everything stays in your browser.',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: THEME_LIGHT,
        theme_color: THEME_LIGHT,
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      // Our own service worker (src/sw/sw.ts), a fraction of Workbox's size: the build writes the
      // list of its files into it. The app's own files only, nothing from another origin.
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      },
    }),
  ],
  css: {
    transformer: 'lightningcss',
    lightningcss: { drafts: { customMedia: true } },
  },
  build: {
    target: 'es2022',
    // Every browser of the es2022 target but Safari 16 and Firefox before 115 preloads modules
    // itself; those two fetch a lazy chunk's imports when it loads instead. Vite's polyfill for
    // them cost 0.25 kB gzip of the first render (docs/performance.md).
    modulePreload: { polyfill: false },
    sourcemap: !!process.env.SOURCEMAP,
    rolldownOptions: {
      output: {
        // Everything the first render needs in one chunk, and the code that lazy panels share in
        // one more ("panels"): left to itself the bundler splits both into many small chunks, each
        // compressed apart (measured 2026-12-01: first render 110.0 → 105.7 kB gzip with the
        // first group; all JavaScript 322.7 → 319.5 kB with the second). Lazy-only code stays out
        // of the first load; see docs/performance.md.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], priority: 2 },
            { name: 'panels', test: /[\\/]src[\\/]/, minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // A ceiling for a hung test, not a measure: on a 2-core machine running two suites at
    // once a form-filling test can take tens of seconds. Lazy modules are preloaded by the
    // tests that need them.
    testTimeout: 60_000,
    benchmark: {
      include: ['bench/**/*.bench.ts'],
    },
  },
});
