import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { scenarioCataloguePlugin } from './scripts/vite/scenario-catalogue-plugin';
import { relaxCspForDevPlugin } from './scripts/vite/csp-plugin';
import { staticApiPlaceholderPlugin } from './scripts/vite/static-api-plugin';
import { offlinePlugin } from './scripts/vite/offline-plugin';
import { lmsPackageFromEnv, lmsPackagePlugin } from './scripts/lms/vite-plugin';

const scenariosDir = fileURLToPath(new URL('./scenarios', import.meta.url));
const serviceWorkerTemplate = fileURLToPath(
  new URL('./src/offline/service-worker.js', import.meta.url),
);

// Set by `npm run package:lms` (scripts/lms/package.ts): the LMS package being built, else null.
const lmsPackage = lmsPackageFromEnv();

// Phaser is ~360 KB gzip and has no tree-shaking: keep it in its own chunk so the
// title screen (plain DOM) is interactive before Phaser has even downloaded.
export default defineConfig({
  base: './',
  define: { __LMS_PACKAGE__: JSON.stringify(lmsPackage) },
  resolve: {
    // @xapi/cmi5 1.4 declares only "module" and "browser" (UMD) entries, no "exports": point
    // every import at its ES module, which the browser build and Vitest (SSR) both load.
    alias: [{ find: /^@xapi\/cmi5$/, replacement: '@xapi/cmi5/dist/Cmi5.esm.js' }],
  },
  plugins: [
    // Package mode: only the package's scenarios, and no service worker (see the plugin).
    ...(lmsPackage ? [lmsPackagePlugin(lmsPackage, scenariosDir)] : []),
    scenarioCataloguePlugin(scenariosDir),
    relaxCspForDevPlugin(),
    // A service worker keeps the whole game (every scenario, the picture, the debrief, the
    // facilitator tools, sounds, fonts) once the first visit has loaded, so a wifi drop in
    // a workshop room does not break a run half-way. Registered by src/services/offline.ts.
    // An LMS package never registers it: the LMS serves the course.
    ...(lmsPackage ? [] : [offlinePlugin(serviceWorkerTemplate), staticApiPlaceholderPlugin()]),
  ],
  build: {
    target: 'es2022',
    assetsInlineLimit: 4096,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          if (id.includes('node_modules/howler')) return 'howler';
          return undefined;
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/scenarios/**/*.test.ts', 'test/server/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // A server test's beforeAll starts a store (PGlite creates its database in a few seconds).
    hookTimeout: 60_000,
  },
});
